-- DropIndex
DROP INDEX "AxisDocument_sentOn_idx";

-- DropIndex
DROP INDEX "AxisDelivery_receiverId_arrivedOn_idx";

-- DropIndex
DROP INDEX "AxisDelivery_arrivedOn_idx";

-- CreateIndex
CREATE INDEX "AxisDocument_senderId_sentOn_id_idx" ON "AxisDocument"("senderId", "sentOn", "id");

-- CreateIndex
CREATE INDEX "AxisDelivery_receiverId_arrivedOn_id_idx" ON "AxisDelivery"("receiverId", "arrivedOn", "id");

