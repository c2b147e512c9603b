import { getTranslations } from "next-intl/server";

/** Shown while a view's figures are computed. Only list views have it: a page that may answer
 * 404 must not start streaming first, or the status would already be 200. */
export async function LoadingView() {
  const t = await getTranslations();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t("loading")}
    </p>
  );
}
