"use client";

import type { ReactNode } from "react";
import type { RowData } from "@tanstack/react-table";
import { TableFrame } from "./table-frame";
import type { UrlTable } from "./use-url-table";

type Props<R extends RowData> = { table: UrlTable<R>; caption: ReactNode; testId?: string };

/** An address-driven table's rows, in the same frame as every other table, with a sort button in each header. */
export function UrlTableView<R extends RowData>({ table, caption, testId }: Props<R>) {
  return (
    <TableFrame caption={caption} testId={testId}>
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
    </TableFrame>
  );
}
