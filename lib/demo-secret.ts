import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// A demo signs its sessions with a secret of its own, made on first run and kept in its data folder,
// beside its database (readable by its owner only): a secret written in the source would let anyone who read the source
// mint a session for any demo server.

const known = new Map<string, string>();

export function demoSecretFile(dataDir: string): string {
  return path.join(dataDir, "demo-secret");
}

/** The demo's secret, created (mode 0600) the first time; two servers starting at once get the same one. */
export function demoSecret(dataDir: string): string {
  const file = demoSecretFile(dataDir);
  const cached = known.get(file);
  if (cached) return cached;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written whole under a private name, then linked into place: a second server starting at the same
  // moment finds either no file or the complete one, never a half-written one.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(draft, randomBytes(48).toString("base64url"), { mode: 0o600 });
  try {
    fs.linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(draft, { force: true });
  }
  // A copy whose mode was widened since (a restore, a careless chmod) is narrowed again.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file}: khoá demo hỏng, hãy xoá tệp này / the demo secret is damaged, delete this file`);
  known.set(file, secret);
  return secret;
}
