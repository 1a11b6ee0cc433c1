-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('BROUILLON', 'A_VALIDER_1', 'VALIDEE_1', 'REFUSEE_1', 'DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION', 'SUSPENDUE', 'COMPLETEE', 'A_RECYCLER', 'REJETEE', 'SERVICE_FAIT', 'MANDATEE', 'MISE_A_DISPOSITION_COMPTABLE', 'COMPTABILISEE', 'MISE_EN_PAIEMENT');

-- CreateEnum
CREATE TYPE "InvoiceType" AS ENUM ('FACTURE', 'AVOIR');

-- CreateEnum
CREATE TYPE "CadreFacturation" AS ENUM ('A1', 'A2', 'A9', 'A12');

-- CreateEnum
CREATE TYPE "VatRegime" AS ENUM ('DEBITS', 'ENCAISSEMENTS', 'EXONERE', 'SANS_TVA');

-- CreateEnum
CREATE TYPE "PaymentMode" AS ENUM ('VIREMENT', 'CHEQUE', 'ESPECE', 'PRELEVEMENT', 'AUTRE');

-- CreateEnum
CREATE TYPE "DepositMode" AS ENUM ('SAISIE', 'PDF_NON_SIGNE', 'PDF_SIGNE_PADES', 'PDF_SIGNE_XADES', 'XML_MIXTE', 'XML_STRUCTURE');

-- CreateEnum
CREATE TYPE "InvoiceDocumentKind" AS ENUM ('FACTURX_PDF', 'CII_XML', 'DEPOSIT_RECEIPT_PDF');

-- CreateTable
CREATE TABLE "invoices" (
    "id" UUID NOT NULL,
    "supplier_structure_id" UUID NOT NULL,
    "supplier_service_id" UUID,
    "recipient_structure_id" UUID,
    "recipient_service_id" UUID,
    "created_by_id" UUID NOT NULL,
    "deposit_mode" "DepositMode" NOT NULL DEFAULT 'SAISIE',
    "cadre" "CadreFacturation" NOT NULL DEFAULT 'A1',
    "currency" CHAR(3) NOT NULL DEFAULT 'EUR',
    "type" "InvoiceType" NOT NULL DEFAULT 'FACTURE',
    "vat_regime" "VatRegime" NOT NULL DEFAULT 'DEBITS',
    "exemption_reason" TEXT,
    "market_number" TEXT,
    "engagement_number" TEXT,
    "original_invoice_number" TEXT,
    "payment_mode" "PaymentMode" NOT NULL DEFAULT 'VIREMENT',
    "invoice_number" TEXT,
    "temporary_number" TEXT NOT NULL,
    "sent_number" TEXT,
    "invoice_date" DATE,
    "iban" TEXT,
    "bic" TEXT,
    "factor" TEXT,
    "comment" TEXT,
    "total_net" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "total_vat" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "total_gross" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "global_discount_gross" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "amount_due" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'BROUILLON',
    "status_changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "invoices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_lines" (
    "id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "reference" TEXT,
    "denomination" TEXT NOT NULL,
    "quantity" DECIMAL(19,6) NOT NULL,
    "unit" TEXT NOT NULL,
    "unit_price_net" DECIMAL(19,6) NOT NULL,
    "discount_net" DECIMAL(19,2) NOT NULL DEFAULT 0,
    "vat_rate" DECIMAL(5,2) NOT NULL,
    "line_net" DECIMAL(19,2) NOT NULL,

    CONSTRAINT "invoice_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_attachments" (
    "id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "designation" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "extension" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_documents" (
    "id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "kind" "InvoiceDocumentKind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_history" (
    "id" UUID NOT NULL,
    "invoice_id" UUID NOT NULL,
    "status" "InvoiceStatus" NOT NULL,
    "actor_id" UUID,
    "actor_structure_id" UUID,
    "motif" TEXT,
    "comment" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invoice_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "counters" (
    "name" TEXT NOT NULL,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "counters_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "invoices_temporary_number_key" ON "invoices"("temporary_number");

-- CreateIndex
CREATE INDEX "invoices_supplier_structure_id_status_status_changed_at_idx" ON "invoices"("supplier_structure_id", "status", "status_changed_at");

-- CreateIndex
CREATE INDEX "invoices_recipient_structure_id_status_status_changed_at_idx" ON "invoices"("recipient_structure_id", "status", "status_changed_at");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_supplier_structure_id_sent_number_key" ON "invoices"("supplier_structure_id", "sent_number");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_lines_invoice_id_position_key" ON "invoice_lines"("invoice_id", "position");

-- CreateIndex
CREATE INDEX "invoice_attachments_invoice_id_idx" ON "invoice_attachments"("invoice_id");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_documents_invoice_id_kind_key" ON "invoice_documents"("invoice_id", "kind");

-- CreateIndex
CREATE INDEX "invoice_history_invoice_id_created_at_idx" ON "invoice_history"("invoice_id", "created_at");

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_supplier_structure_id_fkey" FOREIGN KEY ("supplier_structure_id") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_supplier_service_id_fkey" FOREIGN KEY ("supplier_service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_recipient_structure_id_fkey" FOREIGN KEY ("recipient_structure_id") REFERENCES "structures"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_recipient_service_id_fkey" FOREIGN KEY ("recipient_service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_attachments" ADD CONSTRAINT "invoice_attachments_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_documents" ADD CONSTRAINT "invoice_documents_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_history" ADD CONSTRAINT "invoice_history_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;
