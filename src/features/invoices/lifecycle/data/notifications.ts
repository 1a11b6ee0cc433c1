// Who hears of an invoice's change of status, in the transaction of the change (outbox and events): the supplier's
// users with "Factures émises" (an e-mail and a line of their fil d'événements), and, when the invoice reaches the
// recipient (made available, or completed by the supplier), the recipient's users with "Factures reçues" for its
// service. The passage through EN_COURS_ACHEMINEMENT lasts seconds and is not announced (its next status is); the
// supplier's own moves (Compléter, Recycler) are in their fil but not e-mailed back to them.
import type { InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";
import { usersOpening, type EspaceUser } from "@/features/structures/index.ts";
import type { Tx } from "@/server/db.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueEmail } from "@/server/mail/outbox.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { INVOICE_TYPE_LABELS } from "@/features/invoices/common/schemas.ts";
import { receivedGrantSelect, receivedScopeOf } from "@/features/invoices/common/data/received-access.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/rules/status-labels.ts";
import { formatAmount } from "@/features/invoices/common/rules/totals.ts";
import { formatDayAndTime } from "@/features/invoices/common/rules/invoice-dates.ts";
import type { LifecycleActor } from "../rules/lifecycle-contract.ts";

export type StatusChange = {
  invoice: {
    id: string;
    type: InvoiceType;
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
    where: { structureId, status: "ACTIF", user: { status: "ACTIF" } },
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
    : { the: "La facture", addressed: "adressée", passed: "passée", it: "la", he: "elle", sent: "renvoyée", completed: "complétée", received: "reçue" };

/** What the supplier may do next, when it is up to them. */
function nextStep(to: InvoiceStatus, type: InvoiceType): string | null {
  const w = wording(type);
  if (to === "SUSPENDUE") return `Complétez-${w.it} depuis « Factures émises » (commentaire et pièces jointes) : ${w.he} reviendra alors au destinataire.`;
  if (to === "A_RECYCLER") return `Corrigez le destinataire, le service ou le numéro d'engagement depuis « Factures émises » (Recycler) : ${w.he} sera alors ${w.sent}.`;
  if (to === "REJETEE" || to === "REFUSEE_1") return "Ce traitement est définitif.";
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
    link: { label: "Consulter la facture", url: absoluteUrl(`/factures-emises/${invoice.id}`) },
  });
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

  const suppliers = await usersOpening(tx, invoice.supplierStructureId, "FACTURES_EMISES");
  await recordEvents(tx, {
    userIds: suppliers.map((user) => user.id),
    structureId: invoice.supplierStructureId,
    espace: "FACTURES_EMISES",
    type: `FACTURE_${to}`,
    message: `${typeLabel} n° ${invoice.number}${recipientName ? ` pour ${recipientName}` : ""} : ${INVOICE_STATUS_LABELS[to]}${change.motif ? ` (motif : ${change.motif})` : ""}.`,
    link: `/factures-emises/${invoice.id}`,
  });
  if (change.actor !== "FOURNISSEUR") {
    const email = supplierEmail(change, recipientName);
    for (const address of new Set(suppliers.map((user) => user.email))) await enqueueEmail(tx, address, email);
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
