import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous and next links under a list paged on the server; `summary` says where the reader is. */
export async function Pager({ page, pageCount, href, summary, label }: { page: number; pageCount: number; href: (page: number) => string; summary: string; label?: string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("tasks");
  return (
    <nav className="pager no-print" aria-label={label ?? t("pages")}>
      {page > 1 && <Link href={href(page - 1)}>{t("previous")}</Link>}
      <span>{summary}</span>
      {page < pageCount && <Link href={href(page + 1)}>{t("next")}</Link>}
    </nav>
  );
}
