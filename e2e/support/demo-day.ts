import { DEMO_DAY } from "../../lib/clock";
import { addDays, type IsoDate } from "../../lib/domain/dates";

// The browser tests' servers run in demo mode, on the demo's day (lib/clock.ts); the second server
// runs LATER_DAYS after it (playwright.config.ts): after Quarter II/2017 has ended, so that the
// reporting cycle can close it there.
export const LATER_DAYS = 91;

/** The first server's day. */
export const demoToday = (): IsoDate => DEMO_DAY;

/** The second server's day. */
export const laterDay = (): IsoDate => addDays(DEMO_DAY, LATER_DAYS);
