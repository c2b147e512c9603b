"use client";

import { useTranslations } from "next-intl";
import { CommandOutcome } from "@/components/forms/command-outcome";
import type { FormState } from "@/lib/commands/result";

/** What happened to an admin form's last submit, field by field when the input was wrong. */
export function AdminFormStatus({ state }: { state: FormState }) {
  const t = useTranslations("admin");
  return <CommandOutcome state={state} namespace="admin" saved={t("saved")} errorsTestId="admin-errors" />;
}
