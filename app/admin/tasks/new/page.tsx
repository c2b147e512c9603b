import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TaskCreateForm } from "@/components/admin/task-forms";
import { audit } from "@/lib/audit/audit-log";
import { canManageTasks } from "@/lib/domain/permissions";
import { requirePageUser } from "@/lib/auth/session";
import { listAgencyOptions } from "@/lib/data/agency-options";
import { listProgrammes } from "@/lib/data/programmes";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("taskAdmin"))("newTitle") };
}

export default async function NewTaskPage() {
  const user = await requirePageUser("/admin/tasks/new");
  const t = await getTranslations();
  if (!canManageTasks(user)) {
    await audit({ action: "admin.tasks.view", outcome: "REFUSED", userId: user.id, username: user.username });
    return (
      <section className="panel" role="alert" data-testid="forbidden">
        <h1>{t("admin.forbiddenTitle")}</h1>
        <p>{t("taskAdmin.forbidden")}</p>
      </section>
    );
  }
  const [agencies, programmes] = await Promise.all([listAgencyOptions(), listProgrammes()]);
  return (
    <ClientMessages namespaces={["taskAdmin"]}>
        <h1>{t("taskAdmin.newTitle")}</h1>
        <section className="panel">
          <TaskCreateForm agencies={agencies} programme={programmes[0]?.slug ?? ""} today={appToday()} />
        </section>
    </ClientMessages>
  );
}
