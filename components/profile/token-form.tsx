"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createTokenAction, type TokenFormState } from "@/app/profile/actions";

const KNOWN_ERRORS = ["tooLong", "unauthenticated", "unicode", "control"] as const;

export function TokenForm() {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState<TokenFormState, FormData>(createTokenAction, { status: "idle" });
  return (
    <form action={action} className="token-form">
      {state.status === "created" && (
        <div className="form-success" role="status">
          <p>{t("created")}</p>
          <code className="token" data-testid="new-token">
            {state.token}
          </code>
        </div>
      )}
      {state.status === "refused" && (
        <p className="form-error" role="alert">
          {t(`errors.${KNOWN_ERRORS.find((key) => key === state.error) ?? "tokenName"}`)}
        </p>
      )}
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
