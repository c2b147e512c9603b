import { expect, type Locator } from "@playwright/test";
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

/**
 * Types a day into a date field (labelled `name`, within `scope`) as a person does: dd, mm, yyyy into
 * its segments, whatever was there.
 */
export async function typeDate(scope: Locator, name: string | RegExp, iso: IsoDate): Promise<void> {
  const [year, month, day] = iso.split("-");
  const field = scope.getByRole("group", { name, exact: typeof name === "string" ? true : undefined });
  const segments = field.getByRole("spinbutton");
  await segments.first().click();
  // Each segment moves on by itself once it is full.
  await segments.first().page().keyboard.type(`${day}${month}${year}`);
  await expect(field).toContainText(`${day}/${month}/${year}`);
}
