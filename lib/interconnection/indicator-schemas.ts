import { z } from "zod";
import { isIsoDate } from "@/lib/domain/dates";
import { blankToUndefined, fieldErrorsOf, formInteger, plainString, type FieldErrors } from "@/lib/validation/form-fields";

// The indicators' two forms, shared by the forms (in the browser) and the commands. Messages are keys
// under "interconnection.indicators.errors" in messages/*.json.

/** More services than any agency offers: a typing slip, not a count. */
export const MAX_SERVICES = 100_000;
export const SOURCE_MAX = 300;

const count = z.preprocess(formInteger, z.int({ error: "count" }).min(0, { error: "count" }).max(MAX_SERVICES, { error: "count" }));
const place = (error: string, max: number) => z.int({ error }).min(1, { error }).max(max, { error });
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** "0,57" as a Vietnamese reader types it, or "0.57"; anything else is passed on for the schema to refuse. */
export function formDecimal(value: unknown): unknown {
  return typeof value === "string" && /^\s*\d{1,3}([.,]\d{1,6})?\s*$/.test(value) ? Number(value.trim().replace(",", ".")) : value;
}

export const ServiceCountSchema = z.object({
  agencyCode: z.string({ error: "agency" }).regex(/^[A-Z0-9-]{1,20}$/, { error: "agency" }),
  countedOn: z.preprocess(blankToUndefined, z.string({ error: "dayRequired" }).refine(isIsoDate, { error: "date" })),
  level1: count,
  level2: count,
  level3: count,
  level4: count,
});
export type ServiceCountInput = z.infer<typeof ServiceCountSchema>;

const index = optional(z.preprocess(formDecimal, z.number({ error: "index" }).min(0, { error: "index" }).max(1, { error: "index" })));

export const SurveySchema = z
  .object({
    year: z.preprocess(formInteger, z.int({ error: "year" }).min(2001, { error: "year" }).max(2100, { error: "year" })),
    rank: z.preprocess(formInteger, place("rank", 1000)),
    countries: z.preprocess(formInteger, place("countries", 1000)),
    aseanRank: optional(z.preprocess(formInteger, place("aseanRank", 11))),
    egdi: index,
    osi: index,
    osiRegionRank: optional(z.preprocess(formInteger, place("aseanRank", 11))),
    source: optional(plainString("text").trim().max(SOURCE_MAX, { error: "tooLong" })),
  })
  .superRefine((value, ctx) => {
    if (value.rank > value.countries) ctx.addIssue({ code: "custom", path: ["rank"], message: "rankOverCountries" });
  });
export type SurveyInput = z.infer<typeof SurveySchema>;

/** The forms' own first check, the server's rules less those that need the database or the day. */
export function indicatorFormErrors(schema: typeof ServiceCountSchema | typeof SurveySchema, form: FormData): FieldErrors {
  const parsed = schema.safeParse(Object.fromEntries(form));
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}
