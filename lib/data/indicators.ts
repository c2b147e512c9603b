import "server-only";
import { db } from "@/lib/db";
import { CENTRAL_KINDS } from "@/lib/domain/agency-kind";
import type { IsoDate } from "@/lib/domain/dates";
import { servicesTargetState, type Target, type TargetState } from "@/lib/domain/indicator-target";
import { agencyScope, type SessionUser } from "@/lib/domain/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

// Online public services as of a day: each agency's latest count on or before it, against the
// programme's target for the share at levels 3–4, judged on the counts on record on the target's due day.
// Every figure is summed in SQL; the agency list is paged.

export const SERVICE_AGENCIES_A_PAGE = 40;

export type Levels = { level1: number; level2: number; level3: number; level4: number };

export type ServiceAgencyRow = {
  code: string;
  shortName: string;
  nameEn: string;
  /** The latest count on or before the view's day, or null when the agency has none yet. */
  count: ({ countedOn: IsoDate; total: number; high: number } & Levels) | null;
  /** The latest count on or before the target's due day (once it has come). */
  atDue: { countedOn: IsoDate; high: number; total: number } | null;
  state: TargetState | null;
};

export type ServicesSummary = {
  /** Central agencies, and any other agency with a count on or before the day. */
  agencies: number;
  counted: number;
  levels: Levels;
  high: number;
  total: number;
  target: Target | null;
  /** The national share on the target's due day, and how many agencies met or missed it then. */
  atDue: { high: number; total: number; counted: number; met: number; missed: number } | null;
  state: TargetState | null;
};

type Indicator = "SERVICES_LEVEL_3_4" | "EGDI_ASEAN_RANK";

/**
 * The target a view judges against: the latest one due on or before its day, else the next one due (of
 * any programme: a later programme may set its own).
 */
export async function indicatorTarget(indicator: Indicator, asOf: IsoDate): Promise<Target | null> {
  const [row] = await db().$queryRaw<Target[]>`
    SELECT p."code" AS "programmeCode", t."value", t."dueOn"
    FROM "ProgrammeTarget" t JOIN "Programme" p ON p."id" = t."programmeId"
    WHERE t."indicator" = ${indicator}::"TargetIndicator"
    ORDER BY (t."dueOn" <= ${asOf}) DESC, CASE WHEN t."dueOn" <= ${asOf} THEN t."dueOn" END DESC, t."dueOn" ASC, p."code" ASC
    LIMIT 1`;
  return row ?? null;
}

/** The day whose counts judge the target, once it is due. */
const judgedOn = (target: Target | null, asOf: IsoDate): IsoDate | null => (target && target.dueOn <= asOf ? target.dueOn : null);

type RawRow = {
  code: string; shortName: string; nameEn: string;
  countedOn: IsoDate | null; level1: number | null; level2: number | null; level3: number | null; level4: number | null;
  dueCountedOn: IsoDate | null; dueHigh: number | null; dueTotal: number | null;
};

/** One row an agency: its latest count on or before the day, and on or before the due day (when given). */
function serviceRows(asOf: IsoDate, dueOn: IsoDate | null) {
  return Prisma.sql`
    SELECT a."code", a."shortName", a."nameEn",
           c."countedOn", c."level1", c."level2", c."level3", c."level4",
           c."level1" + c."level2" + c."level3" + c."level4" AS "total", c."level3" + c."level4" AS "high",
           d."countedOn" AS "dueCountedOn", d."level3" + d."level4" AS "dueHigh", d."level1" + d."level2" + d."level3" + d."level4" AS "dueTotal"
    FROM "Agency" a
    LEFT JOIN LATERAL (
      SELECT x.* FROM "OnlineServiceCount" x WHERE x."agencyId" = a."id" AND x."countedOn" <= ${asOf} ORDER BY x."countedOn" DESC LIMIT 1
    ) c ON true
    LEFT JOIN LATERAL (
      SELECT x.* FROM "OnlineServiceCount" x WHERE x."agencyId" = a."id" AND x."countedOn" <= ${dueOn}::text ORDER BY x."countedOn" DESC LIMIT 1
    ) d ON true
    WHERE (a."parentId" IS NULL AND a."kind"::text IN (${Prisma.join(CENTRAL_KINDS)}))
       OR a."id" IN (SELECT y."agencyId" FROM "OnlineServiceCount" y WHERE y."countedOn" <= ${asOf})`;
}

function toRow(row: RawRow, target: Target | null, asOf: IsoDate): ServiceAgencyRow {
  const count = row.countedOn === null
    ? null
    : { countedOn: row.countedOn, level1: row.level1!, level2: row.level2!, level3: row.level3!, level4: row.level4!, high: row.level3! + row.level4!, total: row.level1! + row.level2! + row.level3! + row.level4! };
  const atDue = row.dueCountedOn === null ? null : { countedOn: row.dueCountedOn, high: row.dueHigh!, total: row.dueTotal! };
  return { code: row.code, shortName: row.shortName, nameEn: row.nameEn, count, atDue, state: target ? servicesTargetState(target, asOf, atDue) : null };
}

