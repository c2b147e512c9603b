"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CommandOutcome } from "@/components/forms/command-outcome";
import { createTokenAction } from "@/lib/actions/profile";
import { IDLE, savedOf } from "@/lib/commands/result";

export function TokenForm() {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState(createTokenAction, IDLE);
  const created = savedOf(state);
  return (
    <form action={action} className="token-form">
      <CommandOutcome
        state={state}
        namespace="profile"
        saved={
          created && (
            <>
              {t("created")}
              <code className="token" data-testid="new-token">
                {created.token}
              </code>
            </>
          )
        }
      />
      <div className="field">
        <label htmlFor="token-name">{t("tokenName")}</label>
        <input id="token-name" name="name" maxLength={80} required placeholder={t("tokenNameHint")} />
      </div>
      <button type="submit" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
