/**
 * The page's Content-Security-Policy: scripts only from this site and with this response's nonce
 * (Next.js puts the nonce on its own scripts), no framing, no plugins, forms only to this site.
 * Inline styles stay allowed: React's style attributes and the charts' SVG use them.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
