import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { agenciesToRecord } from "@/lib/data/indicators";
import type { IsoDate } from "@/lib/domain/dates";
import { yearOf } from "@/lib/domain/indicator-target";
import type { Locale } from "@/lib/domain/locale";
import { canRecordSurvey, type SessionUser } from "@/lib/domain/permissions";
import { ServicesForm } from "./services-form";
import { SurveyForm } from "./survey-form";

/**
 * The indicators' forms, each shown only to those who may use it: an agency's editor records their own
 * agency's services; VPCP's analysts and admins any agency's, and the UN surveys.
 */
export async function IndicatorForms({ user, today, locale, agency }: { user: SessionUser; today: IsoDate; locale: Locale; agency?: string }) {
  const agencies = (await agenciesToRecord(user, agency)).map((option) => ({ code: option.code, name: locale === "vi" ? option.shortName : option.nameEn }));
  const survey = canRecordSurvey(user) && !agency;
  if (agencies.length === 0 && !survey) return null;
  const t = await getTranslations("interconnection.indicators");
  return (
    <ClientMessages namespaces={["interconnection"]}>
      <section className="panel no-print" aria-labelledby="indicator-forms" data-testid="indicator-forms">
        <h2 id="indicator-forms">{t("forms.heading")}</h2>
        <div className="two-columns">
          {agencies.length > 0 && <ServicesForm agencies={agencies} today={today} />}
          {survey && <SurveyForm year={yearOf(today)} />}
        </div>
      </section>
    </ClientMessages>
  );
}
