"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { useCommandMessages } from "@/components/forms/command-messages";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { DateField } from "@/components/ui/date-field";
import { recordServicesAction } from "@/lib/actions/indicators";
import { IDLE, formErrorsOf, savedOf, type FieldErrors, type FormState } from "@/lib/commands/result";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { indicatorFormErrors, MAX_SERVICES, ServiceCountSchema } from "@/lib/interconnection/indicator-schemas";

const NAMESPACE = "interconnection.indicators";
const LEVELS = ["level1", "level2", "level3", "level4"] as const;

type Props = {
  /** The agencies the user may record for: one for an agency's editor, the list for VPCP. */
  agencies: { code: string; name: string }[];
  today: IsoDate;
};

/** An agency's count of online public services at each level on a day; the same day again replaces it. */
export function ServicesForm({ agencies, today }: Props) {
  const t = useTranslations(NAMESPACE);
  const locale = useLocale() as Locale;
  const messages = useCommandMessages(NAMESPACE);
  const [state, action, pending] = useActionState<FormState<{ agencyCode: string; countedOn: string; replaced: boolean }>, FormData>(recordServicesAction, IDLE);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...formErrorsOf(state), ...clientErrors };
  const saved = savedOf(state);

  function check(form: FormData): boolean {
    const found = indicatorFormErrors(ServiceCountSchema, form);
    setClientErrors(found);
    return Object.keys(found).length === 0;
  }
  const beside = (name: string) =>
    errors[name]?.length ? <p id={`services-${name}-error`} className="field-error">{messages.errors(errors[name])}</p> : null;
  const invalid = (name: string) => (errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `services-${name}-error` } : {});

  return (
    <form onSubmit={submitKeepingValues(action, check)} className="indicator-form" noValidate data-testid="services-form">
      <h3>{t("servicesForm.title")}</h3>
      <p className="note">{t("servicesForm.hint")}</p>
      <CommandOutcome
        state={state}
        namespace={NAMESPACE}
        saved={saved ? t(saved.replaced ? "servicesForm.replaced" : "servicesForm.saved", { agency: agencies.find((agency) => agency.code === saved.agencyCode)?.name ?? saved.agencyCode, date: formatDate(saved.countedOn, locale) }) : null}
        fixIntro={t("fixErrors")}
        shownBeside={(field) => (LEVELS as readonly string[]).includes(field) || field === "countedOn" || (field === "agencyCode" && agencies.length > 1)}
        testId="services-outcome"
      />
      <div className="form-grid">
        {agencies.length === 1 ? (
          <div className="field">
            <span className="date-label">{t("fields.agencyCode")}</span>
            <input type="hidden" name="agencyCode" value={agencies[0].code} />
            <strong>{agencies[0].name}</strong>
          </div>
        ) : (
          <div className="field">
            <label htmlFor="services-agency">{t("fields.agencyCode")}</label>
            <select id="services-agency" name="agencyCode" defaultValue="" {...invalid("agencyCode")}>
              <option value="">{t("servicesForm.chooseAgency")}</option>
              {agencies.map((agency) => <option key={agency.code} value={agency.code}>{agency.name}</option>)}
            </select>
            {beside("agencyCode")}
          </div>
        )}
        <div className="field">
          <DateField label={t("fields.countedOn")} name="countedOn" defaultValue={today} max={today} {...invalid("countedOn")} testId="services-day" />
          {beside("countedOn")}
        </div>
      </div>
      <div className="form-grid">
        {LEVELS.map((level) => (
          <div key={level} className="field level-field">
            <label htmlFor={`services-${level}`}>{t(`fields.${level}`)}</label>
            <input id={`services-${level}`} name={level} inputMode="numeric" pattern="[0-9]*" maxLength={String(MAX_SERVICES).length} size={7} {...invalid(level)} />
            {beside(level)}
          </div>
        ))}
      </div>
      <button type="submit" disabled={pending}>{t("servicesForm.save")}</button>
    </form>
  );
}
