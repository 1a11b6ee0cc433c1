-- CreateEnum
CREATE TYPE "DepositFluxStatus" AS ENUM ('EN_COURS', 'INTEGRE', 'INTEGRE_PARTIELLEMENT', 'REJETE');

-- CreateEnum
CREATE TYPE "DepositFluxItemStatus" AS ENUM ('EN_ATTENTE', 'ACCEPTEE', 'REJETEE');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "deposit_flux_id" UUID,
ADD COLUMN     "fields_to_check" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "original_sha256" TEXT;

-- CreateTable
CREATE TABLE "deposit_flux" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "supplier_structure_id" UUID NOT NULL,
    "supplier_service_id" UUID,
    "created_by_id" UUID NOT NULL,
    "format" "DepositMode" NOT NULL,
    "cadre" "CadreFacturation" NOT NULL,
    "upload_name" TEXT NOT NULL,
    "status" "DepositFluxStatus" NOT NULL DEFAULT 'EN_COURS',
    "invoice_count" INTEGER NOT NULL,
    "processed_count" INTEGER NOT NULL DEFAULT 0,
    "accepted_count" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "deposit_flux_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deposit_flux_items" (
    "id" UUID NOT NULL,
    "flux_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "status" "DepositFluxItemStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "invoice_number" TEXT,
    "invoice_id" UUID,
    "errors" JSONB,
    "processed_at" TIMESTAMP(3),

    CONSTRAINT "deposit_flux_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jobs" (
    "id" UUID NOT NULL,
    "queue" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 10,
    "run_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMP(3),
    "singleton_key" TEXT,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "deposit_flux_number_key" ON "deposit_flux"("number");

-- CreateIndex
CREATE INDEX "deposit_flux_supplier_structure_id_created_at_idx" ON "deposit_flux"("supplier_structure_id", "created_at");

-- CreateIndex
CREATE INDEX "deposit_flux_items_flux_id_status_idx" ON "deposit_flux_items"("flux_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "deposit_flux_items_flux_id_position_key" ON "deposit_flux_items"("flux_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "jobs_singleton_key_key" ON "jobs"("singleton_key");

-- CreateIndex
CREATE INDEX "jobs_queue_status_run_at_idx" ON "jobs"("queue", "status", "run_at");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_supplier_structure_id_original_sha256_key" ON "invoices"("supplier_structure_id", "original_sha256");

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_deposit_flux_id_fkey" FOREIGN KEY ("deposit_flux_id") REFERENCES "deposit_flux"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deposit_flux_items" ADD CONSTRAINT "deposit_flux_items_flux_id_fkey" FOREIGN KEY ("flux_id") REFERENCES "deposit_flux"("id") ON DELETE CASCADE ON UPDATE CASCADE;
