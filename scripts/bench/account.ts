import { randomBytes } from "node:crypto";
import { createApiToken } from "../../lib/api/tokens";
import { hashPassword } from "../../lib/auth/password";
import { db } from "../../lib/db";

/**
 * The benchmark's own analyst (not a demo account: the server runs in production mode), with a random
 * password and an API token, written to the benchmark's throwaway database only.
 */
export async function benchAccount(): Promise<{ username: string; password: string; token: string }> {
  const username = "bench-analyst";
  const password = randomBytes(18).toString("base64url");
  const passwordHash = await hashPassword(password);
  const token = await db().$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { username },
      create: { username, displayName: "Chuyên viên đo tốc độ", role: "ANALYST", passwordHash },
      update: { passwordHash, active: true },
    });
    return (await createApiToken(tx, user.id, "benchmark")).token;
  });
  return { username, password, token };
}
