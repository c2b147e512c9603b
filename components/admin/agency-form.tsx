"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { editAgencyAction } from "@/lib/actions/admin";
import { useCommandMessages } from "@/components/forms/command-messages";
import { formErrorsOf, IDLE } from "@/lib/commands/result";
import { AGENCY_KINDS, SUBUNIT_KINDS, type AnyAgencyKind } from "@/lib/domain/agency-kind";

type Agency = { code: string; name: string; shortName: string; nameEn: string; kind: AnyAgencyKind; identifierCode: string | null; unit: boolean };

export function AgencyEditForm({ agency }: { agency: Agency }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(editAgencyAction, IDLE);
  const messages = useCommandMessages("agencyAdmin");
  const identifierError = formErrorsOf(state).identifierCode;
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="agency-edit">
      <CommandOutcome state={state} namespace="agencyAdmin" saved={t("admin.saved")} shownBeside={(field) => field === "identifierCode"} />
      <input type="hidden" name="code" value={agency.code} />
      <div className="field"><label htmlFor="agency-name">{t("agencyAdmin.fields.name")}</label><input id="agency-name" name="name" maxLength={200} defaultValue={agency.name} /></div>
      <div className="form-grid">
        <div className="field"><label htmlFor="agency-short">{t("agencyAdmin.fields.shortName")}</label><input id="agency-short" name="shortName" maxLength={80} defaultValue={agency.shortName} /></div>
        <div className="field"><label htmlFor="agency-en">{t("agencyAdmin.fields.nameEn")}</label><input id="agency-en" name="nameEn" maxLength={200} defaultValue={agency.nameEn} /></div>
        <div className="field">
          <label htmlFor="agency-kind">{t("agencyAdmin.fields.kind")}</label>
          <select id="agency-kind" name="kind" defaultValue={agency.kind}>
            {(agency.unit ? SUBUNIT_KINDS : AGENCY_KINDS).map((kind) => <option key={kind} value={kind}>{t(`agencyKind.${kind}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="agency-identifier">{t("agencyAdmin.fields.identifierCode")}</label>
          <input
            id="agency-identifier"
            name="identifierCode"
            maxLength={20}
            defaultValue={agency.identifierCode ?? ""}
            placeholder="000.00.00.G22"
            aria-invalid={identifierError ? true : undefined}
            aria-describedby={identifierError ? "agency-identifier-error" : "agency-identifier-hint"}
          />
          <p id="agency-identifier-hint" className="muted">{t("agencyAdmin.identifierHint")}</p>
          {identifierError && <p id="agency-identifier-error" className="field-error" role="alert">{messages.errors(identifierError)}</p>}
        </div>
      </div>
      <button type="submit" disabled={pending}>{t("admin.save")}</button>
    </form>
  );
}
