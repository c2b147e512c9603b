-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "latestEffectiveOn" TEXT,
ADD COLUMN     "latestStatus" "TaskStatus";

-- AlterTable
ALTER TABLE "DataVersion" ADD COLUMN     "changes" BIGINT NOT NULL DEFAULT 0;


-- Each task's latest change (by the order of its history: effectiveOn, then changedAt, then id), kept by
-- the database from the history itself, whoever writes it: a view as of a day reads it for every task
-- that has not changed since that day, and looks the history up only for the others.
CREATE FUNCTION tracker_task_latest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Task" t
  SET "latestStatus" = l."toStatus", "latestEffectiveOn" = l."effectiveOn"
  FROM (SELECT DISTINCT "taskId" FROM changed) c
  LEFT JOIN LATERAL (
    SELECT h."toStatus", h."effectiveOn" FROM "TaskStatusChange" h
    WHERE h."taskId" = c."taskId"
    ORDER BY h."effectiveOn" DESC, h."changedAt" DESC, h."id" DESC
    LIMIT 1
  ) l ON true
  WHERE t."id" = c."taskId";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "TaskStatusChange_latest_insert" AFTER INSERT ON "TaskStatusChange" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_task_latest();
-- Deleting history is refused except to the demo and scale seeds (purge); they are kept exact too.
CREATE TRIGGER "TaskStatusChange_latest_delete" AFTER DELETE ON "TaskStatusChange" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_task_latest();

UPDATE "Task" t
SET "latestStatus" = l."toStatus", "latestEffectiveOn" = l."effectiveOn"
FROM (
  SELECT DISTINCT ON (h."taskId") h."taskId", h."toStatus", h."effectiveOn" FROM "TaskStatusChange" h
  ORDER BY h."taskId", h."effectiveOn" DESC, h."changedAt" DESC, h."id" DESC
) l
WHERE t."id" = l."taskId";

-- DataVersion."changes": once per statement that writes what any day's figures read.
CREATE FUNCTION tracker_data_changes_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "changes" = "changes" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Task_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Task" FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_changes_bump();
CREATE TRIGGER "TaskStatusChange_changes" AFTER INSERT OR DELETE OR TRUNCATE ON "TaskStatusChange" FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_changes_bump();
CREATE TRIGGER "Agency_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Agency" FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_changes_bump();
CREATE TRIGGER "ActionPlan_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ActionPlan" FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_changes_bump();
CREATE TRIGGER "ReportingPeriod_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportingPeriod" FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_changes_bump();
