import { describe, expect, it } from "vitest";
import { agencySearchText, foldVietnamese, taskSearchText } from "./fold";

describe("foldVietnamese", () => {
  it("strips tone and vowel marks and maps đ to d", () => {
    expect(foldVietnamese("Bộ Tài chính")).toBe("bo tai chinh");
    expect(foldVietnamese("Đắk Lắk")).toBe("dak lak");
    expect(foldVietnamese("Thừa Thiên Huế")).toBe("thua thien hue");
    expect(foldVietnamese("Ủy ban  Dân tộc")).toBe("uy ban dan toc");
  });

  it("treats precomposed and decomposed input alike", () => {
    expect(foldVietnamese("Tài chính".normalize("NFD"))).toBe(foldVietnamese("Tài chính".normalize("NFC")));
  });

  it("builds the stored search text from the fields a reader searches", () => {
    expect(taskSearchText({ code: "36A-13", title: "Cơ sở dữ liệu quốc gia về tài chính", description: null })).toBe(
      "36a-13 co so du lieu quoc gia ve tai chinh",
    );
    expect(agencySearchText({ code: "BTC", name: "Bộ Tài chính", shortName: "Bộ Tài chính", nameEn: "Ministry of Finance" })).toContain(
      "bo tai chinh ministry of finance",
    );
  });
});
