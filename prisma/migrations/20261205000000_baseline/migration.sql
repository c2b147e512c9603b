-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('MINISTRY', 'MINISTRY_LEVEL', 'GOVERNMENT_AGENCY', 'PROVINCE', 'OTHER');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "WithdrawalReason" AS ENUM ('CANCELLED', 'MERGED', 'RESCOPED');

-- CreateEnum
CREATE TYPE "PeriodState" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('PENDING', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ReportEventKind" AS ENUM ('SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "PeriodEventKind" AS ENUM ('OPENED', 'CLOSED', 'REOPENED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ANALYST', 'LEADER', 'AGENCY_EDITOR');

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "issuedOn" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "kind" "AgencyKind" NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "parentId" TEXT,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "leadAgencyId" TEXT NOT NULL,
    "assignedOn" TEXT NOT NULL,
    "deadline" TEXT,
    "deadlineText" TEXT,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "completedOn" TEXT,
    "withdrawnOn" TEXT,
    "withdrawnReason" "WithdrawalReason",
    "withdrawnNote" TEXT,
    "mergedIntoId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskCooperator" (
    "taskId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,

    CONSTRAINT "TaskCooperator_pkey" PRIMARY KEY ("taskId","agencyId")
);

-- CreateTable
CREATE TABLE "TaskStatusChange" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changedById" TEXT,
    "fromStatus" "TaskStatus",
    "toStatus" "TaskStatus" NOT NULL,
    "effectiveOn" TEXT NOT NULL,
    "note" TEXT,
    "evidenceNumber" TEXT,
    "evidenceDate" TEXT,
    "evidenceUrl" TEXT,
    "withdrawnReason" "WithdrawalReason",

    CONSTRAINT "TaskStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "reportDueOn" TEXT NOT NULL,
    "requestNumber" TEXT,
    "state" "PeriodState" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openedById" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "closedOn" TEXT,
    "closedById" TEXT,
    "assignedCount" INTEGER,
    "completedCount" INTEGER,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodEvent" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "kind" "PeriodEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,
    "reason" TEXT,
    "detail" TEXT,

    CONSTRAINT "PeriodEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyReport" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "state" "ReportState" NOT NULL DEFAULT 'PENDING',
    "firstSubmittedAt" TIMESTAMPTZ(3),
    "firstSubmittedOn" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgencyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyReportEvent" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "kind" "ReportEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" TEXT,
    "text" TEXT,

    CONSTRAINT "AgencyReportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyReportItem" (
    "eventId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "fromStatus" "TaskStatus",
    "status" "TaskStatus" NOT NULL,
    "note" TEXT,
    "evidenceNumber" TEXT,
    "evidenceDate" TEXT,

    CONSTRAINT "AgencyReportItem_pkey" PRIMARY KEY ("eventId","taskId")
);

-- CreateTable
CREATE TABLE "PeriodTaskRecord" (
    "periodId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "leadAgencyId" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "deadline" TEXT,
    "completedOn" TEXT,

    CONSTRAINT "PeriodTaskRecord_pkey" PRIMARY KEY ("periodId","taskId")
);

-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "issued" BOOLEAN NOT NULL DEFAULT false,
    "documentNumber" TEXT,
    "issuedOn" TEXT,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "agencyId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "signInUnlockedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endedReason" TEXT,
    "address" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "username" TEXT,
    "action" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "target" TEXT,
    "detail" TEXT,
    "address" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppMeta" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppMeta_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "RateLimitWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimitWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Programme_code_key" ON "Programme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

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
CREATE INDEX "PeriodEvent_periodId_at_idx" ON "PeriodEvent"("periodId", "at");

-- CreateIndex
CREATE INDEX "AgencyReport_agencyId_idx" ON "AgencyReport"("agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyReport_periodId_agencyId_key" ON "AgencyReport"("periodId", "agencyId");

-- CreateIndex
CREATE INDEX "AgencyReportEvent_reportId_at_idx" ON "AgencyReportEvent"("reportId", "at");

-- CreateIndex
CREATE INDEX "AgencyReportItem_taskId_idx" ON "AgencyReportItem"("taskId");

-- CreateIndex
CREATE INDEX "PeriodTaskRecord_periodId_leadAgencyId_idx" ON "PeriodTaskRecord"("periodId", "leadAgencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlan_programmeId_agencyId_key" ON "ActionPlan"("programmeId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "Session_userId_endedAt_idx" ON "Session"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_username_at_idx" ON "SignInAttempt"("username", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_at_idx" ON "SignInAttempt"("address", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_userId_at_idx" ON "AuditEntry"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "RateLimitWindow_windowStart_idx" ON "RateLimitWindow"("windowStart");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCooperator" ADD CONSTRAINT "TaskCooperator_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCooperator" ADD CONSTRAINT "TaskCooperator_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskStatusChange" ADD CONSTRAINT "TaskStatusChange_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskStatusChange" ADD CONSTRAINT "TaskStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodEvent" ADD CONSTRAINT "PeriodEvent_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodEvent" ADD CONSTRAINT "PeriodEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReport" ADD CONSTRAINT "AgencyReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReport" ADD CONSTRAINT "AgencyReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReportEvent" ADD CONSTRAINT "AgencyReportEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AgencyReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReportEvent" ADD CONSTRAINT "AgencyReportEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReportItem" ADD CONSTRAINT "AgencyReportItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AgencyReportEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReportItem" ADD CONSTRAINT "AgencyReportItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodTaskRecord" ADD CONSTRAINT "PeriodTaskRecord_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodTaskRecord" ADD CONSTRAINT "PeriodTaskRecord_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodTaskRecord" ADD CONSTRAINT "PeriodTaskRecord_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------------
-- The rules that keep the record honest, enforced by the database whatever code writes to it.
-- (Written by hand below Prisma's generated schema; PostgreSQL allows no subquery in a trigger's WHEN,
-- so each condition is in its function's body.)
-- ---------------------------------------------------------------------------------------------------

-- Calendar days are ISO text ("2017-03-31"): a real day, written the one way.
CREATE FUNCTION tracker_is_day(value TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN value ~ '^\d{4}-\d{2}-\d{2}$' AND to_char(value::date, 'YYYY-MM-DD') = value;
EXCEPTION WHEN others THEN
  RETURN FALSE;
END;
$$;

ALTER TABLE "Programme" ADD CONSTRAINT "Programme_issuedOn_day" CHECK (tracker_is_day("issuedOn"));
ALTER TABLE "Task" ADD CONSTRAINT "Task_days" CHECK (
  tracker_is_day("assignedOn") AND ("deadline" IS NULL OR tracker_is_day("deadline"))
  AND ("completedOn" IS NULL OR tracker_is_day("completedOn")) AND ("withdrawnOn" IS NULL OR tracker_is_day("withdrawnOn")));
ALTER TABLE "TaskStatusChange" ADD CONSTRAINT "TaskStatusChange_days" CHECK (
  tracker_is_day("effectiveOn") AND ("evidenceDate" IS NULL OR tracker_is_day("evidenceDate")));
ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_days" CHECK (
  tracker_is_day("startsOn") AND tracker_is_day("endsOn") AND tracker_is_day("reportDueOn")
  AND ("closedOn" IS NULL OR tracker_is_day("closedOn")) AND "startsOn" <= "endsOn");
ALTER TABLE "AgencyReport" ADD CONSTRAINT "AgencyReport_days" CHECK ("firstSubmittedOn" IS NULL OR tracker_is_day("firstSubmittedOn"));
ALTER TABLE "AgencyReportItem" ADD CONSTRAINT "AgencyReportItem_days" CHECK ("evidenceDate" IS NULL OR tracker_is_day("evidenceDate"));
ALTER TABLE "PeriodTaskRecord" ADD CONSTRAINT "PeriodTaskRecord_days" CHECK (
  ("deadline" IS NULL OR tracker_is_day("deadline")) AND ("completedOn" IS NULL OR tracker_is_day("completedOn")));
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_days" CHECK ("issuedOn" IS NULL OR tracker_is_day("issuedOn"));

-- Append-only histories: the status history, the audit log, each report's history and items, each
-- quarter's events. Only the demo reset may clear them, inside its own transaction, after
-- SET LOCAL tracker.history_purge = 'on' (prisma/demo/reset.ts).
CREATE FUNCTION tracker_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('tracker.history_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;

CREATE TRIGGER "TaskStatusChange_append_only" BEFORE UPDATE OR DELETE ON "TaskStatusChange" FOR EACH ROW EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AgencyReportEvent_append_only" BEFORE UPDATE OR DELETE ON "AgencyReportEvent" FOR EACH ROW EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AgencyReportItem_append_only" BEFORE UPDATE OR DELETE ON "AgencyReportItem" FOR EACH ROW EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "PeriodEvent_append_only" BEFORE UPDATE OR DELETE ON "PeriodEvent" FOR EACH ROW EXECUTE FUNCTION tracker_append_only();

-- Whether a quarter is closed. (The commands that write a quarter's rows lock its row first, so a
-- close cannot commit between this check and their write: lib/reporting.)
CREATE FUNCTION tracker_period_closed(period_id TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "ReportingPeriod" WHERE "id" = period_id AND "state" = 'CLOSED');
$$;

-- A closed quarter is a record: its reports (and, below, its frozen task rows) cannot be added,
-- changed or removed until an admin reopens it.
CREATE FUNCTION tracker_closed_quarter_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  period_id TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN period_id := OLD."periodId"; ELSE period_id := NEW."periodId"; END IF;
  IF tracker_period_closed(period_id) OR (TG_OP = 'UPDATE' AND tracker_period_closed(OLD."periodId")) THEN
    RAISE EXCEPTION 'the quarter is closed; its % rows are frozen', TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;

-- A quarter's record is written and set aside in bulk (tens of thousands of rows at national scale):
-- checked once a statement, over the rows it touched.
CREATE FUNCTION tracker_record_rows_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM touched t JOIN "ReportingPeriod" p ON p."id" = t."periodId" WHERE p."state" = 'CLOSED') THEN
    RAISE EXCEPTION 'the quarter is closed; its PeriodTaskRecord rows are frozen' USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "PeriodTaskRecord_frozen_insert" AFTER INSERT ON "PeriodTaskRecord" REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION tracker_record_rows_frozen();
CREATE TRIGGER "PeriodTaskRecord_frozen_update" AFTER UPDATE ON "PeriodTaskRecord" REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION tracker_record_rows_frozen();
CREATE TRIGGER "PeriodTaskRecord_frozen_delete" AFTER DELETE ON "PeriodTaskRecord" REFERENCING OLD TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION tracker_record_rows_frozen();
CREATE TRIGGER "AgencyReport_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "AgencyReport" FOR EACH ROW EXECUTE FUNCTION tracker_closed_quarter_frozen();

-- A report's history and items are not added to once its quarter is closed.
CREATE FUNCTION tracker_report_event_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tracker_period_closed((SELECT "periodId" FROM "AgencyReport" WHERE "id" = NEW."reportId")) THEN
    RAISE EXCEPTION 'the quarter is closed; its reports are frozen' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AgencyReportEvent_frozen" BEFORE INSERT ON "AgencyReportEvent" FOR EACH ROW EXECUTE FUNCTION tracker_report_event_frozen();

CREATE FUNCTION tracker_report_item_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF tracker_period_closed((SELECT r."periodId" FROM "AgencyReportEvent" e JOIN "AgencyReport" r ON r."id" = e."reportId" WHERE e."id" = NEW."eventId")) THEN
    RAISE EXCEPTION 'the quarter is closed; its reports are frozen' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AgencyReportItem_frozen" BEFORE INSERT ON "AgencyReportItem" FOR EACH ROW EXECUTE FUNCTION tracker_report_item_frozen();

-- A closed quarter's own row stays as it was closed: only reopening it (CLOSED → OPEN) changes it.
CREATE FUNCTION tracker_period_row_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."state" = 'CLOSED' AND NEW."state" = 'CLOSED' THEN
    RAISE EXCEPTION 'the quarter is closed; its record is frozen' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "ReportingPeriod_closed_frozen" BEFORE UPDATE ON "ReportingPeriod" FOR EACH ROW EXECUTE FUNCTION tracker_period_row_frozen();

-- The code refuses a status change dated inside a closed quarter before it gets here; this is the
-- last guard, whatever code writes.
CREATE FUNCTION tracker_change_not_in_closed_quarter() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "Task" t JOIN "ReportingPeriod" p ON p."programmeId" = t."programmeId"
    WHERE t."id" = NEW."taskId" AND p."state" = 'CLOSED' AND p."endsOn" >= NEW."effectiveOn"
  ) THEN
    RAISE EXCEPTION 'the day falls in a closed quarter' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "TaskStatusChange_closed_quarter" BEFORE INSERT ON "TaskStatusChange" FOR EACH ROW EXECUTE FUNCTION tracker_change_not_in_closed_quarter();

-- An ended session stays ended: nothing may bring it back to life.
CREATE FUNCTION tracker_session_ended_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."endedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'Session has ended' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Session_ended_final" BEFORE UPDATE ON "Session" FOR EACH ROW EXECUTE FUNCTION tracker_session_ended_final();
