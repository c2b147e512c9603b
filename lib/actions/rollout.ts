"use server";

// The rollout's form (issue 15): an agency's document system reached a stage on a day.
import { formAction } from "@/lib/commands/form-action";
import { recordRollout } from "@/lib/interconnection/record-rollout";

export const recordRolloutAction = formAction(recordRollout);
