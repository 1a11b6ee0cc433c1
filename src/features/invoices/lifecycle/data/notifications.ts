// Who hears of an invoice's change of status, in the transaction of the change (outbox and events): the supplier's
// users with "Factures émises" (an e-mail and a line of their fil d'événements), and, when the invoice reaches the
// recipient (made available, or completed by the supplier), the recipient's users with "Factures reçues" for its
// service. The passage through EN_COURS_ACHEMINEMENT lasts seconds and is not announced (its next status is); the
// supplier's own moves (Compléter, Recycler) are in their fil but not e-mailed back to them. A draft sent is told to
// the supplier's users (their fil) and, sent to the holder of the contract (A9 / A12), to the holder's (fil, e-mail).
import type { Prisma } from "@/generated/prisma/client.ts";
import type { CadreFacturation, InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";
import { usersOpening, type EspaceUser } from "@/features/structures/index.ts";
import type { Tx } from "@/server/db.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { CADRE_LABELS, INVOICE_TYPE_LABELS, isWorksCadre } from "@/features/invoices/common/index.ts";
import { supplierUserIdsAmong, supplierUserSelect } from "@/features/invoices/common/index.ts";
import { validatorUsers } from "@/features/invoices/common/index.ts";
import { holderTitle } from "@/features/invoices/common/index.ts";
import { receivedGrantSelect, receivedScopeOf } from "@/features/invoices/common/index.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/index.ts";
import { formatAmount } from "@/features/invoices/common/index.ts";
import { formatDayAndTime } from "@/features/invoices/common/index.ts";
import type { LifecycleActor } from "../rules/lifecycle-contract.ts";

export type StatusChange = {
  invoice: {
    id: string;
    type: InvoiceType;
    /** A works cadre (issue 14) tells the supplier's users of "Factures de travaux" instead of "Factures émises". */
    cadre?: CadreFacturation;
    number: string;
    supplierStructureId: string;
    recipientStructureId: string | null;
    recipientServiceId: string | null;
    totalGross: string;
    currency: string;
  };
  actor: LifecycleActor;
  to: InvoiceStatus;
  motif?: string;
  comment?: string;
  now: Date;
};

/** The recipient's users who handle the invoice in "Factures reçues" (for its service when their rattachement names services). */
async function recipientUsers(tx: Tx, structureId: string, serviceId: string | null): Promise<EspaceUser[]> {
  const rows = await tx.rattachement.findMany({
    // People only: a technical account has no mailbox (its application follows the invoices through the API).
    where: { structureId, status: "ACTIF", user: { status: "ACTIF", kind: "PERSONNE" } },
    select: { ...receivedGrantSelect, user: { select: { id: true, loginEmail: true, contactEmail: true } } },
  });
  return rows
    .filter((row) => {
      const scope = receivedScopeOf(row);
      return scope !== null && (scope.serviceIds === null || (serviceId !== null && scope.serviceIds.includes(serviceId)));
    })
    .map((row) => ({ id: row.user.id, email: row.user.contactEmail ?? row.user.loginEmail }));
}

const names = async (tx: Tx, ids: (string | null)[]) => {
  const rows = await tx.structure.findMany({ where: { id: { in: ids.filter((id): id is string => id !== null) } }, select: { id: true, raisonSociale: true } });
  return new Map(rows.map((row) => [row.id, row.raisonSociale]));
};

/** "La facture … est passée", "L'avoir … est passé": French agrees with the document's gender. */
const wording = (type: InvoiceType) =>
  type === "AVOIR"
    ? { the: "L'avoir", addressed: "adressé", passed: "passé", it: "le", he: "il", sent: "renvoyé", completed: "complété", received: "reçu" }
    : { the: type === "ACOMPTE" ? "La facture d'acompte" : "La facture", addressed: "adressée", passed: "passée", it: "la", he: "elle", sent: "renvoyée", completed: "complétée", received: "reçue" };

/** What the supplier may do next, when it is up to them. */
function nextStep(to: InvoiceStatus, type: InvoiceType): string | null {
  const w = wording(type);
  if (to === "SUSPENDUE") return `Complétez-${w.it} depuis « Factures émises » (commentaire et pièces jointes) : ${w.he} reviendra alors au destinataire.`;
  if (to === "A_RECYCLER") return `Corrigez le destinataire, le service ou le numéro d'engagement depuis « Factures émises » (Recycler) : ${w.he} sera alors ${w.sent}.`;
  if (to === "A_COMPLETER") return `Complétez-${w.it} depuis « Factures de travaux » : ${w.he} reviendra alors à la maîtrise d'œuvre.`;
  if (to === "REJETEE" || to === "REFUSEE_1" || to === "REFUSEE_MOE") return "Ce traitement est définitif.";
  return null;
}

/** The e-mail to the supplier's users: subject « Facture n° X : Rejetée », the motif and comment, a link to the invoice. */
export function supplierEmail(change: StatusChange, recipientName: string | undefined) {
  const { invoice, to } = change;
  const w = wording(invoice.type);
  const typeLabel = INVOICE_TYPE_LABELS[invoice.type];
  const status = INVOICE_STATUS_LABELS[to];
  const step = nextStep(to, invoice.type);
  return renderEmail({
    subject: `${typeLabel} n° ${invoice.number} : ${status}`,
    paragraphs: [
      `${w.the} n° ${invoice.number}${recipientName ? ` ${w.addressed} à ${recipientName}` : ""} (montant TTC ${formatAmount(invoice.totalGross)} ${invoice.currency}) est ${w.passed} à l'état « ${status} » le ${formatDayAndTime(change.now)}.`,
      ...(change.motif ? [`Motif : ${change.motif}`] : []),
      ...(change.comment ? [`Commentaire : ${change.comment}`] : []),
      ...(step ? [step] : []),
    ],
    link: { label: "Consulter la facture", url: absoluteUrl(supplierSide(invoice.cadre).path(invoice.id)) },
  });
}

/** Where the supplier follows the invoice: "Factures de travaux" for a works document, "Factures émises" otherwise. */
function supplierSide(cadre: CadreFacturation | undefined): { espace: "FACTURES_TRAVAUX" | "FACTURES_EMISES"; path: (id: string) => string } {
  return cadre && isWorksCadre(cadre)
    ? { espace: "FACTURES_TRAVAUX", path: (id) => `/factures-travaux/${id}` }
    : { espace: "FACTURES_EMISES", path: (id) => `/factures-emises/${id}` };
}

/** Tells whom it concerns that the invoice moved to `to`. Runs in the transaction of the change. */
export async function notifyStatusChange(tx: Tx, change: StatusChange): Promise<void> {
  const { invoice, to } = change;
  if (to === "EN_COURS_ACHEMINEMENT") return;
  const structureNames = await names(tx, [invoice.supplierStructureId, invoice.recipientStructureId]);
  const recipientName = invoice.recipientStructureId ? structureNames.get(invoice.recipientStructureId) : undefined;
  const supplierName = structureNames.get(invoice.supplierStructureId) ?? "";
  const typeLabel = INVOICE_TYPE_LABELS[invoice.type];
  const w = wording(invoice.type);

  const side = supplierSide(invoice.cadre);
  const suppliers = await usersOpening(tx, invoice.supplierStructureId, side.espace);
  await recordEvents(tx, {
    userIds: suppliers.map((user) => user.id),
    structureId: invoice.supplierStructureId,
    espace: side.espace,
    type: `FACTURE_${to}`,
    message: `${typeLabel} n° ${invoice.number}${recipientName ? ` pour ${recipientName}` : ""} : ${INVOICE_STATUS_LABELS[to]}${change.motif ? ` (motif : ${change.motif})` : ""}.`,
    link: side.path(invoice.id),
  });
  if (change.actor !== "FOURNISSEUR") {
    // Each user as their Mon compte > Abonnements says (at once, in the daily digest, or not e-mailed).
    const content = supplierEmail(change, recipientName);
    for (const user of suppliers) await enqueueNotification(tx, { userId: user.id, to: user.email, topic: "STATUT_FACTURE", content });
  }

  if ((to === "MISE_A_DISPOSITION" || to === "COMPLETEE") && invoice.recipientStructureId) {
    const recipients = await recipientUsers(tx, invoice.recipientStructureId, invoice.recipientServiceId);
    await recordEvents(tx, {
      userIds: recipients.map((user) => user.id),
      structureId: invoice.recipientStructureId,
      espace: "FACTURES_RECUES",
      type: to === "COMPLETEE" ? "FACTURE_COMPLETEE" : "FACTURE_RECUE",
      message:
        to === "COMPLETEE"
          ? `${typeLabel} n° ${invoice.number} de ${supplierName} ${w.completed} par le fournisseur.`
          : `${typeLabel} n° ${invoice.number} de ${supplierName} ${w.received} (montant TTC ${formatAmount(invoice.totalGross)} ${invoice.currency}).`,
      link: `/factures-recues/${invoice.id}`,
    });
  }
}

type Submission = {
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
async function notifyHolder(tx: Tx, submission: Submission) {
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
      `${submission.supplierName} vous a transmis ${submission.type === "AVOIR" ? "l'avoir" : submission.type === "ACOMPTE" ? "la facture d'acompte" : "la facture"} n° ${submission.number} (${CADRE_LABELS[submission.cadre]}), d'un montant TTC de ${formatAmount(submission.totalGross)} ${submission.currency}.`,
      `En tant que ${holderTitle(submission.cadre)} du marché, validez-${it.pronoun} pour qu'${it.subject} soit ${it.sent} à son destinataire, ou refusez-${it.pronoun} en indiquant le motif.`,
      `Sans décision de votre part avant le ${deadline}, ${it.subject} sera ${it.validated} automatiquement et ${it.sent} à son destinataire.`,
    ],
    link: { label: "Consulter la facture à valider", url: absoluteUrl(path) },
  });
  for (const user of users) await enqueueNotification(tx, { userId: user.id, to: user.email, topic: "STATUT_FACTURE", content: email });
}

