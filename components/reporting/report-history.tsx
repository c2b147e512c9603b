import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AgencyReportDetail } from "@/lib/data/agency-report";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";

type Events = NonNullable<AgencyReportDetail["report"]>["events"];

/** Every step of the report, newest first: each submission with what it said of each task, each review with its comment. */
export async function ReportHistory({ events, locale }: { events: Events; locale: Locale }) {
  const t = await getTranslations("reporting");
  const ts = await getTranslations("status");
  if (events.length === 0) return <p className="empty">{t("noSteps")}</p>;
  return (
    <ol className="timeline" data-testid="report-history">
      {events.map((event, index) => (
        <li key={event.id}>
          <p className="timeline-head">
            {/* A submission after an earlier one (newest first: a later index) is the report sent again. */}
            <strong>{t(`reportEvent.${event.kind === "SUBMITTED" && events.slice(index + 1).some((e) => e.kind === "SUBMITTED") ? "RESUBMITTED" : event.kind}`)}</strong>{" "}
            <span className="muted">{t("byAt", { by: event.by?.displayName ?? t("bySystem"), at: formatDateTime(event.at, locale) })}</span>
          </p>
          {event.text && <p className="prewrap">{event.text}</p>}
          {event.items.length > 0 && (
            <details>
              <summary>{t("itemsSummary", { count: event.items.length, changed: event.items.filter((i) => i.fromStatus !== null).length })}</summary>
              <ul className="plain-list">
                {event.items.map((item) => (
                  <li key={item.taskId}>
                    <Link href={`/tasks/${item.task.code}`}>{item.task.code}</Link> {item.task.title} ·{" "}
                    {item.fromStatus ? <strong>{ts(item.fromStatus)} → {ts(item.status)}</strong> : ts(item.status)}
                    {item.note && ` · ${item.note}`}
                    {item.evidenceNumber && ` · ${t("evidenceShort", { number: item.evidenceNumber, date: item.evidenceDate ? formatDate(item.evidenceDate, locale) : "—" })}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
