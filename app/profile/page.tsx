import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/profile/session-list";
import { TokenForm } from "@/components/profile/token-form";
import { listTokens } from "@/lib/api/tokens";
import { requirePageUser } from "@/lib/auth/session";
import { listLiveSessions } from "@/lib/auth/sessions";
import { formatDateTime } from "@/lib/domain/dates";
import { currentLocale } from "@/lib/i18n/current-locale";
import { revokeTokenAction } from "@/lib/actions/profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const [t, locale, tokens, sessions] = await Promise.all([getTranslations(), currentLocale(), listTokens(user.id), listLiveSessions(user.id)]);
  return (
    <>
      <h1>{t("profile.title")}</h1>
      <section className="panel">
        <dl className="facts">
          <dt>{t("signIn.username")}</dt>
          <dd>{user.username}</dd>
          <dt>{t("profile.name")}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t("profile.role")}</dt>
          <dd>
            {t(`roles.${user.role}`)}
            {user.agencyCode ? ` · ${user.agencyCode}` : ""}
          </dd>
        </dl>
      </section>
      <SessionList sessions={sessions} currentId={user.sessionId} locale={locale} />
      <section className="panel" aria-labelledby="tokens">
        <h2 id="tokens">{t("profile.tokens")}</h2>
        <p className="muted">{t("profile.tokensIntro")}</p>
        <TokenForm />
        {tokens.length === 0 ? (
          <p className="empty">{t("profile.noTokens")}</p>
        ) : (
          <div className="table-scroll">
            <table data-testid="token-list">
              <thead>
                <tr>
                  <th scope="col">{t("profile.tokenName")}</th>
                  <th scope="col">{t("profile.prefix")}</th>
                  <th scope="col">{t("profile.createdAt")}</th>
                  <th scope="col">{t("profile.lastUsed")}</th>
                  <th scope="col">{t("profile.state")}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <td>{token.name}</td>
                    <td><code>{token.prefix}…</code></td>
                    <td>{formatDateTime(token.createdAt, locale)}</td>
                    <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : "—"}</td>
                    <td>
                      {token.revokedAt ? (
                        t("profile.revoked")
                      ) : (
                        <form action={revokeTokenAction}>
                          <input type="hidden" name="tokenId" value={token.id} />
                          <button type="submit" className="secondary">{t("profile.revoke")}</button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
