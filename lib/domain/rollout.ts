// The rollout of document interconnection (issue 15, seed 001): each agency's document system reaches
// stages in order, each on a day; its stage as of a day is the highest reached by then.

/** The day of the public record (seed 001): VPCP's report for Quarter IV/2015 counts "đến ngày 15/1/2016". */
export const RECORD_DAY = "2016-01-15";

/** The stages, in order: connected, then sends and receives, then also reports processing status. */
export const ROLLOUT_STAGES = ["CONNECTED", "SEND_RECEIVE", "STATUS_FEEDBACK"] as const;
export type RolloutStageValue = (typeof ROLLOUT_STAGES)[number];

/** Where an agency stands on a day: not yet connected, or its highest stage reached. */
export const STAGE_LEVELS = ["NOT_CONNECTED", ...ROLLOUT_STAGES] as const;
export type StageLevel = (typeof STAGE_LEVELS)[number];

/** A list's stage filter: one level, or every connected agency whatever its stage. */
export const STAGE_FILTERS = [...STAGE_LEVELS, "ANY_CONNECTED"] as const;
export type StageFilter = (typeof STAGE_FILTERS)[number];

/**
 * The groups the record counts (seed 001): central agencies (bar the hub, whose system the others
 * connect to: 29), provinces (63), and the provinces' sub-units by kind.
 */
export const ROLLOUT_GROUPS = ["central", "province", "department", "district", "commune"] as const;
export type RolloutGroup = (typeof ROLLOUT_GROUPS)[number];
export const SUBUNIT_GROUPS = ["department", "district", "commune"] as const satisfies readonly RolloutGroup[];
export type SubunitGroup = (typeof SUBUNIT_GROUPS)[number];

export type StageCounts = Record<StageLevel, number>;

export const emptyStageCounts = (): StageCounts => ({ NOT_CONNECTED: 0, CONNECTED: 0, SEND_RECEIVE: 0, STATUS_FEEDBACK: 0 });

export const stageRank = (stage: RolloutStageValue): number => ROLLOUT_STAGES.indexOf(stage);

/** Agencies connected at all (at any stage). */
export const connectedCount = (counts: StageCounts): number => counts.CONNECTED + counts.SEND_RECEIVE + counts.STATUS_FEEDBACK;

export const totalCount = (counts: StageCounts): number => connectedCount(counts) + counts.NOT_CONNECTED;

/**
 * Why a stage may not be recorded on `day`, given the days already recorded: a stage is reached
 * no earlier than the stages before it, and no later than those after it. Null when it may.
 */
export function stageDayFault(recorded: Partial<Record<RolloutStageValue, string>>, stage: RolloutStageValue, day: string): "beforeEarlier" | "afterLater" | null {
  for (const other of ROLLOUT_STAGES) {
    const on = recorded[other];
    if (!on || other === stage) continue;
    if (stageRank(other) < stageRank(stage) && on > day) return "beforeEarlier";
    if (stageRank(other) > stageRank(stage) && on < day) return "afterLater";
  }
  return null;
}
