-- CreateEnum
CREATE TYPE "EngagementStatus" AS ENUM ('OUVERT', 'CLOTURE');

-- AlterEnum
ALTER TYPE "Espace" ADD VALUE 'ENGAGEMENTS';

-- AlterTable
ALTER TABLE "structures" ADD COLUMN     "engagement_existant_obligatoire" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "engagements" (
    "id" UUID NOT NULL,
    "structure_id" UUID NOT NULL,
    "service_id" UUID,
    "number" TEXT NOT NULL,
    "supplier_identifier" TEXT NOT NULL,
    "amount" DECIMAL(19,2) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "status" "EngagementStatus" NOT NULL DEFAULT 'OUVERT',
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "engagements_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "engagements_supplier_identifier_structure_id_status_idx" ON "engagements"("supplier_identifier", "structure_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "engagements_structure_id_number_key" ON "engagements"("structure_id", "number");

-- AddForeignKey
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "engagements" ADD CONSTRAINT "engagements_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "services"("id") ON DELETE SET NULL ON UPDATE CASCADE;
