"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

const TABS = [
  { href: "/interconnection", key: "rollout" },
  { href: "/interconnection/flows", key: "flows" },
  { href: "/interconnection/indicators", key: "indicators" },
] as const;

/** The module's three views; the day or period read travels between them like the main navigation's. */
export function SectionTabs() {
  const t = useTranslations("interconnection.tabs");
  const pathname = usePathname();
  const params = useSearchParams();
  const date = params.get("date");
  const suffix = date ? `?date=${encodeURIComponent(date)}` : "";
  return (
    <nav aria-label={t("label")} className="section-tabs">
      {TABS.map((tab) => (
        <Link key={tab.href} href={`${tab.href}${suffix}`} aria-current={pathname === tab.href ? "page" : undefined}>
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
