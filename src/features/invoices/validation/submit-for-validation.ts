// "Valider et envoyer" of an A9 / A12 invoice: it goes to the holder of the contract first (À valider), with the
// deadline after which the platform validates it itself, and the holder's users are told (fil d'événements, e-mail).
// Runs in the caller's transaction, so that the invoice, its history and the notices exist together or not at all.
import type { CadreFacturation, InvoiceType } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { CADRE_LABELS, INVOICE_TYPE_LABELS } from "../common/schemas.ts";
import { formatAmount } from "../common/rules/totals.ts";
import { formatDayAndTime } from "../common/rules/invoice-dates.ts";
import { validatorUsers } from "../common/data/validation-access.ts";
import { holderTitle } from "@/features/invoices/common/rules/holder-validation.ts";
import { validationDeadline, validationDelayDays } from "./validation-rules.ts";

/** The deadline of an invoice sent now, from VALIDATION_DELAY_DAYS (15 days by default). */
export const deadlineOfInvoiceSentAt = (sentAt: Date) => validationDeadline(sentAt, validationDelayDays(process.env.VALIDATION_DELAY_DAYS));

export type Submission = {
  invoiceId: string;
  type: InvoiceType;
  number: string;
  cadre: CadreFacturation;
  supplierName: string;
  validatorStructureId: string;
  totalGross: string;
  currency: string;
  deadline: Date;
};

/** Tells the holder's users (those with "Factures à valider") that an invoice waits for their decision. */
export async function notifyHolder(tx: Tx, submission: Submission) {
  const users = await validatorUsers(tx, submission.validatorStructureId);
  const path = `/factures-a-valider/${submission.invoiceId}`;
  const deadline = formatDayAndTime(submission.deadline);
  const typeLabel = INVOICE_TYPE_LABELS[submission.type];
  // "l'avoir … validez-le", "la facture … validez-la".
  const it = submission.type === "AVOIR" ? { pronoun: "le", subject: "il", sent: "transmis", validated: "validé" } : { pronoun: "la", subject: "elle", sent: "transmise", validated: "validée" };
  const what = `${typeLabel} n° ${submission.number} de ${submission.supplierName}`;
  await recordEvents(tx, {
    userIds: users.map((user) => user.id),
    structureId: submission.validatorStructureId,
    espace: "FACTURES_A_VALIDER",
    type: "FACTURE_A_VALIDER",
    message: `${what} à valider avant le ${deadline}.`,
    link: path,
  });
  const email = renderEmail({
    subject: `${typeLabel} n° ${submission.number} à valider`,
    paragraphs: [
      `${submission.supplierName} vous a transmis ${submission.type === "AVOIR" ? "l'avoir" : "la facture"} n° ${submission.number} (${CADRE_LABELS[submission.cadre]}), d'un montant TTC de ${formatAmount(submission.totalGross)} ${submission.currency}.`,
      `En tant que ${holderTitle(submission.cadre)} du marché, validez-${it.pronoun} pour qu'${it.subject} soit ${it.sent} à son destinataire, ou refusez-${it.pronoun} en indiquant le motif.`,
      `Sans décision de votre part avant le ${deadline}, ${it.subject} sera ${it.validated} automatiquement et ${it.sent} à son destinataire.`,
    ],
    link: { label: "Consulter la facture à valider", url: absoluteUrl(path) },
  });
  for (const user of users) await enqueueEmail(tx, user.email, email);
}
