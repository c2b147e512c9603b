import "server-only";
import { canManageTasks } from "@/lib/domain/permissions";
import { defineCommand } from "@/lib/commands/define-command";
import { refuse, unlessTaken } from "@/lib/commands/refusal";
import { latestClosedEnd } from "@/lib/data/closed-quarter";
import { lockQuarters } from "@/lib/data/locks";
import { changeDayError } from "@/lib/domain/change-day";
import { taskSearchText } from "@/lib/domain/fold";
import { TaskCreateSchema, TaskEditSchema } from "./task-schemas";

/**
 * Admin only: a task's title, description, lead agency and deadline, on the version the admin saw.
 * Closed quarters keep their frozen lead agency; only figures from now on move.
 */
export const editTask = defineCommand<typeof TaskEditSchema, { code: string }>({
  name: "task.edit",
  schema: TaskEditSchema,
  authorize: canManageTasks,
  async run({ input, tx }) {
    const task = await tx.task.findUnique({ where: { id: input.taskId }, select: { id: true, code: true, leadAgencyId: true } });
    if (!task) throw refuse.notFound(input.taskId);
    const agency = await tx.agency.findUnique({ where: { code: input.leadAgencyCode }, select: { id: true } });
    if (!agency) throw refuse.field("leadAgencyCode", "agency", task.code);
    const updated = await tx.task.updateMany({
      where: { id: task.id, version: input.version },
      data: {
        title: input.title,
        description: input.description ?? null,
        leadAgencyId: agency.id,
        deadline: input.deadline ?? null,
        deadlineText: input.deadline ? null : (input.deadlineText ?? null),
        searchText: taskSearchText({ code: task.code, title: input.title, description: input.description }),
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw refuse.conflict({}, task.code, { sent: input.version });
    return { result: { code: task.code }, target: task.code, detail: { leadAgencyChanged: task.leadAgencyId !== agency.id } };
  },
});

/** Admin only: a new task of a programme, assigned on a day, with its first history entry. */
export const createTask = defineCommand<typeof TaskCreateSchema, { code: string }>({
  name: "task.create",
  schema: TaskCreateSchema,
  authorize: canManageTasks,
  async run({ actor, input, tx, today }) {
    const programme = await tx.programme.findUnique({ where: { slug: input.programme }, select: { id: true } });
    if (!programme) throw refuse.notFound(input.programme, "programme");
    await lockQuarters(tx, programme.id, "share");
    // As with a status change: nothing new in the future, nor dated inside a closed quarter.
    const dayError = changeDayError(input.assignedOn, { today, closedUntil: await latestClosedEnd(tx, programme.id), lastChangeOn: null });
    if (dayError) throw refuse.field("assignedOn", dayError, input.code);
    const agency = await tx.agency.findUnique({ where: { code: input.leadAgencyCode }, select: { id: true } });
    if (!agency) throw refuse.field("leadAgencyCode", "agency", input.code);
    const taken = () => refuse.field("code", "codeTaken", input.code);
    const existing = await tx.task.findUnique({ where: { programmeId_code: { programmeId: programme.id, code: input.code } }, select: { id: true } });
    if (existing) throw taken();
    const task = await unlessTaken(tx.task.create({
      data: {
        programmeId: programme.id,
        code: input.code,
        title: input.title,
        description: input.description ?? null,
        searchText: taskSearchText(input),
        leadAgencyId: agency.id,
        assignedOn: input.assignedOn,
        deadline: input.deadline ?? null,
        deadlineText: input.deadline ? null : (input.deadlineText ?? null),
      },
      select: { id: true },
    }), taken);
    await tx.taskStatusChange.create({
      data: { taskId: task.id, changedById: actor.id, toStatus: "NOT_STARTED", effectiveOn: input.assignedOn, note: "Giao nhiệm vụ / Task assigned" },
    });
    return { result: { code: input.code }, target: input.code };
  },
});
