import { getTranslations } from "next-intl/server";
import type { PeriodDetail } from "@/lib/data/period-detail";
import { formatDateTime } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";

/** The figures a reopening set aside, as its history keeps them. */
function setAside(detail: string | null): { completed: number; assigned: number } | null {
  if (!detail) return null;
  const parsed = JSON.parse(detail) as { completed?: number | null; assigned?: number | null };
  return typeof parsed.completed === "number" && typeof parsed.assigned === "number" ? { completed: parsed.completed, assigned: parsed.assigned } : null;
}

/** The quarter's own history: opened, closed, and reopened with the admin's reason. */
export async function PeriodHistory({ events, locale }: { events: PeriodDetail["events"]; locale: Locale }) {
  const t = await getTranslations("reporting");
  return (
    <section className="panel" aria-labelledby="period-history">
      <h2 id="period-history">{t("historyTitle")}</h2>
      <ol className="timeline" data-testid="period-history">
        {events.map((event) => (
          <li key={event.id}>
            <p className="timeline-head">
              <strong>{t(`periodEvent.${event.kind}`)}</strong>{" "}
              <span className="muted">{t("byAt", { by: event.by?.displayName ?? t("bySystem"), at: formatDateTime(event.at, locale) })}</span>
            </p>
            {event.reason && <p className="prewrap">{t("reasonLabel", { reason: event.reason })}</p>}
            {event.kind === "REOPENED" && setAside(event.detail) && <p className="muted">{t("setAside", setAside(event.detail)!)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
