-- CreateEnum
CREATE TYPE "BuyerCategory" AS ENUM ('POUVOIR_ADJUDICATEUR', 'ETABLISSEMENT_PUBLIC_SANTE', 'ENTREPRISE_PUBLIQUE');

-- AlterTable
ALTER TABLE "structures" ADD COLUMN     "buyer_category" "BuyerCategory" NOT NULL DEFAULT 'POUVOIR_ADJUDICATEUR';

-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "late_payment_days" INTEGER,
ADD COLUMN     "late_payment_interest" DECIMAL(19,2),
ADD COLUMN     "late_payment_rate" DECIMAL(5,2),
ADD COLUMN     "payment_delay_days" INTEGER,
ADD COLUMN     "payment_due_date" DATE,
ADD COLUMN     "payment_ordered_on" DATE,
ADD COLUMN     "recovery_indemnity" DECIMAL(19,2);

-- CreateTable
CREATE TABLE "ecb_refinancing_rates" (
    "semester_start" DATE NOT NULL,
    "rate" DECIMAL(5,2) NOT NULL,

    CONSTRAINT "ecb_refinancing_rates_pkey" PRIMARY KEY ("semester_start")
);

-- Written by hand (see the comment at the Invoice model): partial indexes this schema cannot say, the ECB rates known
-- today, and the payment delays of the invoices already received.
CREATE INDEX "invoices_recipient_payment_due_idx" ON "invoices" ("recipient_structure_id", "payment_due_date") WHERE "status" IN ('MISE_A_DISPOSITION', 'COMPLETEE', 'SERVICE_FAIT', 'MANDATEE', 'MISE_A_DISPOSITION_COMPTABLE', 'COMPTABILISEE');
CREATE INDEX "invoices_recipient_late_payment_idx" ON "invoices" ("recipient_structure_id", "payment_ordered_on", "id") WHERE "late_payment_days" > 0;

-- ECB main refinancing operations rate in force on the first day of each semester (ECB key interest rates history).
INSERT INTO "ecb_refinancing_rates" ("semester_start", "rate") VALUES
  ('2019-01-01', 0.00), ('2019-07-01', 0.00), ('2020-01-01', 0.00), ('2020-07-01', 0.00),
  ('2021-01-01', 0.00), ('2021-07-01', 0.00), ('2022-01-01', 0.00), ('2022-07-01', 0.00),
  ('2023-01-01', 2.50), ('2023-07-01', 4.00), ('2024-01-01', 4.50), ('2024-07-01', 4.25),
  ('2025-01-01', 3.15), ('2025-07-01', 2.15), ('2026-01-01', 2.15);

-- Backfill: the delay of the recipient category from the day the invoice was received (Paris), each suspension
-- (SUSPENDUE then COMPLETEE in its history since then) pushing the due day back by its length, none for an avoir.
UPDATE "invoices" i SET
  "payment_delay_days" = d.days,
  "payment_due_date" = ((i."received_at" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date + d.days + COALESCE((
    SELECT SUM(((c.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date - ((s.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date)
    FROM "invoice_history" s
    JOIN LATERAL (
      SELECT h.created_at FROM "invoice_history" h
      WHERE h.invoice_id = s.invoice_id AND h.status = 'COMPLETEE' AND h.created_at >= s.created_at
      ORDER BY h.created_at LIMIT 1
    ) c ON true
    WHERE s.invoice_id = i.id AND s.status = 'SUSPENDUE' AND s.created_at >= i."received_at"
  ), 0)::int
FROM (
  SELECT st.id, CASE st.buyer_category WHEN 'ETABLISSEMENT_PUBLIC_SANTE' THEN 50 WHEN 'ENTREPRISE_PUBLIQUE' THEN 60 ELSE 30 END AS days
  FROM "structures" st
) d
WHERE d.id = i."recipient_structure_id" AND i."received_at" IS NOT NULL AND i."type" <> 'AVOIR';

-- Backfill of the invoices already mises en paiement: the day, and when late the days, rate, interest and indemnity.
UPDATE "invoices" SET "payment_ordered_on" = (("status_changed_at" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date
WHERE "status" = 'MISE_EN_PAIEMENT' AND "payment_due_date" IS NOT NULL;

UPDATE "invoices" i SET
  "late_payment_days" = i."payment_ordered_on" - i."payment_due_date",
  "late_payment_rate" = (
    SELECT e.rate FROM "ecb_refinancing_rates" e
    WHERE e.semester_start <= date_trunc('month', i."payment_due_date" + 1)::date - ((EXTRACT(MONTH FROM i."payment_due_date" + 1)::int - 1) % 6) * INTERVAL '1 month'
    ORDER BY e.semester_start DESC LIMIT 1
  ) + 8,
  "recovery_indemnity" = 40.00
WHERE i."payment_ordered_on" IS NOT NULL AND i."payment_ordered_on" > i."payment_due_date";

UPDATE "invoices" SET "late_payment_interest" = ROUND("amount_due" * "late_payment_rate" / 100 * "late_payment_days" / 365, 2)
WHERE "late_payment_days" > 0 AND "late_payment_rate" IS NOT NULL;
