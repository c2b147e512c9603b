import type { TargetState } from "@/lib/domain/indicator-target";

/** Where an indicator stands against its target: not yet due, met, missed, or nothing to judge. */
export function TargetBadge({ state, text, testId }: { state: TargetState; text: string; testId?: string }) {
  return (
    <span className={`badge target-${state}`} data-state={state} data-testid={testId}>
      {text}
    </span>
  );
}
