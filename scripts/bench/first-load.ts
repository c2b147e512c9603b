import { gzipSync } from "node:zlib";

/**
 * A page's first-load JavaScript as a browser gets it: every script its HTML names, fetched and
 * compressed with gzip (what a server or proxy in front sends), summed. Each chunk once.
 */
export async function firstLoadJs(base: string, path: string, headers: Record<string, string>): Promise<{ kB: number; scripts: number }> {
  const html = await (await fetch(`${base}${path}`, { headers })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return { kB: Math.round(bytes / 102.4) / 10, scripts: sources.length };
}

/** The HTML (or JSON) a signed-in reader receives, uncompressed: the bound is 1 MB. */
export async function responseSize(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  const response = await fetch(`${base}${path}`, { headers, redirect: "manual" });
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
}
