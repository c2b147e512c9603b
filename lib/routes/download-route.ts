import "server-only";
import { getTranslations } from "next-intl/server";
import type { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/domain/permissions";
import { currentUser } from "@/lib/auth/session";
import type { Translator } from "@/lib/commands/messages";
import type { Locale } from "@/lib/domain/locale";
import { currentLocale } from "@/lib/i18n/current-locale";
import { attachment } from "@/lib/http/attachment";
import { logServerError } from "@/lib/http/error-id";
import { plainText } from "@/lib/http/plain-text";

type Args<P> = { request: NextRequest; params: P; user: SessionUser; t: Translator; locale: Locale };

/** A file to download: its bytes or text, its type, and its name in the reader's language. */
export function download(body: string | Uint8Array | Buffer, type: string, filename: string): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), { headers: { "content-type": type, ...attachment(filename) } });
}

/**
 * Every route that serves a file (exports, downloads): the reader's language, a signed-in user
 * (else 401 in words), and an unexpected error answered with an id in plain text, never a stack.
 * The handler answers refusals of its own (a bad format, an unknown quarter) with plainText().
 */
export function downloadRoute<P = Record<string, never>>(what: string, handler: (args: Args<P>) => Promise<Response>) {
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> => {
    const locale = await currentLocale();
    const translations = await getTranslations({ locale });
    const t: Translator = Object.assign((key: string, values?: Record<string, string | number>) => translations(key, values), { has: (key: string) => translations.has(key) });
    const user = await currentUser();
    if (!user) return plainText(t("signIn.required"), 401);
    try {
      return await handler({ request, params: await context.params, user, t, locale });
    } catch (error) {
      return plainText(t("error.withId", { id: logServerError(error, what) }), 500);
    }
  };
}
