// engagements: the engagements juridiques of the technical account's public structures, and those naming its suppliers.
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { cloturerEngagement, creerEngagement } from "./creer.ts";
import { rechercherEngagementsFournisseur, rechercherEngagementsStructure } from "./rechercher.ts";

export { cloturerEngagement, creerEngagement, rechercherEngagementsFournisseur, rechercherEngagementsStructure };

export const ENGAGEMENTS_OPERATIONS: AnyApiOperation[] = [rechercherEngagementsStructure, rechercherEngagementsFournisseur, creerEngagement, cloturerEngagement];
