import { beforeAll, describe, expect, it } from "vitest";
import { loadActiveUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/domain/permissions";
import { db } from "@/lib/db";
import { resetDemoData } from "@/prisma/demo/reset";
import { whileHeld } from "@/test/while-held";
import { createUser, updateUser } from "./manage-users";

// The admin's commands with requests really in parallel (as from several app instances), under
// PostgreSQL's READ COMMITTED: each check still holds when another request passes it at the same moment.
let admin!: SessionUser;

beforeAll(async () => {
  await resetDemoData(db());
  admin = (await loadActiveUser("user-admin", true))!;
});

describe("admins at the same moment", () => {
  it("a username another request is adding at that moment is refused as taken, not an error", async () => {
    const editor = { username: "btp.canbo", displayName: "Cán bộ Bộ Tư pháp", role: "AGENCY_EDITOR", agencyCode: "BTP", password: "MatKhau2026" };
    // The other request has passed the same "is it taken?" check and written its row, not yet committed.
    const result = await whileHeld(
      (tx) => tx.user.create({ data: { username: "btp.canbo", displayName: "Khác", role: "LEADER", passwordHash: "x" } }),
      () => createUser(admin, editor),
    );
    expect(result).toEqual({ ok: false, kind: "invalid", errors: { username: ["usernameTaken"] } });
    expect(await db().user.count({ where: { username: "btp.canbo" } })).toBe(1);
    expect(await db().auditEntry.count({ where: { action: "user.create", outcome: "REFUSED", target: "btp.canbo" } })).toBe(1);
  });

  it("an admin removed while their own change waited cannot go on to remove the other: an admin remains", async () => {
    expect((await createUser(admin, { username: "admin.hai", displayName: "Quản trị 2", role: "ADMIN", password: "QuanTri2026" })).ok).toBe(true);
    const second = (await loadActiveUser((await db().user.findUniqueOrThrow({ where: { username: "admin.hai" } })).id, true))!;
    // The first admin's deactivation of the second waits on the second's row; meanwhile the second demotes the first.
    let bySecond!: Awaited<ReturnType<typeof updateUser>>;
    const byFirst = await whileHeld(
      (tx) => tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${second.id} FOR NO KEY UPDATE`,
      async () => {
        const waiting = updateUser(admin, { userId: second.id, role: "ADMIN", active: "false" });
        bySecond = await updateUser(second, { userId: admin.id, role: "LEADER", active: "true" });
        return waiting;
      },
    );
    expect(bySecond.ok).toBe(true);
    expect(byFirst).toEqual({ ok: false, kind: "forbidden" });
    expect(await db().user.findMany({ where: { role: "ADMIN", active: true }, select: { username: true } })).toEqual([{ username: "admin.hai" }]);
  });

});
