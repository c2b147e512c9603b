import { getTranslations } from "next-intl/server";
import type { StatusCounts } from "@/lib/data/progress";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";

const ROWS = [
  ["COMPLETED", "completed"],
  ["IN_PROGRESS", "inProgress"],
  ["NOT_STARTED", "notStarted"],
  ["OVERDUE", "overdue"],
  ["WITHDRAWN", "withdrawn"],
] as const;

export async function StatusBreakdown({ counts, locale }: { counts: StatusCounts; locale: Locale }) {
  const t = await getTranslations();
  return (
    <div className="breakdown">
      <h3>{t("home.breakdown")}</h3>
      <dl>
        {ROWS.map(([status, key]) => (
          <div key={status} className={`breakdown-row status-${status.toLowerCase()}`}>
            <dt>{t(`status.${status}`)}</dt>
            <dd>{formatNumber(counts[key], locale)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
