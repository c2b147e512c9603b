// Who may do what (issue: roles). Pure functions, so the server's checks and the pages' choice of
// which actions to show are the same rule.

export const ROLES = ["ADMIN", "ANALYST", "LEADER", "AGENCY_EDITOR"] as const;
export type RoleValue = (typeof ROLES)[number];

export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  role: RoleValue;
  agencyId: string | null;
  agencyCode: string | null;
  /** The browser session this request came with; null for an API token's caller. */
  sessionId: string | null;
};

/** Analysts and admins edit any task; an agency editor only the tasks their agency leads; leaders none. */
export function canEditTask(user: SessionUser, task: { leadAgencyId: string }): boolean {
  if (user.role === "ADMIN" || user.role === "ANALYST") return true;
  return user.role === "AGENCY_EDITOR" && user.agencyId !== null && user.agencyId === task.leadAgencyId;
}

/** Withdrawing a task (cancelled, merged, re-scoped) is VPCP's decision, not the agency's. */
export function canWithdrawTask(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "ANALYST";
}

export function canManageUsers(user: SessionUser): boolean {
  return user.role === "ADMIN";
}

/** Opening and closing quarters, and accepting or returning agencies' reports, is VPCP's work. */
export function canManagePeriods(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "ANALYST";
}

/** A closed quarter is a record: only an admin may reopen it (with a reason kept in its history). */
export function canReopenPeriods(user: SessionUser): boolean {
  return user.role === "ADMIN";
}

/**
 * An agency's report is sent by its own editors; VPCP's analysts and admins may also enter one that
 * reached them on paper or by e-mail, recorded under their own name.
 */
export function canSubmitReport(user: SessionUser, report: { agencyId: string }): boolean {
  if (user.role === "ADMIN" || user.role === "ANALYST") return true;
  return user.role === "AGENCY_EDITOR" && user.agencyId !== null && user.agencyId === report.agencyId;
}

/** Creating tasks and changing what a task is (title, lead agency, deadline) is the admin's. */
export function canManageTasks(user: SessionUser): boolean {
  return user.role === "ADMIN";
}
