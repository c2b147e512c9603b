import pg from "pg";

// What the benchmark asks for, and which baseline each route's target is a ratio of (the issue's
// targets: the trivial page ≥ 0.5× the static file; overview, agency page and API summary ≥ 0.5×
// the trivial page; search, overdue, comparison and report ≥ 0.25×).

export type Route = {
  name: string;
  path: string;
  /** "session": the analyst's cookie; "token": the API token; "none": signed out. */
  auth: "session" | "token" | "none";
  /** The least ratio to the trivial page the issue asks for (to the static file, for the trivial page itself). */
  target?: number;
  /** A page Lighthouse scores and whose first-load JavaScript is weighed. */
  main?: boolean;
};

export type Dataset = { programme: string; closed: string; previous: string; date: string; taskCode: string; province: string; search: string };

/** The programme with the most tasks, its two latest closed quarters, a task and the province with the most units. */
export async function discoverDataset(databaseUrl: string): Promise<Dataset> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const programme = await client.query<{ id: string; slug: string }>(
      `SELECT p."id", p."slug" FROM "Programme" p JOIN "Task" t ON t."programmeId" = p."id" GROUP BY p."id" ORDER BY count(*) DESC, p."slug" LIMIT 1`,
    );
    const { id, slug } = programme.rows[0];
    const periods = await client.query<{ year: number; quarter: number; endsOn: string }>(
      `SELECT "year", "quarter", "endsOn" FROM "ReportingPeriod" WHERE "programmeId" = $1 AND "state" = 'CLOSED' ORDER BY "year" DESC, "quarter" DESC LIMIT 2`,
      [id],
    );
    const [last, before] = periods.rows;
    const task = await client.query<{ code: string }>(`SELECT "code" FROM "Task" WHERE "programmeId" = $1 ORDER BY "code" LIMIT 1`, [id]);
    const province = await client.query<{ code: string }>(
      `SELECT a."code" FROM "Agency" a LEFT JOIN "Agency" u ON u."parentId" = a."id" WHERE a."kind" = 'PROVINCE' GROUP BY a."code" ORDER BY count(u."id") DESC, a."code" LIMIT 1`,
    );
    // A day in the quarter after the last closed one: a live view.
    const date = new Date(`${last.endsOn}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 45);
    return {
      programme: slug,
      closed: `${last.year}-Q${last.quarter}`,
      previous: before ? `${before.year}-Q${before.quarter}` : `${last.year}-Q${last.quarter}`,
      date: date.toISOString().slice(0, 10),
      taskCode: task.rows[0].code,
      province: province.rows[0].code,
      search: "dịch vụ công",
    };
  } finally {
    await client.end();
  }
}

export function benchRoutes(d: Dataset): Route[] {
  const p = `programme=${d.programme}`;
  return [
    { name: "static file", path: "/icon.svg", auth: "none" },
    { name: "trivial page (/about)", path: "/about", auth: "session", target: 0.5 },
    { name: "sign-in", path: "/sign-in", auth: "none", main: true },
    { name: "overview, closed quarter", path: `/?${p}&quarter=${d.closed}`, auth: "session", target: 0.5, main: true },
    { name: "overview, a date", path: `/?${p}&date=${d.date}`, auth: "session", target: 0.5 },
    { name: "tasks, first page", path: `/tasks?${p}`, auth: "session", main: true },
    { name: "tasks, filter", path: `/tasks?${p}&class=OVERDUE`, auth: "session" },
    { name: "tasks, text search", path: `/tasks?${p}&q=${encodeURIComponent(d.search)}`, auth: "session", target: 0.25 },
    { name: "overdue", path: `/overdue?${p}`, auth: "session", target: 0.25, main: true },
    { name: "agency page", path: `/agencies/BTC?${p}`, auth: "session", target: 0.5, main: true },
    { name: "province and units", path: `/agencies/${d.province}?${p}`, auth: "session" },
    { name: "comparison", path: `/compare?${p}&from=${d.previous}&to=${d.closed}`, auth: "session", target: 0.25, main: true },
    { name: "report", path: `/reporting/${d.closed}/report?${p}`, auth: "session", target: 0.25, main: true },
    { name: "task page", path: `/tasks/${encodeURIComponent(d.taskCode)}`, auth: "session" },
    { name: "API quarter summary", path: `/api/v1/quarters?${p}`, auth: "token", target: 0.5 },
    { name: "API task list", path: `/api/v1/tasks?${p}`, auth: "token" },
    // Issue 15: the interconnection module. The flows page reads a year of the axis from its roll-ups.
    { name: "rollout", path: "/interconnection", auth: "session", main: true },
    { name: "flows page", path: "/interconnection/flows", auth: "session", target: 0.25, main: true },
    { name: "flows, one agency", path: "/interconnection/flows?agency=VPCP", auth: "session", target: 0.25 },
    { name: "stuck documents", path: "/interconnection/flows/documents?kind=stuck", auth: "session" },
    { name: "indicators", path: "/interconnection/indicators", auth: "session", main: true },
  ];
}
