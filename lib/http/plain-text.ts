/** A short answer in plain text (a refusal or an error with its id) for a route that serves files. */
export function plainText(body: string, status: number): Response {
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
