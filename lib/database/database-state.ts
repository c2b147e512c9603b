import { checkDatabase, type DatabaseState } from "./readiness";

// Once the database is ready it stays so for this process: migrations are applied by a command, never
// undone under a running server. Until then every request checks again.
let readyState: DatabaseState | null = null;

export function databaseState(): DatabaseState {
  if (readyState) return readyState;
  const state = checkDatabase();
  if (state.kind === "ready") readyState = state;
  return state;
}
