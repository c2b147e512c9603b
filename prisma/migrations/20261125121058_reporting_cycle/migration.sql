-- CreateTable
CREATE TABLE "PeriodEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,
    "reason" TEXT,
    "detail" TEXT,
    CONSTRAINT "PeriodEvent_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PeriodEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencyReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "periodId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PENDING',
    "firstSubmittedAt" DATETIME,
    "firstSubmittedOn" TEXT,
    "submittedAt" DATETIME,
    "reviewedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "AgencyReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencyReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencyReportEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,
    "text" TEXT,
    CONSTRAINT "AgencyReportEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AgencyReport" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencyReportEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgencyReportItem" (
    "eventId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "status" TEXT NOT NULL,
    "note" TEXT,
    "evidenceNumber" TEXT,
    "evidenceDate" TEXT,

    PRIMARY KEY ("eventId", "taskId"),
    CONSTRAINT "AgencyReportItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AgencyReportEvent" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgencyReportItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Hand-written: the frozen-record triggers name "ReportingPeriod", which SQLite will not drop and
-- rename while they do; they are set aside here and recreated unchanged below.
DROP TRIGGER "PeriodTaskRecord_frozen_insert";
DROP TRIGGER "PeriodTaskRecord_frozen_update";
DROP TRIGGER "PeriodTaskRecord_frozen_delete";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReportingPeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "reportDueOn" TEXT NOT NULL,
    "requestNumber" TEXT,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedById" TEXT,
    "closedAt" DATETIME,
    "closedOn" TEXT,
    "closedById" TEXT,
    "assignedCount" INTEGER,
    "completedCount" INTEGER,
    CONSTRAINT "ReportingPeriod_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportingPeriod_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportingPeriod_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ReportingPeriod" ("closedAt", "closedById", "endsOn", "id", "openedAt", "programmeId", "quarter", "reportDueOn", "startsOn", "state", "year") SELECT "closedAt", "closedById", "endsOn", "id", "openedAt", "programmeId", "quarter", "reportDueOn", "startsOn", "state", "year" FROM "ReportingPeriod";
DROP TABLE "ReportingPeriod";
ALTER TABLE "new_ReportingPeriod" RENAME TO "ReportingPeriod";
CREATE UNIQUE INDEX "ReportingPeriod_programmeId_year_quarter_key" ON "ReportingPeriod"("programmeId", "year", "quarter");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PeriodEvent_periodId_at_idx" ON "PeriodEvent"("periodId", "at");

-- CreateIndex
CREATE INDEX "AgencyReport_agencyId_idx" ON "AgencyReport"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyReport_periodId_agencyId_key" ON "AgencyReport"("periodId", "agencyId");

-- CreateIndex
CREATE INDEX "AgencyReportEvent_reportId_at_idx" ON "AgencyReportEvent"("reportId", "at");

-- CreateIndex
CREATE INDEX "AgencyReportItem_taskId_idx" ON "AgencyReportItem"("taskId");



-- Hand-written below this line.

