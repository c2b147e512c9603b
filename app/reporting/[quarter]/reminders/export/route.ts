import { appToday } from "@/lib/clock";
import { listReminders } from "@/lib/data/reminders";
import { csvDocument } from "@/lib/export/csv";
import { download, downloadRoute } from "@/lib/routes/download-route";
import { plainText } from "@/lib/http/plain-text";
import { searchToRaw } from "@/lib/view/params";
import { formatQuarterParam } from "@/lib/domain/quarter";
import { resolvePeriod } from "@/lib/view/resolve-period";

/** The reminder list as CSV, one row per contact (an agency without an editor's address gets one empty row). */
export const GET = downloadRoute<{ quarter: string }>("reminders export", async ({ request, params, user, t, locale }) => {
  const found = await resolvePeriod(searchToRaw(request.nextUrl.searchParams), params.quarter);
  if (!found) return plainText(t("notFound.title"), 404);
  const reminders = await listReminders(user, found.period.id, appToday());
  if (!reminders) return plainText(t("reporting.forbiddenReminders"), 403);
  const header = ["reason", "agencyCode", "agency", "due", "daysLeft", "contact", "email", "returnComment"].map((key) => t(`reporting.csv.${key}`));
  const rows = reminders.flatMap((r) =>
    (r.contacts.length ? r.contacts : [{ displayName: "", email: "" }]).map((c) => [
      t(`reporting.reminderReason.${r.reason}`, { days: Math.abs(r.daysLeft) }),
      r.agencyCode,
      locale === "vi" ? r.agencyName : r.agencyNameEn,
      r.reportDueOn,
      r.daysLeft,
      c.displayName,
      c.email,
      r.returnComment ?? "",
    ]),
  );
  const filename = `${t("reporting.csv.filename")}-${found.programme.slug}-${formatQuarterParam(found.period)}.csv`;
  return download(csvDocument(header, rows), "text/csv; charset=utf-8", filename);
});
