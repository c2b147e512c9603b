import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EgdiSection } from "@/components/interconnection/egdi-section";
import { IndicatorForms } from "@/components/interconnection/indicator-forms";
import { IndicatorsHeading } from "@/components/interconnection/indicators-heading";
import { ServicesSection } from "@/components/interconnection/services-section";
import { ServicesSeries } from "@/components/interconnection/services-series";
import { IgnoredNote } from "@/components/view/ignored-note";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { appToday } from "@/lib/clock";
import { getServiceSeries, getSurveySeries } from "@/lib/data/indicator-series";
import { getServicesSummary, indicatorTarget, listServiceAgencies } from "@/lib/data/indicators";
import { currentLocale } from "@/lib/i18n/current-locale";
import { indicatorsDay } from "@/lib/view/indicators-day";
import { pageParam, type RawParams } from "@/lib/view/params";
import "./indicators.css";

const PATH = "/interconnection/indicators";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("interconnection.indicators"))("title") };
}

/** Online public services per agency and nationally, and the UN e-Government survey, as of a day. */
export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(PATH, raw));
  const today = appToday();
  const day = indicatorsDay(raw, today);
  const ignored = [...day.ignored];
  const page = pageParam(raw, "page", ignored);
  const [t, locale, servicesTarget, surveyTarget] = await Promise.all([
    getTranslations("interconnection.indicators"),
    currentLocale(),
    indicatorTarget("SERVICES_LEVEL_3_4", day.asOf),
    indicatorTarget("EGDI_ASEAN_RANK", day.asOf),
  ]);
  const [summary, agencies, series, surveys] = await Promise.all([
    getServicesSummary(day.asOf, servicesTarget),
    listServiceAgencies(day.asOf, servicesTarget, page),
    getServiceSeries(day.asOf),
    getSurveySeries(day.asOf, surveyTarget),
  ]);
  return (
    <>
      <IndicatorsHeading title={t("title")} day={day} today={today} locale={locale} path={PATH} />
      <IgnoredNote ignored={ignored} />
      <ServicesSection summary={summary} page={agencies} asOf={day.asOf} locale={locale} />
      <ServicesSeries points={series} target={servicesTarget} asOf={day.asOf} locale={locale} />
      <EgdiSection series={surveys} asOf={day.asOf} locale={locale} />
      <IndicatorForms user={user} today={today} locale={locale} />
    </>
  );
}
