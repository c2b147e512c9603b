/** Who must report for a quarter: every agency of the programme, the central ones, the provinces, or chosen ones. */
export const REQUIRED_SCOPES = ["ALL", "CENTRAL", "PROVINCE", "CHOSEN"] as const;
export type RequiredScope = (typeof REQUIRED_SCOPES)[number];
