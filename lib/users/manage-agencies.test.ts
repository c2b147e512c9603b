import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { countTasks } from "@/lib/data/task-list";
import { db } from "@/lib/db";
import { parseTaskQuery } from "@/lib/view/params";
import { resolveView } from "@/lib/view/resolve-view";
import { resetDemoData } from "@/prisma/demo/reset";
import { whileHeld } from "@/test/while-held";
import { editAgency } from "./manage-agencies";

const users: Record<string, SessionUser> = {};
const edit = { code: "BTTTT", name: "Bộ Khoa học và Công nghệ số", shortName: "Bộ KH&CN số", nameEn: "Ministry of Digital Science", kind: "MINISTRY" };

beforeAll(async () => {
  await resetDemoData(db());
  for (const name of ["admin", "analyst", "btc"]) users[name] = (await loadActiveUser(`user-${name}`, true))!;
});

describe("agency management", () => {
  it("refuses everyone but the admin, changing nothing", async () => {
    const before = await db().agency.findMany({ orderBy: { id: "asc" } });
    for (const actor of [null, users.analyst, users.btc]) expect(await editAgency(actor, edit)).toMatchObject({ ok: false });
    expect(await db().agency.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("renames an agency for the admin; search follows the new name", async () => {
    expect(await editAgency(users.admin, { ...edit, kind: "PLANET" })).toMatchObject({ kind: "invalid", errors: { kind: ["kind"] } });
    expect(await editAgency(users.admin, { ...edit, code: "NOPE" })).toEqual({ ok: false, kind: "not-found" });
    expect(await editAgency(users.admin, edit)).toEqual({ ok: true });
    const view = (await resolveView({ quarter: "2017-Q1" }, "2026-11-23"))!;
    expect(await countTasks(view.current.basis, view.current.asOf, parseTaskQuery({ q: "digital science" }).value)).toBe(6);
  });

  it("records an agency's identifier code (optional, unique, digits, letters and dots); a clash is the field's error", async () => {
    const btp = { code: "BTP", name: "Bộ Tư pháp", shortName: "Bộ Tư pháp", nameEn: "Ministry of Justice", kind: "MINISTRY" };
    const identifier = async (code: string) => (await db().agency.findUniqueOrThrow({ where: { code }, select: { identifierCode: true } })).identifierCode;
    expect(await editAgency(users.admin, { ...btp, identifierCode: " 000.00.00.g06 " })).toEqual({ ok: true });
    expect(await identifier("BTP")).toBe("000.00.00.G06");
    // Left out, it stays; sent empty, it goes.
    expect(await editAgency(users.admin, btp)).toEqual({ ok: true });
    expect(await identifier("BTP")).toBe("000.00.00.G06");
    for (const bad of ["000..00", "G22!", "000.00.00.G22.000000000", ".G22"]) {
      expect(await editAgency(users.admin, { ...btp, identifierCode: bad })).toEqual({ ok: false, kind: "invalid", errors: { identifierCode: ["identifierCode"] } });
    }
    const before = await db().agency.findUniqueOrThrow({ where: { code: "BNG" } });
    expect(await editAgency(users.admin, { code: "BNG", name: "Bộ Ngoại giao (đổi)", shortName: "Bộ Ngoại giao", nameEn: "Ministry of Foreign Affairs", kind: "MINISTRY", identifierCode: "000.00.00.G06" }))
      .toEqual({ ok: false, kind: "invalid", errors: { identifierCode: ["identifierTaken"] } });
    expect(await db().agency.findUniqueOrThrow({ where: { code: "BNG" } })).toEqual(before);
    expect(await editAgency(users.admin, { ...btp, identifierCode: "" })).toEqual({ ok: true });
    expect(await identifier("BTP")).toBeNull();
  });

  it("of two admins editing one agency at once, the second's audit row says what it really replaced", async () => {
    const result = await whileHeld(
      (tx) => tx.agency.update({ where: { code: "BTP" }, data: { shortName: "Bộ TP (sửa trước)" } }),
      () => editAgency(users.admin, { code: "BTP", name: "Bộ Tư pháp", shortName: "Bộ Tư pháp", nameEn: "Ministry of Justice", kind: "MINISTRY" }),
    );
    expect(result).toEqual({ ok: true });
    const row = await db().auditEntry.findFirstOrThrow({ where: { action: "agency.edit", target: "BTP" }, orderBy: { at: "desc" } });
    expect(JSON.parse(row.detail!).from.shortName).toBe("Bộ TP (sửa trước)");
  });
});

