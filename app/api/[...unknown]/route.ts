import { apiMessages } from "@/lib/api/messages";
import { problem } from "@/lib/api/problem";

// Any other address under /api/ answers as the API does, in problem+json, never with the HTML page.
async function notFound(request: Request): Promise<Response> {
  const { t } = await apiMessages(request);
  return problem(404, t("api.notFound"), t("api.noSuchRoute"));
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
