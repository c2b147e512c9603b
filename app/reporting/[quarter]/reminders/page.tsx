import { appToday } from "@/lib/clock";
import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CopyButton } from "@/components/reporting/copy-button";
import { requirePageUser, returnPath } from "@/lib/auth/session";
import { DUE_SOON_DAYS, listReminders } from "@/lib/data/reminders";
import { formatDate } from "@/lib/domain/dates";
import { formatQuarterParam, quarterLabel } from "@/lib/domain/quarter";
import { currentLocale } from "@/lib/i18n/current-locale";
import { type RawParams } from "@/lib/view/params";
import { resolvePeriod } from "@/lib/view/resolve-period";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ quarter: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reporting"))("remindersTitle") };
}

/** Whom to remind for an open quarter, with their editors' addresses to copy or download. */
export default async function RemindersPage({ params, searchParams }: Props) {
  const { quarter } = await params;
  const raw = await searchParams;
  const user = await requirePageUser(returnPath(`/reporting/${encodeURIComponent(quarter)}/reminders`, raw));
  const [t, tk, locale, found] = await Promise.all([getTranslations("reporting"), getTranslations("agencyKind"), currentLocale(), resolvePeriod(raw, quarter)]);
  if (!found) notFound();
  const { programme, period } = found;
  const today = appToday();
  const reminders = await listReminders(user, period.id, today);
  const q = formatQuarterParam(period);
  const query = `?programme=${programme.slug}`;
  const label = quarterLabel(period, locale);
  const addresses = [...new Set((reminders ?? []).flatMap((r) => r.contacts.map((c) => c.email)))];
  return (
    <ClientMessages namespaces={["reporting"]}>
        <nav className="breadcrumb" aria-label={t("breadcrumb")}>
          <Link href={`/reporting${query}`}>{t("title")}</Link> / <Link href={`/reporting/${q}${query}`}>{label}</Link> / <span>{t("remindersTitle")}</span>
        </nav>
        <header className="view-heading">
          <p className="eyebrow">{programme.code} · {label}</p>
          <h1>{t("remindersTitle")}</h1>
          <p className="muted">{t("remindersIntro", { days: DUE_SOON_DAYS, due: formatDate(period.reportDueOn, locale) })}</p>
        </header>
        {reminders === null ? (
          <p className="panel empty" data-testid="reminders-forbidden">{t("forbiddenReminders")}</p>
        ) : period.state === "CLOSED" ? (
          <p className="panel empty">{t("remindersClosed")}</p>
        ) : reminders.length === 0 ? (
          <p className="panel empty" data-testid="no-reminders">{t("remindersNone")}</p>
        ) : (
          <>
            <section className="panel" aria-labelledby="addresses-title">
              <h2 id="addresses-title">{t("addressesTitle", { count: addresses.length })}</h2>
              <label htmlFor="reminder-addresses" className="visually-hidden">{t("addressesTitle", { count: addresses.length })}</label>
              <p className="muted" data-testid="no-contact-count">{t("noContactCount", { count: (reminders ?? []).filter((r) => r.contacts.length === 0).length })}</p>
              <textarea id="reminder-addresses" className="addresses" readOnly rows={3} value={addresses.join("; ")} data-testid="reminder-addresses" />
              <p className="exports no-print">
                <CopyButton text={addresses.join("; ")} label={t("copyAddresses")} />
                <a href={`/reporting/${q}/reminders/export${query}`} download>{t("downloadCsv")}</a>
              </p>
            </section>
            <section className="panel flush" aria-labelledby="reminders-list">
              <h2 id="reminders-list" className="visually-hidden">{t("remindersTitle")}</h2>
              <DataTable
                testId="reminders"
                caption={t("remindersTitle")}
                locale={locale}
                rows={reminders}
                rowKey={(r) => r.agencyCode}
                empty={t("remindersNone")}
                columns={[
                  {
                    key: "reason",
                    header: t("columns.reason"),
                    className: (r) => (r.reason === "DUE_SOON" ? undefined : "overdue-flag"),
                    cell: (r) => (
                      <>
                        {t(`reminderReason.${r.reason}`, { days: Math.abs(r.daysLeft) })}
                        {r.returnComment && <span className="muted small prewrap"><br />{r.returnComment}</span>}
                      </>
                    ),
                  },
                  { key: "agency", header: t("columns.agency"), kind: "head", cell: (r) => <a href={`/reporting/${q}/${r.agencyCode}${query}`}>{locale === "vi" ? r.agencyName : r.agencyNameEn}</a> },
                  { key: "kind", header: t("columns.kind"), value: (r) => tk(r.kind) },
                  { key: "due", header: t("columns.due"), kind: "date", value: (r) => r.reportDueOn },
                  {
                    key: "contacts",
                    header: t("columns.contacts"),
                    cell: (r) => (r.contacts.length ? r.contacts.map((c) => `${c.displayName} <${c.email}>`).join(", ") : <span className="muted">{t("noContact")}</span>),
                  },
                ]}
              />
            </section>
          </>
        )}
    </ClientMessages>
  );
}
