import "server-only";
import { randomUUID } from "node:crypto";

/** Logs a server error under a short id and returns the id, the only thing the reader is shown. */
export function logServerError(error: unknown, context: string): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[error ${id}] ${context}`, error);
  return id;
}
