import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** A first-come, first-served lock: acquire() resolves with the function that releases it. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise((resolve) => (release = resolve));
    return previous.then(() => release);
  }
}

/**
 * The SQLite adapter runs every query of the process on one connection, and locks it only for
 * transactions: a query from another request sent while a transaction is open would run inside it,
 * seeing its uncommitted rows and rolled back with it (an audited refusal lost with someone else's
 * failed write). Here every statement outside a transaction waits for the open one to finish.
 */
function oneAtATime(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Lock();
  const alone = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await lock.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => alone(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => alone(() => adapter.executeRaw(query)),
    executeScript: (script: string) => alone(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await lock.acquire();
      let transaction: Transaction;
      try {
        transaction = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      const ending = async (end: () => Promise<void>) => {
        try {
          await end();
        } finally {
          release();
        }
      };
      return {
        provider: transaction.provider,
        adapterName: transaction.adapterName,
        options: transaction.options,
        queryRaw: (query: SqlQuery) => transaction.queryRaw(query),
        executeRaw: (query: SqlQuery) => transaction.executeRaw(query),
        commit: () => ending(() => transaction.commit()),
        rollback: () => ending(() => transaction.rollback()),
      };
    },
  };
}

/** The adapter factory whose connections run one statement or transaction at a time. */
export function oneAtATimeFactory(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => oneAtATime(await factory.connect()),
  };
}
