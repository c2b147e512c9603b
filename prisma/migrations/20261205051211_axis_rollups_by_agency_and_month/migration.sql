-- DropForeignKey
ALTER TABLE "AxisDurationDay" DROP CONSTRAINT "AxisDurationDay_agencyId_fkey";

-- AlterTable
ALTER TABLE "DataVersion" ADD COLUMN     "axis" BIGINT NOT NULL DEFAULT 0;

-- DropTable
DROP TABLE "AxisDurationDay";

-- CreateTable
CREATE TABLE "AxisDurationMonth" (
    "agencyId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AxisDurationMonth_pkey" PRIMARY KEY ("agencyId","month","state","bucket")
);

-- CreateIndex
CREATE INDEX "AxisDurationMonth_month_idx" ON "AxisDurationMonth"("month");

-- AddForeignKey
ALTER TABLE "AxisDurationMonth" ADD CONSTRAINT "AxisDurationMonth_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Both roll-ups are now per top-level agency (AxisFlowDay's rows are written so from here on), and
-- processing times per month: at national scale (11,500 units, a year) the per-unit, per-day rows were
-- nearly as many as the deliveries they summarised.
ALTER TABLE "AxisDurationMonth" ADD CONSTRAINT "AxisDurationMonth_values" CHECK (
  "month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' AND "state" IN ('02', '03', '04', '05', '06') AND "bucket" BETWEEN 0 AND 99 AND "count" >= 0);
