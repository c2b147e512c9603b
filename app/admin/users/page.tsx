import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateUserForm, UpdateUserForm } from "@/components/admin/user-forms";
import { audit } from "@/lib/audit/audit-log";
import { canManageUsers } from "@/lib/domain/permissions";
import { lockedUsernames } from "@/lib/auth/lockout";
import { requirePageUser } from "@/lib/auth/session";
import { liveSessionCounts } from "@/lib/auth/sessions";
import { listAgencyOptions } from "@/lib/data/agency-options";
import { listUsers } from "@/lib/users/manage-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminUsersPage() {
  const user = await requirePageUser("/admin/users");
  const t = await getTranslations();
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
    <>
      <h1>{t("admin.title")}</h1>
      <section className="panel" aria-labelledby="new-user">
        <h2 id="new-user">{t("admin.newUser")}</h2>
        <CreateUserForm agencies={agencies} />
      </section>
      <section className="panel flush table-scroll" aria-labelledby="all-users">
        <h2 id="all-users" className="visually-hidden">{t("admin.users")}</h2>
        <table data-testid="user-list">
          <thead>
            <tr>
              <th scope="col">{t("admin.fields.username")}</th>
              <th scope="col">{t("admin.fields.displayName")}</th>
              <th scope="col">{t("admin.fields.role")}</th>
              <th scope="col">{t("admin.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-username={u.username}>
                <th scope="row">
                  {u.username}
                  {!u.active && <span className="badge badge-closed"> {t("admin.inactive")}</span>}
                  {u.demo && <span className="badge badge-open"> {t("admin.demo")}</span>}
                  {locked.includes(u.username) && <span className="badge badge-closed" data-testid="locked"> {t("admin.locked")}</span>}
                </th>
                <td>{u.displayName}<br /><span className="muted small">{u.email ?? ""}</span></td>
                <td>{t(`roles.${u.role}`)}{u.agency ? ` · ${u.agency.shortName}` : ""}</td>
                <td>
                  <UpdateUserForm
                    user={{ id: u.id, username: u.username, role: u.role, active: u.active, agencyCode: u.agency?.code ?? null, sessions: sessions[u.id] ?? 0, locked: locked.includes(u.username) }}
                    agencies={agencies}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
