"use client";

import { useTranslations } from "next-intl";
import { commandText, type Translator } from "@/lib/commands/messages";

/** A form's words for its command's refusals (lib/commands/messages.ts), and for its fields. */
export function useCommandMessages(namespace: string) {
  const t = useTranslations() as unknown as Translator;
  return {
    /** One field's message keys, as one text. */
    errors: (keys: string[], values?: Record<string, string | number>) => keys.map((key) => commandText(t, namespace, "errors", key, values)).join(" "),
    refused: (kind: string) => commandText(t, namespace, "refused", kind),
    /** A server error: nothing was written, and the id to quote. */
    errorId: (id: string) => (t.has(`${namespace}.errorWithId`) ? t(`${namespace}.errorWithId`, { id }) : t("error.withId", { id })),
    /** A field's name, for a list of what to fix ("Tên đăng nhập: …"). */
    field: (field: string) => (t.has(`${namespace}.fields.${field}`) ? t(`${namespace}.fields.${field}`) : field),
  };
}
