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

/**
 * Which agencies' records a user may change, as a query's condition on the agency column: every
 * agency for VPCP's analysts and admins, their own for an agency editor, none for a leader. The
 * commands put it into their reads and writes, so that a check and its write cannot drift apart;
 * the predicates below apply the same rule to one row (the pages use them to choose what to show).
 */
export function agencyScope(user: SessionUser): { in: string[] } | undefined {
  if (user.role === "ADMIN" || user.role === "ANALYST") return undefined;
  return { in: user.role === "AGENCY_EDITOR" && user.agencyId !== null ? [user.agencyId] : [] };
}

function inScope(user: SessionUser, agencyId: string): boolean {
  const scope = agencyScope(user);
  return scope === undefined || scope.in.includes(agencyId);
}

/** Analysts and admins edit any task; an agency editor only the tasks their agency leads; leaders none. */
export function canEditTask(user: SessionUser, task: { leadAgencyId: string }): boolean {
  return inScope(user, task.leadAgencyId);
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
  return inScope(user, report.agencyId);
}

/** Creating tasks and changing what a task is (title, lead agency, deadline) is the admin's. */
export function canManageTasks(user: SessionUser): boolean {
  return user.role === "ADMIN";
}

/** An agency's count of online public services: its own editors, and VPCP's analysts and admins for any. */
export function canRecordServices(user: SessionUser, agency: { id: string }): boolean {
  return inScope(user, agency.id);
}

/** The UN survey's figures for Viet Nam are entered at VPCP. */
export function canRecordSurvey(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "ANALYST";
}

/** Where an agency's document system stands in the interconnection is VPCP's record (it runs the hub). */
export function canRecordRollout(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "ANALYST";
}
