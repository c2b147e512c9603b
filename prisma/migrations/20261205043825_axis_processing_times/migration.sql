-- CreateTable
CREATE TABLE "AxisDurationDay" (
    "agencyId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AxisDurationDay_pkey" PRIMARY KEY ("agencyId","day","state","bucket")
);

-- CreateIndex
CREATE INDEX "AxisDurationDay_day_idx" ON "AxisDurationDay"("day");

-- AddForeignKey
ALTER TABLE "AxisDurationDay" ADD CONSTRAINT "AxisDurationDay_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The bucket of a processing time in seconds: 0 up to one minute, then one bucket per quarter-power of
-- two (bucket b holds 60·2^((b-1)/4) to 60·2^(b/4) seconds), at most 99. The ingest and the seeds both
-- call it, so a roll-up is counted one way.
CREATE FUNCTION tracker_duration_bucket(seconds DOUBLE PRECISION) RETURNS SMALLINT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN seconds <= 60 THEN 0 ELSE LEAST(99, CEIL(4 * LN(seconds / 60) / LN(2)))::smallint END
$$;

ALTER TABLE "AxisDurationDay" ADD CONSTRAINT "AxisDurationDay_values" CHECK (
  tracker_is_day("day") AND "state" IN ('03', '05', '06') AND "bucket" BETWEEN 0 AND 99 AND "count" >= 0);

-- Deliveries not yet in a final state, by receiver and how long they have been in their state: the
-- stuck documents are read from this small part of the table, not from the whole year.
CREATE INDEX "AxisDelivery_open_idx" ON "AxisDelivery" ("stateAt", "receiverId") WHERE "state" NOT IN ('02', '06', '15');
