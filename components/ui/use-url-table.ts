"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import {
  columnVisibilityFeature,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type ColumnVisibilityState,
  type PaginationState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";

/** The features every address-driven table has: sorting, paging and hiding columns. */
export const urlTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature, columnVisibilityFeature });
export type UrlTableFeatures = typeof urlTableFeatures;

type Options<R extends RowData> = {
  columns: ColumnDef<UrlTableFeatures, R, any>[];
  data: R[];
  getRowId: (row: R) => string;
  /** Rows in all pages, as the server counted them. */
  total: number;
  sort: string;
  dir: "asc" | "desc";
  page: number;
  size: number;
  /** The sorts the server takes; anything else falls back to the first. */
  sorts: readonly string[];
  /** The columns a reader may hide (kept in the address as "hide=a,b"). */
  hideable?: readonly string[];
};

function resolve<T>(updater: Updater<T>, previous: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(previous) : updater;
}

/**
 * A TanStack table whose rows the server has already filtered, sorted and paged (in SQL): the table
 * holds only that state, read from the address and written back to it, so a link reproduces the
 * view. Sorting or paging loads the page the address names; hiding a column needs no new data, so it
 * changes at once and is written to the address without a round trip.
 */
export function useUrlTable<R extends RowData>({ columns, data, getRowId, total, sort, dir, page, size, sorts, hideable = [] }: Options<R>) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  const pagination: PaginationState = { pageIndex: page - 1, pageSize: size };
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() => {
    const hidden = new Set((params.get("hide") ?? "").split(",").filter(Boolean));
    return Object.fromEntries(hideable.map((id) => [id, !hidden.has(id)]));
  });

  const navigate = (change: (search: URLSearchParams) => void) => {
    const search = new URLSearchParams(params.toString());
    change(search);
    router.push(`${pathname}?${search.toString()}`);
  };

  return useTable({
    features: urlTableFeatures,
    columns,
    data,
    getRowId,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    state: { sorting, pagination, columnVisibility },
    onSortingChange: (updater) => {
      const [next] = resolve(updater, sorting);
      navigate((search) => {
        search.set("sort", sorts.find((s) => s === next?.id) ?? sorts[0]);
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
      const hide = hideable.filter((id) => next[id] === false);
      const search = new URLSearchParams(window.location.search);
      if (hide.length) search.set("hide", hide.join(","));
      else search.delete("hide");
      window.history.replaceState(null, "", `${pathname}?${search.toString()}`);
    },
  });
}

export type UrlTable<R extends RowData> = ReturnType<typeof useUrlTable<R>>;
