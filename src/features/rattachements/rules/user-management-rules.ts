// What a gestionnaire may do to the users of a structure. Pure: no I/O.
import type { RattachementStatus, Role } from "@/generated/prisma/enums.ts";

export type Member = { id: string; userId: string; role: Role; status: RattachementStatus };
/** The new role/status of each changed rattachement; null when it is removed. */
export type MembersChange = Map<string, { role: Role; status: RattachementStatus } | null>;

const isActivePrincipal = (m: { role: Role; status: RattachementStatus }) => m.role === "GESTIONNAIRE_PRINCIPAL" && m.status === "ACTIF";

/**
 * Why the acting gestionnaire may not make this change, or null when they may. A gestionnaire secondaire neither
 * touches a gestionnaire principal nor names one; a structure always keeps an active gestionnaire principal.
 */
export function membersChangeRefusal(actor: { userId: string; role: Role }, members: Member[], change: MembersChange): string | null {
  const touched = members.filter((m) => change.has(m.id));
  if (actor.role !== "GESTIONNAIRE_PRINCIPAL") {
    const promotes = [...change.values()].some((next) => next?.role === "GESTIONNAIRE_PRINCIPAL");
    if (promotes || touched.some((m) => m.role === "GESTIONNAIRE_PRINCIPAL")) {
      return "Un gestionnaire secondaire ne peut ni modifier le gestionnaire principal ni en désigner un.";
    }
  }
  const principalsAfter = members.filter((m) => {
    const next = change.has(m.id) ? change.get(m.id) : m;
    return next != null && isActivePrincipal(next);
  });
  if (principalsAfter.length === 0 && members.some(isActivePrincipal)) {
    return touched.some((m) => m.userId === actor.userId)
      ? "Vous êtes le seul gestionnaire principal actif de la structure : désignez d'abord un autre gestionnaire principal."
      : "La structure doit garder au moins un gestionnaire principal actif.";
  }
  return null;
}
