import { useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";

type Props = {
  caption: ReactNode;
  /** Shown above the table; by default only to screen readers. */
  captionVisible?: boolean;
  testId?: string;
  className?: string;
  children: ReactNode;
};

/**
 * Every table's frame: its caption, and a region that scrolls sideways on a narrow screen, which a
 * keyboard can scroll too, with a hint (shown only where the table may not fit) that there is more.
 * Works in server and client components alike.
 */
export function TableFrame({ caption, captionVisible = false, testId, className, children }: Props) {
  const t = useTranslations("table");
  const id = useId();
  return (
    <div className={`data-table${className ? ` ${className}` : ""}`}>
      <p className="scroll-hint no-print" aria-hidden="true">{t("scrollHint")}</p>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table data-testid={testId}>
          <caption id={id} className={captionVisible ? undefined : "visually-hidden"}>{caption}</caption>
          {children}
        </table>
      </div>
    </div>
  );
}
