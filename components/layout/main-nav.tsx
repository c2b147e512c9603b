"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";

const ITEMS = [
  { href: "/", key: "home" },
  { href: "/tasks", key: "tasks" },
  { href: "/overdue", key: "overdue" },
  { href: "/agencies", key: "agencies" },
  { href: "/reporting", key: "reporting" },
  { href: "/compare", key: "compare" },
  { href: "/interconnection", key: "interconnection" },
  { href: "/changes", key: "changes" },
] as const;

// The as-of travels with the reader from view to view; the other filters belong to one view.
const CARRIED = ["programme", "quarter", "date"];

export function MainNav() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const params = useSearchParams();
  const carried = new URLSearchParams();
  for (const name of CARRIED) {
    const value = params.get(name);
    if (value) carried.set(name, value);
  }
  const suffix = carried.size ? `?${carried.toString()}` : "";
  // On a phone the links fold behind one button (they took 260 px of a 390 px screen's height), and
  // fold again when a link is followed.
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  return (
    <nav aria-label={t("label")} className={`main-nav${open ? " open" : ""}`}>
      <button type="button" className="nav-toggle" aria-expanded={open} aria-controls="main-nav-links" onClick={() => setOpen(!open)}>
        {t("menu")}
      </button>
      <div id="main-nav-links" className="nav-links">
      {ITEMS.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link key={item.href} href={`${item.href}${suffix}`} aria-current={active ? "page" : undefined}>
            {t(item.key)}
          </Link>
        );
      })}
      </div>
    </nav>
  );
}
