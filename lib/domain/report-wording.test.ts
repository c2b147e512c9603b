import { describe, expect, it } from "vitest";
import { approximatePercent, listInWords } from "./report-wording";

describe("report wording", () => {
  it("writes a rate as the reports do", () => {
    expect(approximatePercent(34 / 73, "vi")).toBe("hơn 46%");
    expect(approximatePercent(34 / 73, "en")).toBe("more than 46%");
    expect(approximatePercent(31 / 75, "vi")).toBe("hơn 41%");
    expect(approximatePercent(4 / 4, "vi")).toBe("100%");
    expect(approximatePercent(1 / 2, "en")).toBe("50%");
    expect(approximatePercent(0, "vi")).toBe("0%");
    expect(approximatePercent(1 / 400, "vi")).toBe("chưa đến 1%");
    // 0.29 * 100 is 28.999999999999996 in floating point: still 29%.
    expect(approximatePercent(0.29, "vi")).toBe("29%");
  });

  it("lists names as a sentence", () => {
    expect(listInWords(["Bộ TN&MT", "Bộ Nội vụ", "Thanh tra Chính phủ"], "vi")).toBe("Bộ TN&MT, Bộ Nội vụ và Thanh tra Chính phủ");
    expect(listInWords(["Đắk Lắk", "Phú Yên"], "en")).toBe("Đắk Lắk and Phú Yên");
    expect(listInWords(["VPCP"], "vi")).toBe("VPCP");
    expect(listInWords([], "vi")).toBe("");
  });
});
