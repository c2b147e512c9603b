import http from "node:http";

// Requests sent from a chosen loopback address (127.0.0.N): to the server, each is another client,
// as a socket's peer is the only address it believes. Lets a test lock out or rate-limit "its"
// address without touching the browser's (127.0.0.1), and play the proxy named in TRUSTED_PROXIES.

/** The loopback address that plays the reverse proxy named in the test servers' TRUSTED_PROXIES. */
export const TRUSTED_PROXY = "127.0.0.40";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string; json: () => unknown };

export function send(
  localAddress: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; port?: number } = {},
): Promise<Answer> {
  // Node sends a GET's or DELETE's body unframed (neither chunked nor with a length), which is no longer
  // one HTTP request but two; the length keeps it one whatever the method.
  const headers = options.body === undefined ? options.headers : { ...options.headers, "content-length": String(Buffer.byteLength(options.body)) };
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port: options.port ?? Number(process.env.E2E_PORT), localAddress, method, path, headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text) });
        });
      },
    );
    request.on("error", reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

const cookiesOf = (answer: Answer) => (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]);

/**
 * Signs in through next-auth's own endpoint (CSRF token first, as the sign-in form does) from that
 * address. Returns the session cookie on success, else the error next-auth reported ("invalid",
 * "locked:842"…).
 */
export async function signInFrom(
  localAddress: string,
  username: string,
  password: string,
  options: { headers?: Record<string, string>; port?: number } = {},
): Promise<{ cookie: string | null; error: string | null; setCookies: string[] }> {
  const csrf = await send(localAddress, "GET", "/api/auth/csrf", { port: options.port });
  const { csrfToken } = csrf.json() as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, username, password, json: "true" }).toString();
  const answer = await send(localAddress, "POST", "/api/auth/callback/credentials", {
    port: options.port,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), ...options.headers },
    body,
  });
  const setCookies = (answer.headers["set-cookie"] ?? []) as string[];
  const cookie = cookiesOf(answer).find((c) => /next-auth\.session-token=/.test(c)) ?? null;
  // With json=true next-auth answers {url} (200 on success, 401 on a refusal); otherwise it redirects.
  const url = String(answer.headers["content-type"]).includes("json") ? (answer.json() as { url?: string }).url : answer.headers.location;
  const error = url ? new URL(url, "http://x").searchParams.get("error") : null;
  return { cookie, error: cookie ? null : error ?? `status ${answer.status}`, setCookies };
}

/** Signs out through next-auth's own endpoint (CSRF token first, as the sign-out button does), with a session cookie. */
export async function signOutFrom(localAddress: string, cookie: string, options: { port?: number } = {}): Promise<number> {
  const csrf = await send(localAddress, "GET", "/api/auth/csrf", { port: options.port, headers: { cookie } });
  const { csrfToken } = csrf.json() as { csrfToken: string };
  const cookies = [cookie, ...cookiesOf(csrf)].join("; ");
  const answer = await send(localAddress, "POST", "/api/auth/signout", {
    port: options.port,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, json: "true" }).toString(),
  });
  return answer.status;
}
