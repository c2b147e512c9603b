import Bowser from "bowser";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { endSessionAction } from "@/lib/actions/profile";
import { SESSION_IDLE_MS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import type { Locale } from "@/lib/domain/locale";

type Session = { id: string; createdAt: Date; lastSeenAt: Date; address: string | null; userAgent: string | null };

/** "Chrome 131 · Windows", from what the browser said of itself when it signed in. */
function browserOf(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const parsed = Bowser.parse(userAgent);
  const browser = [parsed.browser.name, parsed.browser.version?.split(".")[0]].filter(Boolean).join(" ");
  return [browser, parsed.os.name].filter(Boolean).join(" · ") || null;
}

/** The user's signed-in browsers, this one marked, each with a button that ends it. */
export async function SessionList({ sessions, currentId, locale }: { sessions: Session[]; currentId: string | null; locale: Locale }) {
  const t = await getTranslations("profile");
  return (
    <section className="panel" aria-labelledby="sessions">
      <h2 id="sessions">{t("sessions")}</h2>
      <p className="muted">{t("sessionsIntro", { idle: SESSION_IDLE_MS / 60_000, hours: SESSION_MAX_AGE_SECONDS / 3600 })}</p>
      <DataTable
        testId="session-list"
        caption={t("sessions")}
        locale={locale}
        rows={sessions}
        rowKey={(session) => session.id}
        rowAttributes={(session) => ({ "data-current": session.id === currentId || undefined, "data-session": session.id.slice(0, 8) })}
        empty={t("noSessions")}
        columns={[
          { key: "browser", header: t("sessionBrowser"), value: (session) => browserOf(session.userAgent) ?? t("unknownBrowser") },
          { key: "address", header: t("sessionAddress"), value: (session) => session.address },
          { key: "started", header: t("sessionStarted"), kind: "datetime", value: (session) => session.createdAt },
          { key: "lastSeen", header: t("sessionLastSeen"), kind: "datetime", value: (session) => session.lastSeenAt },
          {
            key: "end",
            header: t("state"),
            cell: (session) => (
              <form action={endSessionAction} className="inline-form">
                {session.id === currentId && <span className="badge badge-open">{t("thisSession")}</span>}
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" className="secondary">
                  {session.id === currentId ? t("endThisSession") : t("endSession")}
                </button>
              </form>
            ),
          },
        ]}
      />
    </section>
  );
}
