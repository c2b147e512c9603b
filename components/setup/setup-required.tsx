import { getTranslations } from "next-intl/server";
import type { DatabaseState } from "@/lib/database/readiness";

/**
 * Shown instead of any page while the database is missing or not migrated: what to run, no stack and
 * no path on the server's disk (anyone may see this page; the path is in the server's log).
 */
export async function SetupRequired({ state }: { state: Exclude<DatabaseState, { kind: "ready" }> }) {
  const t = await getTranslations("setup");
  const commands = state.kind === "unmigrated" ? ["npm run db:migrate"] : ["npm run db:migrate", "npm run db:seed"];
  return (
    <section className="panel setup" aria-labelledby="setup-title">
      <h1 id="setup-title">{t("title")}</h1>
      <p>
        {state.kind === "missing" && t("missing")}
        {state.kind === "unmigrated" && t("unmigrated", { count: state.pending.length })}
        {state.kind === "unreadable" && t("unreadable")}
      </p>
      <p>{t("run")}</p>
      <pre>
        <code>{commands.join("\n")}</code>
      </pre>
    </section>
  );
}
