import { parseArgs } from "node:util";
import { z } from "zod";
import { isIsoDate } from "../../lib/domain/dates";

// npm run db:seed:scale -- --agencies N --tasks M --quarters Q --seed S [--documents D --deliveries V] [--today YYYY-MM-DD]
// The defaults are national scale (DOMAIN.md, and VPCP's 21,914 tasks of 2017 alone, a few years over).

const ScaleOptionsSchema = z.object({
  /** Sub-units below the 63 provinces: departments, districts and communes. */
  agencies: z.coerce.number().int().min(0).max(50_000).default(11_500),
  tasks: z.coerce.number().int().min(1).max(1_000_000).default(100_000),
  /** Closed quarters of the longest programme, ending with the last whole quarter before today. */
  quarters: z.coerce.number().int().min(1).max(80).default(40),
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(1),
  /** A year of documents over the national axis up to today, and their deliveries (about 4.4 events each). */
  documents: z.coerce.number().int().min(0).max(10_000_000).default(1_000_000),
  deliveries: z.coerce.number().int().min(0).max(50_000_000).default(1_150_000),
  /** The day the data is generated as of (default: today in Vietnam), so that a run can be repeated exactly. */
  today: z.string().refine(isIsoDate, "--today must be YYYY-MM-DD").optional(),
});

export type ScaleOptions = z.output<typeof ScaleOptionsSchema>;

export function parseScaleOptions(argv: string[]): ScaleOptions {
  const { values } = parseArgs({
    args: argv,
    options: { agencies: { type: "string" }, tasks: { type: "string" }, quarters: { type: "string" }, seed: { type: "string" }, today: { type: "string" }, documents: { type: "string" }, deliveries: { type: "string" } },
    strict: true,
  });
  const options = ScaleOptionsSchema.parse(values);
  if (options.deliveries < options.documents) throw new Error("--deliveries: at least one a document");
  return options;
}
