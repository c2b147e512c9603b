import type { ReactNode, ThHTMLAttributes } from "react";
import { formatDate, formatDateTime, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber, formatPercent } from "@/lib/domain/rate";
import { TableFrame } from "./table-frame";

/**
 * One column, as data. "number" and "percent" (a ratio) right-align and format `value` in the reader's locale; "date" shows
 * a day, "datetime" an instant (in Vietnam's time), as <time>; each shows "—" for null. "head" makes the cell its row's header. Any other cell is
 * what `cell` renders.
 */
export type Column<R> = {
  key: string;
  header: ReactNode;
  kind?: "text" | "number" | "percent" | "date" | "datetime" | "head";
  /** The value of the row at `index` (0-based, on this page), or its content. */
  value?: (row: R, index: number) => number | IsoDate | Date | null;
  cell?: (row: R, index: number) => ReactNode;
  className?: string | ((row: R) => string | undefined);
  /** The header cell's own attributes (aria-sort on a sorted column). */
  headerProps?: ThHTMLAttributes<HTMLTableCellElement>;
  /** For a row that has none of this and the next columns' values: one cell across them that says why. */
  spanWhen?: (row: R) => { columns: number; content: ReactNode; className?: string } | null;
};

type Props<R> = {
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  caption: ReactNode;
  captionVisible?: boolean;
  /** What is said instead of an empty table. */
  empty: ReactNode;
  locale: Locale;
  testId?: string;
  emptyTestId?: string;
  className?: string;
  /** Attributes of each row (data-* for tests and styles). */
  rowAttributes?: (row: R) => Record<string, string | boolean | undefined>;
  /** Rows after the body (totals). */
  footer?: ReactNode;
};

/** Right-aligned: numbers and rates, and any column whose cells are marked "num". */
const numeric = <R,>(column: Column<R>) => column.kind === "number" || column.kind === "percent" || column.className === "num";

function content<R>(column: Column<R>, row: R, index: number, locale: Locale): ReactNode {
  if (column.cell) return column.cell(row, index);
  const value = column.value?.(row, index) ?? null;
  if (value === null) return "—";
  if (column.kind === "number") return formatNumber(Number(value), locale);
  if (column.kind === "percent") return formatPercent(Number(value), locale);
  if (column.kind === "date") return <time dateTime={String(value)}>{formatDate(String(value), locale)}</time>;
  if (value instanceof Date) return <time dateTime={value.toISOString()}>{formatDateTime(value, locale)}</time>;
  return String(value);
}

function cells<R>(columns: Column<R>[], row: R, rowIndex: number, locale: Locale, classOf: (column: Column<R>, row: R) => string | undefined): ReactNode[] {
  const out: ReactNode[] = [];
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index];
    const span = column.spanWhen?.(row);
    if (span) {
      out.push(<td key={column.key} colSpan={span.columns} className={span.className}>{span.content}</td>);
      index += span.columns - 1;
    } else if (column.kind === "head") {
      out.push(<th key={column.key} scope="row" className={classOf(column, row)}>{content(column, row, rowIndex, locale)}</th>);
    } else {
      out.push(<td key={column.key} className={classOf(column, row)}>{content(column, row, rowIndex, locale)}</td>);
    }
  }
  return out;
}

/**
 * A table of rows the server has already chosen (and paged): columns as data, the same look everywhere.
 * Links in cells are plain anchors, not next/link: a table of 93 agencies has hundreds, and each Link
 * costs a client component's render on the server and a prefetch request when it scrolls into view.
 */
export function DataTable<R>({ columns, rows, rowKey, caption, captionVisible, empty, locale, testId, emptyTestId, className, rowAttributes, footer }: Props<R>) {
  if (rows.length === 0) return <p className="panel empty" data-testid={emptyTestId}>{empty}</p>;
  const classOf = (column: Column<R>, row: R) =>
    [column.kind === "number" || column.kind === "percent" ? "num" : undefined, typeof column.className === "function" ? column.className(row) : column.className].filter(Boolean).join(" ") || undefined;
  return (
    <TableFrame caption={caption} captionVisible={captionVisible} testId={testId} className={className}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={numeric(column) ? "num" : undefined} {...column.headerProps}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row)} {...rowAttributes?.(row)}>
            {cells(columns, row, rowIndex, locale, classOf)}
          </tr>
        ))}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </TableFrame>
  );
}
