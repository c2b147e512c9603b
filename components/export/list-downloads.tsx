import { getTranslations } from "next-intl/server";
import { PrintButton } from "./print-button";

/**
 * Beside a list a person would forward: the same list (every row, the same as-of and filters) as
 * .xlsx and .csv, and the page printed. `href` is the export's address without its format.
 */
export async function ListDownloads({ href, testId = "list-downloads" }: { href: string; testId?: string }) {
  const t = await getTranslations("export");
  const withFormat = (format: "xlsx" | "csv") => `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
  return (
    <p className="list-downloads no-print" data-testid={testId}>
      <span>{t("download")}</span> <a href={withFormat("xlsx")} download data-testid={`${testId}-xlsx`}>.xlsx</a>{" "}
      <a href={withFormat("csv")} download data-testid={`${testId}-csv`}>.csv</a> <PrintButton label={t("print")} />
    </p>
  );
}
