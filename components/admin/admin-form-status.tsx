"use client";

import { useTranslations } from "next-intl";
import type { AdminFormState } from "@/app/admin/users/actions";

/** What happened to an admin form's last submit, field by field when the input was wrong. */
export function AdminFormStatus({ state }: { state: AdminFormState }) {
  const t = useTranslations("admin");
  if (state.status === "saved") return <p className="form-success" role="status">{t("saved")}</p>;
  if (state.status !== "refused") return null;
  const { result } = state;
  if (result.kind !== "invalid") return <p className="form-error" role="alert">{t(`refused.${result.kind}`)}</p>;
  return (
    <ul className="form-error" role="alert" data-testid="admin-errors">
      {Object.entries(result.errors).map(([field, keys]) => (
        <li key={field}>
          {t(`fields.${field}`)}: {keys.map((key) => t(`errors.${key}`)).join(" ")}
        </li>
      ))}
    </ul>
  );
}
