// sollicitations: the questions of the technical account's structures (émises) and to its public structures (reçues).
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { consulterSollicitation } from "./consulter.ts";
import { creerSollicitation } from "./creer.ts";
import { rechercherSollicitationsEmises, rechercherSollicitationsRecues } from "./rechercher.ts";
import { repondreSollicitation } from "./repondre.ts";

export { consulterSollicitation, creerSollicitation, rechercherSollicitationsEmises, rechercherSollicitationsRecues, repondreSollicitation };

export const SOLLICITATIONS_OPERATIONS: AnyApiOperation[] = [rechercherSollicitationsEmises, rechercherSollicitationsRecues, consulterSollicitation, creerSollicitation, repondreSollicitation];
