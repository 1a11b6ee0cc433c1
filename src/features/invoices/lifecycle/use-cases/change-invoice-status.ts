import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { logger } from "@/server/logger.ts";
import { throwIfAny } from "@/features/invoices/common/data/invoice-errors.ts";
import { requireActor } from "../data/actor-access.ts";
import type { LifecycleAction } from "../rules/lifecycle-contract.ts";
import { transitionInput } from "../rules/status-machine.ts";
import { applyTransition } from "../data/transition.ts";

export type StatusInput = { motif?: string; comment?: string };
export type StatusChanged = { invoiceId: string; status: InvoiceStatus };

/**
 * A user moves an invoice: from the side the action belongs to (recipient actions by its staff with "Factures
 * reçues", Compléter / Recycler by the supplier's users with "Factures émises", Valider / Refuser by the holder of the
 * contract's with "Factures à valider"). One transaction: the user's reach (NOT_FOUND when the invoice is not theirs
 * at all, FORBIDDEN from another side), the move (row locked, CONFLICT when illegal, InvoiceRulesError on "motif"),
 * the history, the notifications and the jobs the new status calls for.
 */
export async function changeInvoiceStatus(userId: string, invoiceId: string, action: LifecycleAction, input: StatusInput = {}, now = new Date()): Promise<StatusChanged> {
  return db.$transaction(async (tx) => {
    const { actor, actorStructureId } = await requireActor(tx, userId, invoiceId, action);
    const { status } = await applyTransition(tx, { invoiceId, action, actor, actorUserId: userId, actorStructureId, motif: input.motif, comment: input.comment, now });
    return { invoiceId, status };
  });
}

export type BulkStatusChange = { changed: string[]; refused: { invoiceId: string; message: string }[] };

const TECHNICAL_MESSAGE = "Une erreur technique a empêché de traiter cette facture : réessayez plus tard.";

/**
 * The same action on several invoices, each in its own transaction: those it cannot move (not theirs, wrong status,
 * moved meanwhile) are refused with their reason, the others move. A missing or wrong motif refuses the whole request
 * before anything moves.
 */
export async function changeInvoicesStatus(userId: string, invoiceIds: string[], action: LifecycleAction, input: StatusInput = {}): Promise<BulkStatusChange> {
  throwIfAny(transitionInput(action, input).errors);
  const result: BulkStatusChange = { changed: [], refused: [] };
  for (const invoiceId of new Set(invoiceIds)) {
    try {
      await changeInvoiceStatus(userId, invoiceId, action, input);
      result.changed.push(invoiceId);
    } catch (error) {
      if (!(error instanceof AppError)) logger.error({ err: error, invoiceId, action }, "changement d'état d'une facture de la sélection en échec");
      result.refused.push({ invoiceId, message: error instanceof AppError ? error.message : TECHNICAL_MESSAGE });
    }
  }
  return result;
}

/** The platform moves an invoice (routing, validation hors délai), in the caller's transaction; CONFLICT when illegal. */
export async function moveInvoiceAsPlatform(tx: Tx, invoiceId: string, action: LifecycleAction, input: StatusInput = {}, now = new Date()): Promise<StatusChanged> {
  const { status } = await applyTransition(tx, { invoiceId, action, actor: "PLATEFORME", motif: input.motif, comment: input.comment, now });
  return { invoiceId, status };
}
