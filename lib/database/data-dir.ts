import path from "node:path";

/** The folder of this installation's own files: the local PostgreSQL cluster and the demo's secret. */
export function dataDir(source: NodeJS.ProcessEnv = process.env): string {
  // Not a file the build should trace: the folder is the installation's, chosen when it runs.
  return path.resolve(/*turbopackIgnore: true*/ source.DATA_DIR?.trim() || "data");
}
