import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { db } from "@/lib/db";
import { openPeriod } from "@/lib/reporting/manage-periods";
import { resetDemoData } from "@/prisma/demo/reset";

/** A command's context on a day of the demo's timeline (10:00 in Vietnam). */
export const on = (day: string) => ({ now: new Date(`${day}T03:00:00.000Z`), address: "127.0.0.1" });

/**
 * The demo data with Quarter II/2017 opened by the analyst on 01/06/2017 (reports due 15/06/2017):
 * the demo users signed in, and the quarter's id. For the reporting commands' tests.
 */
export async function demoWithQ2Open(): Promise<{ users: Record<string, SessionUser>; periodId: string; report: (code: string) => ReturnType<typeof reportOf> }> {
  process.env.NEXTAUTH_SECRET = "test-secret-that-is-long-enough-for-next-auth-0123456789";
  await resetDemoData(db());
  const users: Record<string, SessionUser> = {};
  for (const name of ["admin", "analyst", "leader", "btc", "btnmt", "vpcp"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
  const opened = await openPeriod(users.analyst, { programme: "36a", quarter: "2017-Q2", reportDueOn: "2017-06-15" }, on("2017-06-01"));
  if (!opened.ok) throw new Error("could not open 2017-Q2");
  const periodId = opened.periodId;
  return { users, periodId, report: (code) => reportOf(periodId, code) };
}

/** An agency's report of the quarter, as it is now. */
function reportOf(periodId: string, code: string) {
  return db().agencyReport.findFirstOrThrow({ where: { periodId, agency: { code } } });
}
