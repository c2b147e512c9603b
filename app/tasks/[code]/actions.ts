"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { clientAddress } from "@/lib/http/client-address";
import { currentUser } from "@/lib/auth/session";
import { logServerError } from "@/lib/http/error-id";
import { statusFormInput, type FieldErrors } from "@/lib/tasks/status-update-schema";
import { updateTaskStatus, type CurrentTask } from "@/lib/tasks/update-status";

export type StatusFormState =
  | { status: "idle" }
  | { status: "saved"; version: number; at: number }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "conflict"; current: CurrentTask }
  | { status: "refused"; reason: "unauthenticated" | "forbidden" | "not-found" }
  | { status: "error"; id: string };

/** The status form's action: the same rules and checks as the API (lib/tasks/update-status.ts). */
export async function updateStatusAction(_previous: StatusFormState, form: FormData): Promise<StatusFormState> {
  try {
    const result = await updateTaskStatus(await currentUser(), statusFormInput(form), { channel: "web", address: clientAddress(await headers()) });
    if (result.ok) {
      // Every view reads the database on each request; this also drops the browser's cached pages.
      revalidatePath("/", "layout");
      return { status: "saved", version: result.version, at: Date.now() };
    }
    if (result.kind === "invalid") return { status: "invalid", errors: result.errors };
    if (result.kind === "conflict") return { status: "conflict", current: result.current };
    return { status: "refused", reason: result.kind };
  } catch (error) {
    return { status: "error", id: logServerError(error, "task status update") };
  }
}
