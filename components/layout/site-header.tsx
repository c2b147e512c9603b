import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/locale";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { UserMenu } from "./user-menu";
import { currentUser } from "@/lib/auth/session";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, user] = await Promise.all([getTranslations(), currentUser()]);
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
      {user && <MainNav />}
      <LanguageSwitcher current={locale} />
      {user && <UserMenu user={user} />}
    </header>
  );
}
