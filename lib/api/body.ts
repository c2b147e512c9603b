import "server-only";
import { findTextFault, MAX_JSON_DEPTH } from "@/lib/validation/plain-text";
import type { Caller } from "./caller";
import { problem } from "./problem";
import { auditedRefusal } from "./refusal";

export const MAX_BODY_BYTES = 256 * 1024;

type Messages = (key: string, values?: Record<string, string | number>) => string;

// application/json, or a JSON-based type such as application/merge-patch+json, with any parameters.
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;

/**
 * The edge every JSON body passes, once, before any rule sees it: JSON only when sent as JSON (415),
 * at most 256 kB (413), well-formed (400), an object nested at most 32 deep (400), and every string in it valid Unicode
 * without control or direction-override characters (422, naming the field). Each refusal is audited.
 */
export async function readJsonObject(request: Request, caller: Caller, t: Messages): Promise<Record<string, unknown> | Response> {
  const refuse = (response: Response, reason: string, field?: string) => auditedRefusal(request, caller, response, { reason, ...(field ? { field } : {}) });

  if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) {
    return refuse(problem(415, t("api.unsupportedType"), t("api.unsupportedTypeDetail"), {}, { "accept-patch": "application/json" }), "content-type");
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) return refuse(problem(413, t("api.tooLarge"), t("api.tooLargeDetail")), "too-large");
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) return refuse(problem(413, t("api.tooLarge"), t("api.tooLargeDetail")), "too-large");

  let body: unknown;
  try {
    // fatal: bytes that are not UTF-8 are malformed JSON, not silently replaced.
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return refuse(problem(400, t("api.badJson"), t("api.badJsonDetail")), "malformed");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return refuse(problem(400, t("api.badJson"), t("api.notObject")), "not-object");

  const fault = findTextFault(body);
  if (fault?.fault === "nesting") return refuse(problem(400, t("api.badJson"), t("api.tooDeep", { depth: MAX_JSON_DEPTH })), "nesting", fault.path);
  if (fault) {
    const error = { code: fault.fault, message: t(`commands.errors.${fault.fault}`) };
    return refuse(problem(422, t("api.invalid"), error.message, { errors: { [fault.path]: [error] } }), fault.fault, fault.path);
  }
  return body as Record<string, unknown>;
}
