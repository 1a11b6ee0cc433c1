// factures, the supplier's side: soumettre, deposer/flux, consulterCR, rechercher/fournisseur, consulter/fournisseur,
// completer, recycler, traiter/factureRejetee, telecharger (one file, or a group as ZIP), the Liste fiscale (rechercher/listeFiscale and
// telecharger/listeFiscale). The recipient's and the validator's operations are
// listed apart (recipient-index.ts).
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { completerFacture } from "./completer.ts";
import { consulterCompteRendu } from "./consulter-compte-rendu.ts";
import { consulterFactureFournisseur } from "./consulter-fournisseur.ts";
import { deposerFlux } from "./deposer-flux.ts";
import { rechercherListeFiscale, telechargerListeFiscale } from "./liste-fiscale.ts";
import { rechercherFacturesFournisseur } from "./rechercher-fournisseur.ts";
import { recyclerFacture } from "./recycler.ts";
import { soumettreFacture } from "./soumettre.ts";
import { traiterFactureRejetee } from "./traiter-rejetee.ts";
import { telechargerFacture } from "./telecharger.ts";
import { telechargerGroupeFactures } from "./telecharger-groupe.ts";

export { completerFacture, consulterCompteRendu, consulterFactureFournisseur, deposerFlux, rechercherFacturesFournisseur, rechercherListeFiscale, telechargerListeFiscale, recyclerFacture, soumettreFacture, telechargerFacture, telechargerGroupeFactures, traiterFactureRejetee };
export { COMPLETER_MAX_BODY_BYTES } from "./completer.ts";
export { DEPOSER_FLUX_MAX_BODY_BYTES } from "./deposer-flux.ts";

export const FACTURES_FOURNISSEUR_OPERATIONS: AnyApiOperation[] = [
  soumettreFacture,
  deposerFlux,
  consulterCompteRendu,
  rechercherFacturesFournisseur,
  consulterFactureFournisseur,
  completerFacture,
  recyclerFacture,
  traiterFactureRejetee,
  telechargerFacture,
  telechargerGroupeFactures,
  rechercherListeFiscale,
  telechargerListeFiscale,
];
