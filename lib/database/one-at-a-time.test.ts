import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

describe("one connection, one statement or transaction at a time", () => {
  it("keeps another request's write and read out of an open transaction that then rolls back", async () => {
    let entered!: () => void;
    let letGo!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (letGo = resolve));
    const failed = db()
      .$transaction(async (tx) => {
        await tx.auditEntry.create({ data: { action: "test.inside", outcome: "OK" } });
        entered();
        await gate;
        throw new Error("the transaction fails");
      })
      .catch((error: Error) => error);
    await inside;

    // Sent while the transaction is open, as another request's page read and raw write would be. (Prisma
    // wraps a model's create in a transaction of its own, which already waited; reads and raw SQL did not.)
    // Prisma's promises start only when awaited or then-ed: then() sends them now.
    const read = db().auditEntry.count({ where: { action: "test.inside" } }).then((n) => n);
    const write = db().$executeRaw`INSERT INTO "AuditEntry" ("id", "at", "action", "outcome") VALUES ('outside-1', CURRENT_TIMESTAMP, 'test.outside', 'REFUSED')`.then((n) => n);
    // Time for both to reach the connection: unguarded, they would run inside the transaction now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    letGo();

    expect(await failed).toBeInstanceOf(Error);
    await write;
    expect(await read).toBe(0);
    expect(await db().auditEntry.count({ where: { action: "test.outside" } })).toBe(1);
    expect(await db().auditEntry.count({ where: { action: "test.inside" } })).toBe(0);
  });
});
