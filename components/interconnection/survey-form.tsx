"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { useCommandMessages } from "@/components/forms/command-messages";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { recordSurveyAction } from "@/lib/actions/indicators";
import { IDLE, formErrorsOf, savedOf, type FieldErrors, type FormState } from "@/lib/commands/result";
import { indicatorFormErrors, SOURCE_MAX, SurveySchema } from "@/lib/interconnection/indicator-schemas";

const NAMESPACE = "interconnection.indicators";
const FIELDS = [
  { name: "year", size: 5 },
  { name: "rank", size: 5 },
  { name: "countries", size: 5 },
  { name: "aseanRank", size: 4 },
  { name: "egdi", size: 7 },
  { name: "osi", size: 7 },
  { name: "osiRegionRank", size: 4 },
] as const;

/** Viet Nam's figures in one UN survey; entering a year again replaces its figures. */
export function SurveyForm({ year }: { year: number }) {
  const t = useTranslations(NAMESPACE);
  const messages = useCommandMessages(NAMESPACE);
  const [state, action, pending] = useActionState<FormState<{ year: number; replaced: boolean }>, FormData>(recordSurveyAction, IDLE);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...formErrorsOf(state), ...clientErrors };
  const saved = savedOf(state);

  function check(form: FormData): boolean {
    const found = indicatorFormErrors(SurveySchema, form);
    setClientErrors(found);
    return Object.keys(found).length === 0;
  }
  const beside = (name: string) =>
    errors[name]?.length ? <p id={`survey-${name}-error`} className="field-error">{messages.errors(errors[name])}</p> : null;
  const invalid = (name: string) => (errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `survey-${name}-error` } : {});

  return (
    <form onSubmit={submitKeepingValues(action, check)} className="indicator-form" noValidate data-testid="survey-form">
      <h3>{t("surveyForm.title")}</h3>
      <p className="note">{t("surveyForm.hint")}</p>
      <CommandOutcome
        state={state}
        namespace={NAMESPACE}
        saved={saved ? t(saved.replaced ? "surveyForm.replaced" : "surveyForm.saved", { year: saved.year }) : null}
        fixIntro={t("fixErrors")}
        shownBeside={(field) => field !== "form"}
        testId="survey-outcome"
      />
      <div className="form-grid">
        {FIELDS.map(({ name, size }) => (
          <div key={name} className="field">
            <label htmlFor={`survey-${name}`}>{t(`fields.${name}`)}</label>
            <input id={`survey-${name}`} name={name} inputMode={name === "egdi" || name === "osi" ? "decimal" : "numeric"} size={size} defaultValue={name === "year" ? String(year) : undefined} {...invalid(name)} />
            {beside(name)}
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor="survey-source">{t("fields.source")}</label>
        <input id="survey-source" name="source" maxLength={SOURCE_MAX} {...invalid("source")} />
        {beside("source")}
      </div>
      <button type="submit" disabled={pending}>{t("surveyForm.save")}</button>
    </form>
  );
}
