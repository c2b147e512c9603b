// The agency chart's series, shared by its legend (in the page) and its bars (loaded after it).

export type AgencyBar = {
  code: string;
  label: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  /** "2/5", in the reader's number format. */
  fraction: string;
  hrefs: { completed: string; inProgress: string; notStarted: string };
};

export const AGENCY_SERIES = [
  { key: "completed", status: "COMPLETED", colour: "#17603a" },
  { key: "inProgress", status: "IN_PROGRESS", colour: "#1d4ed8" },
  { key: "notStarted", status: "NOT_STARTED", colour: "#6b7280" },
] as const;
