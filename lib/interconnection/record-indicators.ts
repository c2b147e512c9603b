import "server-only";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse } from "@/lib/commands/refusal";
import { lockName } from "@/lib/data/locks";
import { yearOf } from "@/lib/domain/indicator-target";
import { agencyScope, canRecordSurvey } from "@/lib/domain/permissions";
import { ServiceCountSchema, SurveySchema } from "./indicator-schemas";

const rawField = (name: string) => (raw: unknown) =>
  typeof raw === "object" && raw !== null && name in raw ? String((raw as Record<string, unknown>)[name]).slice(0, 64) : null;

/**
 * An agency's online public services at each level on a day: by the agency's own editors, or by VPCP's
 * analysts and admins for any agency. A count of the same day replaces the earlier one, and the audit
 * row keeps what it replaced.
 */
export const recordServices = defineCommand({
  name: "indicators.recordServices",
  schema: ServiceCountSchema,
  // Leaders record nothing; which agency an editor may record is decided in the query below.
  authorize: (actor) => actor.role !== "LEADER",
  targetOf: rawField("agencyCode"),
  async run({ actor, input, tx, now, today }) {
    const { agencyCode, countedOn, ...levels } = input;
    // The scope is part of the query: an editor finds only their own agency.
    const agency = await tx.agency.findFirst({ where: { code: agencyCode, id: agencyScope(actor) }, select: { id: true } });
    if (!agency) {
      const exists = await tx.agency.findUnique({ where: { code: agencyCode }, select: { id: true } });
      throw exists ? refuse.forbidden(agencyCode, "not-own-agency") : refuse.field("agencyCode", "agency", agencyCode);
    }
    const target = `${agencyCode} ${countedOn}`;
    if (countedOn > today) throw refuse.field("countedOn", "futureDay", target);
    // Two people recording the same agency's day at once: one after the other, so each audit row says
    // what it really replaced.
    await lockName(tx, `services:${agency.id}:${countedOn}`);
    const key = { agencyId: agency.id, countedOn };
    const previous = await tx.onlineServiceCount.findUnique({ where: { agencyId_countedOn: key }, select: { level1: true, level2: true, level3: true, level4: true } });
    const written = { ...levels, recordedAt: now, recordedById: actor.id };
    await tx.onlineServiceCount.upsert({ where: { agencyId_countedOn: key }, create: { ...key, ...written }, update: written });
    return { result: { agencyCode, countedOn, replaced: previous !== null }, target, detail: { to: levels, ...(previous ? { from: previous } : {}) } };
  },
});

/**
 * Viet Nam's figures in one UN E-Government Survey, entered by VPCP's analysts and admins once the
 * survey is out (never for a year still to come). Entering a year again replaces it, audited with what
 * it replaced.
 */
export const recordSurvey = defineCommand({
  name: "indicators.recordSurvey",
  schema: SurveySchema,
  authorize: canRecordSurvey,
  targetOf: rawField("year"),
  async run({ actor, input, tx, now, today }) {
    const target = String(input.year);
    if (input.year > yearOf(today)) throw refuse.field("year", "futureYear", target);
    await lockName(tx, `survey:${input.year}`);
    const previous = await tx.egdiSurvey.findUnique({
      where: { year: input.year },
      select: { rank: true, countries: true, aseanRank: true, egdi: true, osi: true, osiRegionRank: true, source: true },
    });
    const figures = {
      rank: input.rank,
      countries: input.countries,
      aseanRank: input.aseanRank ?? null,
      egdi: input.egdi ?? null,
      osi: input.osi ?? null,
      osiRegionRank: input.osiRegionRank ?? null,
      source: input.source || null,
    };
    const written = { ...figures, recordedAt: now, recordedById: actor.id };
    await tx.egdiSurvey.upsert({ where: { year: input.year }, create: { year: input.year, ...written }, update: written });
    return { result: { year: input.year, replaced: previous !== null }, target, detail: { to: figures, ...(previous ? { from: previous } : {}) } };
  },
});
