-- CreateEnum
CREATE TYPE "RolloutStage" AS ENUM ('CONNECTED', 'SEND_RECEIVE', 'STATUS_FEEDBACK');

-- CreateEnum
CREATE TYPE "TargetIndicator" AS ENUM ('SERVICES_LEVEL_3_4', 'EGDI_ASEAN_RANK');

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "documentHub" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "identifierCode" TEXT;

-- CreateTable
CREATE TABLE "RolloutMilestone" (
    "agencyId" TEXT NOT NULL,
    "stage" "RolloutStage" NOT NULL,
    "reachedOn" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,
    "note" TEXT,

    CONSTRAINT "RolloutMilestone_pkey" PRIMARY KEY ("agencyId","stage")
);

-- CreateTable
CREATE TABLE "AxisDocument" (
    "id" BIGSERIAL NOT NULL,
    "senderId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "signed" BOOLEAN NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "sentOn" TEXT NOT NULL,

    CONSTRAINT "AxisDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AxisDelivery" (
    "id" BIGSERIAL NOT NULL,
    "documentId" BIGINT NOT NULL,
    "receiverId" TEXT NOT NULL,
    "arrivedAt" TIMESTAMPTZ(3) NOT NULL,
    "arrivedOn" TEXT NOT NULL,
    "refusedAt" TIMESTAMPTZ(3),
    "acceptedAt" TIMESTAMPTZ(3),
    "awaitingAt" TIMESTAMPTZ(3),
    "assignedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "recallAskedAt" TIMESTAMPTZ(3),
    "recalledAt" TIMESTAMPTZ(3),
    "recallRefusedAt" TIMESTAMPTZ(3),
    "state" TEXT NOT NULL,
    "stateAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AxisDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AxisEvent" (
    "id" BIGSERIAL NOT NULL,
    "sourceId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "deliveryId" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AxisEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AxisFlowDay" (
    "agencyId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "sentSigned" INTEGER NOT NULL DEFAULT 0,
    "received" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AxisFlowDay_pkey" PRIMARY KEY ("agencyId","day")
);

-- CreateTable
CREATE TABLE "OnlineServiceCount" (
    "agencyId" TEXT NOT NULL,
    "countedOn" TEXT NOT NULL,
    "level1" INTEGER NOT NULL,
    "level2" INTEGER NOT NULL,
    "level3" INTEGER NOT NULL,
    "level4" INTEGER NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "OnlineServiceCount_pkey" PRIMARY KEY ("agencyId","countedOn")
);

-- CreateTable
CREATE TABLE "EgdiSurvey" (
    "year" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "countries" INTEGER NOT NULL,
    "aseanRank" INTEGER,
    "egdi" DOUBLE PRECISION,
    "osi" DOUBLE PRECISION,
    "osiRegionRank" INTEGER,
    "source" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "EgdiSurvey_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "ProgrammeTarget" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "indicator" "TargetIndicator" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "dueOn" TEXT NOT NULL,

    CONSTRAINT "ProgrammeTarget_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RolloutMilestone_reachedOn_idx" ON "RolloutMilestone"("reachedOn");

-- CreateIndex
CREATE INDEX "AxisDocument_sentOn_idx" ON "AxisDocument"("sentOn");

-- CreateIndex
CREATE UNIQUE INDEX "AxisDocument_senderId_externalId_key" ON "AxisDocument"("senderId", "externalId");

-- CreateIndex
CREATE INDEX "AxisDelivery_receiverId_arrivedOn_idx" ON "AxisDelivery"("receiverId", "arrivedOn");

-- CreateIndex
CREATE INDEX "AxisDelivery_arrivedOn_idx" ON "AxisDelivery"("arrivedOn");

-- CreateIndex
CREATE UNIQUE INDEX "AxisDelivery_documentId_receiverId_key" ON "AxisDelivery"("documentId", "receiverId");

-- CreateIndex
CREATE INDEX "AxisEvent_deliveryId_idx" ON "AxisEvent"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "AxisEvent_sourceId_eventId_key" ON "AxisEvent"("sourceId", "eventId");

-- CreateIndex
CREATE INDEX "AxisFlowDay_day_idx" ON "AxisFlowDay"("day");

-- CreateIndex
CREATE INDEX "OnlineServiceCount_countedOn_idx" ON "OnlineServiceCount"("countedOn");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeTarget_programmeId_indicator_dueOn_key" ON "ProgrammeTarget"("programmeId", "indicator", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_identifierCode_key" ON "Agency"("identifierCode");

-- AddForeignKey
ALTER TABLE "RolloutMilestone" ADD CONSTRAINT "RolloutMilestone_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RolloutMilestone" ADD CONSTRAINT "RolloutMilestone_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxisDocument" ADD CONSTRAINT "AxisDocument_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxisDelivery" ADD CONSTRAINT "AxisDelivery_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "AxisDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxisDelivery" ADD CONSTRAINT "AxisDelivery_receiverId_fkey" FOREIGN KEY ("receiverId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxisEvent" ADD CONSTRAINT "AxisEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "AxisDelivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AxisFlowDay" ADD CONSTRAINT "AxisFlowDay_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineServiceCount" ADD CONSTRAINT "OnlineServiceCount_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineServiceCount" ADD CONSTRAINT "OnlineServiceCount_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EgdiSurvey" ADD CONSTRAINT "EgdiSurvey_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeTarget" ADD CONSTRAINT "ProgrammeTarget_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Days are days (prisma/migrations/*_baseline); status codes are the standard's (QCVN 102:2016/BTTTT);
-- counts are never negative.
ALTER TABLE "RolloutMilestone" ADD CONSTRAINT "RolloutMilestone_days" CHECK (tracker_is_day("reachedOn"));
ALTER TABLE "AxisDocument" ADD CONSTRAINT "AxisDocument_days" CHECK (tracker_is_day("sentOn"));
ALTER TABLE "AxisDelivery" ADD CONSTRAINT "AxisDelivery_days" CHECK (tracker_is_day("arrivedOn"));
ALTER TABLE "AxisDelivery" ADD CONSTRAINT "AxisDelivery_state" CHECK ("state" IN ('01','02','03','04','05','06','13','15','16'));
ALTER TABLE "AxisEvent" ADD CONSTRAINT "AxisEvent_status" CHECK ("status" IN ('01','02','03','04','05','06','13','15','16'));
ALTER TABLE "AxisFlowDay" ADD CONSTRAINT "AxisFlowDay_counts" CHECK (tracker_is_day("day") AND "sent" >= 0 AND "sentSigned" >= 0 AND "sentSigned" <= "sent" AND "received" >= 0);
ALTER TABLE "OnlineServiceCount" ADD CONSTRAINT "OnlineServiceCount_counts" CHECK (
  tracker_is_day("countedOn") AND "level1" >= 0 AND "level2" >= 0 AND "level3" >= 0 AND "level4" >= 0);
ALTER TABLE "EgdiSurvey" ADD CONSTRAINT "EgdiSurvey_values" CHECK (
  "year" BETWEEN 2001 AND 2100 AND "rank" >= 1 AND "rank" <= "countries" AND ("aseanRank" IS NULL OR "aseanRank" BETWEEN 1 AND 11)
  AND ("egdi" IS NULL OR "egdi" BETWEEN 0 AND 1) AND ("osi" IS NULL OR "osi" BETWEEN 0 AND 1));
ALTER TABLE "ProgrammeTarget" ADD CONSTRAINT "ProgrammeTarget_days" CHECK (tracker_is_day("dueOn"));

-- The status packets as they came are the record the figures are computed from.
CREATE TRIGGER "AxisEvent_append_only" BEFORE UPDATE OR DELETE ON "AxisEvent" FOR EACH ROW EXECUTE FUNCTION tracker_append_only();
CREATE TRIGGER "AxisEvent_no_truncate" BEFORE TRUNCATE ON "AxisEvent" FOR EACH STATEMENT EXECUTE FUNCTION tracker_append_only();
