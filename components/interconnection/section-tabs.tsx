"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

export type SectionTab = { href: string; text: string };

/**
 * The module's three views; the day read travels between them like the main navigation's. The words
 * come from the server layout, so no catalogue of messages is sent for them.
 */
export function SectionTabs({ label, tabs }: { label: string; tabs: SectionTab[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const date = params.get("date");
  const suffix = date ? `?date=${encodeURIComponent(date)}` : "";
  // A view's sub-pages (the rows behind a figure) belong to it; the rollout's lists have no tab of their own.
  const current = tabs.find((tab) => tab.href !== "/interconnection" && (pathname === tab.href || pathname.startsWith(`${tab.href}/`)))?.href ?? "/interconnection";
  return (
    <nav aria-label={label} className="section-tabs">
      {tabs.map((tab) => (
        <Link key={tab.href} href={`${tab.href}${suffix}`} aria-current={tab.href === current ? "page" : undefined}>
          {tab.text}
        </Link>
      ))}
    </nav>
  );
}
