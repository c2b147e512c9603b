"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES } from "@/lib/domain/locale";
import { servedOverHttps } from "@/lib/env";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";

const LocaleForm = z.object({ locale: z.enum(LOCALES) });

/** Remembers the reader's language for a year; an unknown value is ignored. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = LocaleForm.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: true,
    secure: servedOverHttps(),
  });
}
