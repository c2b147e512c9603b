// Whether a browser's request came from a page of this site: its Origin header (which a page cannot
// forge) names exactly the origin the request was sent to, scheme, host and port. The scheme is the
// one the server resolved itself (scripts/serve.ts: the socket, or a trusted proxy's
// X-Forwarded-Proto); the host is the one the browser addressed, so a demo opened as localhost and as
// 127.0.0.1 works under either name, while https://host against http://host is another site.

type HeaderSource = Pick<Headers, "get">;

/** "http://127.0.0.1:3000": where this request was sent, as a browser would write its origin. */
export function targetOrigin(headers: HeaderSource): string | null {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if ((proto !== "http" && proto !== "https") || !host) return null;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

/** The request's Origin, normalised ("https://host" for "https://HOST:443"); null when absent or opaque. */
export function requestOrigin(headers: HeaderSource): string | null {
  const value = headers.get("origin");
  if (!value) return null;
  try {
    const origin = new URL(value).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** Origin given and equal to the target: the request comes from this site's own pages. */
export function fromThisSite(headers: HeaderSource): boolean {
  const origin = requestOrigin(headers);
  return origin !== null && origin === targetOrigin(headers);
}
