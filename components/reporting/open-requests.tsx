import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OpenRequest } from "@/lib/data/agency-report";
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";

type Props = { requests: OpenRequest[]; agencyCode: string; locale: Locale };

/** An agency editor's open report requests, on their home page: what is due, by when, and where it stands. */
export async function OpenRequests({ requests, agencyCode, locale }: Props) {
  if (requests.length === 0) return null;
  const t = await getTranslations("reporting");
  return (
    <section className="panel request-panel" aria-labelledby="open-requests" data-testid="open-requests">
      <h2 id="open-requests">{t("requestsTitle")}</h2>
      <ul className="plain-list">
        {requests.map((r) => {
          const href = `/reporting/${formatQuarterParam(r.quarter)}/${agencyCode}?programme=${r.programmeSlug}`;
          const quarter = quarterLabel(r.quarter, locale);
          return (
            <li key={`${r.programmeSlug}-${formatQuarterParam(r.quarter)}`}>
              <Link href={href}>{t("requestLine", { programme: r.programmeCode, quarter })}</Link>{" "}
              <span className={r.overdue ? "overdue-flag" : undefined}>
                {t("requestDue", { due: formatDate(r.reportDueOn, locale) })} · {t(`reportState.${r.state}`)}
                {r.overdue && ` · ${t("requestOverdue")}`}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
