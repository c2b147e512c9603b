import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AsOfPicker } from "@/components/view/as-of-picker";
import { IgnoredNote } from "@/components/view/ignored-note";
import { ViewHeading } from "@/components/view/view-heading";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { AgencyEditForm } from "@/components/admin/agency-form";
import { canManageUsers } from "@/lib/domain/permissions";
import { getActionPlan, getAgencyFigures } from "@/lib/data/agencies";
import { agencyPlace, listUnits } from "@/lib/data/agency-units";
import { UnitsSection } from "@/components/agencies/units-section";
import { AgencyStage } from "@/components/interconnection/agency-stage";
import { listTasks } from "@/lib/data/task-list";
import { getCompletionTrend } from "@/lib/data/trend";
import { formatDate } from "@/lib/domain/dates";
import { quarterLabel } from "@/lib/domain/quarter";
import { completionRate, formatNumber, formatRate } from "@/lib/domain/rate";
import { currentLocale } from "@/lib/i18n/current-locale";
import { asOfSearch, tasksHref, viewHref, withQuery } from "@/lib/view/href";
import { pageParam, parseTaskQuery, type RawParams } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<RawParams> };

const CODE = /^[A-Z0-9-]{1,20}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).code) };
}

export default async function AgencyPage({ params, searchParams }: Props) {
  const raw = await searchParams;
  const code = decodeURIComponent((await params).code).toUpperCase();
  const user = await requirePageUser(returnPath(`/agencies/${encodeURIComponent(code)}`, raw));
  if (!CODE.test(code)) notFound();
  const [t, locale, view] = await Promise.all([getTranslations(), currentLocale(), resolveView(raw)]);
  if (!view) notFound();
  const agency = await getAgencyFigures(view.current.basis, view.current.asOf, view.programme.id, code);
  if (!agency) notFound();
  const ignored: string[] = [];
  const unitsPage = pageParam(raw, "units", ignored);
  const place = await agencyPlace(agency.id);
  const [taskPage, trend, plan, units] = await Promise.all([
    listTasks(view.current.basis, view.current.asOf, { ...parseTaskQuery({ size: "100" }).value, agency: [code] }),
    getCompletionTrend(
      view.periods.filter((p) => p.startsOn <= view.current.asOf),
      agency.id,
      undefined,
      view.current.period ? undefined : view.current.asOf,
    ),
    getActionPlan(view.programme.id, agency.id),
    listUnits(view.current.basis, view.current.asOf, { id: agency.id, rootId: place?.rootId ?? null }, unitsPage),
  ]);
  const unitsHref = (page: number) => {
    const search = asOfSearch(view.ref);
    if (page > 1) search.set("units", String(page));
    return withQuery(`/agencies/${agency.code}`, search) + "#agency-units";
  };
  const tasks = taskPage.rows;
  const rate = completionRate(agency.completed, agency.assigned);
  const name = locale === "vi" ? agency.name : agency.nameEn;
  const figure = (label: string, value: number, href: string, testId: string) => (
    <li className="tile">
      <Link href={href} data-testid={testId}>
        <span className="tile-label">{label}</span>
        <span className="tile-value">{formatNumber(value, locale)}</span>
      </Link>
    </li>
  );
  return (
    <ClientMessages namespaces={["admin", "agencyAdmin", "agencyKind"]}>
        <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
          <Link href={viewHref("/agencies", view.ref)}>{t("nav.agencies")}</Link> /{" "}
          {place?.parent && (
            <>
              <Link href={viewHref(`/agencies/${place.parent.code}`, view.ref)}>{locale === "vi" ? place.parent.shortName : place.parent.nameEn}</Link> /{" "}
            </>
          )}
          <span>{agency.code}</span>
        </nav>
        <ViewHeading title={name} view={view} locale={locale} />
        <p className="muted">{t(`agencyKind.${agency.kind}`)}</p>
        <AgencyStage code={agency.code} asOf={view.current.asOf} locale={locale} />
        <IgnoredNote ignored={[...view.ignored, ...ignored]} />
        <AsOfPicker view={view} locale={locale} path={`/agencies/${agency.code}`} />

        <section className="panel" aria-labelledby="agency-figures">
          <h2 id="agency-figures">{t("agency.figures")}</h2>
          {agency.assigned === 0 && tasks.length === 0 ? (
            <p className="empty">{t("agency.noTasks")}</p>
          ) : (
            <>
              <p className="figure" data-testid="agency-rate">
                {formatRate(rate, locale)}
              </p>
              <p className="figure-label">{t("overview.completedLabel")}</p>
              <ul className="figure-tiles">
                {figure(t("status.COMPLETED"), agency.completed, tasksHref(view.ref, { agency: [code], status: ["COMPLETED"] }), "agency-completed")}
                {figure(t("status.IN_PROGRESS"), agency.inProgress, tasksHref(view.ref, { agency: [code], status: ["IN_PROGRESS"] }), "agency-in-progress")}
                {figure(t("status.NOT_STARTED"), agency.notStarted, tasksHref(view.ref, { agency: [code], status: ["NOT_STARTED"] }), "agency-not-started")}
                {figure(t("status.OVERDUE"), agency.overdue, tasksHref(view.ref, { agency: [code], overdue: true }), "agency-overdue")}
              </ul>
            </>
          )}
        </section>

        {canManageUsers(user) && (
          <section className="panel no-print" aria-labelledby="agency-edit-title">
            <details>
              <summary id="agency-edit-title">{t("agencyAdmin.title")}</summary>
              <AgencyEditForm agency={{ code: agency.code, name: agency.name, shortName: agency.shortName, nameEn: agency.nameEn, kind: agency.kind, identifierCode: place?.identifierCode ?? null, unit: Boolean(place?.parent) }} />
            </details>
          </section>
        )}

        <section className="panel" aria-labelledby="agency-plan" data-testid="agency-plan">
          <h2 id="agency-plan">{t("agency.actionPlan")}</h2>
          {plan?.issued && (!plan.issuedOn || plan.issuedOn <= view.current.asOf) ? (
            <p>
              {t("agency.planIssued", {
                number: plan.documentNumber ?? "—",
                date: plan.issuedOn ? formatDate(plan.issuedOn, locale) : "—",
              })}
            </p>
          ) : (
            <p className="warn">{t("agency.planMissing")}</p>
          )}
        </section>

        <UnitsSection units={units} viewRef={view.ref} locale={locale} pageHref={unitsHref} />

        <section className="panel" aria-labelledby="agency-tasks">
          <h2 id="agency-tasks">{t("agency.tasks", { count: formatNumber(taskPage.total, locale) })}</h2>
          {taskPage.total > tasks.length && (
            <p>
              <Link href={tasksHref(view.ref, { agency: [code] })}>{t("agency.allTasks", { count: formatNumber(taskPage.total, locale) })}</Link>
            </p>
          )}
          <DataTable
            testId="agency-tasks"
            caption={t("agency.tasks", { count: formatNumber(taskPage.total, locale) })}
            locale={locale}
            rows={tasks}
            rowKey={(task) => task.taskId}
            empty={t("agency.noTasks")}
            columns={[
              { key: "code", header: t("columns.code"), cell: (task) => <a href={viewHref(`/tasks/${encodeURIComponent(task.code)}`, view.ref)}>{task.code}</a> },
              { key: "title", header: t("columns.title"), value: (task) => task.title },
              { key: "deadline", header: t("columns.deadline"), cell: (task) => (task.deadline ? <time dateTime={task.deadline}>{formatDate(task.deadline, locale)}</time> : (task.deadlineText ?? "—")) },
              {
                key: "status",
                header: t("columns.status"),
                cell: (task) => (
                  <>
                    {t(`status.${task.status}`)}
                    {task.taskClass === "OVERDUE" && <strong className="warn"> · {t("status.OVERDUE")}</strong>}
                  </>
                ),
              },
            ]}
          />
        </section>

        <section className="panel" aria-labelledby="agency-history">
          <h2 id="agency-history">{t("agency.history")}</h2>
          <DataTable
            testId="agency-history"
            caption={t("agency.history")}
            locale={locale}
            rows={trend}
            rowKey={(point) => point.period.id}
            empty={t("agency.noQuarters")}
            columns={[
              {
                key: "quarter",
                header: t("columns.quarter"),
                kind: "head",
                cell: (point) => (
                  <Link href={viewHref(`/agencies/${agency.code}`, { programme: view.programme.slug, quarter: point.period })}>{quarterLabel(point.period, locale)}</Link>
                ),
              },
              { key: "completed", header: t("status.COMPLETED"), kind: "number", value: (point) => point.completed },
              { key: "assigned", header: t("columns.assigned"), kind: "number", value: (point) => point.assigned },
              { key: "rate", header: t("columns.rate"), kind: "percent", value: (point) => completionRate(point.completed, point.assigned).ratio },
            ]}
          />
        </section>
    </ClientMessages>
  );
}
