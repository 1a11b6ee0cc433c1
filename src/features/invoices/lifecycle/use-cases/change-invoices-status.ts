import { AppError } from "@/server/errors.ts";
import { logger } from "@/server/logger.ts";
import { throwIfAny } from "@/features/invoices/common/index.ts";
import { transitionInput } from "../rules/status-machine.ts";
import { changeInvoiceStatus, type StatusCommand } from "./change-invoice-status.ts";

export type BulkStatusChange = { changed: string[]; refused: { invoiceId: string; message: string }[] };

const TECHNICAL_MESSAGE = "Une erreur technique a empêché de traiter cette facture : réessayez plus tard.";

/**
 * The same action on several invoices, each in its own transaction: those it cannot move (not theirs, wrong status,
 * moved meanwhile) are refused with their reason, the others move. A missing or wrong motif refuses the whole request
 * before anything moves.
 */
export async function changeInvoicesStatus({ invoiceIds, ...command }: StatusCommand & { invoiceIds: string[] }): Promise<BulkStatusChange> {
  const { action, motif, comment } = command;
  throwIfAny(transitionInput(action, { motif, comment }).errors);
  const result: BulkStatusChange = { changed: [], refused: [] };
  for (const invoiceId of new Set(invoiceIds)) {
    try {
      await changeInvoiceStatus({ ...command, invoiceId });
      result.changed.push(invoiceId);
    } catch (error) {
      if (!(error instanceof AppError)) logger.error({ err: error, invoiceId, action }, "changement d'état d'une facture de la sélection en échec");
      result.refused.push({ invoiceId, message: error instanceof AppError ? error.message : TECHNICAL_MESSAGE });
    }
  }
  return result;
}
