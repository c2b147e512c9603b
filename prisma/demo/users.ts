// The demo accounts (README, "Demo accounts"): one per role, and editors for three agencies. They
// sign in only while the app runs in demo mode (APP_MODE=demo).
import { createHash } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { agencyId } from "./ids";

export const DEMO_PASSWORD = "Demo@36a";

type Role = "ADMIN" | "ANALYST" | "LEADER" | "AGENCY_EDITOR";

const ACCOUNTS: { username: string; displayName: string; role: Role; agency?: string }[] = [
  { username: "admin", displayName: "Quản trị hệ thống", role: "ADMIN" },
  { username: "analyst", displayName: "Chuyên viên Vụ KSTTHC (VPCP)", role: "ANALYST" },
  { username: "leader", displayName: "Lãnh đạo Văn phòng Chính phủ", role: "LEADER" },
  { username: "btc", displayName: "Cán bộ đầu mối Bộ Tài chính", role: "AGENCY_EDITOR", agency: "BTC" },
  { username: "btnmt", displayName: "Cán bộ đầu mối Bộ TN&MT", role: "AGENCY_EDITOR", agency: "BTNMT" },
  { username: "vpcp", displayName: "Cán bộ đầu mối Văn phòng Chính phủ", role: "AGENCY_EDITOR", agency: "VPCP" },
];

/** The demo users as rows. Salts derive from the username so that seeding twice gives the same rows. */
export async function buildDemoUsers() {
  return Promise.all(
    ACCOUNTS.map(async (account) => ({
      id: `user-${account.username}`,
      username: account.username,
      displayName: account.displayName,
      email: `${account.username}@demo.invalid`,
      passwordHash: await hashPassword(DEMO_PASSWORD, createHash("sha256").update(`demo-salt:${account.username}`).digest().subarray(0, 16)),
      role: account.role,
      agencyId: account.agency ? agencyId(account.agency) : null,
      active: true,
      demo: true,
      createdAt: new Date("2015-10-14T02:00:00.000Z"),
      updatedAt: new Date("2015-10-14T02:00:00.000Z"),
    })),
  );
}
