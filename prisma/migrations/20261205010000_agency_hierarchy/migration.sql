-- Sub-units below a province, and each agency's top-level agency, so that a commune's tasks count
-- towards its province's figures with one indexed column rather than a walk up the tree per query.
-- (PostgreSQL 12+ adds enum values inside a transaction; they are not used before it commits.)

ALTER TYPE "AgencyKind" ADD VALUE 'DEPARTMENT';
ALTER TYPE "AgencyKind" ADD VALUE 'DISTRICT';
ALTER TYPE "AgencyKind" ADD VALUE 'COMMUNE';

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "rootId" TEXT;

-- CreateIndex
CREATE INDEX "Agency_rootId_idx" ON "Agency"("rootId");

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_rootId_fkey" FOREIGN KEY ("rootId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- rootId is the database's to keep: the top-level agency above a row, the row itself at the top.
CREATE FUNCTION tracker_agency_root() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parentId" IS NULL THEN
    NEW."rootId" := NEW."id";
  ELSE
    NEW."rootId" := (SELECT COALESCE(p."rootId", p."id") FROM "Agency" p WHERE p."id" = NEW."parentId");
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Agency_root" BEFORE INSERT OR UPDATE OF "parentId", "rootId" ON "Agency" FOR EACH ROW EXECUTE FUNCTION tracker_agency_root();

-- A unit moved under another parent takes its whole subtree with it: each child is written again,
-- which sets its root from its parent, and so on down.
CREATE FUNCTION tracker_agency_subtree_root() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."rootId" IS DISTINCT FROM OLD."rootId" THEN
    UPDATE "Agency" SET "rootId" = NEW."rootId" WHERE "parentId" = NEW."id";
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Agency_subtree_root" AFTER UPDATE OF "parentId", "rootId" ON "Agency" FOR EACH ROW EXECUTE FUNCTION tracker_agency_subtree_root();

UPDATE "Agency" SET "rootId" = "id" WHERE "parentId" IS NULL;

-- TRUNCATE fires no row trigger, so it would have emptied an append-only history or a closed
-- quarter's record unseen. Only the demo and scale seeds may, with tracker.history_purge on.
CREATE OR REPLACE FUNCTION tracker_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') AND current_setting('tracker.history_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'P0001';
END;
$$;
CREATE TRIGGER "TaskStatusChange_no_truncate" BEFORE TRUNCATE ON "TaskStatusChange" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AgencyReportEvent_no_truncate" BEFORE TRUNCATE ON "AgencyReportEvent" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AgencyReportItem_no_truncate" BEFORE TRUNCATE ON "AgencyReportItem" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "PeriodEvent_no_truncate" BEFORE TRUNCATE ON "PeriodEvent" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "PeriodTaskRecord_no_truncate" BEFORE TRUNCATE ON "PeriodTaskRecord" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AgencyReport_no_truncate" BEFORE TRUNCATE ON "AgencyReport" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "ReportingPeriod_no_truncate" BEFORE TRUNCATE ON "ReportingPeriod" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
