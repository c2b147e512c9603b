"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { useCommandMessages } from "@/components/forms/command-messages";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { DateField } from "@/components/ui/date-field";
import { recordRolloutAction } from "@/lib/actions/rollout";
import { formErrorsOf, IDLE, savedOf, type FormState } from "@/lib/commands/result";
import { formatDate, type IsoDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/locale";
import { ROLLOUT_STAGES } from "@/lib/domain/rollout";
import type { RolloutRecorded } from "@/lib/interconnection/record-rollout";
import { ROLLOUT_NOTE_MAX } from "@/lib/interconnection/rollout-schema";

const NAMESPACE = "interconnection.rollout.record";
const FIELDS = ["agencyCode", "stage", "reachedOn", "note"] as const;

/** VPCP's analysts and admins: the day an agency's system reached a stage (a later stage brings the earlier ones). */
export function RolloutRecordForm({ today }: { today: IsoDate }) {
  const t = useTranslations("interconnection.rollout");
  const locale = useLocale() as Locale;
  const messages = useCommandMessages(NAMESPACE);
  const [state, action, pending] = useActionState<FormState<RolloutRecorded>, FormData>(recordRolloutAction, IDLE);
  const errors = formErrorsOf(state);
  const saved = savedOf(state);
  const beside = (name: string) => (errors[name]?.length ? <p id={`rollout-${name}-error`} className="field-error">{messages.errors(errors[name])}</p> : null);
  const invalid = (name: string) => (errors[name]?.length ? { "aria-invalid": true as const, "aria-describedby": `rollout-${name}-error` } : {});

  const savedText = () => {
    if (!saved) return null;
    if (saved.unchanged) return t("record.unchanged");
    const values = { agency: locale === "vi" ? saved.agency.shortName : saved.agency.nameEn, stage: t(`stages.${saved.stage}`), date: formatDate(saved.reachedOn, locale) };
    const main = saved.previous ? t("record.changed", { ...values, previous: formatDate(saved.previous, locale) }) : t("record.saved", values);
    const also = saved.alsoRecorded.length ? ` ${t("record.alsoRecorded", { stages: saved.alsoRecorded.map((stage) => t(`stages.${stage}`)).join(", ") })}` : "";
    return main + also;
  };

  return (
    <form onSubmit={submitKeepingValues(action)} className="rollout-form" noValidate data-testid="rollout-record">
      <p className="muted">{t("record.hint")}</p>
      <CommandOutcome
        state={state}
        namespace={NAMESPACE}
        saved={savedText()}
        fixIntro={t("record.fixErrors")}
        shownBeside={(field) => (FIELDS as readonly string[]).includes(field)}
        testId="rollout-record-outcome"
      />
      <div className="form-grid">
        <div className="field">
          <label htmlFor="rollout-agency">{t("record.fields.agencyCode")}</label>
          <input id="rollout-agency" name="agencyCode" maxLength={20} autoCapitalize="characters" spellCheck={false} placeholder={t("record.agencyHint")} {...invalid("agencyCode")} />
          {beside("agencyCode")}
        </div>
        <div className="field">
          <label htmlFor="rollout-stage">{t("record.fields.stage")}</label>
          <select id="rollout-stage" name="stage" defaultValue="STATUS_FEEDBACK" {...invalid("stage")}>
            {ROLLOUT_STAGES.map((stage) => <option key={stage} value={stage}>{t(`stages.${stage}`)}</option>)}
          </select>
          {beside("stage")}
        </div>
        <div className="field">
          <DateField label={t("record.fields.reachedOn")} name="reachedOn" defaultValue={today} max={today} {...invalid("reachedOn")} testId="rollout-day" />
          {beside("reachedOn")}
        </div>
      </div>
      <div className="field">
        <label htmlFor="rollout-note">{t("record.fields.note")}</label>
        <input id="rollout-note" name="note" maxLength={ROLLOUT_NOTE_MAX} {...invalid("note")} />
        {beside("note")}
      </div>
      <button type="submit" disabled={pending}>{t("record.save")}</button>
    </form>
  );
}
