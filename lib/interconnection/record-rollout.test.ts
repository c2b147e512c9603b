import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import { getRolloutCounts } from "@/lib/data/rollout";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/domain/permissions";
import { resetDemoData } from "@/prisma/demo/reset";
import { recordRollout } from "./record-rollout";

const users: Record<string, SessionUser> = {};
const on = { today: "2017-04-10" };

const milestonesOf = (code: string) =>
  db().rolloutMilestone.findMany({ where: { agency: { code } }, orderBy: { stage: "asc" }, select: { stage: true, reachedOn: true, recordedById: true } });
const allMilestones = () => db().rolloutMilestone.findMany({ orderBy: [{ agencyId: "asc" }, { stage: "asc" }] });

beforeAll(async () => {
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "leader", "btc"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
  // A district with no milestone yet, as a province reports a new one.
  await db().agency.create({
    data: { id: "agency-VN-44-H99", code: "VN-44-H99", name: "Ủy ban nhân dân huyện số 99, An Giang", shortName: "Huyện số 99", nameEn: "District 99, An Giang", kind: "DISTRICT", parentId: "agency-VN-44" },
  });
});

describe("recording a rollout stage", () => {
  it("refuses an agency editor (even for their own agency), a leader and no one; audited, nothing written", async () => {
    const before = await allMilestones();
    const input = { agencyCode: "BTC", stage: "STATUS_FEEDBACK", reachedOn: "2016-01-10" };
    expect(await recordRollout(null, input, on)).toEqual({ ok: false, kind: "unauthenticated" });
    expect(await recordRollout(users.btc, input, on)).toEqual({ ok: false, kind: "forbidden" });
    expect(await recordRollout(users.leader, { ...input, agencyCode: "VN-44-H99" }, on)).toEqual({ ok: false, kind: "forbidden" });
    const refused = await db().auditEntry.findMany({ where: { action: "rollout.record", outcome: "REFUSED" }, select: { userId: true, target: true } });
    expect(refused).toEqual(expect.arrayContaining([{ userId: "user-btc", target: "BTC" }, { userId: "user-leader", target: "VN-44-H99" }]));
    expect(await allMilestones()).toEqual(before);
  });

  it("records a later stage with the earlier ones not yet recorded, on the same day, and the figures follow", async () => {
    const before = await getRolloutCounts("2017-03-01");
    const result = await recordRollout(users.analyst, { agencyCode: "vn-44-h99", stage: "SEND_RECEIVE", reachedOn: "2017-03-01", note: "Công văn số 12/UBND" }, on);
    expect(result).toEqual({ ok: true, agencyCode: "VN-44-H99", agency: { shortName: "Huyện số 99", nameEn: "District 99, An Giang" }, stage: "SEND_RECEIVE", reachedOn: "2017-03-01", previous: null, alsoRecorded: ["CONNECTED"], unchanged: false });
    expect(await milestonesOf("VN-44-H99")).toEqual([
      { stage: "CONNECTED", reachedOn: "2017-03-01", recordedById: "user-analyst" },
      { stage: "SEND_RECEIVE", reachedOn: "2017-03-01", recordedById: "user-analyst" },
    ]);
    const after = await getRolloutCounts("2017-03-01");
    expect(after.district.SEND_RECEIVE).toBe(before.district.SEND_RECEIVE + 1);
    expect(after.district.NOT_CONNECTED).toBe(before.district.NOT_CONNECTED - 1);
    expect((await getRolloutCounts("2017-02-28")).district.NOT_CONNECTED).toBe(before.district.NOT_CONNECTED);
  });

  it("keeps the stages in order and out of the future, saying which field is wrong; nothing written", async () => {
    const before = await allMilestones();
    const refusal = (field: string, key: string) => ({ ok: false, kind: "invalid", errors: { [field]: [key] } });
    // Connected on 01/03/2017 already: sending before that day, or connecting after it sent, is out of order.
    expect(await recordRollout(users.admin, { agencyCode: "VN-44-H99", stage: "STATUS_FEEDBACK", reachedOn: "2017-02-27" }, on)).toEqual(refusal("reachedOn", "beforeEarlier"));
    expect(await recordRollout(users.admin, { agencyCode: "VN-44-H99", stage: "CONNECTED", reachedOn: "2017-03-02" }, on)).toEqual(refusal("reachedOn", "afterLater"));
    expect(await recordRollout(users.admin, { agencyCode: "VN-44-H99", stage: "STATUS_FEEDBACK", reachedOn: "2017-04-11" }, on)).toEqual(refusal("reachedOn", "futureDay"));
    expect(await recordRollout(users.admin, { agencyCode: "VPCP", stage: "CONNECTED", reachedOn: "2016-01-04" }, on)).toEqual(refusal("agencyCode", "hub"));
    expect(await recordRollout(users.admin, { agencyCode: "NOPE", stage: "CONNECTED", reachedOn: "2016-01-04" }, on)).toEqual(refusal("agencyCode", "unknownAgency"));
    expect(await recordRollout(users.admin, { agencyCode: "BTC", stage: "PLANET", reachedOn: "2016-02-30" }, on)).toEqual({
      ok: false, kind: "invalid", errors: { stage: ["stage"], reachedOn: ["date"] },
    });
    expect(await recordRollout(users.admin, { agencyCode: "BTC", stage: "CONNECTED", reachedOn: "" }, on)).toEqual(refusal("reachedOn", "dayRequired"));
    expect(await allMilestones()).toEqual(before);
    const reasons = await db().auditEntry.findMany({ where: { action: "rollout.record", outcome: "REFUSED", target: "VN-44-H99 STATUS_FEEDBACK" }, select: { detail: true } });
    expect(reasons.map((r) => JSON.parse(r.detail!).reason).sort()).toEqual(["beforeEarlier", "futureDay"]);
  });

  it("changes a recorded day, audited with the day it replaced; the same record again writes nothing", async () => {
    const input = { agencyCode: "VN-44-H99", stage: "SEND_RECEIVE", reachedOn: "2017-03-20" };
    expect(await recordRollout(users.admin, input, on)).toMatchObject({ ok: true, previous: "2017-03-01", alsoRecorded: [], unchanged: false });
    const audit = await db().auditEntry.findFirstOrThrow({ where: { action: "rollout.record", outcome: "OK", target: "VN-44-H99 SEND_RECEIVE" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.detail!)).toMatchObject({ day: "2017-03-20", previousDay: "2017-03-01" });
    const before = await allMilestones();
    expect(await recordRollout(users.admin, input, on)).toMatchObject({ ok: true, unchanged: true });
    expect(await allMilestones()).toEqual(before);
    expect((await milestonesOf("VN-44-H99")).map((m) => m.reachedOn)).toEqual(["2017-03-01", "2017-03-20"]);
  });
});
