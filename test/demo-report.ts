import { createTranslator } from "next-intl";
import { listPeriods } from "@/lib/data/periods";
import { listProgrammes } from "@/lib/data/programmes";
import { db } from "@/lib/db";
import { buildQuarterlyReport } from "@/lib/report/quarterly-report";
import type { Translate } from "@/lib/report/report-text";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { resetDemoData } from "@/prisma/demo/reset";

/** The demo data's Q1/2017 report against Q4/2016, built from a freshly seeded database. */
export async function demoQ1Report(today = "2026-11-25", listLimit: number | null = null) {
  await resetDemoData(db());
  const [programme] = await listProgrammes();
  const [q1, q4] = await listPeriods(programme.id);
  return buildQuarterlyReport(programme, q1, q4, today, { listLimit });
}

/** A translator of every message (export labels), or of one namespace (the report's words). */
export function translator(locale: "vi" | "en", namespace?: "reportText"): Translate {
  const messages = locale === "vi" ? vi : en;
  return (namespace ? createTranslator({ locale, messages, namespace }) : createTranslator({ locale, messages })) as unknown as Translate;
}
