// The demo rows' ids, derived from their codes so that seeding twice gives the same rows.
import type { Quarter } from "../../lib/domain/quarter";

export const agencyId = (code: string) => `agency-${code}`;
export const taskId = (code: string) => `task-${code}`;
export const periodId = (q: Quarter) => `period-36a-${q.year}q${q.quarter}`;
