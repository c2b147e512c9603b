import "server-only";
import { getTranslations } from "next-intl/server";
import type { Translator } from "@/lib/commands/messages";
import type { Locale } from "@/lib/domain/locale";

/** The API answers in Vietnamese unless the caller asks for English (Accept-Language: en). */
export function apiLocale(request: Request): Locale {
  return /^\s*en\b/i.test(request.headers.get("accept-language") ?? "") ? "en" : "vi";
}

export async function apiMessages(request: Request): Promise<{ locale: Locale; t: Translator }> {
  const locale = apiLocale(request);
  const t = await getTranslations({ locale });
  return { locale, t: Object.assign((key: string, values?: Record<string, string | number>) => t(key, values), { has: (key: string) => t.has(key) }) };
}
