import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SessionList } from "@/components/profile/session-list";
import { DataTable } from "@/components/ui/data-table";
import { TokenForm } from "@/components/profile/token-form";
import { listTokens } from "@/lib/api/tokens";
import { requirePageUser } from "@/lib/auth/session";
import { listLiveSessions } from "@/lib/auth/sessions";
import { currentLocale } from "@/lib/i18n/current-locale";
import { revokeTokenAction } from "@/lib/actions/profile";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const [t, locale, tokens, sessions] = await Promise.all([getTranslations(), currentLocale(), listTokens(user.id), listLiveSessions(user.id)]);
  return (
    <ClientMessages namespaces={["profile"]}>
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
          <DataTable
            testId="token-list"
            caption={t("profile.tokens")}
            locale={locale}
            rows={tokens}
            rowKey={(token) => token.id}
            empty={t("profile.noTokens")}
            columns={[
              { key: "name", header: t("profile.tokenName"), value: (token) => token.name },
              { key: "prefix", header: t("profile.prefix"), cell: (token) => <code>{token.prefix}…</code> },
              { key: "created", header: t("profile.createdAt"), kind: "datetime", value: (token) => token.createdAt },
              { key: "lastUsed", header: t("profile.lastUsed"), kind: "datetime", value: (token) => token.lastUsedAt },
              {
                key: "state",
                header: t("profile.state"),
                cell: (token) =>
                  token.revokedAt ? (
                    t("profile.revoked")
                  ) : (
                    <form action={revokeTokenAction}>
                      <input type="hidden" name="tokenId" value={token.id} />
                      <button type="submit" className="secondary">{t("profile.revoke")}</button>
                    </form>
                  ),
              },
            ]}
          />
        </section>
    </ClientMessages>
  );
}
