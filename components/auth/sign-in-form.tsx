"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";

type Failure = { code: "invalid" | "locked" | "demo-disabled" | "missing" | "server"; minutes?: number };

function failureOf(error: string | null | undefined): Failure {
  if (!error) return { code: "server" };
  if (error.startsWith("locked:")) return { code: "locked", minutes: Math.max(1, Math.ceil(Number(error.slice(7)) / 60)) };
  if (error === "demo-disabled" || error === "invalid") return { code: error };
  // next-auth reports a thrown error of ours as its message; anything else is not the reader's fault.
  return error === "CredentialsSignin" ? { code: "invalid" } : { code: "server" };
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  // Signing in needs this script (next-auth's CSRF exchange); until it runs the button stays off, so
  // a click can never post the password as a plain form.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setFailure({ code: "missing" });
      return;
    }
    setPending(true);
    setFailure(null);
    try {
      const result = await signIn("credentials", { username, password, redirect: false });
      if (result?.ok && !result.error) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      }
      setFailure(failureOf(result?.error));
    } catch {
      setFailure({ code: "server" });
    } finally {
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={submit} className="panel sign-in-form" noValidate aria-describedby={failure ? "sign-in-error" : undefined}>
      {failure && (
        <p id="sign-in-error" className="form-error" role="alert" data-testid="sign-in-error">
          {t(`errors.${failure.code}`, { minutes: failure.minutes ?? 0 })}
        </p>
      )}
      <div className="field">
        <label htmlFor="username">{t("username")}</label>
        <input id="username" name="username" autoComplete="username" required maxLength={100} autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} />
      </div>
      <button type="submit" disabled={pending || !ready}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
