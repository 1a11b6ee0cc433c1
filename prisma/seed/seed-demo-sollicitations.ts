// The demo's sollicitation: CHORUS SOCIETE's gestionnaire asks the buyer about a rejected invoice (as « Poser une
// question » pre-fills it), and the buyer's agent answers it (Traitée) — through the portal's own use cases, so that
// both sides' fil d'événements, e-mails and history are there as if real users had done it. Loading it again changes
// nothing: the question is found by its invoice, the answer by the thread.
// The use cases reach the database through src/server/db.ts: DATABASE_URL must name the demo's database before this
// module is imported (scripts/lib/seed.ts does so).
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/index.ts";
import { answerSollicitation, createSollicitation, invoiceQuestionDefaults } from "@/features/sollicitations/index.ts";
import { usersOpening } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { DEMO_STRUCTURES } from "./demo-data.ts";

const DEMO_SUPPLIER = "FRCHORUSSOCIETE";

export const DEMO_SOLLICITATION_QUESTION =
  "Bonjour, notre facture a été rejetée. Pouvez-vous nous préciser ce qui doit être corrigé pour que nous puissions vous adresser une facture conforme ?";
export const DEMO_SOLLICITATION_ANSWER =
  "Bonjour, le montant facturé ne correspond pas au bon de commande. Merci de déposer une nouvelle facture au montant de la commande, en rappelant le numéro d'engagement.";

export type DemoSollicitationReport = { sollicitationId: string; number: string; created: boolean; answered: boolean };

/**
 * A sollicitation from CHORUS SOCIETE's demo user about the rejected invoice `invoiceId` (one of CHORUS SOCIETE's,
 * addressed to a public structure), with one answer from the buyer's agent. Null when the demo's supplier, its user,
 * the invoice or a buyer's user with "Sollicitations reçues" is missing.
 */
export async function seedDemoSollicitation({ invoiceId, now = new Date() }: { invoiceId: string; now?: Date }): Promise<DemoSollicitationReport | null> {
  const email = DEMO_STRUCTURES.find((structure) => structure.identifier === DEMO_SUPPLIER)?.gestionnaire?.email;
  const supplier = await db.structure.findFirst({ where: { identifier: DEMO_SUPPLIER }, select: { id: true } });
  const user = email ? await db.user.findUnique({ where: { loginEmail: email }, select: { id: true } }) : null;
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: { id: true, status: true, sentNumber: true, invoiceNumber: true, temporaryNumber: true, supplierStructureId: true, recipientStructureId: true, recipientServiceId: true },
  });
  if (!supplier || !user || !invoice || invoice.supplierStructureId !== supplier.id || !invoice.recipientStructureId) return null;
  const [agent] = await usersOpening(db, invoice.recipientStructureId, "SOLLICITATIONS_RECUES");
  if (!agent) return null;

  let created = false;
  let sollicitation = await db.sollicitation.findFirst({ where: { invoiceId, authorStructureId: supplier.id }, orderBy: { createdAt: "asc" }, select: { id: true, number: true } });
  if (!sollicitation) {
    const number = invoice.sentNumber ?? invoice.invoiceNumber ?? invoice.temporaryNumber;
    sollicitation = await createSollicitation({
      userId: user.id,
      input: {
        ...invoiceQuestionDefaults({ number, status: invoice.status, statusLabel: INVOICE_STATUS_LABELS[invoice.status] }),
        authorStructureId: supplier.id,
        message: DEMO_SOLLICITATION_QUESTION,
        addresseeStructureId: invoice.recipientStructureId,
        addresseeServiceId: invoice.recipientServiceId ?? undefined,
        invoiceId,
      },
      now,
    });
    created = true;
  }
  let answered = false;
  if ((await db.sollicitationMessage.count({ where: { sollicitationId: sollicitation.id, side: "DESTINATAIRE" } })) === 0) {
    await answerSollicitation({
      userId: agent.id,
      sollicitationId: sollicitation.id,
      viewpoint: "RECUES",
      input: { message: DEMO_SOLLICITATION_ANSWER, outcome: "TRAITEE" },
      now: new Date(now.getTime() + 60 * 60 * 1000),
    });
    answered = true;
  }
  return { sollicitationId: sollicitation.id, number: sollicitation.number, created, answered };
}