-- The triggers set aside above, as the first migration wrote them.
CREATE TRIGGER "PeriodTaskRecord_frozen_insert" BEFORE INSERT ON "PeriodTaskRecord"
WHEN (SELECT "state" FROM "ReportingPeriod" WHERE "id" = NEW."periodId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its record is frozen');
END;

CREATE TRIGGER "PeriodTaskRecord_frozen_update" BEFORE UPDATE ON "PeriodTaskRecord"
WHEN (SELECT "state" FROM "ReportingPeriod" WHERE "id" = OLD."periodId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its record is frozen');
END;

CREATE TRIGGER "PeriodTaskRecord_frozen_delete" BEFORE DELETE ON "PeriodTaskRecord"
WHEN (SELECT "state" FROM "ReportingPeriod" WHERE "id" = OLD."periodId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its record is frozen');
END;

-- Quarters closed before this migration get the frozen counts and closing day their record implies.
UPDATE "ReportingPeriod" SET
    "assignedCount" = (SELECT COUNT(*) FROM "PeriodTaskRecord" r WHERE r."periodId" = "ReportingPeriod"."id" AND r."status" <> 'WITHDRAWN'),
    "completedCount" = (SELECT COUNT(*) FROM "PeriodTaskRecord" r WHERE r."periodId" = "ReportingPeriod"."id" AND r."status" = 'COMPLETED'),
    -- Prisma writes instants as ISO text through the driver adapter, as milliseconds through its engines.
    "closedOn" = CASE typeof("closedAt") WHEN 'integer' THEN date("closedAt" / 1000, 'unixepoch', '+7 hours')
                 ELSE date("closedAt", '+7 hours') END
WHERE "state" = 'CLOSED';

-- A closed quarter is a record: nothing of it changes until an admin reopens it (state back to OPEN).
CREATE TRIGGER "ReportingPeriod_closed_frozen" BEFORE UPDATE ON "ReportingPeriod"
WHEN OLD."state" = 'CLOSED' AND NEW."state" = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its record is frozen');
END;

CREATE TRIGGER "AgencyReport_closed_insert" BEFORE INSERT ON "AgencyReport"
WHEN (SELECT "state" FROM "ReportingPeriod" WHERE "id" = NEW."periodId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its reports are frozen');
END;

CREATE TRIGGER "AgencyReport_closed_update" BEFORE UPDATE ON "AgencyReport"
WHEN (SELECT "state" FROM "ReportingPeriod" WHERE "id" = OLD."periodId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its reports are frozen');
END;

CREATE TRIGGER "AgencyReport_closed_delete" BEFORE DELETE ON "AgencyReport"
WHEN (SELECT "state" FROM "ReportingPeriod" WHERE "id" = OLD."periodId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its reports are frozen');
END;

-- A report's history, its items and the quarters' events are append-only; only the demo reset may clear
-- them, under the "history-purge" flag raised inside its own transaction.
CREATE TRIGGER "AgencyReportEvent_closed_insert" BEFORE INSERT ON "AgencyReportEvent"
WHEN (SELECT p."state" FROM "AgencyReport" r JOIN "ReportingPeriod" p ON p."id" = r."periodId" WHERE r."id" = NEW."reportId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its reports are frozen');
END;

CREATE TRIGGER "AgencyReportEvent_no_update" BEFORE UPDATE ON "AgencyReportEvent"
BEGIN
    SELECT RAISE(ABORT, 'AgencyReportEvent is append-only');
END;

CREATE TRIGGER "AgencyReportEvent_no_delete" BEFORE DELETE ON "AgencyReportEvent"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'history-purge')
BEGIN
    SELECT RAISE(ABORT, 'AgencyReportEvent is append-only');
END;

CREATE TRIGGER "AgencyReportItem_no_update" BEFORE UPDATE ON "AgencyReportItem"
BEGIN
    SELECT RAISE(ABORT, 'AgencyReportItem is append-only');
END;

CREATE TRIGGER "AgencyReportItem_no_delete" BEFORE DELETE ON "AgencyReportItem"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'history-purge')
BEGIN
    SELECT RAISE(ABORT, 'AgencyReportItem is append-only');
END;

CREATE TRIGGER "PeriodEvent_no_update" BEFORE UPDATE ON "PeriodEvent"
BEGIN
    SELECT RAISE(ABORT, 'PeriodEvent is append-only');
END;

CREATE TRIGGER "PeriodEvent_no_delete" BEFORE DELETE ON "PeriodEvent"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'history-purge')
BEGIN
    SELECT RAISE(ABORT, 'PeriodEvent is append-only');
END;

-- The code refuses a status change dated inside a closed quarter before it gets here; this is the
-- last guard, whatever code writes.
CREATE TRIGGER "TaskStatusChange_closed_quarter" BEFORE INSERT ON "TaskStatusChange"
WHEN EXISTS (
    SELECT 1 FROM "Task" t JOIN "ReportingPeriod" p ON p."programmeId" = t."programmeId"
    WHERE t."id" = NEW."taskId" AND p."state" = 'CLOSED' AND p."endsOn" >= NEW."effectiveOn")
BEGIN
    SELECT RAISE(ABORT, 'the day falls in a closed quarter');
END;

CREATE TRIGGER "AgencyReportItem_closed_insert" BEFORE INSERT ON "AgencyReportItem"
WHEN (SELECT p."state" FROM "AgencyReportEvent" e
      JOIN "AgencyReport" r ON r."id" = e."reportId"
      JOIN "ReportingPeriod" p ON p."id" = r."periodId"
      WHERE e."id" = NEW."eventId") = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'the quarter is closed; its reports are frozen');
END;
