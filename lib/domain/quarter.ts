import type { IsoDate } from "./dates";
import type { Locale } from "./locale";

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

const ROMAN = ["I", "II", "III", "IV"] as const;

export function quarterOf(date: IsoDate): Quarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter["quarter"] };
}

export function quarterBounds({ year, quarter }: Quarter): { startsOn: IsoDate; endsOn: IsoDate } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return {
    startsOn: `${year}-${pad(firstMonth)}-01`,
    endsOn: `${year}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter["quarter"] };
}

export function nextQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as Quarter["quarter"] };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** "Quý I/2017" as the VPCP reports write it; "Q1/2017" in English. */
export function quarterLabel({ year, quarter }: Quarter, locale: Locale): string {
  return locale === "vi" ? `Quý ${ROMAN[quarter - 1]}/${year}` : `Q${quarter}/${year}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const QUARTER_PARAM = /^(\d{4})-Q([1-4])$/;

/** "2017-Q1" as a quarter, or null: how a quarter is written in addresses, the API and audit rows. */
export function parseQuarter(text: string): Quarter | null {
  const match = QUARTER_PARAM.exec(text);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] } : null;
}

export function formatQuarterParam({ year, quarter }: { year: number; quarter: number }): string {
  return `${year}-Q${quarter}`;
}
