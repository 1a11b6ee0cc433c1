// Who hears of a works document beyond what every change of status tells (lifecycle's notifyStatusChange tells the
// supplier's « Factures de travaux » users, and the MOA's « Factures reçues » users once it is made available): the
// supplier's users when it is deposited (their fil), the MOE's users each time it waits for them (fil and e-mail, with
// the deadline), and when the platform passed it on without them; the MOA's « Factures de travaux reçues » users when
// the MOE passes it on (their fil). In the transaction of the change.
import { usersOpening } from "@/features/structures/index.ts";
import { formatAmount, formatDayAndTime } from "@/features/invoices/common/index.ts";
import type { Tx } from "@/server/db.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { WORKS_DOCUMENT_TYPE_LABELS } from "../rules/works-cadres.ts";

async function facts(tx: Tx, invoiceId: string) {
  const row = await tx.worksDocument.findUniqueOrThrow({
    where: { invoiceId },
    select: {
      documentType: true,
      marketNumber: true,
      statementNumber: true,
      moeDeadline: true,
      supplierStructureId: true,
      moeStructureId: true,
      moaStructureId: true,
      supplierStructure: { select: { raisonSociale: true } },
      moeStructure: { select: { raisonSociale: true } },
      moaStructure: { select: { raisonSociale: true } },
      invoice: { select: { sentNumber: true, totalGross: true, currency: true } },
    },
  });
  const what = `${WORKS_DOCUMENT_TYPE_LABELS[row.documentType]} n° ${row.invoice.sentNumber} (marché ${row.marketNumber}, situation n° ${row.statementNumber})`;
  return { ...row, what, amount: `${formatAmount(row.invoice.totalGross.toFixed(2))} ${row.invoice.currency}` };
}

/** The supplier deposited the document: their fil; and the MOE, when it goes through one. */
export async function notifyWorksSubmitted(tx: Tx, invoiceId: string): Promise<void> {
  const row = await facts(tx, invoiceId);
  const suppliers = await usersOpening(tx, row.supplierStructureId, "FACTURES_TRAVAUX");
  const addressee = row.moeStructure ? `à la maîtrise d'œuvre ${row.moeStructure.raisonSociale}` : `au maître d'ouvrage ${row.moaStructure.raisonSociale}`;
  await recordEvents(tx, {
    userIds: suppliers.map((user) => user.id),
    structureId: row.supplierStructureId,
    espace: "FACTURES_TRAVAUX",
    type: "TRAVAUX_DEPOSE",
    message: `${row.what} déposé et transmis ${addressee}.`,
    link: `/factures-travaux/${invoiceId}`,
  });
  if (row.moeStructureId) await notifyMoeWaiting(tx, invoiceId, "DEPOSE");
}

/** The document waits for the MOE (deposited, or completed by the supplier): the MOE's users, fil and e-mail. */
export async function notifyMoeWaiting(tx: Tx, invoiceId: string, why: "DEPOSE" | "COMPLETE"): Promise<void> {
  const row = await facts(tx, invoiceId);
  if (!row.moeStructureId || !row.moeDeadline) return;
  const users = await usersOpening(tx, row.moeStructureId, "FACTURES_TRAVAUX_RECUES");
  const path = `/factures-travaux-recues/${invoiceId}`;
  const deadline = formatDayAndTime(row.moeDeadline);
  const from = row.supplierStructure.raisonSociale;
  await recordEvents(tx, {
    userIds: users.map((user) => user.id),
    structureId: row.moeStructureId,
    espace: "FACTURES_TRAVAUX_RECUES",
    type: why === "DEPOSE" ? "TRAVAUX_A_TRAITER_MOE" : "TRAVAUX_COMPLETE",
    message: `${row.what} de ${from} ${why === "DEPOSE" ? "à traiter" : "complété, à traiter"} avant le ${deadline}.`,
    link: path,
  });
  const email = renderEmail({
    subject: `${WORKS_DOCUMENT_TYPE_LABELS[row.documentType]} n° ${row.invoice.sentNumber} à traiter avant le ${deadline}`,
    paragraphs: [
      why === "DEPOSE"
        ? `${from} vous a transmis, en tant que maîtrise d'œuvre, le ${row.what.charAt(0).toLowerCase()}${row.what.slice(1)}, d'un montant TTC de ${row.amount}, pour le maître d'ouvrage ${row.moaStructure.raisonSociale}.`
        : `${from} a complété le ${row.what.charAt(0).toLowerCase()}${row.what.slice(1)} comme vous l'aviez demandé.`,
      "Vérifiez les montants : corrigez-les s'il le faut (avec un commentaire) et transmettez le document au maître d'ouvrage, demandez au fournisseur de le compléter, ou refusez-le en indiquant le motif. Une différence de montant n'est pas un motif de refus.",
      `Sans décision de votre part avant le ${deadline}, le document sera transmis automatiquement au maître d'ouvrage avec les montants du fournisseur.`,
    ],
    link: { label: "Traiter le document", url: absoluteUrl(path) },
  });
  for (const user of users) await enqueueNotification(tx, { userId: user.id, to: user.email, topic: "STATUT_FACTURE", content: email });
}

/** The MOE passed the document on, or the platform did for it: the MOA's works users (fil), and the MOE's if overdue. */
export async function notifyPassedToMoa(tx: Tx, invoiceId: string, overdue: boolean): Promise<void> {
  const row = await facts(tx, invoiceId);
  const moas = await usersOpening(tx, row.moaStructureId, "FACTURES_TRAVAUX_RECUES");
  await recordEvents(tx, {
    userIds: moas.map((user) => user.id),
    structureId: row.moaStructureId,
    espace: "FACTURES_TRAVAUX_RECUES",
    type: overdue ? "TRAVAUX_TRANSMIS_HORS_DELAI" : "TRAVAUX_TRANSMIS_MOA",
    message: overdue
      ? `${row.what} de ${row.supplierStructure.raisonSociale} transmis sans validation de la maîtrise d'œuvre dans le délai (montant TTC ${row.amount}).`
      : `${row.what} de ${row.supplierStructure.raisonSociale} validé par la maîtrise d'œuvre (montant TTC admis ${row.amount}).`,
    link: `/factures-travaux-recues/${invoiceId}`,
  });
  if (!overdue || !row.moeStructureId) return;
  const moes = await usersOpening(tx, row.moeStructureId, "FACTURES_TRAVAUX_RECUES");
  const message = `${row.what} de ${row.supplierStructure.raisonSociale} transmis automatiquement au maître d'ouvrage : le délai de traitement de la maîtrise d'œuvre est dépassé.`;
  await recordEvents(tx, { userIds: moes.map((user) => user.id), structureId: row.moeStructureId, espace: "FACTURES_TRAVAUX_RECUES", type: "TRAVAUX_TRANSMIS_HORS_DELAI", message, link: `/factures-travaux-recues/${invoiceId}` });
  const email = renderEmail({ subject: `${WORKS_DOCUMENT_TYPE_LABELS[row.documentType]} n° ${row.invoice.sentNumber} : délai dépassé`, paragraphs: [message], link: { label: "Consulter le document", url: absoluteUrl(`/factures-travaux-recues/${invoiceId}`) } });
  for (const user of moes) await enqueueNotification(tx, { userId: user.id, to: user.email, topic: "STATUT_FACTURE", content: email });
}
