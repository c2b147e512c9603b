// The database a command works on: DATABASE_URL when it names one (the production server), otherwise
// the local PostgreSQL of this installation's data folder, started for the command (or found running,
// when the app is up) and stopped again after. The command sees DATABASE_URL set either way.
import { dataDir } from "../lib/database/data-dir";
import { startLocalPostgres, type LocalServer } from "../lib/database/local-postgres";

export type CommandDatabase = { url: string; local: boolean; stop: () => Promise<void> };

export async function databaseForCommand(): Promise<CommandDatabase> {
  const named = process.env.DATABASE_URL;
  if (named) return { url: named, local: false, stop: async () => {} };
  const server: LocalServer = await startLocalPostgres(dataDir(), { quiet: true });
  process.env.DATABASE_URL = server.url;
  return { url: server.url, local: true, stop: server.stop };
}

/**
 * Runs a command on its database and exits with the command's code: the local server, when the command
 * started it, is stopped however the command ends, and an error is printed as a message, not a trace.
 */
export function runOnDatabase(command: (database: CommandDatabase) => Promise<number>): void {
  const run = async () => {
    const database = await databaseForCommand();
    try {
      return await command(database);
    } finally {
      await database.stop();
    }
  };
  run().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

/** The database named by a URL, created on its server when the server has none of that name. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const { default: pg } = await import("pg");
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  } finally {
    await client.end();
  }
}
