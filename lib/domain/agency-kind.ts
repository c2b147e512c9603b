/** The kinds of a top-level agency: the ones that report to VPCP, and that lists and filters offer. */
export const AGENCY_KINDS = ["MINISTRY", "MINISTRY_LEVEL", "GOVERNMENT_AGENCY", "PROVINCE", "OTHER"] as const;
export type AgencyKindValue = (typeof AGENCY_KINDS)[number];

/** The sub-units below a province (DOMAIN.md); their figures count towards the province's. */
export const SUBUNIT_KINDS = ["DEPARTMENT", "DISTRICT", "COMMUNE"] as const;
export type SubunitKindValue = (typeof SUBUNIT_KINDS)[number];
export type AnyAgencyKind = AgencyKindValue | SubunitKindValue;

/** Central agencies are every kind but the provinces (the reports' "bộ, ngành" against "địa phương"). */
export const CENTRAL_KINDS: readonly AgencyKindValue[] = ["MINISTRY", "MINISTRY_LEVEL", "GOVERNMENT_AGENCY", "OTHER"];
