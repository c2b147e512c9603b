// Debian's PostgreSQL client tools, version 15: the version of the local server, which pg_dump must
// not be older than and the one Debian 12 ships. Named directly so that a newer client installed
// beside them is never picked by mistake.
import fs from "node:fs";

export function pgTool(name: "pg_dump" | "pg_restore"): string {
  const debian = `/usr/lib/postgresql/15/bin/${name}`;
  if (fs.existsSync(debian)) return debian;
  throw new Error(`${name} 15 was not found (${debian}). Install Debian's client tools: apt-get install postgresql-client-15`);
}
