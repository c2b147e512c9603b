// The processing states of a document at its receiver, as the document-exchange standard's status
// packets name them (QCVN 102:2016/BTTTT; DOMAIN.md), and the order in which a delivery may reach
// them. Pure, so the ingest, the demo generator and the tests apply one rule.

export const STATUS_CODES = ["01", "02", "03", "04", "05", "06", "13", "15", "16"] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** The delivery's column that keeps the time each state was reached. */
export const STATE_COLUMN = {
  "01": "arrivedAt",
  "02": "refusedAt",
  "03": "acceptedAt",
  "04": "awaitingAt",
  "05": "assignedAt",
  "06": "finishedAt",
  "13": "recallAskedAt",
  "15": "recalledAt",
  "16": "recallRefusedAt",
} as const satisfies Record<StatusCode, string>;
export type StateColumn = (typeof STATE_COLUMN)[StatusCode];

/** The states a processing time is measured to, from arrival: each step of processing, and refusal. */
export const TIMED_STATES = ["02", "03", "04", "05", "06"] as const satisfies readonly StatusCode[];
export type TimedState = (typeof TIMED_STATES)[number];
/** The three of them the agencies' table shows (the page lists all five for the axis or one agency). */
export const TABLE_STATES = ["03", "05", "06"] as const satisfies readonly TimedState[];

// The steps of processing, in order; refusal (02) may only follow arrival.
const PROGRESS: Partial<Record<StatusCode, number>> = { "01": 1, "03": 2, "04": 3, "05": 4, "06": 5 };

/** A delivery's states so far: each state's time, in milliseconds, when reached. */
export type DeliveryTimes = Partial<Record<StatusCode, number>>;

export type Rejection =
  | "notArrived" // a state for a document that has not arrived at that receiver
  | "alreadyArrived" // a second "arrived" for one delivery, under another event id
  | "afterFinal" // anything after finished, refused or recalled
  | "outOfOrder" // a step of processing not after the one reached, or refusal after acceptance
  | "beforePrevious" // a time earlier than the state it follows
  | "noRecall" // a recall's answer without a recall asked, or a second recall
  | "recallPending"; // a step of processing while a recall waits for its answer

/** The state a delivery is in: the last one reached (its latest time; ties go to the later step). */
export function currentState(times: DeliveryTimes): { code: StatusCode; at: number } | null {
  let best: { code: StatusCode; at: number } | null = null;
  for (const code of STATUS_CODES) {
    const at = times[code];
    if (at !== undefined && (best === null || at >= best.at)) best = { code, at };
  }
  return best;
}

/** Finished, refused, or recalled: nothing may follow. */
export function isFinal(times: DeliveryTimes): boolean {
  return times["06"] !== undefined || times["02"] !== undefined || times["15"] !== undefined;
}

function progressReached(times: DeliveryTimes): number {
  let reached = 0;
  for (const [code, rank] of Object.entries(PROGRESS)) if (times[code as StatusCode] !== undefined) reached = Math.max(reached, rank!);
  return reached;
}

/**
 * Whether a delivery may reach `code` at `at`, given the states it has; null when it may. A state is
 * reached once; a step of processing follows the one before it in time and in order.
 */
export function rejectionOf(times: DeliveryTimes | null, code: StatusCode, at: number): Rejection | null {
  if (times === null || times["01"] === undefined) return code === "01" ? null : "notArrived";
  if (code === "01") return "alreadyArrived";
  if (isFinal(times)) return "afterFinal";
  const latest = currentState(times)!;
  if (at < latest.at) return "beforePrevious";
  const recallAsked = times["13"] !== undefined;
  const recallAnswered = times["15"] !== undefined || times["16"] !== undefined;
  if (code === "13") return recallAsked ? "noRecall" : null;
  if (code === "15" || code === "16") return recallAsked && !recallAnswered ? null : "noRecall";
  if (recallAsked && !recallAnswered) return "recallPending";
  if (code === "02") return progressReached(times) === 1 ? null : "outOfOrder";
  return PROGRESS[code]! > progressReached(times) ? null : "outOfOrder";
}
