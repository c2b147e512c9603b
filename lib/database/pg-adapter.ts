import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// @prisma/adapter-pg 6.19.3 with two small fixes that let Prisma's schema engine (migrate deploy,
// db push) run through it offline (shared/STACK.md, prisma/orm#27403):
// 1. The catalog's columns of type name (oid 19) and "char" (oid 18) are reported as text (25),
//    which the adapter knows how to read.
// 2. A migration script is sent whole: the adapter splits scripts on ";", which cuts a PL/pgSQL
//    function's body ($$ … $$) apart.

const TEXT = 25;
const CATALOG_TYPES = new Set([18, 19]);

function asText<R>(result: R): R {
  for (const set of Array.isArray(result) ? result : [result]) {
    for (const field of (set as pg.QueryResult | undefined)?.fields ?? []) if (CATALOG_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
  }
  return result;
}

class CatalogAsTextClient extends pg.Client {
  // pg's own typings overload query() many ways; every form passes through here unchanged but for the result.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const callback = typeof args.at(-1) === "function" ? (args.pop() as (error: Error | null, result: unknown) => void) : null;
    if (callback) return super.query(...(args as [string]), (error: Error | null, result: unknown) => callback(error, error ? result : asText(result)));
    const returned = super.query(...(args as [string]));
    return returned && typeof (returned as Promise<unknown>).then === "function" ? (returned as Promise<unknown>).then(asText) : returned;
  }
}

export type PoolOptions = { max?: number; connectionTimeoutMillis?: number };

/** A driver adapter factory on the database at `url`, with the two fixes above. */
export function pgAdapterFactory(url: string, options: PoolOptions = {}): SqlMigrationAwareDriverAdapterFactory {
  const pool = new pg.Pool({ connectionString: url, Client: CatalogAsTextClient, max: options.max ?? 10, connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000 });
  // An idle connection the server ended (a restart, a failover) is dropped from the pool; unheard,
  // its error would end the process. The next query opens a new one.
  pool.on("error", (error) => console.warn(`[database] idle connection closed: ${error.message}`));
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const whole = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    Object.assign(Object.create(Object.getPrototypeOf(adapter)), adapter, {
      executeScript: async (script: string) => {
        await pool.query(script);
      },
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => whole(await factory.connect()),
    connectToShadowDb: async () => whole(await factory.connectToShadowDb()),
  };
}
