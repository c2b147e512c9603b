import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { ComparePicker } from "@/components/compare/compare-picker";
import { TaskChanges } from "@/components/compare/task-changes";
import { IgnoredNote } from "@/components/view/ignored-note";
import { NoProgramme } from "@/components/view/no-programme";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { compareSnapshots } from "@/lib/data/comparison";
import { periodAsOf, periodBasis, type PeriodRef } from "@/lib/data/periods";
import { quarterLabel, formatQuarterParam } from "@/lib/domain/quarter";
import { completionRate, formatNumber, formatRate, formatSignedNumber, percentagePointChange } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { type RawParams } from "@/lib/view/params";
import { resolveComparison } from "@/lib/view/resolve-comparison";
import { ListDownloads } from "@/components/export/list-downloads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

// The first rows of each list of tasks; the download has them all.
const COMPARE_LIST_ROWS = 20;

const ROWS = ["assigned", "completed", "inProgress", "notStarted", "overdue", "withdrawn"] as const;

export default async function ComparePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  await requirePageUser(returnPath("/compare", raw));
  const [t, locale, found] = await Promise.all([getTranslations("compare"), currentLocale(), resolveComparison(raw)]);
  if (!found) return <NoProgramme title={t("title")} />;
  const { programme, periods, from, to, swapped, ignored } = found;
  if (!to || !from) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="panel empty">{t("needTwo")}</p>
      </>
    );
  }
  const today = appToday();
  const side = (p: PeriodRef) => ({ basis: periodBasis(p, today), asOf: periodAsOf(p, today) });
  const comparison = await compareSnapshots(side(from), side(to), { limit: COMPARE_LIST_ROWS });
  const [fromLabel, toLabel] = [quarterLabel(from, locale), quarterLabel(to, locale)];
  const fromRate = completionRate(comparison.from.completed, comparison.from.assigned);
  const toRate = completionRate(comparison.to.completed, comparison.to.assigned);
  const points = percentagePointChange(fromRate, toRate);
  const n = (value: number) => formatNumber(value, locale);
  const query = `programme=${programme.slug}`;

  return (
    <>
      <header className="view-heading">
        <p className="eyebrow">{programme.code}</p>
        <h1>{t("title")}</h1>
        <p className="as-of-line" data-testid="compare-heading">{t("heading", { from: fromLabel, to: toLabel })}</p>
      </header>
      <IgnoredNote ignored={ignored} />
      {swapped && <p className="notice" role="status">{t("swapped")}</p>}
      {from.id === to.id && <p className="notice" role="status">{t("same")}</p>}
      <ComparePicker programme={programme.slug} periods={periods} from={from} to={to} locale={locale} />
      <ListDownloads href={`/compare/export?${query}&from=${formatQuarterParam(from)}&to=${formatQuarterParam(to)}`} />

      <section className="panel" aria-labelledby="compare-totals">
        <h2 id="compare-totals">{t("totals")}</h2>
        <p className="figure-small" data-testid="compare-rates">
          {formatRate(fromRate, locale)} → {formatRate(toRate, locale)}
          {points !== null && <span className="muted"> ({t("points", { points: formatSignedNumber(points, locale, 1) })})</span>}
        </p>
        <DataTable
          testId="compare-table"
          caption={t("totals")}
          locale={locale}
          rows={[...ROWS]}
          rowKey={(key) => key}
          empty={t("none")}
          columns={[
            { key: "figure", header: t("figure"), kind: "head", value: (key) => t(`rows.${key}`) },
            { key: "from", header: fromLabel, kind: "number", value: (key) => comparison.from[key] },
            { key: "to", header: toLabel, kind: "number", value: (key) => comparison.to[key] },
            { key: "change", header: t("change"), className: "num", value: (key) => formatSignedNumber(comparison.to[key] - comparison.from[key], locale) },
          ]}
        />
        <p className="note" data-testid="compare-overdue">
          {t("overdueExplained", {
            from: n(comparison.from.overdue),
            to: n(comparison.to.overdue),
            fell: n(comparison.totals.fellOverdue),
            // Overdue before and not after: completed, withdrawn or given a later deadline since.
            left: n(comparison.from.overdue + comparison.totals.fellOverdue - comparison.to.overdue),
          })}
        </p>
        {comparison.from.assigned !== comparison.to.assigned && (
          <p className="note" data-testid="compare-denominator">
            {t("denominator", { from: n(comparison.from.assigned), to: n(comparison.to.assigned), withdrawn: comparison.totals.withdrawn, added: comparison.totals.added })}
          </p>
        )}
      </section>

      <div className="two-columns cards">
        {(["outOfNoneCompleted", "intoNoneCompleted"] as const).map((key) => (
          <section key={key} className="panel" aria-labelledby={`compare-${key}`} data-testid={`compare-${key}`}>
            <h2 id={`compare-${key}`}>{t(key)}</h2>
            {comparison[key].length === 0 ? (
              <p className="empty">{t("none")}</p>
            ) : (
              <ul className="plain-list">
                {comparison[key].map((a) => (
                  <li key={a.code}><Link href={`/agencies/${a.code}?${query}&quarter=${formatQuarterParam(to)}`}>{locale === "vi" ? a.shortName : a.nameEn}</Link></li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>

      <section className="panel" aria-labelledby="compare-agencies">
        <h2 id="compare-agencies">{t("byAgency")}</h2>
        <DataTable
          testId="compare-agencies"
          caption={t("byAgency")}
          locale={locale}
          rows={comparison.agencies}
          rowKey={(a) => a.code}
          rowAttributes={(a) => ({ "data-agency": a.code })}
          empty={t("none")}
          columns={[
            { key: "agency", header: t("agency"), kind: "head", value: (a) => (locale === "vi" ? a.shortName : a.nameEn) },
            { key: "from", header: fromLabel, className: "num", value: (a) => (a.from ? formatRate(completionRate(a.from.completed, a.from.assigned), locale) : null) },
            { key: "to", header: toLabel, className: "num", value: (a) => (a.to ? formatRate(completionRate(a.to.completed, a.to.assigned), locale) : null) },
            { key: "change", header: t("changeCompleted"), className: "num", value: (a) => formatSignedNumber((a.to?.completed ?? 0) - (a.from?.completed ?? 0), locale) },
            {
              key: "points",
              header: t("changeRate"),
              className: "num",
              value: (a) => {
                const points = a.from && a.to ? percentagePointChange(completionRate(a.from.completed, a.from.assigned), completionRate(a.to.completed, a.to.assigned)) : null;
                return points === null ? null : formatSignedNumber(points, locale, 1);
              },
            },
          ]}
        />
      </section>

      <TaskChanges comparison={comparison} locale={locale} taskHref={(code) => `/tasks/${code}?${query}&quarter=${formatQuarterParam(to)}`}
        downloadHref={`/compare/export?${query}&from=${formatQuarterParam(from)}&to=${formatQuarterParam(to)}`}
      />
    </>
  );
}
