-- CreateTable
CREATE TABLE "AgencyReportDraft" (
    "reportId" TEXT NOT NULL,
    "savedAt" TIMESTAMPTZ(3) NOT NULL,
    "savedById" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "items" JSONB NOT NULL,

    CONSTRAINT "AgencyReportDraft_pkey" PRIMARY KEY ("reportId")
);

-- CreateIndex
CREATE INDEX "AgencyReportDraft_savedById_idx" ON "AgencyReportDraft"("savedById");

-- AddForeignKey
ALTER TABLE "AgencyReportDraft" ADD CONSTRAINT "AgencyReportDraft_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AgencyReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyReportDraft" ADD CONSTRAINT "AgencyReportDraft_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

