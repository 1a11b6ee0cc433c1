-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "validation_deadline" TIMESTAMP(3),
ADD COLUMN     "validator_structure_id" UUID;

-- CreateIndex
CREATE INDEX "invoices_validator_structure_id_status_status_changed_at_idx" ON "invoices"("validator_structure_id", "status", "status_changed_at");

-- CreateIndex
CREATE INDEX "invoices_status_validation_deadline_idx" ON "invoices"("status", "validation_deadline");

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_validator_structure_id_fkey" FOREIGN KEY ("validator_structure_id") REFERENCES "structures"("id") ON DELETE SET NULL ON UPDATE CASCADE;
