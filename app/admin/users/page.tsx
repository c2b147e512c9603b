import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm, UpdateUserForm } from "@/components/admin/user-forms";
import { DataTable } from "@/components/ui/data-table";
import { audit } from "@/lib/audit/audit-log";
import { canManageUsers } from "@/lib/domain/permissions";
import { lockedUsernames } from "@/lib/auth/lockout";
import { requirePageUser } from "@/lib/auth/session";
import { liveSessionCounts } from "@/lib/auth/sessions";
import { listAgencyOptions } from "@/lib/data/agency-options";
import { currentLocale } from "@/lib/i18n/current-locale";
import { listUsers } from "@/lib/users/manage-users";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminUsersPage() {
  const user = await requirePageUser("/admin/users");
  const [t, locale] = await Promise.all([getTranslations(), currentLocale()]);
  if (!canManageUsers(user)) {
    await audit({ action: "admin.users.view", outcome: "REFUSED", userId: user.id, username: user.username });
    return (
      <section className="panel" role="alert" data-testid="forbidden">
        <h1>{t("admin.forbiddenTitle")}</h1>
        <p>{t("admin.forbidden")}</p>
      </section>
    );
  }
  const [users, agencies, sessions, locked] = await Promise.all([listUsers(), listAgencyOptions(), liveSessionCounts(), lockedUsernames()]);
  return (
    <ClientMessages namespaces={["admin", "roles"]}>
        <h1>{t("admin.title")}</h1>
        <section className="panel" aria-labelledby="new-user">
          <h2 id="new-user">{t("admin.newUser")}</h2>
          <CreateUserForm agencies={agencies} />
        </section>
        <section className="panel flush" aria-labelledby="all-users">
          <h2 id="all-users" className="visually-hidden">{t("admin.users")}</h2>
          <DataTable
            testId="user-list"
            caption={t("admin.users")}
            locale={locale}
            rows={users}
            rowKey={(u) => u.id}
            rowAttributes={(u) => ({ "data-username": u.username })}
            empty={t("admin.noUsers")}
            columns={[
              {
                key: "username",
                header: t("admin.fields.username"),
                kind: "head",
                cell: (u) => (
                  <>
                    {u.username}
                    {!u.active && <span className="badge badge-closed"> {t("admin.inactive")}</span>}
                    {u.demo && <span className="badge badge-open"> {t("admin.demo")}</span>}
                    {locked.includes(u.username) && <span className="badge badge-closed" data-testid="locked"> {t("admin.locked")}</span>}
                  </>
                ),
              },
              { key: "name", header: t("admin.fields.displayName"), cell: (u) => <>{u.displayName}<br /><span className="muted small">{u.email ?? ""}</span></> },
              { key: "role", header: t("admin.fields.role"), value: (u) => `${t(`roles.${u.role}`)}${u.agency ? ` · ${u.agency.shortName}` : ""}` },
              {
                key: "actions",
                header: t("admin.actions"),
                cell: (u) => (
                  <UpdateUserForm
                    user={{ id: u.id, username: u.username, role: u.role, active: u.active, agencyCode: u.agency?.code ?? null, sessions: sessions[u.id] ?? 0, locked: locked.includes(u.username) }}
                    agencies={agencies}
                  />
                ),
              },
            ]}
          />
        </section>
    </ClientMessages>
  );
}
