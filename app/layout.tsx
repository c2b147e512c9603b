import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { LAYOUT_NAMESPACES, pickNamespaces } from "@/lib/i18n/client-messages";
import { currentLocale } from "@/lib/i18n/current-locale";
import "./globals.css";

// Every page reads the database or the reader's language: nothing is rendered at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  const [t, messages] = await Promise.all([getTranslations("app"), getMessages()]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={pickNamespaces(messages, LAYOUT_NAMESPACES)}>
          <SiteHeader locale={locale} />
          <main id="main">{children}</main>
          <footer className="site-footer">
            {t("footer")} <Link href="/about">{t("about")}</Link>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
