// What a text field may hold, checked at every edge (forms, actions, the API's JSON bodies, search):
// valid Unicode, and no invisible characters that change what a reader sees. A lone surrogate
// cannot be stored (the database driver refuses it); a NUL byte ends a C string; the bidirectional
// overrides and isolates reorder what is displayed (the "Trojan Source" trick).

export type TextFault = "unicode" | "control";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// C0 controls but tab and newline (a carriage return only before a newline: browsers send a textarea's
// lines as CRLF), DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

/** Why a text may not be taken, or null when it may. */
export function textFault(value: string): TextFault | null {
  if (LONE_SURROGATE.test(value)) return "unicode";
  if (FORBIDDEN.test(value)) return "control";
  return null;
}

/** The first string in a JSON value (keys included) that may not be taken, with its path ("items.2.note"). */
export function findTextFault(value: unknown, path: string[] = []): { path: string; fault: TextFault } | null {
  if (typeof value === "string") {
    const fault = textFault(value);
    return fault ? { path: path.join(".") || "body", fault } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findTextFault(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyFault = textFault(key);
      if (keyFault) return { path: [...path, key.replace(/[^\x20-\x7e]/g, "?")].join("."), fault: keyFault };
      const found = findTextFault(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
