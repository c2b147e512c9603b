import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { getTranslations } from "next-intl/server";
import { OpenPeriodForm } from "@/components/reporting/open-period-form";
import { OpenRequests } from "@/components/reporting/open-requests";
import { NoProgramme } from "@/components/view/no-programme";
import { canManagePeriods } from "@/lib/domain/permissions";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { openRequestsFor } from "@/lib/data/agency-report";
import { listAgencyOptions } from "@/lib/data/agency-options";
import { requiredScopeCounts } from "@/lib/data/agency-scope";
import { getReportingSummaries } from "@/lib/data/reporting";
import { compareQuarters, formatQuarterParam, nextQuarter, quarterBounds, quarterLabel, quarterOf } from "@/lib/domain/quarter";
import { currentLocale } from "@/lib/i18n/current-locale";
import { type RawParams } from "@/lib/view/params";
import { resolveProgramme } from "@/lib/view/resolve-period";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reporting"))("title") };
}

const FIGURES = ["required", "onTime", "late", "missing", "accepted", "awaitingReview"] as const;

export default async function ReportingPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const user = await requirePageUser(returnPath("/reporting", raw));
  const [t, locale, found] = await Promise.all([getTranslations("reporting"), currentLocale(), resolveProgramme(raw)]);
  if (!found) return <NoProgramme title={t("title")} />;
  const { programme, periods } = found;
  const today = appToday();
  const [summaries, requests] = await Promise.all([
    getReportingSummaries(programme.id, today),
    user.agencyId ? openRequestsFor(user.agencyId, today) : Promise.resolve([]),
  ]);

  // Quarters follow each other; a request can go out for the running quarter or the next one.
  const next = periods[0] ? nextQuarter(periods[0]) : quarterOf(programme.issuedOn);
  const canOpen = canManagePeriods(user) && compareQuarters(next, nextQuarter(quarterOf(today))) <= 0;
  const [scopeCounts, agencies] = canOpen ? await Promise.all([requiredScopeCounts(), listAgencyOptions()]) : [null, []];
  const query = `?programme=${programme.slug}`;

  return (
    <ClientMessages namespaces={["reporting"]}>
        <header className="view-heading">
          <p className="eyebrow">{programme.code}</p>
          <h1>{t("title")}</h1>
          <p className="muted">{t("intro")}</p>
        </header>
        {user.agencyCode && <OpenRequests requests={requests} agencyCode={user.agencyCode} locale={locale} />}
        <section className="panel flush" aria-labelledby="quarters-title">
          <h2 id="quarters-title" className="visually-hidden">{t("quartersTitle")}</h2>
          <DataTable
            testId="quarters"
            caption={t("quartersTitle")}
            locale={locale}
            rows={periods}
            rowKey={(p) => p.id}
            empty={t("noQuarters")}
            columns={[
              { key: "quarter", header: t("columns.quarter"), kind: "head", cell: (p) => <a href={`/reporting/${formatQuarterParam(p)}${query}`}>{quarterLabel(p, locale)}</a> },
              { key: "state", header: t("columns.state"), cell: (p) => <span className={`badge badge-${p.state.toLowerCase()}`}>{t(`periodState.${p.state}`)}</span> },
              { key: "due", header: t("columns.due"), kind: "date", value: (p) => p.reportDueOn },
              ...FIGURES.map((key, index) => ({
                key,
                header: t(`figures.${key}`),
                kind: "number" as const,
                value: (p: (typeof periods)[number]) => summaries.get(p.id)?.[key] ?? null,
                // A quarter without a request has no figures: one cell says so.
                spanWhen: index === 0 ? (p: (typeof periods)[number]) => (summaries.has(p.id) ? null : { columns: FIGURES.length, content: t("noRequest"), className: "muted" }) : undefined,
              })),
            ]}
          />
        </section>
        {canOpen && scopeCounts && (
          <section className="panel" aria-labelledby="open-title">
            <h2 id="open-title">{t("openTitle")}</h2>
            <OpenPeriodForm
              programme={programme.slug}
              quarter={formatQuarterParam(next)}
              quarterText={quarterLabel(next, locale)}
              defaultDue={`${quarterBounds(next).endsOn.slice(0, 8)}15`}
              scopeCounts={scopeCounts}
              agencies={agencies}
            />
          </section>
        )}
    </ClientMessages>
  );
}
