import { requireMember } from "@/features/structures/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { missingMandateMessage, needsMandateToEnter } from "../rules/mandate-rules.ts";

/** Whether a structure of the user holds an Actif billing mandate (NOT_FOUND when the structure is not theirs). */
export async function hasActiveMandate(userId: string, structureId: string, client: Tx | typeof db = db) {
  await requireMember(client, userId, structureId);
  return (await client.mandate.count({ where: { structureId, status: "ACTIF" } })) > 0;
}

/**
 * The gate of invoice entry: a private structure must hold an Actif mandate, by which the portal issues its invoices.
 * Pass the invoice use case's transaction as `client`, so that a revocation cannot slip in between.
 */
export async function requireActiveMandate(userId: string, structureId: string, client: Tx | typeof db = db) {
  if (await hasActiveMandate(userId, structureId, client)) return;
  const structure = await client.structure.findUniqueOrThrow({ where: { id: structureId }, select: { raisonSociale: true, kind: true } });
  if (!needsMandateToEnter(structure.kind)) return;
  throw new AppError("FORBIDDEN", missingMandateMessage(structure.raisonSociale));
}