/** Lowest share first; agencies with no count (or no services) before any share, as the ones to ask. */
const LOWEST_FIRST = Prisma.sql`ORDER BY (r."high"::float8 / NULLIF(r."total", 0)) ASC NULLS FIRST, r."total" DESC NULLS LAST, r."code" ASC`;

export async function getServicesSummary(asOf: IsoDate, target: Target | null): Promise<ServicesSummary> {
  const dueOn = judgedOn(target, asOf);
  const [row] = await db().$queryRaw<(Levels & { agencies: number; counted: number; dueCounted: number; dueHigh: number; dueTotal: number; met: number; missed: number })[]>`
    SELECT count(*)::int AS "agencies", count(r."countedOn")::int AS "counted",
           COALESCE(sum(r."level1"), 0)::int AS "level1", COALESCE(sum(r."level2"), 0)::int AS "level2",
           COALESCE(sum(r."level3"), 0)::int AS "level3", COALESCE(sum(r."level4"), 0)::int AS "level4",
           count(r."dueCountedOn")::int AS "dueCounted",
           COALESCE(sum(r."dueHigh"), 0)::int AS "dueHigh", COALESCE(sum(r."dueTotal"), 0)::int AS "dueTotal",
           count(*) FILTER (WHERE r."dueTotal" > 0 AND r."dueHigh" * 100 >= ${target?.value ?? 0} * r."dueTotal")::int AS "met",
           count(*) FILTER (WHERE r."dueTotal" > 0 AND r."dueHigh" * 100 < ${target?.value ?? 0} * r."dueTotal")::int AS "missed"
    FROM (${serviceRows(asOf, dueOn)}) r`;
  const levels = { level1: row.level1, level2: row.level2, level3: row.level3, level4: row.level4 };
  const atDue = dueOn ? { high: row.dueHigh, total: row.dueTotal, counted: row.dueCounted, met: row.met, missed: row.missed } : null;
  return {
    agencies: row.agencies,
    counted: row.counted,
    levels,
    high: row.level3 + row.level4,
    total: row.level1 + row.level2 + row.level3 + row.level4,
    target,
    atDue,
    state: target ? servicesTargetState(target, asOf, atDue && atDue.counted > 0 ? atDue : null) : null,
  };
}

export type ServiceAgencyPage = { rows: ServiceAgencyRow[]; total: number; page: number; pageCount: number };

/** One page of the agencies, the lowest share at levels 3–4 first. */
export async function listServiceAgencies(asOf: IsoDate, target: Target | null, page: number): Promise<ServiceAgencyPage> {
  const rows = serviceRows(asOf, judgedOn(target, asOf));
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM (${rows}) r`;
  const pageCount = Math.max(1, Math.ceil(total / SERVICE_AGENCIES_A_PAGE));
  const current = Math.min(Math.max(1, page), pageCount);
  const found = await db().$queryRaw<RawRow[]>`
    SELECT * FROM (${rows}) r ${LOWEST_FIRST}
    LIMIT ${SERVICE_AGENCIES_A_PAGE} OFFSET ${(current - 1) * SERVICE_AGENCIES_A_PAGE}`;
  return { rows: found.map((row) => toRow(row, target, asOf)), total, page: current, pageCount };
}

/** Every agency of the list, in its order, up to `limit` rows (the download's). */
export async function exportServiceAgencies(asOf: IsoDate, target: Target | null, limit: number): Promise<ServiceAgencyRow[]> {
  const found = await db().$queryRaw<RawRow[]>`SELECT * FROM (${serviceRows(asOf, judgedOn(target, asOf))}) r ${LOWEST_FIRST} LIMIT ${limit}`;
  return found.map((row) => toRow(row, target, asOf));
}

const VIETNAMESE = new Intl.Collator("vi");

/**
 * The agencies a user may record services for, by the commands' own scope: an editor's agency; for
 * VPCP every top-level agency (a unit is recorded from its own page: `only`), by kind, then by name.
 */
export async function agenciesToRecord(user: SessionUser, only?: string): Promise<{ code: string; shortName: string; nameEn: string }[]> {
  if (user.role === "LEADER") return [];
  const scope = agencyScope(user);
  const rows = await db().agency.findMany({
    where: { id: scope, ...(only ? { code: only } : scope ? {} : { parentId: null }) },
    select: { code: true, shortName: true, nameEn: true, kind: true },
    orderBy: [{ kind: "asc" }, { code: "asc" }],
  });
  return rows.sort((a, b) => a.kind.localeCompare(b.kind) || VIETNAMESE.compare(a.shortName, b.shortName)).map((row) => ({ code: row.code, shortName: row.shortName, nameEn: row.nameEn }));
}
