import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AGENCY_KINDS } from "@/lib/domain/agency-kind";
import { TASK_CLASSES, TASK_STATUSES } from "@/lib/domain/task-class";
import { asOfSearch, tasksHref, type ViewRef } from "@/lib/view/href";
import type { TaskQuery } from "@/lib/domain/list-query";
import { DateField } from "@/components/ui/date-field";

type AgencyOption = { code: string; shortName: string; kind: string };

/**
 * The filters as a plain GET form: submitting puts them in the address (shareable, works without
 * JavaScript) and starts again at page 1. The as-of and the sort are kept.
 */
type Props = { view: ViewRef; query: TaskQuery; agencies: AgencyOption[]; hide?: string };

export async function TaskFilters({ view, query, agencies, hide }: Props) {
  const t = await getTranslations();
  const kept = [...asOfSearch(view).entries()];
  if (query.sort !== "code") kept.push(["sort", query.sort]);
  if (query.dir === "desc") kept.push(["dir", "desc"]);
  if (query.size !== 25) kept.push(["size", String(query.size)]);
  if (hide) kept.push(["hide", hide]);
  return (
    <form method="get" action="/tasks" className="panel filters no-print" aria-label={t("filters.label")} data-testid="task-filters">
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="field filter-search">
        <label htmlFor="filter-q">{t("filters.search")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} placeholder={t("filters.searchHint")} />
      </div>
      <div className="field">
        <label htmlFor="filter-agency">{t("filters.agency")}</label>
        <select id="filter-agency" name="agency" defaultValue={query.agency[0] ?? ""}>
          <option value="">{t("filters.allAgencies")}</option>
          {AGENCY_KINDS.map((kind) => {
            const group = agencies.filter((a) => a.kind === kind);
            return group.length ? (
              <optgroup key={kind} label={t(`agencyKind.${kind}`)}>
                {group.map((a) => (
                  <option key={a.code} value={a.code}>
                    {a.shortName}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">{t("filters.kind")}</label>
        <select id="filter-kind" name="kind" defaultValue={query.kind[0] ?? ""}>
          <option value="">{t("filters.allKinds")}</option>
          {AGENCY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`agencyKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-class">{t("filters.class")}</label>
        <select id="filter-class" name="class" defaultValue={query.taskClass[0] ?? ""}>
          <option value="">{t("filters.allClasses")}</option>
          {TASK_CLASSES.map((c) => (
            <option key={c} value={c}>
              {t(`taskClass.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="filter-statuses">
        <legend>{t("filters.status")}</legend>
        {TASK_STATUSES.map((status) => (
          <label key={status} className="check">
            <input type="checkbox" name="status" value={status} defaultChecked={query.status.includes(status)} /> {t(`status.${status}`)}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} /> {t("filters.overdueOnly")}
        </label>
      </fieldset>
      <fieldset className="filter-dates">
        <legend>{t("filters.deadline")}</legend>
        <div className="field">
          <DateField label={t("filters.from")} name="from" defaultValue={query.deadlineFrom} />
        </div>
        <div className="field">
          <DateField label={t("filters.to")} name="to" defaultValue={query.deadlineTo} />
        </div>
      </fieldset>
      <div className="filter-actions">
        <button type="submit">{t("filters.apply")}</button>
        <Link href={tasksHref(view)}>{t("filters.clear")}</Link>
      </div>
    </form>
  );
}
