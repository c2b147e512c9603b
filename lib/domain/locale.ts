export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** The Intl locale for formatting: English uses en-GB so dates stay dd/mm/yyyy in both languages. */
export function intlLocale(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-GB";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
