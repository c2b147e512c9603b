/**
 * Headers for a download: an ASCII file name for old clients and the UTF-8 one (RFC 6266) for the
 * rest, never cached.
 */
export function attachment(filename: string): Record<string, string> {
  const ascii = filename.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/"/g, "");
  return {
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "cache-control": "no-store",
  };
}
