"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { accountAction, createUserAction, resetPasswordAction, updateUserAction } from "@/lib/actions/admin";
import { IDLE } from "@/lib/commands/result";
import { ROLES, type RoleValue } from "@/lib/domain/permissions";
import { AdminFormStatus } from "./admin-form-status";

type Agency = { code: string; shortName: string };

function AgencySelect({ id, agencies, value }: { id: string; agencies: Agency[]; value?: string | null }) {
  const t = useTranslations("admin");
  return (
    <select id={id} name="agencyCode" defaultValue={value ?? ""}>
      <option value="">{t("noAgency")}</option>
      {agencies.map((a) => (
        <option key={a.code} value={a.code}>
          {a.shortName}
        </option>
      ))}
    </select>
  );
}

function RoleSelect({ id, value }: { id: string; value?: RoleValue }) {
  const t = useTranslations("roles");
  return (
    <select id={id} name="role" defaultValue={value ?? "AGENCY_EDITOR"}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(role)}
        </option>
      ))}
    </select>
  );
}

export function CreateUserForm({ agencies }: { agencies: Agency[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(createUserAction, IDLE);
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="create-user">
      <AdminFormStatus state={state} />
      <div className="form-grid">
        <div className="field"><label htmlFor="new-username">{t("fields.username")}</label><input id="new-username" name="username" maxLength={40} /></div>
        <div className="field"><label htmlFor="new-displayName">{t("fields.displayName")}</label><input id="new-displayName" name="displayName" maxLength={120} /></div>
        <div className="field"><label htmlFor="new-email">{t("fields.email")}</label><input id="new-email" name="email" type="email" maxLength={200} /></div>
        <div className="field"><label htmlFor="new-role">{t("fields.role")}</label><RoleSelect id="new-role" /></div>
        <div className="field"><label htmlFor="new-agency">{t("fields.agencyCode")}</label><AgencySelect id="new-agency" agencies={agencies} /></div>
        <div className="field"><label htmlFor="new-password">{t("fields.password")}</label><input id="new-password" name="password" type="password" autoComplete="new-password" maxLength={200} /></div>
      </div>
      <button type="submit" disabled={pending}>{t("create")}</button>
    </form>
  );
}

type UserRow = { id: string; username: string; role: RoleValue; active: boolean; agencyCode: string | null; sessions: number; locked: boolean };

export function UpdateUserForm({ user, agencies }: { user: UserRow; agencies: Agency[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState(updateUserAction, IDLE);
  const [pwState, pwAction, pwPending] = useActionState(resetPasswordAction, IDLE);
  const [accountState, accountFormAction, accountPending] = useActionState(accountAction, IDLE);
  return (
    <div className="admin-row-forms">
      <form onSubmit={submitKeepingValues(action)} className="inline-form" aria-label={t("editUser", { username: user.username })}>
        <input type="hidden" name="userId" value={user.id} />
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>{t("fields.role")}</label>
        <RoleSelect id={`role-${user.id}`} value={user.role} />
        <label className="visually-hidden" htmlFor={`agency-${user.id}`}>{t("fields.agencyCode")}</label>
        <AgencySelect id={`agency-${user.id}`} agencies={agencies} value={user.agencyCode} />
        <label className="check">
          <input type="checkbox" name="active" value="true" defaultChecked={user.active} /> {t("fields.active")}
        </label>
        <button type="submit" disabled={pending}>{t("save")}</button>
        <AdminFormStatus state={state} />
      </form>
      <form onSubmit={submitKeepingValues(pwAction)} className="inline-form" aria-label={t("resetFor", { username: user.username })}>
        <input type="hidden" name="userId" value={user.id} />
        <label className="visually-hidden" htmlFor={`pw-${user.id}`}>{t("fields.password")}</label>
        <input id={`pw-${user.id}`} name="password" type="password" autoComplete="new-password" placeholder={t("newPassword")} maxLength={200} />
        <button type="submit" className="secondary" disabled={pwPending}>{t("resetPassword")}</button>
        <AdminFormStatus state={pwState} />
      </form>
      {(user.sessions > 0 || user.locked) && (
        <form action={accountFormAction} className="inline-form" aria-label={t("accountFor", { username: user.username })}>
          <input type="hidden" name="userId" value={user.id} />
          {user.sessions > 0 && (
            <button type="submit" name="act" value="sessions" className="secondary" disabled={accountPending}>
              {t("endSessions", { count: user.sessions })}
            </button>
          )}
          {user.locked && (
            <button type="submit" name="act" value="unlock" className="secondary" disabled={accountPending}>
              {t("unlock")}
            </button>
          )}
          <AdminFormStatus state={accountState} />
        </form>
      )}
    </div>
  );
}
