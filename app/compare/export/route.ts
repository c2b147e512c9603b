import { appToday } from "@/lib/clock";
import { CHANGE_GROUPS, compareSnapshots } from "@/lib/data/comparison";
import { periodAsOf, periodBasis, type PeriodRef } from "@/lib/data/periods";
import { formatQuarterParam } from "@/lib/domain/quarter";
import { csvDocument } from "@/lib/export/csv";
import { plainText } from "@/lib/http/plain-text";
import { download, downloadRoute } from "@/lib/routes/download-route";
import { searchToRaw } from "@/lib/view/params";
import { resolveComparison } from "@/lib/view/resolve-comparison";

/** Every task of the comparison's five lists (the page shows each list's first rows), as CSV. */
export const GET = downloadRoute("comparison export", async ({ request, t, locale }) => {
  const found = await resolveComparison(searchToRaw(request.nextUrl.searchParams));
  if (!found) return plainText(t("asOf.noProgrammes"), 404);
  const { from, to, programme } = found;
  if (!from || !to) return plainText(t("compare.needTwo"), 404);
  const today = appToday();
  const side = (p: PeriodRef) => ({ basis: periodBasis(p, today), asOf: periodAsOf(p, today) });
  const comparison = await compareSnapshots(side(from), side(to));
  const status = (value: string | null) => (value ? t(`status.${value}`) : t("compare.notAssigned"));
  const rows = CHANGE_GROUPS.flatMap((group) =>
    comparison[group].map((task) => [
      t(`compare.groups.${group}`), task.code, task.title, locale === "vi" ? task.agencyShortName : task.agencyNameEn, status(task.fromStatus), status(task.toStatus), task.deadline ?? "",
    ]),
  );
  const header = [t("compare.list"), t("columns.code"), t("columns.title"), t("columns.agency"), formatQuarterParam(from), formatQuarterParam(to), t("columns.deadline")];
  return download(csvDocument(header, rows), "text/csv; charset=utf-8", `${t("compare.fileName")}-${programme.slug}-${formatQuarterParam(from)}-${formatQuarterParam(to)}.csv`);
});
