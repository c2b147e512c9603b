// The demo's rollout milestones (issue 15), deterministically. The counts as of 15/01/2016 are the
// public record (seed 001, VPCP's report for Quarter IV/2015); which agency is in which count, every day
// and every later milestone are reconstructed (README, "Document interconnection").
import { addDays, daysBetween, type IsoDate } from "../../lib/domain/dates";
import { RECORD_DAY, type RolloutStageValue } from "../../lib/domain/rollout";
import { CENTRAL_AGENCIES, PROVINCES } from "./agencies";
import { agencyId } from "./ids";
import type { SubunitRow } from "../scale/agencies";

/** The sub-units the record counts connected (seed 001): all of the demo's, by that day. */
export const DEMO_SUBUNITS = { departments: 774, districts: 411, communes: 1_883 };

/**
 * The last day a demo milestone may fall on: the end of the last quarter before the demo's day
 * (10/04/2017, lib/clock.ts). A later one would be a record of the future, which the app refuses to
 * take (rollout.record) and never shows (no as-of after today).
 */
export const LAST_DEMO_MILESTONE: IsoDate = "2017-03-31";

export type MilestoneRow = { agencyId: string; stage: RolloutStageValue; reachedOn: IsoDate; recordedAt: Date };
type Plan = [RolloutStageValue, IsoDate][];

// Central agencies by their stage on the record's day: 10 + 5 + 7 connected (22), 7 not (of 29; VPCP is the hub).
const FEEDBACK_BY_RECORD = ["BTTTT", "BTC", "BKHDT", "BNV", "BTP", "BCT", "BYT", "BGDDT", "BXD", "BHXH"];
const SEND_BY_RECORD = ["BTNMT", "BNNPTNT", "BGTVT", "BLDTBXH", "NHNN"];
const CONNECTED_BY_RECORD = ["BNG", "BVHTTDL", "BKHCN", "UBDT", "TTCP", "TTXVN", "VTV"];
/** Not connected on the record's day: each connects during 2016, and goes on as far as its stages say by the demo's day. */
const LATE: Record<string, RolloutStageValue> = {
  BQP: "CONNECTED", BCA: "CONNECTED", HVCTQG: "SEND_RECEIVE", BQLLANG: "SEND_RECEIVE",
  VHLKHXH: "STATUS_FEEDBACK", VHLKHCN: "STATUS_FEEDBACK", VOV: "STATUS_FEEDBACK",
};
/** The two provinces that only sent and received on the record's day (61 also reported status). */
const PROVINCES_SEND_ONLY = ["VN-01", "VN-03"];

// Stable pseudo-random numbers from a text (FNV-1a), so the same rows come out every time.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A day in [from, to], chosen by `key`. */
function dayIn(from: IsoDate, to: IsoDate, key: string): IsoDate {
  return addDays(from, hash(key) % (daysBetween(from, to) + 1));
}

const chance = (key: string, percent: number) => hash(key) % 100 < percent;

/** The plan with one more stage, reached in [from, until] and a week or more after the last one; as it was if no such day is left. */
function then(plan: Plan, stage: RolloutStageValue, [from, until]: [IsoDate, IsoDate], key: string): Plan {
  const weekAfter = addDays(plan[plan.length - 1][1], 7);
  const first = weekAfter > from ? weekAfter : from;
  return first > until ? plan : [...plan, [stage, dayIn(first, until, key)]];
}

// Windows on the way to the record's day: connected, then sending and receiving, then status feedback.
const W1: [IsoDate, IsoDate] = ["2015-10-26", "2015-11-25"];
const W2: [IsoDate, IsoDate] = ["2015-11-26", "2015-12-22"];
const W3: [IsoDate, IsoDate] = ["2015-12-23", RECORD_DAY];

// Recorded at 09:00 in Hanoi on the day reached.
const at = (day: IsoDate) => new Date(`${day}T02:00:00.000Z`);

