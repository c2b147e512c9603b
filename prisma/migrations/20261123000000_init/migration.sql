-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" TEXT,
    CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "leadAgencyId" TEXT NOT NULL,
    "assignedOn" TEXT NOT NULL,
    "deadline" TEXT,
    "deadlineText" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "completedOn" TEXT,
    "withdrawnOn" TEXT,
    "withdrawnReason" TEXT,
    "withdrawnNote" TEXT,
    "mergedIntoId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Task_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Task_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskCooperator" (
    "taskId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,

    PRIMARY KEY ("taskId", "agencyId"),
    CONSTRAINT "TaskCooperator_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TaskCooperator_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaskStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "note" TEXT,
    "evidenceNumber" TEXT,
    "evidenceDate" TEXT,
    "evidenceUrl" TEXT,
    "withdrawnReason" TEXT,
    CONSTRAINT "TaskStatusChange_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TaskStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "reportDueOn" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'OPEN',
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedById" TEXT,
    CONSTRAINT "ReportingPeriod_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReportingPeriod_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeriodTaskRecord" (
    "periodId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "leadAgencyId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "deadline" TEXT,
    "completedOn" TEXT,

    PRIMARY KEY ("periodId", "taskId"),
    CONSTRAINT "PeriodTaskRecord_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PeriodTaskRecord_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PeriodTaskRecord_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "issued" BOOLEAN NOT NULL DEFAULT false,
    "documentNumber" TEXT,
    "issuedOn" TEXT,
    CONSTRAINT "ActionPlan_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ActionPlan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "agencyId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE INDEX "Agency_kind_idx" ON "Agency"("kind");

-- CreateIndex
CREATE INDEX "Agency_parentId_idx" ON "Agency"("parentId");

-- CreateIndex
CREATE INDEX "Task_leadAgencyId_status_idx" ON "Task"("leadAgencyId", "status");

-- CreateIndex
CREATE INDEX "Task_status_deadline_idx" ON "Task"("status", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "Task_programmeId_code_key" ON "Task"("programmeId", "code");

-- CreateIndex
CREATE INDEX "TaskCooperator_agencyId_idx" ON "TaskCooperator"("agencyId");

-- CreateIndex
CREATE INDEX "TaskStatusChange_taskId_effectiveOn_changedAt_idx" ON "TaskStatusChange"("taskId", "effectiveOn", "changedAt");

-- CreateIndex
CREATE INDEX "TaskStatusChange_changedAt_idx" ON "TaskStatusChange"("changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_programmeId_year_quarter_key" ON "ReportingPeriod"("programmeId", "year", "quarter");

-- CreateIndex
CREATE INDEX "PeriodTaskRecord_periodId_leadAgencyId_idx" ON "PeriodTaskRecord"("periodId", "leadAgencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_programmeId_agencyId_key" ON "ActionPlan"("programmeId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");


-- Hand-written below this line: rules the database itself enforces, whatever code writes to it.

-- The status history is append-only. The only sanctioned removal is the demo reset, which raises the
-- "history-purge" flag inside its own transaction (prisma/demo/reset.ts).
CREATE TRIGGER "TaskStatusChange_no_update" BEFORE UPDATE ON "TaskStatusChange"
BEGIN
    SELECT RAISE(ABORT, 'TaskStatusChange is append-only');
END;

CREATE TRIGGER "TaskStatusChange_no_delete" BEFORE DELETE ON "TaskStatusChange"
WHEN NOT EXISTS (SELECT 1 FROM "AppMeta" WHERE "key" = 'history-purge')
BEGIN
    SELECT RAISE(ABORT, 'TaskStatusChange is append-only');
END;

-- A closed quarter's record is frozen: no row of it may be added, changed or removed until an admin
-- reopens the quarter.
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
