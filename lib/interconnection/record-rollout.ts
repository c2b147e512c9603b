import "server-only";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { lockAgency } from "@/lib/data/locks";
import type { IsoDate } from "@/lib/domain/dates";
import { canRecordRollout } from "@/lib/domain/permissions";
import { ROLLOUT_STAGES, stageDayFault, stageRank, type RolloutStageValue } from "@/lib/domain/rollout";
import { RolloutRecordSchema } from "./rollout-schema";

const rawCode = (raw: unknown) =>
  typeof raw === "object" && raw !== null && "agencyCode" in raw ? String((raw as Record<string, unknown>).agencyCode).slice(0, 64) : null;

export type RolloutRecorded = {
  agencyCode: string;
  agency: { shortName: string; nameEn: string };
  stage: RolloutStageValue;
  reachedOn: IsoDate;
  /** The day the stage had before, when this changed it. */
  previous: IsoDate | null;
  /** Earlier stages not yet recorded, recorded with it on the same day. */
  alsoRecorded: RolloutStageValue[];
  /** It was already recorded so: nothing written. */
  unchanged: boolean;
};

/**
 * Records that an agency's document system reached a stage on a day (VPCP's analysts and admins).
 * An agency reaches the stages in order, so a later stage brings the earlier ones not yet recorded,
 * on the same day; no stage is dated after a later one's day, nor before an earlier one's, nor after
 * today. Changing a stage's day is allowed; its audit row keeps the day it replaced.
 */
export const recordRollout = defineCommand({
  name: "rollout.record",
  schema: RolloutRecordSchema,
  authorize: canRecordRollout,
  targetOf: rawCode,
  async run({ actor, input, tx, now, today }) {
    const { agencyCode, stage, reachedOn, note } = input;
    const target = `${agencyCode} ${stage}`;
    if (reachedOn > today) throw refuse.field("reachedOn", "futureDay", target);
    // Two people recording one agency at once: one after the other, each against what the other wrote.
    await lockAgency(tx, agencyCode);
    const agency = await tx.agency.findUnique({ where: { code: agencyCode }, select: { id: true, documentHub: true, shortName: true, nameEn: true } });
    if (!agency) throw refuse.field("agencyCode", "unknownAgency", target);
    if (agency.documentHub) throw refuse.field("agencyCode", "hub", target);

    const rows = await tx.rolloutMilestone.findMany({ where: { agencyId: agency.id }, select: { stage: true, reachedOn: true, note: true } });
    const recorded: Partial<Record<RolloutStageValue, IsoDate>> = Object.fromEntries(rows.map((row) => [row.stage, row.reachedOn]));
    const fault = stageDayFault(recorded, stage, reachedOn);
    if (fault) throw refuse.field("reachedOn", fault, target);

    const previous = recorded[stage] ?? null;
    const alsoRecorded = ROLLOUT_STAGES.filter((other) => stageRank(other) < stageRank(stage) && !recorded[other]);
    const sameNote = note === undefined || rows.find((row) => row.stage === stage)?.note === note;
    const names = { shortName: agency.shortName, nameEn: agency.nameEn };
    const result = { agencyCode, agency: names, stage, reachedOn, previous: previous === reachedOn ? null : previous, alsoRecorded };
    if (previous === reachedOn && sameNote && alsoRecorded.length === 0) {
      return { result: { ...result, unchanged: true }, target, detail: { day: reachedOn, unchanged: true } };
    }

    const written = { reachedOn, recordedAt: now, recordedById: actor.id };
    if (alsoRecorded.length > 0) {
      await tx.rolloutMilestone.createMany({ data: alsoRecorded.map((earlier) => ({ agencyId: agency.id, stage: earlier, ...written, note: note ?? null })) });
    }
    await tx.rolloutMilestone.upsert({
      where: { agencyId_stage: { agencyId: agency.id, stage } },
      create: { agencyId: agency.id, stage, ...written, note: note ?? null },
      update: { ...written, ...(note === undefined ? {} : { note }) },
    });
    return {
      result: { ...result, unchanged: false },
      target,
      detail: { day: reachedOn, ...(previous && previous !== reachedOn ? { previousDay: previous } : {}), ...(alsoRecorded.length ? { alsoRecorded } : {}) },
    };
  },
});
