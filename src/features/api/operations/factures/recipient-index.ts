// factures, the recipient's and the holder's side: Factures reçues (rechercher, consulter, traiter) and Factures à
// valider (rechercher, traiter); the recipient's export (CSV) and group download (ZIP).
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { consulterFactureRecipiendaire } from "./consulter-recipiendaire.ts";
import { exporterFacturesRecipiendaire } from "./exporter-recipiendaire.ts";
import { rechercherFacturesRecipiendaire } from "./rechercher-recipiendaire.ts";
import { rechercherFacturesValideur } from "./rechercher-valideur.ts";
import { telechargerGroupeFacturesRecipiendaire } from "./telecharger-groupe-recipiendaire.ts";
import { traiterFactureAValider } from "./traiter-a-valider.ts";
import { traiterFactureRecue } from "./traiter-recue.ts";

export { consulterFactureRecipiendaire, exporterFacturesRecipiendaire, rechercherFacturesRecipiendaire, telechargerGroupeFacturesRecipiendaire, rechercherFacturesValideur, traiterFactureAValider, traiterFactureRecue };

export const FACTURES_DESTINATAIRE_OPERATIONS: AnyApiOperation[] = [
  rechercherFacturesRecipiendaire,
  consulterFactureRecipiendaire,
  exporterFacturesRecipiendaire,
  telechargerGroupeFacturesRecipiendaire,
  traiterFactureRecue,
  rechercherFacturesValideur,
  traiterFactureAValider,
];
