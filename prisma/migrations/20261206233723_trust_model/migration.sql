-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('ADMINISTRATEUR');

-- CreateEnum
CREATE TYPE "StructureClaimStatus" AS ENUM ('EN_ATTENTE', 'ACCEPTEE', 'REFUSEE');

-- AlterEnum
ALTER TYPE "RattachementStatus" ADD VALUE 'INVITE';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "platform_role" "PlatformRole",
ADD COLUMN     "totp_enabled_at" TIMESTAMP(3),
ADD COLUMN     "totp_secret" TEXT;

-- AlterTable
ALTER TABLE "rattachements" ADD COLUMN     "invited_by_id" UUID;

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "bank_account_id" UUID;

-- AlterTable
ALTER TABLE "deposit_flux" ADD COLUMN     "stored_bytes" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "deposit_flux_items" ADD COLUMN     "size" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "content" DROP NOT NULL;

-- CreateTable
CREATE TABLE "user_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "second_factor_at" TIMESTAMP(3),
    "email_code_hash" TEXT,
    "email_code_expires_at" TIMESTAMP(3),
    "code_failures" INTEGER NOT NULL DEFAULT 0,
    "webauthn_challenge" TEXT,
    "ip" TEXT,
    "user_agent" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recovery_codes" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recovery_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webauthn_credentials" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "credential_id" TEXT NOT NULL,
    "public_key" BYTEA NOT NULL,
    "counter" BIGINT NOT NULL DEFAULT 0,
    "transports" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMP(3),

    CONSTRAINT "webauthn_credentials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "structure_claims" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "structure_id" UUID NOT NULL,
    "justification" TEXT NOT NULL,
    "document_name" TEXT,
    "document_mime_type" TEXT,
    "document_size" INTEGER,
    "document_content" BYTEA,
    "status" "StructureClaimStatus" NOT NULL DEFAULT 'EN_ATTENTE',
    "motif" TEXT,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "structure_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "detail" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bank_accounts" (
    "id" UUID NOT NULL,
    "structure_id" UUID NOT NULL,
    "iban" TEXT NOT NULL,
    "bic" TEXT,
    "titulaire" TEXT NOT NULL,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "affactureur" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bank_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "user_sessions_user_id_revoked_at_idx" ON "user_sessions"("user_id", "revoked_at");

-- CreateIndex
CREATE INDEX "recovery_codes_user_id_idx" ON "recovery_codes"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "webauthn_credentials_credential_id_key" ON "webauthn_credentials"("credential_id");

-- CreateIndex
CREATE INDEX "webauthn_credentials_user_id_idx" ON "webauthn_credentials"("user_id");

-- CreateIndex
CREATE INDEX "structure_claims_status_created_at_idx" ON "structure_claims"("status", "created_at");

-- CreateIndex
CREATE INDEX "structure_claims_structure_id_idx" ON "structure_claims"("structure_id");

-- CreateIndex
CREATE INDEX "structure_claims_user_id_idx" ON "structure_claims"("user_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_idx" ON "audit_log"("target_type", "target_id");

-- CreateIndex
CREATE UNIQUE INDEX "bank_accounts_structure_id_iban_key" ON "bank_accounts"("structure_id", "iban");

-- AddForeignKey
ALTER TABLE "user_sessions" ADD CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webauthn_credentials" ADD CONSTRAINT "webauthn_credentials_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure_claims" ADD CONSTRAINT "structure_claims_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "structure_claims" ADD CONSTRAINT "structure_claims_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bank_accounts" ADD CONSTRAINT "bank_accounts_structure_id_fkey" FOREIGN KEY ("structure_id") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_bank_account_id_fkey" FOREIGN KEY ("bank_account_id") REFERENCES "bank_accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: the IBAN of each structure becomes its first bank account, and the invoices that carried it point to it.
INSERT INTO "bank_accounts" ("id", "structure_id", "iban", "bic", "titulaire", "updated_at")
SELECT gen_random_uuid(), "id", upper(replace("iban", ' ', '')), "bic", "raison_sociale", CURRENT_TIMESTAMP
FROM "structures" WHERE "iban" IS NOT NULL AND "iban" <> '';

UPDATE "invoices" i SET "bank_account_id" = b."id"
FROM "bank_accounts" b
WHERE b."structure_id" = i."supplier_structure_id" AND i."iban" IS NOT NULL AND b."iban" = upper(replace(i."iban", ' ', ''));

UPDATE "deposit_flux_items" SET "size" = octet_length("content") WHERE "content" IS NOT NULL;
