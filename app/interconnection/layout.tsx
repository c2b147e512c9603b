import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SectionTabs } from "@/components/interconnection/section-tabs";
import "./interconnection.css";

const TABS = [
  { href: "/interconnection", key: "rollout" },
  { href: "/interconnection/flows", key: "flows" },
  { href: "/interconnection/indicators", key: "indicators" },
] as const;

/** Document interconnection and e-government indicators (issue 15): rollout, flows over the axis, indicators. */
export default async function InterconnectionLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("interconnection.tabs");
  const tabs = TABS.map((tab) => ({ href: tab.href, text: t(tab.key) }));
  return (
    <>
      <Suspense fallback={<nav aria-label={t("label")} className="section-tabs" />}>
        <SectionTabs label={t("label")} tabs={tabs} />
      </Suspense>
      {children}
    </>
  );
}
