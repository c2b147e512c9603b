import "server-only";
import type { Translator } from "@/lib/commands/messages";
import { commandText } from "@/lib/commands/messages";
import type { Refused } from "@/lib/commands/result";
import { problem } from "./problem";

type Options<C extends object> = {
  /** The messages namespace of the form that does the same (its words explain the refusal). */
  namespace: string;
  /** The 404's answer, when the route says more than "not found". */
  notFound?: () => Response;
  /** What a 409 carries besides its title (the record as it is now). */
  conflict?: (refusal: Extract<Refused<C>, { kind: "conflict" }>) => Record<string, unknown>;
};

/** A command's refusal as the API's answer: 401, 403, 404, 409 or 422 in problem+json, each field's errors named. */
export function refusalProblem<C extends object>(refusal: Refused<C>, t: Translator, options: Options<C>): Response {
  const text = (group: "errors" | "refused", key: string) => commandText(t, options.namespace, group, key);
  switch (refusal.kind) {
    case "unauthenticated":
      return problem(401, t("api.unauthenticated"), t("api.signInOrToken"));
    case "forbidden":
      return problem(403, t("api.forbidden"), text("refused", "forbidden"));
    case "not-found":
      return options.notFound?.() ?? problem(404, t("api.notFound"), text("refused", "not-found"));
    case "conflict":
      return problem(409, t("api.conflict"), text("refused", "conflict"), options.conflict?.(refusal as Extract<Refused<C>, { kind: "conflict" }>) ?? {});
    case "invalid":
      return problem(422, t("api.invalid"), t("api.invalidDetail"), {
        errors: Object.fromEntries(Object.entries(refusal.errors).map(([field, keys]) => [field, keys.map((key) => ({ code: key, message: text("errors", key) }))])),
      });
  }
}
