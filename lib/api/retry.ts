import "server-only";

// PostgreSQL's codes for a transaction it chose to abort so that another could go on: a deadlock
// (two batches locking the same documents in another order) or a serialization failure.
const RETRYABLE = /\b(40P01|40001)\b|deadlock detected/;

/** Runs a whole command again when the database aborted it for another's sake; nothing of the aborted try remains. */
export async function retryAborted<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const text = `${(error as { code?: unknown })?.code ?? ""} ${String(error)} ${JSON.stringify((error as { meta?: unknown })?.meta ?? null)} ${String((error as { cause?: unknown })?.cause ?? "")}`;
      if (attempt >= attempts || !RETRYABLE.test(text)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}
