import { getTranslations } from "next-intl/server";
import { NextResponse, type NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { listReminders } from "@/lib/data/reminders";
import { todayInVietnam } from "@/lib/domain/dates";
import { csvDocument } from "@/lib/export/csv";
import { attachment } from "@/lib/http/attachment";
import { logServerError } from "@/lib/http/error-id";
import { plainText } from "@/lib/http/plain-text";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatQuarterParam, searchToRaw } from "@/lib/view/params";
import { resolvePeriod } from "@/lib/view/resolve-period";

/** The reminder list as CSV, one row per contact (an agency without an editor's address gets one empty row). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ quarter: string }> }) {
  const locale = await currentLocale();
  const t = await getTranslations({ locale });
  const user = await currentUser();
  if (!user) return plainText(t("signIn.required"), 401);
  try {
    const found = await resolvePeriod(searchToRaw(request.nextUrl.searchParams), (await params).quarter);
    if (!found) return plainText(t("notFound.title"), 404);
    const reminders = await listReminders(user, found.period.id, todayInVietnam());
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
    return new NextResponse(csvDocument(header, rows), { headers: { "content-type": "text/csv; charset=utf-8", ...attachment(filename) } });
  } catch (error) {
    return plainText(t("error.withId", { id: logServerError(error, "reminders export") }), 500);
  }
}
