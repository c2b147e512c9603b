// The national document axis from its launch to the first count (seed 002): from 12/3 to 21/7/2019,
// 68,257 documents sent and 203,553 received between the 93 agencies, generated as the status
// packets their systems send. The totals and three agencies' shares of digitally signed documents
// (Thanh tra Chính phủ 0.3%, Bộ Quốc phòng 22%, Bộ NN&PTNT 30%) are the record's; which agency sent
// what to whom, when, the other agencies' shares and every processing time are reconstructed.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { FlowAgency, FlowOptions } from "../flows/generate";
import { writeFlows } from "../flows/write";
import { seededRandom } from "../scale/random";
import { CENTRAL_AGENCIES, PROVINCES } from "./agencies";
import { agencyId } from "./ids";

const RECORDED_SIGNED_SHARES: Record<string, number> = { TTCP: 0.003, BQP: 0.22, BNNPTNT: 0.3 };

export function demoFlowOptions(): FlowOptions {
  const random = seededRandom(2019);
  const agencies: FlowAgency[] = [...CENTRAL_AGENCIES, ...PROVINCES].map((a) => ({
    id: agencyId(a.code),
    code: a.code,
    hub: a.code === "VPCP",
    // VPCP sends the Government's documents to everyone; ministries send more than provinces.
    weight: a.code === "VPCP" ? 6 : a.kind === "PROVINCE" ? 0.6 + random.float() * 0.4 : 1 + random.float() * 0.6,
    signedShare: RECORDED_SIGNED_SHARES[a.code] ?? 0.45 + random.int(0, 50) / 100,
  }));
  return { from: "2019-03-12", to: "2019-07-21", documents: 68_257, deliveries: 203_553, agencies, seed: 36_2019 };
}

/** Writes the axis's documents, deliveries, events and daily roll-up inside the demo reset's transaction. */
export async function seedFlows(tx: Prisma.TransactionClient): Promise<void> {
  await writeFlows(
    (sql, values) => tx.$executeRawUnsafe(sql, ...values),
    (sql) => tx.$queryRawUnsafe(sql),
    demoFlowOptions(),
  );
}
