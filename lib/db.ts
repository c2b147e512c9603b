import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "@/lib/database/create-client";

// One client per process and database file; the global survives Next's hot reloads in development.
const clients = globalThis as unknown as { __trackerPrisma?: Map<string, PrismaClient> };

export function db(): PrismaClient {
  const url = process.env.DATABASE_URL ?? "";
  clients.__trackerPrisma ??= new Map();
  let client = clients.__trackerPrisma.get(url);
  if (!client) {
    client = createPrismaClient(url || undefined);
    clients.__trackerPrisma.set(url, client);
  }
  return client;
}

export async function disconnectDb(): Promise<void> {
  const all = [...(clients.__trackerPrisma?.values() ?? [])];
  clients.__trackerPrisma?.clear();
  await Promise.all(all.map((client) => client.$disconnect()));
}
