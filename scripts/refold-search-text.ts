import Database from "better-sqlite3";
import { agencySearchText, taskSearchText } from "../lib/domain/fold";

/**
 * Writes the diacritic-folded search text of every task and agency whose stored text differs, in one
 * transaction. Run after each migration: SQL cannot fold Vietnamese, so rows written before the
 * search columns existed (or by another tool) are put right here. Returns how many rows changed.
 */
export function refoldSearchText(file: string): number {
  const connection = new Database(file, { fileMustExist: true, timeout: 5_000 });
  try {
    const refold = connection.transaction(() => {
      let changed = 0;
      const tasks = connection.prepare(`SELECT "id", "code", "title", "description", "searchText" FROM "Task"`).all() as {
        id: string; code: string; title: string; description: string | null; searchText: string;
      }[];
      const updateTask = connection.prepare(`UPDATE "Task" SET "searchText" = ? WHERE "id" = ?`);
      for (const task of tasks) {
        const folded = taskSearchText(task);
        if (folded !== task.searchText) changed += updateTask.run(folded, task.id).changes;
      }
      const agencies = connection.prepare(`SELECT "id", "code", "name", "shortName", "nameEn", "searchText" FROM "Agency"`).all() as {
        id: string; code: string; name: string; shortName: string; nameEn: string; searchText: string;
      }[];
      const updateAgency = connection.prepare(`UPDATE "Agency" SET "searchText" = ? WHERE "id" = ?`);
      for (const agency of agencies) {
        const folded = agencySearchText(agency);
        if (folded !== agency.searchText) changed += updateAgency.run(folded, agency.id).changes;
      }
      return changed;
    });
    return refold();
  } finally {
    connection.close();
  }
}
