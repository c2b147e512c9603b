// Where to go after signing in: only a path of this site ("/tasks?agency=BTC"). Anything a browser
// could read as another origin is refused: "//evil.example", "/\\evil.example", "/.//evil.example"
// (which normalises to "//evil.example"), encoded slashes and backslashes ("/%2F%2Fevil.example"),
// schemes ("javascript:", "https://…") and control characters that browsers strip.
const BASE = "http://return.invalid";

export function safeReturnPath(value: string | undefined): string {
  if (!value || value.length > 2_000 || !value.startsWith("/")) return "/";
  if (/[\\\u0000-\u001f\u007f]|%(?:2f|5c|0[0-9a-f]|1[0-9a-f])/i.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}`;
  // What the browser will itself resolve against this site must stay on this site.
  if (!path.startsWith("/") || path.startsWith("//") || new URL(path, BASE).origin !== BASE) return "/";
  return path;
}
