import { afterEach, describe, expect, it, vi } from "vitest";
import { appNow, appToday, demoDay } from "./clock";

afterEach(() => vi.useRealTimers());

describe("the application's day", () => {
  it("is the wall clock's day in Vietnam in production, whatever the offset says", () => {
    vi.useFakeTimers({ now: new Date("2026-12-04T18:30:00Z") });
    expect(appToday({ APP_MODE: "production", APP_CLOCK_OFFSET_DAYS: "3" })).toBe("2026-12-05");
    expect(appNow({ APP_MODE: "production" }).toISOString()).toBe("2026-12-04T18:30:00.000Z");
    expect(demoDay({ APP_MODE: "production" })).toBeNull();
  });

  it("is the demo's day in demo mode, at the wall clock's time of day, moved by the offset", () => {
    vi.useFakeTimers({ now: new Date("2026-12-04T18:30:00Z") });
    // 01:30 on 5 December in Vietnam becomes 01:30 on 10 April 2017 there.
    expect(appNow({ APP_MODE: "demo" }).toISOString()).toBe("2017-04-09T18:30:00.000Z");
    expect(appToday({ APP_MODE: "demo" })).toBe("2017-04-10");
    expect(demoDay({ APP_MODE: "demo" })).toBe("2017-04-10");
    expect(appToday({ APP_MODE: "demo", APP_CLOCK_OFFSET_DAYS: "1" })).toBe("2017-04-11");
    expect(demoDay({ APP_MODE: "demo", APP_CLOCK_OFFSET_DAYS: "-10" })).toBe("2017-03-31");
  });
});
