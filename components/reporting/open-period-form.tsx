"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { openPeriodAction } from "@/lib/actions/reporting";
import { IDLE } from "@/lib/commands/result";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { REQUIRED_SCOPES, type RequiredScope } from "@/lib/domain/required-scope";
import { FormStatus, describedError, useFieldError, type ReportingFormState } from "./form-status";
import { DateField } from "@/components/ui/date-field";

type Props = {
  programme: string;
  quarter: string;
  quarterText: string;
  defaultDue: string;
  scopeCounts: Record<RequiredScope, number>;
  agencies: { code: string; shortName: string }[];
};

/** VPCP opens the next quarter: its due date, its request document and who must report. */
export function OpenPeriodForm({ programme, quarter, quarterText, defaultDue, scopeCounts, agencies }: Props) {
  const t = useTranslations("reporting");
  const [state, action, pending] = useActionState(openPeriodAction, IDLE);
  const [scope, setScope] = useState<RequiredScope>("ALL");
  const fieldError = useFieldError(state);
  const described = (field: string) => describedError(fieldError(field), `open-${field}-error`);
  const error = (field: string) => described(field).node;
  const invalid = (field: string) => described(field).attrs;
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="open-period" noValidate>
      <FormStatus state={state} saved={t("opened")} fields={["reportDueOn", "requestNumber", "agencyCodes", "quarter"]} testId="open-period-status" />
      <input type="hidden" name="programme" value={programme} />
      <input type="hidden" name="quarter" value={quarter} />
      <p>
        {t("openWhich")} <strong>{quarterText}</strong>
      </p>
      {error("quarter")}
      <div className="form-grid">
        <div className="field">
          <DateField label={t("fields.reportDueOn")} name="reportDueOn" defaultValue={defaultDue} required {...invalid("reportDueOn")} />
          {error("reportDueOn")}
        </div>
        <div className="field">
          <label htmlFor="open-request">{t("fields.requestNumber")}</label>
          <input id="open-request" name="requestNumber" maxLength={100} placeholder="1976/VPCP-KGVX" {...invalid("requestNumber")} />
          {error("requestNumber")}
        </div>
      </div>
      <fieldset>
        <legend>{t("fields.scope")}</legend>
        {REQUIRED_SCOPES.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} />
            {t(`scope.${value}`, { count: scopeCounts[value] })}
          </label>
        ))}
      </fieldset>
      {scope === "CHOSEN" && (
        <fieldset className="agency-choices" {...invalid("agencyCodes")}>
          <legend>{t("fields.agencyCodes")}</legend>
          {agencies.map((a) => (
            <label key={a.code} className="check">
              <input type="checkbox" name="agencyCodes" value={a.code} /> {a.shortName}
            </label>
          ))}
        </fieldset>
      )}
      {error("agencyCodes")}
      <button type="submit" disabled={pending}>{pending ? t("opening") : t("open", { quarter: quarterText })}</button>
    </form>
  );
}
