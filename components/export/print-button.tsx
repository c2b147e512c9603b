"use client";

/** Opens the browser's print dialog; the page's print styles make it a clean A4 document. */
export function PrintButton({ label, testId }: { label: string; testId?: string }) {
  return (
    <button type="button" className="link-like" onClick={() => window.print()} data-testid={testId}>
      {label}
    </button>
  );
}
