-- CreateEnum
CREATE TYPE "WorksDocumentType" AS ENUM ('PROJET_DECOMPTE_MENSUEL', 'ETAT_ACOMPTE', 'ETAT_ACOMPTE_VALIDE', 'PROJET_DECOMPTE_FINAL', 'DECOMPTE_GENERAL_DEFINITIF');

-- AlterEnum
ALTER TYPE "Espace" ADD VALUE 'FACTURES_TRAVAUX_RECUES';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "InvoiceStatus" ADD VALUE 'MISE_A_DISPOSITION_MOE';
ALTER TYPE "InvoiceStatus" ADD VALUE 'A_COMPLETER';
ALTER TYPE "InvoiceStatus" ADD VALUE 'REFUSEE_MOE';
ALTER TYPE "InvoiceStatus" ADD VALUE 'TRANSMISE_MOA';
ALTER TYPE "InvoiceStatus" ADD VALUE 'ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CadreFacturation" ADD VALUE 'A4';
ALTER TYPE "CadreFacturation" ADD VALUE 'A5';
ALTER TYPE "CadreFacturation" ADD VALUE 'A6';
ALTER TYPE "CadreFacturation" ADD VALUE 'A7';
ALTER TYPE "CadreFacturation" ADD VALUE 'A8';
ALTER TYPE "CadreFacturation" ADD VALUE 'A10';
ALTER TYPE "CadreFacturation" ADD VALUE 'A11';
ALTER TYPE "CadreFacturation" ADD VALUE 'A13';
ALTER TYPE "CadreFacturation" ADD VALUE 'A14';

-- CreateTable
CREATE TABLE "works_documents" (
    "invoice_id" UUID NOT NULL,
    "document_type" "WorksDocumentType" NOT NULL,
    "supplier_structure_id" UUID NOT NULL,
    "moa_structure_id" UUID NOT NULL,
    "moe_structure_id" UUID,
    "titulaire_structure_id" UUID,
    "market_number" TEXT NOT NULL,
    "statement_number" INTEGER NOT NULL,
    "previous_document_id" UUID,
    "works_to_date" DECIMAL(19,2) NOT NULL,
    "previous_statements" DECIMAL(19,2) NOT NULL,
    "retention" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "advance_repayment" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "vat_rate" DECIMAL(5,2) NOT NULL,
    "moe_works_to_date" DECIMAL(19,2),
    "moe_retention" DECIMAL(19,2),
    "moe_advance_repayment" DECIMAL(19,2),
    "moe_comment" TEXT,
    "moe_decided_at" TIMESTAMP(3),
    "moe_decided_by_id" UUID,
    "moe_deadline" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "works_documents_pkey" PRIMARY KEY ("invoice_id")
);

-- CreateIndex
CREATE INDEX "works_documents_moe_structure_id_moe_deadline_idx" ON "works_documents"("moe_structure_id", "moe_deadline");

-- CreateIndex
CREATE INDEX "works_documents_moa_structure_id_idx" ON "works_documents"("moa_structure_id");

-- CreateIndex
CREATE INDEX "works_documents_moe_deadline_idx" ON "works_documents"("moe_deadline");

-- CreateIndex
CREATE UNIQUE INDEX "works_documents_supplier_structure_id_moa_structure_id_mark_key" ON "works_documents"("supplier_structure_id", "moa_structure_id", "market_number", "statement_number");

-- AddForeignKey
ALTER TABLE "works_documents" ADD CONSTRAINT "works_documents_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "works_documents" ADD CONSTRAINT "works_documents_supplier_structure_id_fkey" FOREIGN KEY ("supplier_structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "works_documents" ADD CONSTRAINT "works_documents_moa_structure_id_fkey" FOREIGN KEY ("moa_structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "works_documents" ADD CONSTRAINT "works_documents_moe_structure_id_fkey" FOREIGN KEY ("moe_structure_id") REFERENCES "structures"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "works_documents" ADD CONSTRAINT "works_documents_titulaire_structure_id_fkey" FOREIGN KEY ("titulaire_structure_id") REFERENCES "structures"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "works_documents" ADD CONSTRAINT "works_documents_previous_document_id_fkey" FOREIGN KEY ("previous_document_id") REFERENCES "works_documents"("invoice_id") ON DELETE SET NULL ON UPDATE CASCADE;
