import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

// Who is calling: decided once, by the HTTP server (scripts/serve.ts), from the socket and from the
// proxies the operator named, before any application code runs. The client's own X-Forwarded-* headers
// are replaced there, so the application reads a value nobody outside could choose.

export type TrustProxy = (address: string, hop: number) => boolean;

const NO_PROXY: TrustProxy = () => false;

/**
 * TRUSTED_PROXIES: addresses or CIDR ranges, separated by commas or spaces ("10.0.0.5, 10.1.0.0/16"),
 * or proxy-addr's names "loopback", "linklocal", "uniquelocal". Throws on anything else, so that a
 * typo stops the server instead of silently trusting nobody (or everybody).
 */
export function compileTrustedProxies(value: string | undefined): TrustProxy {
  const list = (value ?? "").split(/[\s,]+/).filter(Boolean);
  if (list.length === 0) return NO_PROXY;
  return proxyAddr.compile(list);
}

// A server listening on "::" sees IPv4 callers as "::ffff:203.0.113.9"; one caller, one key.
function plain(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address;
}

export type Forwarded = { address: string; proto: "http" | "https"; host: string | undefined };

/**
 * The caller's address: the socket's peer, unless that peer is a trusted proxy, in which case the
 * right-most address of X-Forwarded-For that is not itself a trusted proxy. The scheme and host the
 * reader used come from X-Forwarded-Proto/-Host only when the peer is a trusted proxy.
 */
export function resolveForwarded(request: IncomingMessage, trust: TrustProxy): Forwarded {
  const chain = proxyAddr.all(request, trust);
  const viaProxy = chain.length > 1;
  const last = (name: string) => {
    const value = request.headers[name];
    const text = Array.isArray(value) ? value.join(",") : value;
    return text?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  };
  const encrypted = Boolean((request.socket as { encrypted?: boolean }).encrypted);
  const proto = viaProxy ? last("x-forwarded-proto") : undefined;
  return {
    address: plain(chain.at(-1) ?? "unknown"),
    proto: proto === "https" || proto === "http" ? proto : encrypted ? "https" : "http",
    host: viaProxy ? last("x-forwarded-host") : undefined,
  };
}

const EDGE = Symbol.for("tracker.edge");
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"];

/** Rewrites the request's forwarding headers to the resolved values; called for every request. */
export function applyForwarded(request: IncomingMessage, trust: TrustProxy): Forwarded {
  const forwarded = resolveForwarded(request, trust);
  for (const name of FORWARDING_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = forwarded.address;
  request.headers["x-forwarded-proto"] = forwarded.proto;
  if (forwarded.host) request.headers["x-forwarded-host"] = forwarded.host;
  (globalThis as Record<symbol, unknown>)[EDGE] = true;
  return forwarded;
}

/**
 * The caller's address for the lockout, the rate limit and the audit log. Read only when this process
 * was started by scripts/serve.ts, which wrote the header itself; under any other server (next dev,
 * tests) the header may be the client's own words, so the answer is "unknown".
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  if ((globalThis as Record<symbol, unknown>)[EDGE] !== true) return "unknown";
  const value = headers instanceof Headers ? headers.get("x-forwarded-for") : ([] as string[]).concat(headers["x-forwarded-for"] ?? [])[0];
  return value?.trim() || "unknown";
}
