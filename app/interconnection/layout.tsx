import { Suspense } from "react";
import { SectionTabs } from "@/components/interconnection/section-tabs";
import "./interconnection.css";

/** Document interconnection and e-government indicators (issue 15): rollout, flows over the axis, indicators. */
export default function InterconnectionLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Suspense>
        <SectionTabs />
      </Suspense>
      {children}
    </>
  );
}
