import { getTranslations } from "next-intl/server";
import { ProgrammeHeadlineCard } from "@/components/home/programme-headline";
import { getProgrammeHeadlines } from "@/lib/data/headline";
import { currentLocale } from "@/lib/i18n/current-locale";

export default async function HomePage() {
  const [t, locale, headlines] = await Promise.all([getTranslations("home"), currentLocale(), getProgrammeHeadlines()]);
  return (
    <>
      <h1>{t("title")}</h1>
      {headlines.length === 0 ? (
        <p className="panel empty">{t("noProgrammes")}</p>
      ) : (
        headlines.map((headline) => <ProgrammeHeadlineCard key={headline.programme.id} headline={headline} locale={locale} />)
      )}
    </>
  );
}
