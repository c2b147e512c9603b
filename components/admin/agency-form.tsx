"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { editAgencyAction, type AgencyFormState } from "@/app/admin/agencies/actions";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { AGENCY_KINDS, type AgencyKindValue } from "@/lib/domain/agency-kind";

type Agency = { code: string; name: string; shortName: string; nameEn: string; kind: AgencyKindValue };

export function AgencyEditForm({ agency }: { agency: Agency }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<AgencyFormState, FormData>(editAgencyAction, { status: "idle" });
  const result = state.status === "done" ? state.result : null;
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="agency-edit">
      {result?.ok && <p className="form-success" role="status">{t("admin.saved")}</p>}
      {result && !result.ok && (
        <p className="form-error" role="alert">
          {result.kind === "invalid"
            ? Object.entries(result.errors).map(([field, keys]) => `${t(`agencyAdmin.fields.${field}`)}: ${keys.map((k) => t(`agencyAdmin.errors.${k}`)).join(" ")}`).join(" · ")
            : t(`admin.refused.${result.kind}`)}
        </p>
      )}
      <input type="hidden" name="code" value={agency.code} />
      <div className="field"><label htmlFor="agency-name">{t("agencyAdmin.fields.name")}</label><input id="agency-name" name="name" maxLength={200} defaultValue={agency.name} /></div>
      <div className="form-grid">
        <div className="field"><label htmlFor="agency-short">{t("agencyAdmin.fields.shortName")}</label><input id="agency-short" name="shortName" maxLength={80} defaultValue={agency.shortName} /></div>
        <div className="field"><label htmlFor="agency-en">{t("agencyAdmin.fields.nameEn")}</label><input id="agency-en" name="nameEn" maxLength={200} defaultValue={agency.nameEn} /></div>
        <div className="field">
          <label htmlFor="agency-kind">{t("agencyAdmin.fields.kind")}</label>
          <select id="agency-kind" name="kind" defaultValue={agency.kind}>
            {AGENCY_KINDS.map((kind) => <option key={kind} value={kind}>{t(`agencyKind.${kind}`)}</option>)}
          </select>
        </div>
      </div>
      <button type="submit" disabled={pending}>{t("admin.save")}</button>
    </form>
  );
}
