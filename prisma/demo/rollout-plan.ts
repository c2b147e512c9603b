// The demo's rollout milestones (issue 15), deterministically. The counts as of 15/01/2016 are the
// public record (seed 001, VPCP's report for Quarter IV/2015); which agency is in which count, every day
// and every later milestone are reconstructed (README, "Document interconnection").
import { addDays, daysBetween, type IsoDate } from "../../lib/domain/dates";
import type { RolloutStageValue } from "../../lib/domain/rollout";
import { CENTRAL_AGENCIES, PROVINCES } from "./agencies";
import { agencyId } from "./ids";
import type { SubunitRow } from "../scale/agencies";

/** The day of the record: "đến ngày 15/1/2016" (seed 001). */
export const RECORD_DAY: IsoDate = "2016-01-15";
/** The sub-units the record counts connected (seed 001): all of the demo's, by that day. */
export const DEMO_SUBUNITS = { departments: 774, districts: 411, communes: 1_883 };

export type MilestoneRow = { agencyId: string; stage: RolloutStageValue; reachedOn: IsoDate; recordedAt: Date };

// Central agencies by their stage on the record's day: 10 + 5 + 7 connected (22), 7 not (of 29; VPCP is the hub).
const FEEDBACK_BY_RECORD = ["BTTTT", "BTC", "BKHDT", "BNV", "BTP", "BCT", "BYT", "BGDDT", "BXD", "BHXH"];
const SEND_BY_RECORD = ["BTNMT", "BNNPTNT", "BGTVT", "BLDTBXH", "NHNN"];
const CONNECTED_BY_RECORD = ["BNG", "BVHTTDL", "BKHCN", "UBDT", "TTCP", "TTXVN", "VTV"];
/** Not connected on the record's day; each connects during 2016. */
const LATE = ["BQP", "BCA", "HVCTQG", "VHLKHXH", "VHLKHCN", "VOV", "BQLLANG"];
/** Of the late ones: one never reports processing status, one does only after the axis's launch (12/03/2019). */
const NO_FEEDBACK = "BQP";
const FEEDBACK_AFTER_AXIS = "BCA";
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

// Windows on the way to the record's day: connected, then sending and receiving, then status feedback.
const W1: [IsoDate, IsoDate] = ["2015-10-26", "2015-11-25"];
const W2: [IsoDate, IsoDate] = ["2015-11-26", "2015-12-22"];
const W3: [IsoDate, IsoDate] = ["2015-12-23", RECORD_DAY];

// Recorded at 09:00 in Hanoi on the day reached.
const at = (day: IsoDate) => new Date(`${day}T02:00:00.000Z`);

function milestones(id: string, days: [RolloutStageValue, IsoDate][]): MilestoneRow[] {
  return days.map(([stage, reachedOn]) => ({ agencyId: id, stage, reachedOn, recordedAt: at(reachedOn) }));
}

function centralPlan(code: string): [RolloutStageValue, IsoDate][] {
  const k = (salt: string) => `${code}/${salt}`;
  if (FEEDBACK_BY_RECORD.includes(code)) {
    return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(...W2, k("s"))], ["STATUS_FEEDBACK", dayIn(...W3, k("f"))]];
  }
  if (SEND_BY_RECORD.includes(code)) {
    return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(W2[0], RECORD_DAY, k("s"))], ["STATUS_FEEDBACK", dayIn("2016-02-15", "2016-09-30", k("f"))]];
  }
  if (CONNECTED_BY_RECORD.includes(code)) {
    const c = dayIn(W1[0], RECORD_DAY, k("c"));
    return [["CONNECTED", c], ["SEND_RECEIVE", dayIn("2016-03-01", "2016-10-31", k("s"))], ["STATUS_FEEDBACK", dayIn("2016-11-01", "2017-12-28", k("f"))]];
  }
  if (!LATE.includes(code)) throw new Error(`no rollout plan for ${code}`);
  const plan: [RolloutStageValue, IsoDate][] = [["CONNECTED", dayIn("2016-01-18", "2016-12-15", k("c"))], ["SEND_RECEIVE", dayIn("2017-01-09", "2018-06-29", k("s"))]];
  if (code === FEEDBACK_AFTER_AXIS) plan.push(["STATUS_FEEDBACK", dayIn("2019-04-01", "2019-06-28", k("f"))]);
  else if (code !== NO_FEEDBACK) plan.push(["STATUS_FEEDBACK", dayIn("2018-07-02", "2019-03-08", k("f"))]);
  return plan;
}

function provincePlan(code: string): [RolloutStageValue, IsoDate][] {
  const k = (salt: string) => `${code}/${salt}`;
  if (PROVINCES_SEND_ONLY.includes(code)) {
    return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(W2[0], RECORD_DAY, k("s"))], ["STATUS_FEEDBACK", dayIn("2016-03-01", "2016-06-30", k("f"))]];
  }
  return [["CONNECTED", dayIn(...W1, k("c"))], ["SEND_RECEIVE", dayIn(...W2, k("s"))], ["STATUS_FEEDBACK", dayIn(...W3, k("f"))]];
}

// Sub-units: every one connected by the record's day (and no further); then, by kind, sending and
// receiving through 2016 (the provinces' deadline was 01/01/2017, seed 001) and status feedback later.
const LATER = {
  DEPARTMENT: { send: [100, "2016-02-01", "2016-12-30"], feedback: [90, "2017-01-03", "2018-06-29"] },
  DISTRICT: { send: [100, "2016-03-01", "2016-12-30"], feedback: [80, "2017-03-01", "2018-12-28"] },
  COMMUNE: { send: [80, "2016-04-01", "2017-06-30"], feedback: [50, "2017-07-03", "2019-06-28"] },
} as const;

function subunitPlan(unit: SubunitRow): [RolloutStageValue, IsoDate][] {
  const k = (salt: string) => `${unit.code}/${salt}`;
  const plan: [RolloutStageValue, IsoDate][] = [["CONNECTED", dayIn("2015-11-02", RECORD_DAY, k("c"))]];
  const later = LATER[unit.kind];
  if (!chance(k("s?"), later.send[0])) return plan;
  plan.push(["SEND_RECEIVE", dayIn(later.send[1], later.send[2], k("s"))]);
  if (chance(k("f?"), later.feedback[0])) plan.push(["STATUS_FEEDBACK", dayIn(later.feedback[1], later.feedback[2], k("f"))]);
  return plan;
}

/** Every agency's milestones but the hub's (VPCP: the others connect to it). */
export function buildRolloutMilestones(subunits: SubunitRow[]): MilestoneRow[] {
  return [
    ...CENTRAL_AGENCIES.filter((a) => a.code !== "VPCP").flatMap((a) => milestones(agencyId(a.code), centralPlan(a.code))),
    ...PROVINCES.flatMap((p) => milestones(agencyId(p.code), provincePlan(p.code))),
    ...subunits.flatMap((unit) => milestones(unit.id, subunitPlan(unit))),
  ];
}
