/**
 * Where to go after signing in: only a path of this site ("/tasks?agency=BTC"), never another origin
 * ("//evil.example", "https://…"), which would make the sign-in page an open redirect.
 */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  try {
    const url = new URL(value, "http://local");
    return url.origin === "http://local" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
