import { addDays, type IsoDate } from "../../lib/domain/dates";
import { compareQuarters, nextQuarter, previousQuarter, quarterBounds, quarterOf, type Quarter } from "../../lib/domain/quarter";

// The scale data's programmes: made up, and named so, beside the demo's 36a/NQ-CP (whose figures stay
// those of the public record). The first spans every closed quarter; the others start later, as the
// follow-up programmes of 2019–2022 did.

export type ScaleProgramme = {
  id: string; code: string; slug: string; title: string; titleEn: string; issuedOn: IsoDate; description: string;
  /** Short letters of its task codes (TASK_CODE: up to 10 letters and digits, a dash, up to 4 digits). */
  prefix: string;
  /** Share of the tasks. */
  share: number;
  /** Its quarters, first to the last closed, and the open one of today. */
  closed: Quarter[];
  open: Quarter;
};

const PLAN = [
  { prefix: "QMA", share: 0.4, startsAt: 0 },
  { prefix: "QMB", share: 0.25, startsAt: 0.4 },
  { prefix: "QMC", share: 0.2, startsAt: 0.6 },
  { prefix: "QMD", share: 0.15, startsAt: 0.8 },
];

export function quartersBetween(first: Quarter, last: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let q = first; compareQuarters(q, last) <= 0; q = nextQuarter(q)) out.push(q);
  return out;
}

export function buildProgrammes(quarters: number, today: IsoDate): ScaleProgramme[] {
  const open = quarterOf(today);
  const lastClosed = previousQuarter(open);
  let first = lastClosed;
  for (let i = 1; i < quarters; i++) first = previousQuarter(first);
  const span = quartersBetween(first, lastClosed);
  return PLAN.map((plan, index) => {
    const closed = span.slice(Math.floor(plan.startsAt * span.length));
    const issuedOn = addDays(quarterBounds(closed[0]).startsOn, 9);
    const letter = String.fromCharCode(65 + index);
    return {
      id: `prg-scale-${letter.toLowerCase()}`,
      code: `QM-${letter}/${closed[0].year}`,
      slug: `qm-${letter.toLowerCase()}`,
      title: `Chương trình quy mô quốc gia ${letter} (dữ liệu mô phỏng để đo tốc độ)`,
      titleEn: `National-scale programme ${letter} (generated data for the benchmark)`,
      issuedOn,
      description: "Dữ liệu mô phỏng do npm run db:seed:scale tạo ra, không phải văn bản thật.",
      prefix: plan.prefix,
      share: plan.share,
      closed,
      open,
    };
  });
}
