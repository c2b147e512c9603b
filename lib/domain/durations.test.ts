import { describe, expect, it } from "vitest";
import { bucketSeconds, durationBucket, formatDuration } from "./durations";

describe("processing times", () => {
  it("stand for any time of their bucket within 9%", () => {
    for (const seconds of [61, 90, 600, 3_600, 86_400, 3 * 86_400, 40 * 86_400]) {
      const middle = bucketSeconds(durationBucket(seconds));
      expect(Math.abs(middle - seconds) / seconds).toBeLessThan(0.09);
    }
    expect(durationBucket(30)).toBe(0);
  });

  it("read as minutes, hours or days in each language", () => {
    expect(formatDuration(45 * 60, "vi")).toBe("45 phút");
    expect(formatDuration(6.2 * 3600, "vi")).toBe("6,2 giờ");
    expect(formatDuration(3.1 * 86_400, "vi")).toBe("3,1 ngày");
    expect(formatDuration(3.1 * 86_400, "en")).toBe("3.1 days");
  });
});
