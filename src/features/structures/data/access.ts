// Who may act on a structure. Every use case starts from these checks, with the session's user id:
// a structure that is not theirs is "not found" (nothing leaks, not even its existence).
import type { Role } from "@/generated/prisma/enums.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";

type Client = Tx | typeof db;

/** The user's active rattachement to an active structure, or NOT_FOUND. */
export async function requireMember(client: Client, userId: string, structureId: string) {
  const rattachement = await client.rattachement.findFirst({
    where: { userId, structureId, status: "ACTIF", structure: { status: "ACTIF" } },
    select: { id: true, role: true },
  });
  if (!rattachement) throw notFound("Structure introuvable.");
  return rattachement;
}

/**
 * The user's active rattachement as a gestionnaire (principal or secondaire), or NOT_FOUND. An inactive
 * structure is still managed: its gestionnaires are the ones who can reactivate it.
 */
export async function requireGestionnaire(client: Client, userId: string, structureId: string): Promise<{ id: string; role: Role }> {
  const rattachement = await client.rattachement.findFirst({
    where: { userId, structureId, status: "ACTIF", role: { in: ["GESTIONNAIRE_PRINCIPAL", "GESTIONNAIRE_SECONDAIRE"] } },
    select: { id: true, role: true },
  });
  if (!rattachement) throw notFound("Structure introuvable.");
  return rattachement;
}

/** Ids of the users who manage a structure (to notify them). */
export async function gestionnaireIds(client: Client, structureId: string): Promise<string[]> {
  const rows = await client.rattachement.findMany({
    where: { structureId, status: "ACTIF", role: { in: ["GESTIONNAIRE_PRINCIPAL", "GESTIONNAIRE_SECONDAIRE"] } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}
