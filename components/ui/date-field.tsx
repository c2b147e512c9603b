"use client";

import { parseDate, type CalendarDate } from "@internationalized/date";
import { useLocale } from "next-intl";
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label } from "react-aria-components";
import { intlLocale, type Locale } from "@/lib/domain/locale";
import type { IsoDate } from "@/lib/domain/dates";

type Props = {
  label: string;
  /** The form field's name: the day is sent as YYYY-MM-DD, as a native date input sends it. */
  name: string;
  defaultValue?: IsoDate | null;
  min?: IsoDate;
  max?: IsoDate;
  required?: boolean;
  /** As on any field of the forms: marked invalid, described by the message that says why. */
  "aria-invalid"?: boolean | "true" | "false";
  "aria-describedby"?: string;
  className?: string;
  testId?: string;
};

function dayOf(value: IsoDate | null | undefined): CalendarDate | null {
  if (!value) return null;
  try {
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A day, typed or stepped as dd/mm/yyyy in Vietnamese (and in English, the format of every date this
 * application shows) whatever the browser's language: a native date input follows the browser's
 * language and showed 12/04/2026 for 4 December to a reader with an English-language browser. The
 * form's rules (and their messages) stay the application's own: the field only marks itself invalid.
 */
export function DateField({ label, name, defaultValue, min, max, required, className = "date-field", testId, ...aria }: Props) {
  const invalid = aria["aria-invalid"] === true || aria["aria-invalid"] === "true";
  const locale = useLocale() as Locale;
  return (
    <I18nProvider locale={intlLocale(locale)}>
      <AriaDateField
        className={className}
        name={name}
        defaultValue={dayOf(defaultValue)}
        minValue={dayOf(min) ?? undefined}
        maxValue={dayOf(max) ?? undefined}
        isRequired={required}
        isInvalid={invalid || undefined}
        validationBehavior="aria"
        aria-describedby={aria["aria-describedby"]}
        granularity="day"
        // vi-VN's own pattern is d/m/yyyy; every date this application shows is dd/mm/yyyy.
        shouldForceLeadingZeros
        data-testid={testId}
      >
        <Label className="date-label">{label}</Label>
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-segment" />}</DateInput>
      </AriaDateField>
    </I18nProvider>
  );
}
