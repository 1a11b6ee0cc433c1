import { requireGestionnaire } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import type { MandateRow } from "../rules/mandate-table.ts";

/**
 * "Mandats de facturation" of a structure, newest first, for its gestionnaires: one page of them, or all of them
 * (for the CSV export) when no page is asked.
 */
export async function listMandates({ userId, structureId, page }: { userId: string; structureId: string; page?: { number: number; size: number } }) {
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    const structure = await tx.structure.findUniqueOrThrow({ where: { id: structureId }, select: { id: true, raisonSociale: true, kind: true } });
    const total = await tx.mandate.count({ where: { structureId } });
    const mandates = await tx.mandate.findMany({
      where: { structureId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...(page ? { skip: (page.number - 1) * page.size, take: page.size } : {}),
      select: { id: true, libelle: true, signataireId: true, createdAt: true, revokedAt: true, status: true },
    });
    const signataires = await tx.user.findMany({
      where: { id: { in: [...new Set(mandates.map((m) => m.signataireId))] } },
      select: { id: true, prenom: true, nom: true },
    });
    const names = new Map(signataires.map((u) => [u.id, `${u.prenom} ${u.nom}`]));
    const rows: MandateRow[] = mandates.map((m) => ({
      id: m.id,
      libelle: m.libelle,
      signataire: names.get(m.signataireId) ?? "",
      createdAt: m.createdAt,
      revokedAt: m.revokedAt,
      status: m.status,
    }));
    return { structure, total, rows };
  });
}
