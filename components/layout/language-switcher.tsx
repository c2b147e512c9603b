import { getTranslations } from "next-intl/server";
import { LOCALES, type Locale } from "@/lib/domain/locale";
import { setLocale } from "@/lib/actions/locale";

export async function LanguageSwitcher({ current }: { current: Locale }) {
  const t = await getTranslations("language");
  return (
    <form action={setLocale} className="language-switcher" aria-label={t("label")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={locale === current ? "active" : undefined}
        >
          {t(locale)}
        </button>
      ))}
    </form>
  );
}
