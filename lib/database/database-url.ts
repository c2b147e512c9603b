import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

/** Absolute path of the SQLite file named by DATABASE_URL ("file:./data/x.db"), resolved against the cwd. */
export function databaseFile(url: string | undefined = process.env.DATABASE_URL): string {
  const value = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
  if (!value.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL}; got "${value}"`);
  }
  const file = value.slice("file:".length).split("?")[0];
  if (file === "") throw new Error("DATABASE_URL names no file");
  return path.resolve(file);
}
