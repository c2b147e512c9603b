import "server-only";
import type { Translator } from "@/lib/commands/messages";
import { logServerError } from "@/lib/http/error-id";
import { apiCaller, type Caller } from "./caller";
import { apiMessages } from "./messages";
import { problem } from "./problem";

type Context<P> = { params: Promise<P> };
type Handler<P> = (args: { request: Request; caller: Caller; params: P; t: Translator; locale: "vi" | "en" }) => Promise<Response>;

/** Every API route: the caller is identified first, and a failure becomes a 500 with an id, never a stack. */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    const { t, locale } = await apiMessages(request);
    try {
      const caller = await apiCaller(request, t);
      if (caller instanceof Response) return caller;
      return await handler({ request, caller, params: await context.params, t, locale });
    } catch (error) {
      const id = logServerError(error, `API ${request.method} ${new URL(request.url).pathname}`);
      return problem(500, t("api.serverError"), t("error.withId", { id }), { errorId: id });
    }
  };
}
