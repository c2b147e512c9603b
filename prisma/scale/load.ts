import type pg from "pg";

// Rows go in as one INSERT … SELECT FROM unnest(arrays) per batch: one statement and one round trip
// for thousands of rows, with every trigger and constraint of the tables still checked.

export type Column<R> = { name: keyof R & string; type: string };

/**
 * Inserts the rows; returns how many went in. `skipTaken` names a unique column whose taken values
 * are skipped, not refused (rows the demo already wrote).
 */
export async function insertRows<R extends object>(client: pg.ClientBase, table: string, columns: Column<R>[], rows: R[], skipTaken?: keyof R & string): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = columns.map((c) => `$${columns.indexOf(c) + 1}::${c.type}[]`).join(", ");
  const values = columns.map((c) => rows.map((row) => {
    const value = row[c.name] as unknown;
    return value instanceof Date ? value.toISOString() : value ?? null;
  }));
  const conflict = skipTaken ? ` ON CONFLICT ("${skipTaken}") DO NOTHING` : "";
  const result = await client.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})${conflict}`, values);
  return result.rowCount ?? 0;
}

/** Splits rows into batches of `size`. */
export function* batches<T>(rows: T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
