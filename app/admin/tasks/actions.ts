"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/http/client-address";
import { currentUser } from "@/lib/auth/session";
import { listProgrammes } from "@/lib/data/programmes";
import { createTask, editTask, type TaskAdminResult } from "@/lib/tasks/manage-tasks";
import { taskEditFormInput } from "@/lib/tasks/task-schemas";

export type TaskAdminState = { status: "idle" } | { status: "done"; result: TaskAdminResult; at: number };

export async function editTaskAction(_previous: TaskAdminState, form: FormData): Promise<TaskAdminState> {
  const [actor, h] = await Promise.all([currentUser(), headers()]);
  const result = await editTask(actor, taskEditFormInput(form), { address: clientAddress(h) });
  if (result.ok) revalidatePath("/", "layout");
  return { status: "done", result, at: Date.now() };
}

export async function createTaskAction(_previous: TaskAdminState, form: FormData): Promise<TaskAdminState> {
  const [actor, h, programmes] = await Promise.all([currentUser(), headers(), listProgrammes()]);
  const programme = programmes.find((p) => p.slug === form.get("programme")) ?? programmes[0];
  const result = programme
    ? await createTask(actor, programme.id, Object.fromEntries(form), { address: clientAddress(h) })
    : ({ ok: false, kind: "not-found" } as const);
  if (result.ok) revalidatePath("/", "layout");
  return { status: "done", result, at: Date.now() };
}
