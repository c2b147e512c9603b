// What a text field may hold, checked at every edge (forms, actions, the API's JSON bodies, search):
// valid Unicode, and no invisible characters that change what a reader sees. A lone surrogate
// cannot be stored (the database driver refuses it); a NUL byte ends a C string; the bidirectional
// overrides and isolates reorder what is displayed (the "Trojan Source" trick).

export type TextFault = "unicode" | "control";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// C0 controls but tab and newline (a carriage return only before a newline: browsers send a textarea's
// lines as CRLF), DEL, C1 controls; the bidirectional marks, embeddings, overrides and isolates and
// the deprecated format characters (U+061C, U+200E-F, U+202A-E, U+2066-F); the interlinear annotation
// characters and the noncharacters U+FFFE-F. Zero-width joiners, the BOM and tag characters are kept:
// emoji are made of them, and they reorder nothing.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u206f\ufff9-\ufffb\ufffe\uffff]|\r(?!\n)/;

/** Why a text may not be taken, or null when it may. */
export function textFault(value: string): TextFault | null {
  if (LONE_SURROGATE.test(value)) return "unicode";
  if (FORBIDDEN.test(value)) return "control";
  return null;
}

/** Deeper than any body this API takes; a deeper one is refused before it is walked. */
export const MAX_JSON_DEPTH = 32;

export type JsonFault = { path: string; fault: TextFault | "nesting" };

/**
 * The first string in a JSON value (keys included) that may not be taken, with its path
 * ("items.2.note"), or "nesting" when the value is nested deeper than MAX_JSON_DEPTH. Walked with a
 * list rather than recursion, so that no body can exhaust the stack.
 */
export function findTextFault(value: unknown): JsonFault | null {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  const at = (path: string[]) => path.map((part) => part.replace(/[^\x20-\x7e]/g, "?")).join(".") || "body";
  while (pending.length > 0) {
    const { value: item, path } = pending.pop()!;
    if (path.length > MAX_JSON_DEPTH) return { path: at(path.slice(0, MAX_JSON_DEPTH)), fault: "nesting" };
    if (typeof item === "string") {
      const fault = textFault(item);
      if (fault) return { path: at(path), fault };
    } else if (Array.isArray(item)) {
      // Pushed last first, so that the first fault in the document's order is the one found.
      for (let index = item.length - 1; index >= 0; index--) pending.push({ value: item[index], path: [...path, String(index)] });
    } else if (item && typeof item === "object") {
      const entries = Object.entries(item);
      for (const [key] of entries) {
        const keyFault = textFault(key);
        if (keyFault) return { path: at([...path, key]), fault: keyFault };
      }
      for (let index = entries.length - 1; index >= 0; index--) pending.push({ value: entries[index][1], path: [...path, entries[index][0]] });
    }
  }
  return null;
}
