import argon2 from "argon2";

// OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. The parameters travel inside the
// hash, so raising them later still verifies the old hashes.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;

/** An argon2id hash with a random salt; `salt` only for demo accounts, whose password is public anyway. */
export async function hashPassword(password: string, salt?: Buffer): Promise<string> {
  return argon2.hash(password, salt ? { ...OPTIONS, salt } : OPTIONS);
}

/** False for a wrong password and for a malformed hash alike: a sign-in never learns which. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist costs the same time as a real check, so the
// response time does not tell which usernames exist.
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword("decoy password that matches nothing");
  await verifyPassword(await decoy, password);
}
