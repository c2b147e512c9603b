import { DateField } from "@/components/ui/date-field";
import type { IsoDate } from "@/lib/domain/dates";

/** The day a view of the module is read as of: a date field (no later than today) and its button, sent as ?date=. */
export function DayPicker({ path, asOf, today, labels }: { path: string; asOf: IsoDate; today: IsoDate; labels: { picker: string; day: string; show: string } }) {
  return (
    <div className="as-of-picker no-print" role="group" aria-label={labels.picker}>
      <form method="get" action={path}>
        <div className="field">
          <DateField key={asOf} label={labels.day} name="date" defaultValue={asOf} max={today} required />
        </div>
        <button type="submit">{labels.show}</button>
      </form>
    </div>
  );
}
