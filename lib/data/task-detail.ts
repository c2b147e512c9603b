import "server-only";
import { db } from "@/lib/db";
import { TASK_CODE } from "@/lib/domain/task-code";

const agencyRef = { select: { code: true, name: true, shortName: true, nameEn: true } } as const;

/**
 * Everything about one task: its fields, cooperators, merge links, every status change (oldest first)
 * and its status in each closed quarter's record. Null for an unknown code. A task code is unique
 * within its programme; across programmes the codes carry the programme's prefix ("36A-").
 */
export async function getTaskDetail(code: string) {
  const task = await db().task.findFirst({
    where: { code },
    orderBy: { programme: { issuedOn: "asc" } },
    include: {
      programme: { select: { code: true, slug: true, title: true, titleEn: true } },
      leadAgency: agencyRef,
      cooperators: { include: { agency: agencyRef }, orderBy: { agency: { code: "asc" } } },
      mergedInto: { select: { code: true, title: true } },
      mergedFrom: { select: { code: true, title: true }, orderBy: { code: "asc" } },
      history: {
        orderBy: [{ effectiveOn: "asc" }, { changedAt: "asc" }, { id: "asc" }],
        include: { changedBy: { select: { displayName: true } } },
      },
      periodRecords: {
        where: { period: { state: "CLOSED" } },
        include: { period: { select: { year: true, quarter: true, endsOn: true } }, leadAgency: agencyRef },
        orderBy: [{ period: { year: "desc" } }, { period: { quarter: "desc" } }],
      },
    },
  });
  return task;
}

export type TaskDetail = NonNullable<Awaited<ReturnType<typeof getTaskDetail>>>;

/** The id of the task with this code, or null (an address's code, checked before it is looked up). */
export async function taskIdOfCode(code: string): Promise<string | null> {
  if (!TASK_CODE.test(code)) return null;
  return (await db().task.findFirst({ where: { code }, select: { id: true } }))?.id ?? null;
}
