-- CreateEnum
CREATE TYPE "ReceptionFormat" AS ENUM ('FACTURX', 'CII', 'UBL', 'PDF');

-- AlterTable
ALTER TABLE "structures" ADD COLUMN     "reception_format" "ReceptionFormat" NOT NULL DEFAULT 'FACTURX';
