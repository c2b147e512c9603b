import "server-only";
import { audit } from "@/lib/audit/audit-log";
import { clientAddress } from "@/lib/http/client-address";
import type { Caller } from "./caller";

/**
 * Records an API request refused at the edge (its method, body or parameters), with who sent it when
 * known, and hands back the answer. Rules deeper down audit their own refusals.
 */
export async function auditedRefusal(request: Request, caller: Caller | null, response: Response, detail: Record<string, unknown>): Promise<Response> {
  await audit({
    action: "api.refused",
    outcome: "REFUSED",
    userId: caller?.user.id,
    username: caller?.user.username,
    address: caller?.address ?? clientAddress(request.headers),
    target: `${request.method} ${new URL(request.url).pathname}`.slice(0, 200),
    detail: { status: response.status, ...detail },
  });
  return response;
}
