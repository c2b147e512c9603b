"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** Copies a text (the reminder addresses) to the clipboard and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("reporting");
  const [copied, setCopied] = useState<"idle" | "done" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("done");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <span className="copy-button">
      <button type="button" className="secondary" onClick={copy}>{label}</button>{" "}
      <span role="status" className="small">{copied === "done" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}</span>
    </span>
  );
}
