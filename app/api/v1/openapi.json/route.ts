import { apiMethods } from "@/lib/api/methods";
import { openApiDocument } from "@/lib/api/openapi";
import { json } from "@/lib/api/problem";
import { publicOrigin } from "@/lib/env";

/** The API's description, public so that agencies' developers can read it before they have a token. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiMethods("/openapi.json", {
  GET: () => json(openApiDocument(publicOrigin())),
});
