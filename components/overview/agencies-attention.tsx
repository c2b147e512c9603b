import { getTranslations } from "next-intl/server";
import type { PlanCoverage } from "@/lib/data/action-plans";
import type { AgencyCounts } from "@/lib/data/progress";
import type { Locale } from "@/lib/domain/locale";
import { formatNumber } from "@/lib/domain/rate";
import { viewHref, type ViewRef } from "@/lib/view/href";

type Props = { noneCompleted: AgencyCounts[]; withTasks: number; plans: PlanCoverage[]; view: ViewRef; locale: Locale };

/** Who is behind: agencies that completed none of their tasks, and agencies without an action plan. */
export async function AgenciesAttention({ noneCompleted, withTasks, plans, view, locale }: Props) {
  const t = await getTranslations("overview");
  const agencyLink = (code: string, name: string) => <a href={viewHref(`/agencies/${code}`, view)}>{name}</a>;
  return (
    <div className="two-columns">
      <section className="panel" aria-labelledby="none-completed" data-testid="none-completed">
        <h2 id="none-completed">{t("noneCompleted")}</h2>
        <p className="figure-small">
          {formatNumber(noneCompleted.length, locale)}/{formatNumber(withTasks, locale)}{" "}
          <span className="muted">{t("noneCompletedOf")}</span>
        </p>
        {noneCompleted.length === 0 ? (
          <p className="empty">{t("noneCompletedEmpty")}</p>
        ) : (
          <ul className="plain-list">
            {noneCompleted.map((a) => (
              <li key={a.code}>
                {agencyLink(a.code, a.shortName)} <span className="muted">({t("tasksCount", { count: a.assigned })})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="action-plans" data-testid="action-plans">
        <h2 id="action-plans">{t("actionPlans")}</h2>
        {plans.map((group) => (
          <div key={group.group} className="plan-group" data-testid={`plans-${group.group}`}>
            <p>
              <strong>{t(`planGroup.${group.group}`)}:</strong>{" "}
              <span className="figure-inline">
                {formatNumber(group.issued, locale)}/{formatNumber(group.total, locale)}
              </span>{" "}
              {t("planIssued")}
            </p>
            {group.missing.length > 0 && (
              <p className="muted">
                {t("planMissing")}{" "}
                {group.missing.map((a, index) => (
                  <span key={a.code}>
                    {index > 0 && ", "}
                    {agencyLink(a.code, locale === "vi" ? a.name : a.nameEn)}
                  </span>
                ))}
              </p>
            )}
          </div>
        ))}
      </section>
    </div>
  );
}
