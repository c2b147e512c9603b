import type { Prisma } from "../../lib/generated/prisma/client";
import { buildSubunitsOf } from "../scale/agencies";
import { buildRolloutMilestones, DEMO_SUBUNITS } from "./rollout-plan";

/**
 * The rollout of document interconnection (seed 001): VPCP as the hub the others connect to, the
 * provinces' sub-units the record counts, and every agency's milestones. Inside the demo reset's
 * transaction (prisma/demo/reset.ts), after the agencies.
 */
export async function seedRollout(tx: Prisma.TransactionClient): Promise<void> {
  await tx.agency.update({ where: { code: "VPCP" }, data: { documentHub: true } });
  const subunits = buildSubunitsOf(DEMO_SUBUNITS);
  // Parents first: the database reads a unit's top-level agency from its parent's row.
  for (const kind of ["DEPARTMENT", "DISTRICT", "COMMUNE"] as const) {
    await tx.agency.createMany({ data: subunits.filter((unit) => unit.kind === kind) });
  }
  await tx.rolloutMilestone.createMany({ data: buildRolloutMilestones(subunits) });
}
