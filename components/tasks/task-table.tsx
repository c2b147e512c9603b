"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { useUrlTable, type UrlTableFeatures } from "@/components/ui/use-url-table";
import { UrlTableView } from "@/components/ui/url-table-view";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import type { TaskListRow } from "@/lib/data/task-list";
import { PAGE_SIZES, TASK_SORTS, type TaskSort } from "@/lib/domain/list-query";

// Filtering, sorting and paging happen in SQL; the table owns only their state, kept in the address.
const helper = createColumnHelper<UrlTableFeatures, TaskListRow>();

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

export function TaskTable({ rows, total, page, size, sort, dir, locale, asOfQuery }: Props) {
  const t = useTranslations();
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

  const table = useUrlTable({ columns, data: rows, getRowId: (row) => row.taskId, total, sort, dir, page, size, sorts: TASK_SORTS, hideable: HIDEABLE });

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
        <UrlTableView table={table} caption={t("tasks.caption", { count: total })} testId="task-table" />
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
