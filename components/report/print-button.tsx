"use client";

import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; the page's print styles make it a clean A4 document. */
export function PrintButton() {
  const t = useTranslations("reportPage");
  return (
    <button type="button" onClick={() => window.print()} data-testid="print-report">
      {t("print")}
    </button>
  );
}