function milestones(id: string, days: Plan): MilestoneRow[] {
  return days.map(([stage, reachedOn]) => ({ agencyId: id, stage, reachedOn, recordedAt: at(reachedOn) }));
}

function centralPlan(code: string): Plan {
  const k = (salt: string) => `${code}/${salt}`;
  if (FEEDBACK_BY_RECORD.includes(code)) {
    return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(...W2, k("s"))], ["STATUS_FEEDBACK", dayIn(...W3, k("f"))]];
  }
  if (SEND_BY_RECORD.includes(code)) {
    return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(W2[0], RECORD_DAY, k("s"))], ["STATUS_FEEDBACK", dayIn("2016-02-15", "2016-09-30", k("f"))]];
  }
  if (CONNECTED_BY_RECORD.includes(code)) {
    const plan: Plan = [["CONNECTED", dayIn(W1[0], RECORD_DAY, k("c"))], ["SEND_RECEIVE", dayIn("2016-03-01", "2016-10-31", k("s"))]];
    return then(plan, "STATUS_FEEDBACK", ["2016-11-01", LAST_DEMO_MILESTONE], k("f"));
  }
  const last = LATE[code];
  if (!last) throw new Error(`no rollout plan for ${code}`);
  let plan: Plan = [["CONNECTED", dayIn("2016-01-18", "2016-10-31", k("c"))]];
  if (last !== "CONNECTED") plan = then(plan, "SEND_RECEIVE", ["2016-02-01", "2016-12-30"], k("s"));
  if (last === "STATUS_FEEDBACK") plan = then(plan, "STATUS_FEEDBACK", ["2016-06-01", LAST_DEMO_MILESTONE], k("f"));
  return plan;
}

function provincePlan(code: string): Plan {
  const k = (salt: string) => `${code}/${salt}`;
  if (PROVINCES_SEND_ONLY.includes(code)) {
    return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(W2[0], RECORD_DAY, k("s"))], ["STATUS_FEEDBACK", dayIn("2016-03-01", "2016-06-30", k("f"))]];
  }
  return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(...W2, k("s"))], ["STATUS_FEEDBACK", dayIn(...W3, k("f"))]];
}

// Sub-units: every one connected by the record's day (and no further); then, by kind, sending and
// receiving through 2016 (the provinces' deadline was 01/01/2017, seed 001), and some status feedback
// in early 2017. [percent, first day, last day] of each.
const LATER = {
  DEPARTMENT: { send: [100, "2016-02-01", "2016-12-30"], feedback: [60, "2017-01-03", LAST_DEMO_MILESTONE] },
  DISTRICT: { send: [100, "2016-03-01", "2016-12-30"], feedback: [30, "2017-01-03", LAST_DEMO_MILESTONE] },
  COMMUNE: { send: [70, "2016-04-01", "2017-02-28"], feedback: [15, "2017-01-03", LAST_DEMO_MILESTONE] },
} as const;

function subunitPlan(unit: SubunitRow): Plan {
  const k = (salt: string) => `${unit.code}/${salt}`;
  const plan: Plan = [["CONNECTED", dayIn("2015-11-02", RECORD_DAY, k("c"))]];
  const { send, feedback } = LATER[unit.kind];
  if (!chance(k("s?"), send[0])) return plan;
  const sending = then(plan, "SEND_RECEIVE", [send[1], send[2]], k("s"));
  return chance(k("f?"), feedback[0]) ? then(sending, "STATUS_FEEDBACK", [feedback[1], feedback[2]], k("f")) : sending;
}

/** Every agency's milestones but the hub's (VPCP: the others connect to it). */
export function buildRolloutMilestones(subunits: SubunitRow[]): MilestoneRow[] {
  return [
    ...CENTRAL_AGENCIES.filter((a) => a.code !== "VPCP").flatMap((a) => milestones(agencyId(a.code), centralPlan(a.code))),
    ...PROVINCES.flatMap((p) => milestones(agencyId(p.code), provincePlan(p.code))),
    ...subunits.flatMap((unit) => milestones(unit.id, subunitPlan(unit))),
  ];
}
