import type { IsoDate } from "./dates";

/** An agency's action plan counts as issued by a day when it is marked issued and dated on or before it (or undated). */
export function isPlanIssued(plan: { issued: boolean; issuedOn: IsoDate | null } | null, asOf: IsoDate): boolean {
  return plan !== null && plan.issued && (plan.issuedOn === null || plan.issuedOn <= asOf);
}
