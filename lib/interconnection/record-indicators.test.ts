import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/domain/permissions";
import { resetDemoData } from "@/prisma/demo/reset";
import { recordServices, recordSurvey } from "./record-indicators";

// The demo's day, as the app's clock gives it in demo mode.
const ON_DEMO_DAY = { today: "2017-04-10", now: new Date("2017-04-10T03:00:00.000Z"), address: "127.0.0.1" };
const users: Record<string, SessionUser> = {};

const countOf = (code: string, countedOn: string) => db().onlineServiceCount.findUnique({ where: { agencyId_countedOn: { agencyId: `agency-${code}`, countedOn } } });
const lastAudit = (action: string) => db().auditEntry.findFirstOrThrow({ where: { action }, orderBy: { at: "desc" } });
const snapshot = async () => ({ counts: await db().onlineServiceCount.findMany({ orderBy: [{ agencyId: "asc" }, { countedOn: "asc" }] }), surveys: await db().egdiSurvey.findMany({ orderBy: { year: "asc" } }) });

beforeAll(async () => {
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "leader", "btc"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

describe("recording an agency's online services", () => {
  const count = { agencyCode: "BTC", countedOn: "2017-04-05", level1: "12", level2: "20", level3: "70", level4: "85" };

  it("an agency's editor records their own agency's count", async () => {
    expect(await recordServices(users.btc, count, ON_DEMO_DAY)).toEqual({ ok: true, agencyCode: "BTC", countedOn: "2017-04-05", replaced: false });
    expect(await countOf("BTC", "2017-04-05")).toMatchObject({ level1: 12, level2: 20, level3: 70, level4: 85, recordedById: "user-btc" });
    const audit = await lastAudit("indicators.recordServices");
    expect(audit).toMatchObject({ outcome: "OK", target: "BTC 2017-04-05", userId: "user-btc" });
    expect(JSON.parse(audit.detail!)).toEqual({ to: { level1: 12, level2: 20, level3: 70, level4: 85 } });
  });

  it("refuses, audited and writing nothing: another agency's count, a leader, no session, a day to come, bad counts", async () => {
    const before = await snapshot();
    const refusals = await Promise.all([
      recordServices(users.btc, { ...count, agencyCode: "BTNMT" }, ON_DEMO_DAY),
      recordServices(users.leader, count, ON_DEMO_DAY),
      recordServices(null, count, ON_DEMO_DAY),
      recordServices(users.analyst, { ...count, countedOn: "2017-04-11" }, ON_DEMO_DAY),
      recordServices(users.analyst, { ...count, level1: "-1", level3: "2,5", level4: "" }, ON_DEMO_DAY),
      recordServices(users.analyst, { ...count, agencyCode: "NOPE" }, ON_DEMO_DAY),
    ]);
    expect(refusals).toEqual([
      { ok: false, kind: "forbidden" },
      { ok: false, kind: "forbidden" },
      { ok: false, kind: "unauthenticated" },
      { ok: false, kind: "invalid", errors: { countedOn: ["futureDay"] } },
      { ok: false, kind: "invalid", errors: { level1: ["count"], level3: ["count"], level4: ["count"] } },
      { ok: false, kind: "invalid", errors: { agencyCode: ["agency"] } },
    ]);
    expect(await snapshot()).toEqual(before);
    const audited = await db().auditEntry.findMany({ where: { action: "indicators.recordServices", outcome: "REFUSED" }, select: { target: true, detail: true } });
    expect(audited).toHaveLength(6);
    expect(audited.map((row) => JSON.parse(row.detail!).reason).sort()).toEqual(["agency", "futureDay", "invalid", "not-own-agency", "role", "unauthenticated"]);
  });

  it("an analyst replaces a day's count for any agency; the audit row keeps the values replaced", async () => {
    const replacement = { agencyCode: "BTNMT", countedOn: "2016-12-31", level1: 20, level2: 30, level3: 15, level4: 7 };
    expect(await recordServices(users.analyst, replacement, ON_DEMO_DAY)).toMatchObject({ ok: true, replaced: true });
    expect(await countOf("BTNMT", "2016-12-31")).toMatchObject({ level3: 15, level4: 7, recordedById: "user-analyst" });
    const detail = JSON.parse((await lastAudit("indicators.recordServices")).detail!);
    expect(detail.from).toEqual({ level1: 24, level2: 37, level3: 9, level4: 2 });
    expect(detail.to).toEqual({ level1: 20, level2: 30, level3: 15, level4: 7 });
  });
});

describe("recording a UN survey", () => {
  const survey2018 = { year: "2018", rank: "88", countries: "193", aseanRank: "6", egdi: "0,5931", osi: "0.7361", osiRegionRank: "", source: "UN E-Government Survey 2018" };

  it("refuses a year still to come, anyone but VPCP's analysts and admins, and figures that cannot be", async () => {
    const before = await snapshot();
    expect(await recordSurvey(users.analyst, survey2018, ON_DEMO_DAY)).toEqual({ ok: false, kind: "invalid", errors: { year: ["futureYear"] } });
    expect(await recordSurvey(users.btc, { ...survey2018, year: "2016" }, ON_DEMO_DAY)).toEqual({ ok: false, kind: "forbidden" });
    expect(await recordSurvey(users.leader, { ...survey2018, year: "2016" }, ON_DEMO_DAY)).toEqual({ ok: false, kind: "forbidden" });
    expect(await recordSurvey(users.analyst, { ...survey2018, year: "2016", rank: "194", aseanRank: "12", egdi: "1,2", osi: "abc" }, ON_DEMO_DAY)).toEqual({
      ok: false,
      kind: "invalid",
      errors: { aseanRank: ["aseanRank"], egdi: ["index"], osi: ["index"] },
    });
    expect(await recordSurvey(users.analyst, { ...survey2018, year: "2016", rank: "194" }, ON_DEMO_DAY)).toEqual({ ok: false, kind: "invalid", errors: { rank: ["rankOverCountries"] } });
    expect(await snapshot()).toEqual(before);
    expect(await db().auditEntry.count({ where: { action: "indicators.recordSurvey", outcome: "REFUSED" } })).toBe(5);
  });

  it("enters a survey once it is out, with the index typed the Vietnamese way", async () => {
    const later = { today: "2018-09-01", now: new Date("2018-09-01T03:00:00.000Z") };
    expect(await recordSurvey(users.analyst, survey2018, later)).toEqual({ ok: true, year: 2018, replaced: false });
    expect(await db().egdiSurvey.findUnique({ where: { year: 2018 } })).toMatchObject({ rank: 88, aseanRank: 6, egdi: 0.5931, osi: 0.7361, osiRegionRank: null, recordedById: "user-analyst" });
  });

  it("replaces a year's figures, audited with what they were", async () => {
    expect(await recordSurvey(users.admin, { year: 2016, rank: 89, countries: 193, aseanRank: 6, egdi: 0.5143, osi: 0.5725, osiRegionRank: 4 }, ON_DEMO_DAY)).toEqual({ ok: true, year: 2016, replaced: true });
    const audit = await lastAudit("indicators.recordSurvey");
    expect(audit).toMatchObject({ outcome: "OK", target: "2016", userId: "user-admin" });
    const detail = JSON.parse(audit.detail!);
    expect(detail.from).toMatchObject({ rank: 89, aseanRank: 6, egdi: null, osi: 0.57 });
    expect(detail.to).toMatchObject({ egdi: 0.5143, osi: 0.5725, source: null });
  });
});
