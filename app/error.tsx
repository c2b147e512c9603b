"use client";

import { useTranslations } from "next-intl";

// The digest is the id the server logged with the full error; the reader sees only that id.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <section className="panel error" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest && (
        <p>
          {t("id")}: <code data-testid="error-id">{error.digest}</code>
        </p>
      )}
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
