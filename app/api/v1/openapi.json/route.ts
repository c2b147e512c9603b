import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/problem";

/** The API's description, public so that agencies' developers can read it before they have a token. */
export function GET(request: Request) {
  return json(openApiDocument(new URL(request.url).origin));
}
