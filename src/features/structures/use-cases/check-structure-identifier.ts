import type { IdentifierType } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { alreadyRegistered } from "../data/refusals.ts";

/**
 * "Continuer" of the structure creation: a structure already registered is not created twice, its users ask to
 * join it. Any signed-in user may ask; the answer says no more than the search of structures does.
 */
export async function checkStructureIdentifier({ identifierType, identifier }: { identifierType: IdentifierType; identifier: string }) {
  const existing = await db.structure.findUnique({ where: { identifierType_identifier: { identifierType, identifier } }, select: { id: true } });
  if (existing) throw alreadyRegistered();
}
