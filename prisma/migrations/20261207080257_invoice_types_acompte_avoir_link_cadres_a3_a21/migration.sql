-- AlterEnum
ALTER TYPE "InvoiceType" ADD VALUE 'ACOMPTE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CadreFacturation" ADD VALUE 'A3';
ALTER TYPE "CadreFacturation" ADD VALUE 'A21';

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "original_invoice_id" UUID;

-- CreateTable
CREATE TABLE "invoice_down_payment_deductions" (
    "final_invoice_id" UUID NOT NULL,
    "down_payment_invoice_id" UUID NOT NULL,

    CONSTRAINT "invoice_down_payment_deductions_pkey" PRIMARY KEY ("final_invoice_id","down_payment_invoice_id")
);

-- CreateIndex
CREATE INDEX "invoice_down_payment_deductions_down_payment_invoice_id_idx" ON "invoice_down_payment_deductions"("down_payment_invoice_id");

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_original_invoice_id_fkey" FOREIGN KEY ("original_invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_down_payment_deductions" ADD CONSTRAINT "invoice_down_payment_deductions_final_invoice_id_fkey" FOREIGN KEY ("final_invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_down_payment_deductions" ADD CONSTRAINT "invoice_down_payment_deductions_down_payment_invoice_id_fkey" FOREIGN KEY ("down_payment_invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
