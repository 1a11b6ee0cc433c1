-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "rejection_handled_at" TIMESTAMP(3),
ADD COLUMN     "rejection_handled_by_id" UUID;
