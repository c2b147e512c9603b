import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("has every Vietnamese string in English too, and no English-only string", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
});
