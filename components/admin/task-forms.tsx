"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { createTaskAction, editTaskAction } from "@/lib/actions/tasks";
import { IDLE, savedOf, type FormState } from "@/lib/commands/result";
import { DateField } from "@/components/ui/date-field";

type Agency = { code: string; shortName: string };
type TaskFields = { taskId: string; version: number; title: string; description: string | null; leadAgencyCode: string; deadline: string | null; deadlineText: string | null };
type TaskAdminState = FormState<{ code: string }>;

function Outcome({ state }: { state: TaskAdminState }) {
  const t = useTranslations("taskAdmin");
  const saved = savedOf(state);
  return (
    <CommandOutcome
      state={state}
      namespace="taskAdmin"
      testId={saved ? "task-admin-saved" : undefined}
      errorsTestId="task-admin-errors"
      saved={saved && <>{t("saved")} <Link href={`/tasks/${encodeURIComponent(saved.code)}`}>{saved.code}</Link></>}
    />
  );
}

function CommonFields({ agencies, task }: { agencies: Agency[]; task?: TaskFields }) {
  const t = useTranslations("taskAdmin");
  return (
    <>
      <div className="field"><label htmlFor="task-title">{t("fields.title")}</label><input id="task-title" name="title" maxLength={500} defaultValue={task?.title} /></div>
      <div className="field"><label htmlFor="task-description">{t("fields.description")}</label><textarea id="task-description" name="description" rows={3} maxLength={5000} defaultValue={task?.description ?? ""} /></div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="task-lead">{t("fields.leadAgencyCode")}</label>
          <select id="task-lead" name="leadAgencyCode" defaultValue={task?.leadAgencyCode ?? ""}>
            <option value="">—</option>
            {agencies.map((a) => <option key={a.code} value={a.code}>{a.shortName}</option>)}
          </select>
        </div>
        <div className="field"><DateField label={t("fields.deadline")} name="deadline" defaultValue={task?.deadline} /></div>
        <div className="field"><label htmlFor="task-deadline-text">{t("fields.deadlineText")}</label><input id="task-deadline-text" name="deadlineText" maxLength={100} defaultValue={task?.deadlineText ?? ""} placeholder={t("deadlineTextHint")} /></div>
      </div>
    </>
  );
}

export function TaskEditForm({ task, agencies }: { task: TaskFields; agencies: Agency[] }) {
  const t = useTranslations("taskAdmin");
  const [state, action, pending] = useActionState(editTaskAction, IDLE);
  return (
    <form onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="task-edit">
      <Outcome state={state} />
      <input type="hidden" name="taskId" value={task.taskId} />
      <input type="hidden" name="version" value={task.version} />
      <CommonFields agencies={agencies} task={task} />
      <button type="submit" disabled={pending}>{t("save")}</button>
    </form>
  );
}

export function TaskCreateForm({ agencies, programme, today }: { agencies: Agency[]; programme: string; today: string }) {
  const t = useTranslations("taskAdmin");
  const [state, action, pending] = useActionState(createTaskAction, IDLE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (savedOf(state)) formRef.current?.reset();
  }, [state]);
  return (
    <form ref={formRef} onSubmit={submitKeepingValues(action)} className="admin-form" data-testid="task-create">
      <Outcome state={state} />
      <input type="hidden" name="programme" value={programme} />
      <div className="form-grid">
        <div className="field"><label htmlFor="task-code">{t("fields.code")}</label><input id="task-code" name="code" maxLength={15} placeholder="36A-76" /></div>
        <div className="field"><DateField label={t("fields.assignedOn")} name="assignedOn" defaultValue={today} max={today} /></div>
      </div>
      <CommonFields agencies={agencies} />
      <button type="submit" disabled={pending}>{t("create")}</button>
    </form>
  );
}
