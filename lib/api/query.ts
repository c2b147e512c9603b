import "server-only";
import { invalidQueryParams, type QuerySchema } from "@/lib/view/query-schemas";
import type { Caller } from "./caller";
import { problem } from "./problem";
import { auditedRefusal } from "./refusal";

type Messages = (key: string, values?: Record<string, string | number>) => string;

/** The parameters that break the operation's documented rules, plus those the view could not use. */
export function queryProblems(request: Request, schema: QuerySchema, ...ignored: string[][]): string[] {
  return [...new Set([...invalidQueryParams(new URL(request.url).searchParams, schema), ...ignored.flat()])];
}

/** 400 naming each malformed parameter, audited. */
export function badParams(request: Request, caller: Caller, t: Messages, names: string[]): Promise<Response> {
  const response = problem(400, t("api.badParams"), t("api.badParamsDetail", { names: names.join(", ") }), { invalidParams: names });
  return auditedRefusal(request, caller, response, { reason: "params", names });
}
