import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { COMMAND_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-messages";

/** Gives the client components below it the namespaces they read, and those of command messages. */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickNamespaces(messages, [...namespaces, ...COMMAND_NAMESPACES])}>{children}</NextIntlClientProvider>;
}
