-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);


-- Its one row, and the triggers that count it up: once per statement that adds, removes or truncates
-- agencies, or changes what an agency or a task is called or where an agency sits; in the writing
-- transaction, so that a reader sees the new version exactly when it sees the new names.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION tracker_data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "Agency_data_version" AFTER INSERT OR DELETE OR UPDATE OF "code", "name", "shortName", "nameEn", "kind", "parentId", "rootId" ON "Agency"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_version_bump();
CREATE TRIGGER "Agency_truncate_data_version" AFTER TRUNCATE ON "Agency" FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_version_bump();
CREATE TRIGGER "Task_data_version" AFTER DELETE OR UPDATE OF "code", "title", "programmeId" ON "Task"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_version_bump();
CREATE TRIGGER "Task_truncate_data_version" AFTER TRUNCATE ON "Task" FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_version_bump();