/** What notifySending tells of a draft sent: read after the change, in the same transaction (recordCreation). */
export const sendingNoticeSelect = {
  id: true,
  status: true,
  type: true,
  sentNumber: true,
  cadre: true,
  supplierStructureId: true,
  validatorStructureId: true,
  validationDeadline: true,
  totalGross: true,
  currency: true,
  // The supplier's users to tell, read with the invoice (supplierUserIds' rows).
  supplierStructure: { select: { raisonSociale: true, rattachements: { where: { status: "ACTIF" }, select: supplierUserSelect } } },
  recipientStructure: { select: { raisonSociale: true } },
} as const satisfies Prisma.InvoiceSelect;

export type SendingNotice = Prisma.InvoiceGetPayload<{ select: typeof sendingNoticeSelect }>;

/**
 * Tells whom it concerns that a draft was sent (recordCreation): the supplier's users, in their fil, that it went to
 * its recipient or to the holder of the contract; and, A9 / A12, the holder's users (fil and e-mail).
 */
export async function notifySending(tx: Tx, invoice: SendingNotice): Promise<void> {
  const invoiceId = invoice.id;
  const number = invoice.sentNumber!;
  const toHolder = invoice.status === "A_VALIDER_1";
  const typeLabel = INVOICE_TYPE_LABELS[invoice.type];
  const recipientName = invoice.recipientStructure?.raisonSociale;
  await recordEvents(tx, {
    userIds: supplierUserIdsAmong(invoice.supplierStructure.rattachements),
    structureId: invoice.supplierStructureId,
    espace: "FACTURES_EMISES",
    type: toHolder ? "FACTURE_A_VALIDER" : "FACTURE_DEPOSEE",
    message: toHolder
      ? `${typeLabel} n° ${number} pour ${recipientName} transmise pour validation au ${holderTitle(invoice.cadre)} du marché.`
      : `${typeLabel} n° ${number} déposée pour ${recipientName}.`,
    link: `/factures-emises/${invoiceId}`,
  });
  if (toHolder) {
    await notifyHolder(tx, {
      invoiceId,
      type: invoice.type,
      number,
      cadre: invoice.cadre,
      supplierName: invoice.supplierStructure.raisonSociale,
      validatorStructureId: invoice.validatorStructureId!,
      totalGross: invoice.totalGross.toFixed(2),
      currency: invoice.currency,
      deadline: invoice.validationDeadline!,
    });
  }
}
