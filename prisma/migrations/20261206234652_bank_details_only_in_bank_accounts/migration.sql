-- Bank details live in bank_accounts only. An IBAN set on a structure since the trust model migration becomes one more account first.
INSERT INTO "bank_accounts" ("id", "structure_id", "iban", "bic", "titulaire", "updated_at")
SELECT gen_random_uuid(), "id", upper(replace("iban", ' ', '')), "bic", "raison_sociale", CURRENT_TIMESTAMP
FROM "structures" WHERE "iban" IS NOT NULL AND "iban" <> ''
ON CONFLICT ("structure_id", "iban") DO NOTHING;

-- AlterTable
ALTER TABLE "structures" DROP COLUMN "bic",
DROP COLUMN "iban";
