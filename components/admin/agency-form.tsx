"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { editAgencyAction } from "@/lib/actions/admin";
import { IDLE } from "@/lib/commands/result";
import { AGENCY_KINDS, SUBUNIT_KINDS, type AnyAgencyKind } from "@/lib/domain/agency-kind";

type Agency = { code: string; name: string; shortName: string; nameEn: string; kind: AnyAgencyKind; unit: boolean };

export function AgencyEditForm({ agency }: { agency: Agency }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(editAgencyAction, IDLE);
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="agency-edit">
      <CommandOutcome state={state} namespace="agencyAdmin" saved={t("admin.saved")} />
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
      </div>
      <button type="submit" disabled={pending}>{t("admin.save")}</button>
    </form>
  );
}
