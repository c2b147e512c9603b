import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/locale";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <div className="brand">
        <Link href="/" className="brand-name">
          {t("app.name")}
        </Link>
        <span className="brand-owner">{t("app.owner")}</span>
      </div>
      <nav aria-label={t("nav.label")}>
        <Link href="/" aria-current="page">
          {t("nav.home")}
        </Link>
      </nav>
      <LanguageSwitcher current={locale} />
    </header>
  );
}
