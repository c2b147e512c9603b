import { freezePeriodRecord } from "../../lib/data/period-record";
import { addDays, type IsoDate } from "../../lib/domain/dates";
import { quarterBounds, quarterLabel, type Quarter } from "../../lib/domain/quarter";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ScaleProgramme } from "./programmes";
import type { Random } from "./random";

// Each quarter goes as it does in the app: opened with a report owed by every top-level agency,
// reported on while open (most on time, some late, a few returned or never sent), then closed by the
// same code an analyst's "close quarter" runs, which freezes its record.

const morning = (day: IsoDate) => new Date(`${day}T02:00:00.000Z`);

function reportsOf(periodId: string, quarter: Quarter, dueOn: IsoDate, lastDay: IsoDate, agencies: string[], random: Random) {
  const reports: { id: string; periodId: string; agencyId: string; state: "PENDING" | "SUBMITTED" | "RETURNED" | "ACCEPTED"; firstSubmittedAt: Date | null; firstSubmittedOn: IsoDate | null; submittedAt: Date | null; reviewedAt: Date | null; version: number }[] = [];
  const events: { id: string; reportId: string; kind: "SUBMITTED" | "RETURNED" | "ACCEPTED"; at: Date; text: string | null }[] = [];
  const summary = `Báo cáo tình hình thực hiện ${quarterLabel(quarter, "vi")}.`;
  for (const agencyId of agencies) {
    const id = `${periodId}-${agencyId}`;
    const r = random.float();
    let sentOn: IsoDate | null = null;
    if (r < 0.8) sentOn = addDays(dueOn, -random.int(0, 20));
    else if (r < 0.96) sentOn = addDays(dueOn, random.int(1, 25));
    if (!sentOn || sentOn > lastDay) {
      reports.push({ id, periodId, agencyId, state: "PENDING", firstSubmittedAt: null, firstSubmittedOn: null, submittedAt: null, reviewedAt: null, version: 1 });
      continue;
    }
    const reviewOn = addDays(sentOn, random.int(1, 5));
    const reviewed = reviewOn <= lastDay;
    const state = !reviewed ? "SUBMITTED" : r > 0.93 && r < 0.96 ? "RETURNED" : "ACCEPTED";
    events.push({ id: `${id}-1`, reportId: id, kind: "SUBMITTED", at: morning(sentOn), text: summary });
    if (reviewed) events.push({ id: `${id}-2`, reportId: id, kind: state === "RETURNED" ? "RETURNED" : "ACCEPTED", at: morning(reviewOn), text: state === "RETURNED" ? "Đề nghị bổ sung số liệu." : null });
    reports.push({
      id, periodId, agencyId, state, firstSubmittedAt: morning(sentOn), firstSubmittedOn: sentOn, submittedAt: morning(sentOn),
      reviewedAt: reviewed ? morning(reviewOn) : null, version: reviewed ? 3 : 2,
    });
  }
  return { reports, events };
}

/** One quarter of a programme: opened, reported on and, unless it is today's, closed; returns the records frozen. */
export async function writeQuarter(prisma: PrismaClient, programme: ScaleProgramme, quarter: Quarter, agencies: string[], random: Random, today: IsoDate): Promise<number> {
  const { startsOn, endsOn } = quarterBounds(quarter);
  const periodId = `${programme.id}-${quarter.year}q${quarter.quarter}`;
  const dueOn = addDays(startsOn, 74);
  // Closed ten days after its end (or today, if that is sooner); reports sent until the day before.
  const closedOn = endsOn < today ? [addDays(endsOn, 10), today].sort()[0] : null;
  const lastDay = closedOn ? addDays(closedOn, -1) : today;
  const { reports, events } = reportsOf(periodId, quarter, dueOn, lastDay, agencies, random);
  return prisma.$transaction(
    async (tx) => {
      await tx.reportingPeriod.create({
        data: {
          id: periodId, programmeId: programme.id, year: quarter.year, quarter: quarter.quarter, startsOn, endsOn, reportDueOn: dueOn,
          requestNumber: `${random.int(100, 9999)}/VPCP-KSTT`, state: "OPEN", openedAt: morning(startsOn),
        },
      });
      await tx.periodEvent.create({ data: { id: `${periodId}-opened`, periodId, kind: "OPENED", at: morning(startsOn) } });
      await tx.agencyReport.createMany({ data: reports });
      await tx.agencyReportEvent.createMany({ data: events });
      if (!closedOn) return 0;
      const closedAt = morning(closedOn);
      const records = await freezePeriodRecord(tx, periodId, closedAt, null);
      await tx.periodEvent.create({ data: { id: `${periodId}-closed`, periodId, kind: "CLOSED", at: closedAt, detail: JSON.stringify({ records }) } });
      return records;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
