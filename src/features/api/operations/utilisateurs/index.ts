// utilisateurs: what the caller's technical account is.
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { rechercherStructuresRattachees } from "./rechercher-structures-rattachees.ts";

export { rechercherStructuresRattachees };

export const UTILISATEURS_OPERATIONS: AnyApiOperation[] = [rechercherStructuresRattachees];
