// Checks shared by the use cases of a structure's users: changes are judged on a locked list of its users, and a user
// is only given espaces the structure opens.
import type { Espace } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { ESPACE_LABELS } from "@/features/structures/index.ts";
import { membersChangeRefusal, type Member, type MembersChange } from "../rules/user-management-rules.ts";

/**
 * The structure's users (active or deactivated), locked until the transaction ends so that two gestionnaires
 * cannot together remove its last gestionnaire principal; NOT_FOUND when an id is not one of them.
 */
export async function lockMembers(tx: Tx, structureId: string, rattachementIds: string[]): Promise<Member[]> {
  await tx.$queryRaw`SELECT id FROM rattachements WHERE structure_id = ${structureId}::uuid FOR UPDATE`;
  const members = await tx.rattachement.findMany({
    // People only: a technical account is managed in « Raccordements EDI et API », never as a user (NOT_FOUND here).
    where: { structureId, status: { in: ["ACTIF", "DESACTIVE"] }, user: { kind: "PERSONNE" } },
    select: { id: true, userId: true, role: true, status: true },
  });
  const known = new Set(members.map((m) => m.id));
  if (!rattachementIds.every((id) => known.has(id))) throw notFound("Utilisateur introuvable.");
  return members;
}

/** Refuses (CONFLICT, a French sentence) a change the rules forbid. */
export function assertMembersChangeAllowed(actor: { userId: string; role: Member["role"] }, members: Member[], change: MembersChange) {
  const refusal = membersChangeRefusal(actor, members, change);
  if (refusal) throw new AppError("CONFLICT", refusal);
}

/** A user may only be given espaces that the structure opens. */
export async function requireOpenEspaces(tx: Tx, structureId: string, espaces: Espace[]) {
  const open = new Set((await tx.structureEspace.findMany({ where: { structureId }, select: { espace: true } })).map((e) => e.espace));
  const closed = espaces.find((espace) => !open.has(espace));
  if (closed) {
    throw new AppError("VALIDATION", `L'espace « ${ESPACE_LABELS[closed]} » n'est pas ouvert à la structure : ajoutez-le d'abord dans « Espaces ».`, "espaces");
  }
}
