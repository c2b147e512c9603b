import { afterEach, describe, expect, it, vi } from "vitest";
import { appNow, appToday, demoDay } from "./clock";

afterEach(() => vi.useRealTimers());

describe("the application's day", () => {
  it("is the wall clock's day in Vietnam in production, whatever the offset says", () => {
    vi.useFakeTimers({ now: new Date("2026-12-04T18:30:00Z") });
    expect(appToday({ APP_MODE: "production", APP_CLOCK_OFFSET_DAYS: "3" })).toBe("2026-12-05");
    expect(demoDay({ APP_MODE: "production" })).toBeNull();
  });

  it("is the demo's day in demo mode, moved by the offset", () => {
    vi.useFakeTimers({ now: new Date("2026-12-04T18:30:00Z") });
    expect(appToday({ APP_MODE: "demo" })).toBe("2017-04-10");
    expect(demoDay({ APP_MODE: "demo" })).toBe("2017-04-10");
    expect(appToday({ APP_MODE: "demo", APP_CLOCK_OFFSET_DAYS: "1" })).toBe("2017-04-11");
    expect(demoDay({ APP_MODE: "demo", APP_CLOCK_OFFSET_DAYS: "-10" })).toBe("2017-03-31");
  });

  it("stamps records with the wall clock in every mode, so that they keep the order they were made in", () => {
    vi.useFakeTimers({ now: new Date("2026-12-04T16:50:00Z") });
    const before = appNow();
    // Past midnight in Vietnam: the demo's day is the same, the instant is later.
    vi.setSystemTime(new Date("2026-12-04T17:10:00Z"));
    expect(appNow().getTime()).toBeGreaterThan(before.getTime());
    expect(appNow().toISOString()).toBe("2026-12-04T17:10:00.000Z");
  });
});
