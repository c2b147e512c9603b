import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/domain/locale";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";

// Vietnamese unless the reader chose English; the choice lives in a cookie so links stay the same in
// both languages. A caller that names a locale (the API, from Accept-Language) gets that one.
export default getRequestConfig(async ({ locale: asked }) => {
  const chosen = isLocale(asked) ? asked : (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Ho_Chi_Minh",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
