// A move of a works document through the one status machine (lifecycle's applyTransition: row locked, move checked,
// history, notifications, routing job, webhooks), in the caller's transaction, as the side's structure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { applyTransition, type LifecycleAction } from "@/features/invoices/lifecycle/index.ts";
import type { Tx } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { WORKS_NOT_FOUND_MESSAGE } from "./works-access.ts";

export type WorksStatusChanged = { invoiceId: string; status: InvoiceStatus };

export type WorksMove = {
  invoiceId: string;
  action: LifecycleAction;
  actor: "FOURNISSEUR" | "MOE" | "PLATEFORME";
  userId?: string | null;
  structureId?: string | null;
  motif?: string;
  comment?: string;
  now: Date;
};

export async function moveWorksDocument(tx: Tx, move: WorksMove): Promise<WorksStatusChanged> {
  const { status } = await applyTransition(tx, {
    invoiceId: move.invoiceId,
    action: move.action,
    actor: move.actor,
    actorUserId: move.userId ?? null,
    actorStructureId: move.structureId ?? null,
    motif: move.motif,
    comment: move.comment,
    now: move.now,
  });
  return { invoiceId: move.invoiceId, status };
}

/** The document's status, its invoice row locked until the end of the transaction (two decisions at once: one waits). */
export async function lockWorksDocument(tx: Tx, invoiceId: string): Promise<InvoiceStatus> {
  const [row] = await tx.$queryRaw<{ status: InvoiceStatus }[]>`SELECT status::text AS status FROM invoices WHERE id = ${invoiceId}::uuid FOR UPDATE`;
  if (!row) throw notFound(WORKS_NOT_FOUND_MESSAGE);
  return row.status;
}
