import type { Espace } from "@/generated/prisma/enums.ts";
import { userGrants } from "../data/user-grants.ts";
import { rightAllows, strongestRight } from "../rules/espace-rights.ts";

/**
 * Whether the user may change something in the espace for at least one of their structures: the pages show a button
 * that changes something (Saisir facture, Dépôt par lot, the actions of Factures reçues…) only then. A hint for the
 * display only: every use case checks the right on the structure (and service) in question.
 */
export async function mayModifyEspace({ userId, espace }: { userId: string; espace: Espace }) {
  return rightAllows(strongestRight(await userGrants(userId), espace), "MODIFICATION");
}
