export const AGENCY_KINDS = ["MINISTRY", "MINISTRY_LEVEL", "GOVERNMENT_AGENCY", "PROVINCE", "OTHER"] as const;
export type AgencyKindValue = (typeof AGENCY_KINDS)[number];

/** Central agencies are every kind but the provinces (the reports' "bộ, ngành" against "địa phương"). */
export const CENTRAL_KINDS: readonly AgencyKindValue[] = ["MINISTRY", "MINISTRY_LEVEL", "GOVERNMENT_AGENCY", "OTHER"];
