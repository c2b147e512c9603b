// Online public services and the UN e-Government index (issue 15, seed 004). The surveys and the targets
// are the record's; the per-agency counts of services are reconstructed (the seeds give none): plausible,
// deterministic, and such that most central agencies were short of 100% at levels 3–4 at the end of 2016,
// as seed 004 says the target was missed.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { IsoDate } from "../../lib/domain/dates";
import { PROGRAMME } from "./build";
import { agencyId } from "./ids";

/** The programme's two targets for the end of 2016 (Resolution 36a; seed 004: both missed). */
export const INDICATOR_TARGETS = [
  { id: "target-36a-services-2016", programmeId: PROGRAMME.id, indicator: "SERVICES_LEVEL_3_4", value: 100, dueOn: "2016-12-31" },
  { id: "target-36a-egdi-asean-2016", programmeId: PROGRAMME.id, indicator: "EGDI_ASEAN_RANK", value: 4, dueOn: "2016-12-31" },
] as const;

const SOURCE_2016 = "UN E-Government Survey 2016, công bố 7/2016 (VPCP, văn bản 1976/VPCP-KGVX; seed 004)";

/**
 * The surveys before the demo's day (10/04/2017): 2016's figures as seed 004 gives them, 2014's rank
 * from "up 10 places from 2014". Later surveys (2018: 88, 2020: 86, 2022: 86, 2024: 71) were published
 * after that day, so they are left to be entered through the form; what the seeds do not give (the
 * index itself, 2014's ASEAN place) is left empty rather than filled in.
 */
export const DEMO_SURVEYS = [
  { year: 2014, rank: 99, countries: 193, aseanRank: null, egdi: null, osi: null, osiRegionRank: null, source: `Suy ra từ hạng 2016 (tăng 10 hạng so với 2014): ${SOURCE_2016}` },
  { year: 2016, rank: 89, countries: 193, aseanRank: 6, egdi: null, osi: 0.57, osiRegionRank: 4, source: SOURCE_2016 },
];

/** Quarter ends on which each central agency's services were counted, from the resolution's first quarter. */
export const COUNT_DAYS: IsoDate[] = ["2015-12-31", "2016-03-31", "2016-06-30", "2016-09-30", "2016-12-31", "2017-03-31"];
const DUE_INDEX = COUNT_DAYS.indexOf("2016-12-31");

/**
 * [code, services offered at the end of 2016, share of them at levels 3–4 then, share of those at level 4].
 * Two reached 100% (business registration at Bộ KH&ĐT; the Mausoleum Board's two services); the rest did not.
 */
const AGENCY_SERVICES: [string, number, number, number][] = [
  ["BQP", 28, 0.18, 0.2], ["BCA", 45, 0.22, 0.3], ["BNG", 32, 0.56, 0.4], ["BNV", 38, 0.11, 0.25],
  ["BTP", 64, 0.27, 0.35], ["BKHDT", 42, 1, 0.6], ["BTC", 180, 0.78, 0.55], ["BCT", 120, 0.62, 0.5],
  ["BNNPTNT", 85, 0.33, 0.3], ["BGTVT", 110, 0.45, 0.4], ["BXD", 40, 0.2, 0.25], ["BTNMT", 72, 0.15, 0.2],
  ["BTTTT", 58, 0.74, 0.6], ["BLDTBXH", 50, 0.24, 0.3], ["BVHTTDL", 66, 0.3, 0.2], ["BKHCN", 54, 0.52, 0.45],
  ["BGDDT", 36, 0.39, 0.3], ["BYT", 88, 0.3, 0.25], ["UBDT", 6, 0.17, 0], ["NHNN", 30, 0.6, 0.5],
  ["TTCP", 5, 0, 0], ["VPCP", 4, 0.5, 0.5], ["HVCTQG", 3, 0, 0], ["VHLKHXH", 4, 0.25, 0],
  ["VHLKHCN", 6, 0.33, 0], ["VOV", 3, 0.34, 0], ["VTV", 3, 0.34, 0], ["TTXVN", 2, 0.5, 0],
  ["BHXH", 24, 0.92, 0.7], ["BQLLANG", 2, 1, 0.5],
];

export type ServiceCountRow = { agencyId: string; countedOn: IsoDate; level1: number; level2: number; level3: number; level4: number; recordedAt: Date };

/**
 * Each agency's counts at the quarter ends: a few services added each quarter, the share at levels 3–4
 * rising in a straight line from 40% of its end-2016 share at the end of 2015, and a little further in
 * the first quarter of 2017. Recorded ten days after each count, at 09:00 in Hanoi.
 */
export function buildServiceCounts(): ServiceCountRow[] {
  return AGENCY_SERVICES.flatMap(([code, total, shareAtDue, level4Share]) =>
    COUNT_DAYS.map((countedOn, index) => {
      const step = Math.floor(total * 0.03);
      const offered = total + step * (index - DUE_INDEX);
      const start = shareAtDue * 0.4;
      const share = index <= DUE_INDEX ? start + ((shareAtDue - start) * index) / DUE_INDEX : shareAtDue + (1 - shareAtDue) * 0.1;
      const high = Math.min(offered, Math.round(offered * share));
      const level4 = Math.round(high * level4Share);
      const level1 = Math.round((offered - high) * 0.4);
      const recordedAt = new Date(Date.parse(`${countedOn}T02:00:00.000Z`) + 10 * 86_400_000);
      return { agencyId: agencyId(code), countedOn, level1, level2: offered - high - level1, level3: high - level4, level4, recordedAt };
    }),
  );
}

/** Writes this part of the demo data inside the demo reset's transaction (prisma/demo/reset.ts). */
export async function seedIndicators(tx: Prisma.TransactionClient): Promise<void> {
  const surveyRecordedAt = new Date("2016-08-01T02:00:00.000Z");
  await tx.egdiSurvey.createMany({ data: DEMO_SURVEYS.map((survey) => ({ ...survey, recordedAt: surveyRecordedAt })) });
  await tx.programmeTarget.createMany({ data: INDICATOR_TARGETS.map((target) => ({ ...target })) });
  await tx.onlineServiceCount.createMany({ data: buildServiceCounts() });
}
