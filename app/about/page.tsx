import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("about"))("title") };
}

// The lightest signed-in page, with no query of its own: the benchmark's baseline for what the
// session check and the shared layout cost every page.
export default async function AboutPage() {
  const user = await requirePageUser("/about");
  const t = await getTranslations();
  return (
    <>
      <h1>{t("about.title")}</h1>
      <section className="panel">
        <p>{t("app.tagline")}</p>
        <dl className="facts">
          <dt>{t("about.version")}</dt>
          <dd data-testid="app-version">{process.env.APP_VERSION}</dd>
          <dt>{t("about.signedInAs")}</dt>
          <dd>
            {user.displayName} · {t(`roles.${user.role}`)}
            {user.agencyCode ? ` · ${user.agencyCode}` : ""}
          </dd>
        </dl>
      </section>
    </>
  );
}
