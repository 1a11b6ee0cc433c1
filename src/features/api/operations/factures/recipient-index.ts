// factures, the recipient's and the holder's side: Factures reçues (rechercher, consulter, traiter) and Factures à
// valider (rechercher, traiter).
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { consulterFactureRecipiendaire } from "./consulter-recipiendaire.ts";
import { rechercherFacturesRecipiendaire } from "./rechercher-recipiendaire.ts";
import { rechercherFacturesValideur } from "./rechercher-valideur.ts";
import { traiterFactureAValider } from "./traiter-a-valider.ts";
import { traiterFactureRecue } from "./traiter-recue.ts";

export { consulterFactureRecipiendaire, rechercherFacturesRecipiendaire, rechercherFacturesValideur, traiterFactureAValider, traiterFactureRecue };

export const FACTURES_DESTINATAIRE_OPERATIONS: AnyApiOperation[] = [
  rechercherFacturesRecipiendaire,
  consulterFactureRecipiendaire,
  traiterFactureRecue,
  rechercherFacturesValideur,
  traiterFactureAValider,
];
