-- The rollout's figures are kept in memory under DataVersion.changes (lib/data/rollout.ts): every write
-- of a milestone moves it, in the writing transaction, as writes to tasks and their history do.
CREATE TRIGGER "RolloutMilestone_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RolloutMilestone"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_data_changes_bump();
