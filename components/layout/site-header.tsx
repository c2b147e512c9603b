import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/domain/locale";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { UserMenu } from "./user-menu";
import { currentUser } from "@/lib/auth/session";
import { demoDay } from "@/lib/clock";
import { formatDate } from "@/lib/domain/dates";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, user] = await Promise.all([getTranslations(), currentUser()]);
  const demo = demoDay();
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
        {demo && (
          <span className="demo-day" data-testid="demo-day">
            {t("app.demoDay", { date: formatDate(demo, locale) })}
          </span>
        )}
      </div>
      {user && <MainNav />}
      <LanguageSwitcher current={locale} />
      {user && <UserMenu user={user} />}
    </header>
  );
}
