// structures: the public directory (rechercher), a public structure (consulter) and its services.
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { consulterStructure } from "./consulter.ts";
import { rechercherStructures } from "./rechercher.ts";
import { rechercherServicesStructure } from "./rechercher-services.ts";

export { consulterStructure, rechercherServicesStructure, rechercherStructures };

export const STRUCTURES_OPERATIONS: AnyApiOperation[] = [rechercherStructures, consulterStructure, rechercherServicesStructure];
