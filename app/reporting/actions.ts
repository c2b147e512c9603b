"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/http/client-address";
import type { SessionUser } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { logServerError } from "@/lib/http/error-id";
import { closePeriod, openPeriod, reopenPeriod, type PeriodResult } from "@/lib/reporting/manage-periods";
import { reportFormInput, reviewFormInput } from "@/lib/reporting/report-schemas";
import { reviewReport } from "@/lib/reporting/review-report";
import { submitReport, type ReportResult } from "@/lib/reporting/submit-report";
import { formatQuarterParam } from "@/lib/view/params";

export type ReportingFormState =
  | { status: "idle" }
  | { status: "saved"; at: number }
  | { status: "refused"; kind: "unauthenticated" | "forbidden" | "not-found" }
  | { status: "invalid"; errors: Record<string, string[]> }
  | { status: "conflict"; tasks: string[] }
  | { status: "error"; id: string };

type Result = PeriodResult | ReportResult;
type Step<R extends Result> = (actor: SessionUser | null, input: unknown, context: { address: string }) => Promise<R>;

/** Runs one reporting step for the signed-in user; the data layer decides whether they may. */
async function run<R extends Result>(what: string, step: Step<R>, input: unknown): Promise<R | { error: string }> {
  try {
    const [actor, h] = await Promise.all([currentUser(), headers()]);
    return await step(actor, input, { address: clientAddress(h) });
  } catch (error) {
    return { error: logServerError(error, what) };
  }
}

function settle(outcome: Result | { error: string }): ReportingFormState {
  if ("error" in outcome) return { status: "error", id: outcome.error };
  if (outcome.ok) {
    // Every view reads the database on each request; this also drops the browser's cached pages.
    revalidatePath("/", "layout");
    return { status: "saved", at: Date.now() };
  }
  if (outcome.kind === "invalid") return { status: "invalid", errors: outcome.errors };
  if (outcome.kind === "conflict") return { status: "conflict", tasks: outcome.tasks };
  return { status: "refused", kind: outcome.kind };
}

export async function openPeriodAction(_previous: ReportingFormState, form: FormData): Promise<ReportingFormState> {
  const outcome = await run("open period", openPeriod, { ...Object.fromEntries(form), agencyCodes: form.getAll("agencyCodes") });
  const state = settle(outcome);
  // Outside any try: redirect() works by throwing.
  if (!("error" in outcome) && outcome.ok) {
    redirect(`/reporting/${formatQuarterParam(outcome.quarter)}?programme=${encodeURIComponent(String(form.get("programme")))}`);
  }
  return state;
}

export async function closePeriodAction(_previous: ReportingFormState, form: FormData): Promise<ReportingFormState> {
  return settle(await run("close period", closePeriod, Object.fromEntries(form)));
}

export async function reopenPeriodAction(_previous: ReportingFormState, form: FormData): Promise<ReportingFormState> {
  return settle(await run("reopen period", reopenPeriod, Object.fromEntries(form)));
}

export async function submitReportAction(_previous: ReportingFormState, form: FormData): Promise<ReportingFormState> {
  return settle(await run("submit report", submitReport, reportFormInput(form.entries())));
}

export async function reviewReportAction(_previous: ReportingFormState, form: FormData): Promise<ReportingFormState> {
  return settle(await run("review report", reviewReport, reviewFormInput(form)));
}
