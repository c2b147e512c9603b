import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { canManageTasks, type SessionUser } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { todayInVietnam } from "@/lib/domain/dates";
import { taskSearchText } from "@/lib/domain/fold";
import { fieldErrors, type UserFieldErrors } from "@/lib/users/user-schemas";
import { TaskCreateSchema, TaskEditSchema } from "./task-schemas";

export type TaskAdminResult =
  | { ok: true; code: string }
  | { ok: false; kind: "unauthenticated" | "forbidden" | "not-found" | "conflict" }
  | { ok: false; kind: "invalid"; errors: UserFieldErrors };

type Context = { address?: string; today?: string };

async function refused(actor: SessionUser | null, action: string, context: Context, detail: Record<string, unknown>): Promise<TaskAdminResult> {
  await audit({ action, outcome: "REFUSED", userId: actor?.id, username: actor?.username, address: context.address, detail });
  return { ok: false, kind: actor ? "forbidden" : "unauthenticated" };
}

/**
 * Admin only: a task's title, description, lead agency and deadline, on the version the admin saw.
 * Closed quarters keep their frozen lead agency; only figures from now on move.
 */
export async function editTask(actor: SessionUser | null, input: unknown, context: Context = {}): Promise<TaskAdminResult> {
  if (!actor || !canManageTasks(actor)) return refused(actor, "task.edit", context, { reason: actor ? "not-admin" : "unauthenticated" });
  const parsed = TaskEditSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", errors: fieldErrors(parsed.error) };
  const data = parsed.data;
  const [task, agency] = await Promise.all([
    db().task.findUnique({ where: { id: data.taskId }, select: { id: true, code: true, leadAgencyId: true } }),
    db().agency.findUnique({ where: { code: data.leadAgencyCode }, select: { id: true } }),
  ]);
  if (!task) return { ok: false, kind: "not-found" };
  if (!agency) return { ok: false, kind: "invalid", errors: { leadAgencyCode: ["agency"] } };
  const saved = await db().$transaction(async (tx) => {
    const updated = await tx.task.updateMany({
      where: { id: task.id, version: data.version },
      data: {
        title: data.title,
        description: data.description ?? null,
        leadAgencyId: agency.id,
        deadline: data.deadline ?? null,
        deadlineText: data.deadline ? null : (data.deadlineText ?? null),
        searchText: taskSearchText({ code: task.code, title: data.title, description: data.description }),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) return false;
    await audit(
      { action: "task.edit", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target: task.code, detail: { leadAgencyChanged: task.leadAgencyId !== agency.id } },
      tx,
    );
    return true;
  });
  if (!saved) {
    await audit({ action: "task.edit", outcome: "REFUSED", userId: actor.id, username: actor.username, address: context.address, target: task.code, detail: { reason: "stale-version" } });
    return { ok: false, kind: "conflict" };
  }
  return { ok: true, code: task.code };
}

/** Admin only: a new task of a programme, assigned on a day, with its first history entry. */
export async function createTask(actor: SessionUser | null, programmeId: string, input: unknown, context: Context = {}): Promise<TaskAdminResult> {
  if (!actor || !canManageTasks(actor)) return refused(actor, "task.create", context, { reason: actor ? "not-admin" : "unauthenticated" });
  const parsed = TaskCreateSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", errors: fieldErrors(parsed.error) };
  const data = parsed.data;
  if (data.assignedOn > (context.today ?? todayInVietnam())) return { ok: false, kind: "invalid", errors: { assignedOn: ["futureDay"] } };
  const [agency, existing, closed] = await Promise.all([
    db().agency.findUnique({ where: { code: data.leadAgencyCode }, select: { id: true } }),
    db().task.findUnique({ where: { programmeId_code: { programmeId, code: data.code } }, select: { id: true } }),
    db().reportingPeriod.findFirst({ where: { programmeId, state: "CLOSED" }, orderBy: { endsOn: "desc" }, select: { endsOn: true } }),
  ]);
  // As with a status change: nothing new may be dated inside a closed quarter.
  if (closed && data.assignedOn <= closed.endsOn) return { ok: false, kind: "invalid", errors: { assignedOn: ["closedQuarter"] } };
  if (!agency) return { ok: false, kind: "invalid", errors: { leadAgencyCode: ["agency"] } };
  if (existing) return { ok: false, kind: "invalid", errors: { code: ["codeTaken"] } };
  await db().$transaction(async (tx) => {
    const task = await tx.task.create({
      data: {
        programmeId,
        code: data.code,
        title: data.title,
        description: data.description ?? null,
        searchText: taskSearchText(data),
        leadAgencyId: agency.id,
        assignedOn: data.assignedOn,
        deadline: data.deadline ?? null,
        deadlineText: data.deadline ? null : (data.deadlineText ?? null),
      },
      select: { id: true },
    });
    await tx.taskStatusChange.create({
      data: { taskId: task.id, changedById: actor.id, toStatus: "NOT_STARTED", effectiveOn: data.assignedOn, note: "Giao nhiệm vụ / Task assigned" },
    });
    await audit({ action: "task.create", outcome: "OK", userId: actor.id, username: actor.username, address: context.address, target: data.code }, tx);
  });
  return { ok: true, code: data.code };
}
