"use server";

// The task forms' server actions: each is one command's one path (lib/commands/form-action.ts).
import { formAction } from "@/lib/commands/form-action";
import { createTask, editTask } from "@/lib/tasks/manage-tasks";
import { statusFormInput } from "@/lib/tasks/status-update-schema";
import { taskEditFormInput } from "@/lib/tasks/task-schemas";
import { updateTaskStatus } from "@/lib/tasks/update-status";

export const updateStatusAction = formAction(updateTaskStatus, { input: statusFormInput });
export const editTaskAction = formAction(editTask, { input: taskEditFormInput });
export const createTaskAction = formAction(createTask);
