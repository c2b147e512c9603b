import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./create-client";
import { databaseState } from "./database-state";

// The database goes away (a restart, a failover, a cut cable) and comes back: the same process must
// show the setup page meanwhile and serve again afterwards, without being restarted. A relay between
// the client and the test's database stands in for the network, so the server itself keeps running
// for the other test files.

type Relay = { port: number; cut: () => void; restore: () => void; close: () => Promise<void> };

async function relayTo(host: string, port: number): Promise<Relay> {
  const open = new Set<net.Socket>();
  let up = true;
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const upstream = net.connect(port, host);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("close", () => open.delete(socket));
      socket.on("error", () => {});
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    cut: () => {
      up = false;
      for (const socket of open) socket.destroy();
    },
    restore: () => {
      up = true;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const target = new URL(process.env.DATABASE_URL!);
const relay = await relayTo(target.hostname, Number(target.port || 5432));
const viaRelay = Object.assign(new URL(target.href), { host: `127.0.0.1:${relay.port}` }).href;
const client = createPrismaClient(viaRelay);
const answers = async () => (await client.$queryRaw<{ one: number }[]>`SELECT 1 AS one`)[0].one;

afterAll(async () => {
  await client.$disconnect();
  await relay.close();
});

describe("when the database goes away and comes back", () => {
  it("the setup page shows meanwhile, and the same process serves again without a restart", async () => {
    const start = Date.now();
    expect(await answers()).toBe(1);
    expect(await databaseState(viaRelay, start)).toEqual({ kind: "ready" });

    relay.cut();
    await expect(answers()).rejects.toThrow();
    // The readiness answer is kept 5 seconds; the next one after that sees the database gone.
    expect((await databaseState(viaRelay, start + 6_000)).kind).toBe("unreachable");

    relay.restore();
    expect(await databaseState(viaRelay, start + 12_000)).toEqual({ kind: "ready" });
    // The pool dropped the dead connections and opens new ones.
    expect(await answers()).toBe(1);
  });
});
