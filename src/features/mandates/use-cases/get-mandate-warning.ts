import { isGestionnaire, requireMember } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { BLOCKING_STATUSES } from "../rules/mandate-rules.ts";

/**
 * Whether the "Avertissement" on missing mandates applies to a structure of the user: a private structure with no
 * mandate Actif or En cours de validation. `always` shows it anyway (the structure was just created).
 */
export async function getMandateWarning({ userId, structureId, always = false }: { userId: string; structureId: string; always?: boolean }) {
  return db.$transaction(async (tx) => {
    const { role } = await requireMember(tx, userId, structureId);
    const structure = await tx.structure.findUniqueOrThrow({ where: { id: structureId }, select: { kind: true } });
    if (structure.kind !== "PRIVEE") return null;
    const held = await tx.mandate.count({ where: { structureId, status: { in: [...BLOCKING_STATUSES] } } });
    if (held > 0 && !always) return null;
    return { canSubscribe: isGestionnaire(role) };
  });
}
