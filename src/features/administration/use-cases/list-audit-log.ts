import { db } from "@/server/db.ts";
import { requireAdministrator } from "../data/administrators.ts";
import { AUDIT_PAGE_SIZE } from "../rules/pages.ts";

export type ListAuditLogOptions = { userId: string; page: number };

/** Administration > Journal des décisions: the audit rows, newest first, 50 per page, with their actor's name. */
export async function listAuditLog({ userId, page }: ListAuditLogOptions) {
  await requireAdministrator(db, userId);
  const [total, rows] = await Promise.all([
    db.auditLog.count(),
    db.auditLog.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
  const actors = new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, nom: true, prenom: true, loginEmail: true } })).map((u) => [u.id, u]));
  return {
    total,
    rows: rows.map((row) => {
      const detail = (row.detail ?? {}) as { structure?: string; requester?: string; motif?: string };
      const actor = row.actorId ? actors.get(row.actorId) : undefined;
      return {
        id: row.id,
        createdAt: row.createdAt,
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        actor: actor ? `${actor.prenom} ${actor.nom} (${actor.loginEmail})` : "—",
        structure: typeof detail.structure === "string" ? detail.structure : null,
        requester: typeof detail.requester === "string" ? detail.requester : null,
        motif: typeof detail.motif === "string" ? detail.motif : null,
      };
    }),
  };
}
