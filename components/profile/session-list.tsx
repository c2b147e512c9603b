import Bowser from "bowser";
import { getTranslations } from "next-intl/server";
import { endSessionAction } from "@/lib/actions/profile";
import { SESSION_IDLE_MS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { formatDateTime } from "@/lib/domain/dates";
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
      <div className="table-scroll">
        <table data-testid="session-list">
          <thead>
            <tr>
              <th scope="col">{t("sessionBrowser")}</th>
              <th scope="col">{t("sessionAddress")}</th>
              <th scope="col">{t("sessionStarted")}</th>
              <th scope="col">{t("sessionLastSeen")}</th>
              <th scope="col">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} data-current={session.id === currentId || undefined} data-session={session.id.slice(0, 8)}>
                <td>{browserOf(session.userAgent) ?? t("unknownBrowser")}</td>
                <td>{session.address ?? "—"}</td>
                <td>{formatDateTime(session.createdAt, locale)}</td>
                <td>{formatDateTime(session.lastSeenAt, locale)}</td>
                <td>
                  <form action={endSessionAction} className="inline-form">
                    {session.id === currentId && <span className="badge badge-open">{t("thisSession")}</span>}
                    <input type="hidden" name="sessionId" value={session.id} />
                    <button type="submit" className="secondary">
                      {session.id === currentId ? t("endThisSession") : t("endSession")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
