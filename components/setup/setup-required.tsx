import { getTranslations } from "next-intl/server";
import type { DatabaseState } from "@/lib/database/readiness";

const COMMANDS: Record<Exclude<DatabaseState, { kind: "ready" }>["kind"], string[]> = {
  unconfigured: ["npm start"],
  unreachable: [],
  missing: ["npm run db:migrate", "npm run db:seed"],
  unmigrated: ["npm run db:migrate"],
};

/**
 * Shown instead of any page while the database cannot be used: what to do, no stack and nothing of
 * the server's configuration (anyone may see this page; the details are in the server's log). The
 * page answers again by itself once the database is back.
 */
export async function SetupRequired({ state }: { state: Exclude<DatabaseState, { kind: "ready" }> }) {
  const t = await getTranslations("setup");
  const commands = COMMANDS[state.kind];
  return (
    <section className="panel setup" aria-labelledby="setup-title">
      <h1 id="setup-title">{t("title")}</h1>
      <p>{state.kind === "unmigrated" ? t("unmigrated", { count: state.pending.length }) : t(state.kind)}</p>
      {commands.length > 0 && (
        <>
          <p>{t("run")}</p>
          <pre>
            <code>{commands.join("\n")}</code>
          </pre>
        </>
      )}
    </section>
  );
}
