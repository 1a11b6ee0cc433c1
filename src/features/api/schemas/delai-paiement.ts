// The délai de paiement of an invoice in the API's answers (consulter/recipiendaire and consulter/fournisseur), as
// both invoice pages show it (docs/payment-delays.md). Pure.
import { z } from "zod";
import type { PaymentDelayFacts } from "@/features/invoices/common/index.ts";
import { isoDate, montant } from "./common.ts";

export const delaiPaiementSchema = z
  .object({
    delaiJours: z.number().int().nullable().meta({ description: "Délai global de paiement de la catégorie du destinataire (30, 50 ou 60 jours)." }),
    dateEcheance: isoDate.meta({ description: "Date d'échéance (heure de Paris), reportée de la durée de chaque suspension." }),
    situation: z
      .enum(["A_PAYER", "DELAI_DEPASSE", "SUSPENDU", "MISE_EN_PAIEMENT", "SANS_OBJET"])
      .meta({ description: "A_PAYER : jours restants ; DELAI_DEPASSE : jours de retard à ce jour ; SUSPENDU : délai arrêté ; MISE_EN_PAIEMENT : payée ; SANS_OBJET : rejetée ou à recycler." }),
    joursRestants: z.number().int().nullable().meta({ description: "Jours jusqu'à l'échéance (à payer, ou à la reprise d'un délai suspendu)." }),
    joursDeRetard: z.number().int().nullable().meta({ description: "Jours après l'échéance : à ce jour, ou à la date de mise en paiement." }),
    dateMiseEnPaiement: isoDate.nullable(),
    interetsMoratoires: z
      .object({
        jours: z.number().int(),
        taux: z.string().meta({ description: "En %, taux de la BCE du semestre où le retard a commencé + 8 points.", example: "10.15" }),
        montant: montant.meta({ description: "Intérêts moratoires, arrondis au centime.", example: "66.74" }),
        indemniteForfaitaire: montant.meta({ description: "Indemnité forfaitaire pour frais de recouvrement (40 €).", example: "40.00" }),
      })
      .nullable()
      .meta({ description: "Après une mise en paiement postérieure à l'échéance." }),
  })
  .meta({ id: "DelaiPaiement" });

const SITUATION = { "a-payer": "A_PAYER", depasse: "DELAI_DEPASSE", suspendu: "SUSPENDU", paye: "MISE_EN_PAIEMENT", "sans-objet": "SANS_OBJET" } as const;

export const toDelaiPaiement = (delay: PaymentDelayFacts | null | undefined): z.input<typeof delaiPaiementSchema> | null => {
  if (!delay) return null;
  const deadline = delay.deadline;
  return {
    delaiJours: delay.delayDays,
    dateEcheance: delay.dueDay,
    situation: deadline ? SITUATION[deadline.kind] : "SANS_OBJET",
    joursRestants: deadline && (deadline.kind === "a-payer" || deadline.kind === "suspendu") ? deadline.daysLeft : null,
    joursDeRetard: deadline && (deadline.kind === "depasse" || deadline.kind === "paye") ? deadline.daysLate : null,
    dateMiseEnPaiement: delay.paidDay,
    interetsMoratoires: delay.latePayment
      ? { jours: delay.latePayment.days, taux: delay.latePayment.rate, montant: delay.latePayment.interest, indemniteForfaitaire: delay.latePayment.indemnity }
      : null,
  };
};
