import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { LoadingView } from "@/components/view/loading-view";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { AgenciesAttention } from "@/components/overview/agencies-attention";
import { AgencyHome } from "@/components/overview/agency-home";
import { AgencySection } from "@/components/overview/agency-section";
import { ClassSection } from "@/components/overview/class-section";
import { Headline } from "@/components/overview/headline";
import { StatusFigures } from "@/components/overview/status-figures";
import { ReportingSection } from "@/components/overview/reporting-section";
import { TrendSection } from "@/components/overview/trend-section";
import { InterconnectionSection } from "@/components/overview/interconnection-section";
import { getInterconnectionSummary } from "@/lib/data/interconnection-summary";
import { OpenRequests } from "@/components/reporting/open-requests";
import type { SessionUser } from "@/lib/domain/permissions";
import { openRequestsFor } from "@/lib/data/agency-report";
import { getReportingFigures } from "@/lib/data/reporting";
import { AsOfPicker } from "@/components/view/as-of-picker";
import { IgnoredNote } from "@/components/view/ignored-note";
import { NoProgramme } from "@/components/view/no-programme";
import { ViewHeading } from "@/components/view/view-heading";
import { getOverview } from "@/lib/view/overview";
import { agenciesWithNoneCompleted } from "@/lib/data/progress";
import { currentLocale } from "@/lib/i18n/current-locale";
import { paramsKey, type RawParams } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

async function OverviewView({ raw, user }: { raw: RawParams; user: SessionUser }) {
  const [t, locale, view] = await Promise.all([getTranslations("overview"), currentLocale(), resolveView(raw)]);
  if (!view) return <NoProgramme title={t("title")} />;
  // Today's figures are shown with the reporting of the latest quarter, open or closed.
  const period = view.current.period ?? (view.live ? (view.periods[0] ?? null) : null);
  const today = appToday();
  const [overview, requests, reporting, interconnection] = await Promise.all([
    getOverview(view),
    user.agencyId ? openRequestsFor(user.agencyId, today) : Promise.resolve([]),
    period ? getReportingFigures(period.id, today) : Promise.resolve(null),
    getInterconnectionSummary(view.current.asOf),
  ]);
  return (
    <div className="overview">
      <ViewHeading title={t("title")} view={view} locale={locale} />
      {user.agencyCode && <OpenRequests requests={requests} agencyCode={user.agencyCode} locale={locale} />}
      {user.agencyCode && <AgencyHome code={user.agencyCode} view={view} locale={locale} />}
      <IgnoredNote ignored={view.ignored} />
      <AsOfPicker view={view} locale={locale} path="/" />
      <div className="two-columns">
        <Headline view={view} counts={overview.counts} previousCounts={overview.previousCounts} locale={locale} />
        <StatusFigures view={view} counts={overview.counts} locale={locale} />
      </div>
      <AgenciesAttention
        noneCompleted={agenciesWithNoneCompleted(overview.breakdown)}
        withTasks={overview.breakdown.length}
        plans={overview.plans}
        view={view.ref}
        locale={locale}
      />
      {period && reporting && <ReportingSection period={period} figures={reporting} programme={view.programme.slug} locale={locale} />}
      <AgencySection rows={overview.breakdown} view={view.ref} locale={locale} />
      <div className="two-columns">
        <TrendSection points={overview.trend} programme={view.programme.slug} locale={locale} />
        <ClassSection counts={overview.classes} view={view.ref} locale={locale} />
      </div>
      <InterconnectionSection summary={interconnection} asOf={view.current.asOf} locale={locale} />
    </div>
  );
}

// The figures stream in behind a loading state (not a loading.tsx, which would wrap the sibling
// /[code] pages too and turn their 404 into a 200).
export default async function OverviewPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const user = await requirePageUser(returnPath("/", raw));
  return (
    <Suspense key={paramsKey(raw)} fallback={<LoadingView />}>
      <OverviewView raw={raw} user={user} />
    </Suspense>
  );
}
