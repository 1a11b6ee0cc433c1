-- AlterTable
ALTER TABLE "deposit_flux_items" ADD COLUMN     "reform_warnings" JSONB;
