"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import type { TaskListRow } from "@/lib/data/task-list";
import { PAGE_SIZES, TASK_SORTS, type TaskSort } from "@/lib/domain/list-query";

// Filtering, sorting and paging happen in SQL; the table owns only their state, kept in the address.
const features = tableFeatures({ rowSortingFeature, rowPaginationFeature, columnVisibilityFeature });
const helper = createColumnHelper<typeof features, TaskListRow>();

const HIDEABLE = ["title", "agency", "deadline", "status", "daysOverdue", "lastUpdate"] as const;

type Props = {
  rows: TaskListRow[];
  total: number;
  page: number;
  size: number;
  sort: TaskSort;
  dir: "asc" | "desc";
  locale: Locale;
  /** The as-of part of the address, carried into each task's own page. */
  asOfQuery: string;
};

function resolve<T>(updater: Updater<T>, previous: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(previous) : updater;
}

export function TaskTable({ rows, total, page, size, sort, dir, locale, asOfQuery }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();

  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  const pagination: PaginationState = { pageIndex: page - 1, pageSize: size };
  // Hiding a column needs no new data: it changes here at once and is written to the address
  // without a server round trip, so a shared link still opens with the same columns.
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => {
    const hidden = new Set((params.get("hide") ?? "").split(",").filter(Boolean));
    return Object.fromEntries(HIDEABLE.map((id) => [id, !hidden.has(id)]));
  });

  const navigate = (change: (search: URLSearchParams) => void) => {
    const search = new URLSearchParams(params.toString());
    change(search);
    router.push(`${pathname}?${search.toString()}`);
  };

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("code", {
          id: "code",
          header: () => t("columns.code"),
          enableHiding: false,
          cell: (info) => (
            <Link href={`/tasks/${encodeURIComponent(info.getValue())}?${asOfQuery}`} className="task-code">
              {info.getValue()}
            </Link>
          ),
        }),
        helper.accessor("title", { id: "title", header: () => t("columns.title"), cell: (info) => info.getValue() }),
        helper.accessor("agencyShortName", {
          id: "agency",
          header: () => t("columns.agency"),
          cell: (info) => <span title={info.row.original.agencyName}>{info.getValue()}</span>,
        }),
        helper.accessor("deadline", {
          id: "deadline",
          header: () => t("columns.deadline"),
          cell: (info) => {
            const value = info.getValue();
            return value ? <time dateTime={value}>{formatDate(value, locale)}</time> : (info.row.original.deadlineText ?? "—");
          },
        }),
        helper.accessor("status", {
          id: "status",
          header: () => t("columns.status"),
          cell: (info) => (
            <span className={`status-pill status-${info.getValue().toLowerCase()}`}>
              {t(`status.${info.getValue()}`)}
              {info.row.original.taskClass === "OVERDUE" && <span className="overdue-flag"> · {t("status.OVERDUE")}</span>}
            </span>
          ),
        }),
        helper.accessor("daysOverdue", {
          id: "daysOverdue",
          header: () => t("columns.daysOverdue"),
          cell: (info) => (info.getValue() > 0 ? formatNumber(info.getValue(), locale) : "—"),
        }),
        helper.accessor("lastUpdate", {
          id: "lastUpdate",
          header: () => t("columns.lastUpdate"),
          cell: (info) => {
            const value = info.getValue();
            return value ? <time dateTime={value}>{formatDate(value, locale)}</time> : "—";
          },
        }),
      ]),
    [t, locale, asOfQuery],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.taskId,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      const id = TASK_SORTS.find((s) => s === next?.id) ?? "code";
      navigate((search) => {
        search.set("sort", id);
        search.set("dir", next?.desc ? "desc" : "asc");
        search.delete("page");
      });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      navigate((search) => {
        search.set("page", String(next.pageIndex + 1));
        search.set("size", String(next.pageSize));
      });
    },
    onColumnVisibilityChange: (updater) => {
      const next = resolve(updater, columnVisibility);
      setColumnVisibility(next);
      const hide = HIDEABLE.filter((id) => next[id] === false);
      const search = new URLSearchParams(window.location.search);
      if (hide.length) search.set("hide", hide.join(","));
      else search.delete("hide");
      window.history.replaceState(null, "", `${pathname}?${search.toString()}`);
    },
  });

  const pageCount = Math.max(1, table.getPageCount());
  return (
    <div className="task-table">
      <details className="column-menu no-print">
        <summary>{t("tasks.columns")}</summary>
        <fieldset>
          <legend className="visually-hidden">{t("tasks.columns")}</legend>
          {table
            .getAllLeafColumns()
            .filter((column) => column.getCanHide())
            .map((column) => (
              <label key={column.id}>
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />{" "}
                {t(`columns.${column.id}`)}
              </label>
            ))}
        </fieldset>
      </details>

      {rows.length === 0 ? (
        <p className="panel empty" data-testid="no-tasks">
          {t("tasks.empty")}
        </p>
      ) : (
        <div className="table-scroll">
          <table data-testid="task-table">
            <caption className="visually-hidden">{t("tasks.caption", { count: total })}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={`col-${header.column.id}`}
                        aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                      >
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className="sort-mark">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => (
                <tr key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav className="pager no-print" aria-label={t("tasks.pages")}>
        <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
          {t("tasks.previous")}
        </button>
        <span data-testid="page-status">{t("tasks.pageOf", { page, pages: pageCount, total })}</span>
        <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          {t("tasks.next")}
        </button>
        <label>
          {t("tasks.pageSize")}{" "}
          <select value={size} onChange={(event) => table.setPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </div>
  );
}
