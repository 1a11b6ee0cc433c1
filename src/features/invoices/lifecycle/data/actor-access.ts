// Who acts on an invoice, and for which structure: its supplier's users with "Factures émises", its recipient's with
// "Factures reçues" (for its service, once made available), the holder of the contract's with "Factures à valider".
// Each side's reach is the one its own pages list, so that what a user cannot see they cannot move either: an invoice
// out of every reach of theirs is NOT_FOUND (nothing leaks); one they see from another side is FORBIDDEN, and so is
// one they see from the right side with only "consultation" of its espace (a reader never moves an invoice).
import type { Espace } from "@/generated/prisma/enums.ts";
import { requireEspaceRight } from "@/features/structures/index.ts";
import { AppError, notFound } from "@/server/errors.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { receivedInvoiceWhere, supplierInvoiceWhere, toValidateWhere } from "@/features/invoices/common/index.ts";
import { receivedScopes } from "@/features/invoices/common/index.ts";
import { supplierStructureIds } from "@/features/invoices/common/index.ts";
import { validatorStructureIds } from "@/features/invoices/common/index.ts";
import type { LifecycleAction, LifecycleActor } from "../rules/lifecycle-contract.ts";
import { actorOf, reservedMessage } from "../rules/status-machine.ts";
import { isUuid } from "@/lib/uuid.ts";

type Client = Tx | typeof db;

/** serviceId: the received invoice's service (null: none); undefined on the other sides, whose espaces are judged whole. */
type Reach = { structureId: string; serviceId?: string | null };

/** The espace from which each side acts. */
const ESPACE_OF: Partial<Record<LifecycleActor, Espace>> = { FOURNISSEUR: "FACTURES_EMISES", DESTINATAIRE: "FACTURES_RECUES", VALIDEUR: "FACTURES_A_VALIDER" };

/** The structure (and, for the recipient, the invoice's service) through which the user reads the invoice as `actor`, or null. */
async function reachAs(client: Client, userId: string, invoiceId: string, actor: LifecycleActor): Promise<Reach | null> {
  if (actor === "FOURNISSEUR") {
    const ids = await supplierStructureIds(client, userId);
    if (ids.length === 0) return null;
    const invoice = await client.invoice.findFirst({ where: { id: invoiceId, ...supplierInvoiceWhere(ids) }, select: { supplierStructureId: true } });
    return invoice ? { structureId: invoice.supplierStructureId } : null;
  }
  if (actor === "DESTINATAIRE") {
    const scopes = await receivedScopes(client, userId);
    if (scopes.length === 0) return null;
    const invoice = await client.invoice.findFirst({ where: { id: invoiceId, ...receivedInvoiceWhere(scopes) }, select: { recipientStructureId: true, recipientServiceId: true } });
    return invoice?.recipientStructureId ? { structureId: invoice.recipientStructureId, serviceId: invoice.recipientServiceId } : null;
  }
  if (actor === "VALIDEUR") {
    const ids = await validatorStructureIds(client, userId);
    if (ids.length === 0) return null;
    const invoice = await client.invoice.findFirst({ where: { id: invoiceId, ...toValidateWhere(ids) }, select: { validatorStructureId: true } });
    return invoice?.validatorStructureId ? { structureId: invoice.validatorStructureId } : null;
  }
  return null;
}

const USER_SIDES: LifecycleActor[] = ["FOURNISSEUR", "DESTINATAIRE", "VALIDEUR"];

/**
 * The side and structure the user takes `action` for on the invoice. NOT_FOUND when the invoice is out of all their
 * reach; FORBIDDEN (with the side the action belongs to) when they reach it, but not from that side; FORBIDDEN (« Votre
 * droit sur l'espace … est la consultation … ») when they reach it from that side with consultation only.
 */
export async function requireActor(client: Client, userId: string, invoiceId: string, action: LifecycleAction): Promise<{ actor: LifecycleActor; actorStructureId: string }> {
  if (!isUuid(invoiceId)) throw notFound("Facture introuvable.");
  const actor = actorOf(action);
  const reach = await reachAs(client, userId, invoiceId, actor);
  if (reach) {
    const espace = ESPACE_OF[actor];
    if (espace) await requireEspaceRight(client, userId, reach.structureId, espace, "MODIFICATION", { serviceId: reach.serviceId, what: "modifier cette facture" });
    return { actor, actorStructureId: reach.structureId };
  }
  for (const side of USER_SIDES.filter((candidate) => candidate !== actor)) {
    if (await reachAs(client, userId, invoiceId, side)) throw new AppError("FORBIDDEN", reservedMessage(action));
  }
  throw notFound("Facture introuvable.");
}
