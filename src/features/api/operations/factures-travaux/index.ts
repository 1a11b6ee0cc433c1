// factures/travaux (the real API's works documents, issue 14): the supplier's rechercher/structure (its parties by
// SIRET), soumettre, completer, recycler; the MOE's
// transmettre/moa (« Corriger et transmettre »), refuser, suspendre/demander/completer; rechercher and consulter for
// every side. The MOA pays a works document through factures/traiter/recue, as any received invoice.
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { completerFactureTravaux } from "./completer.ts";
import { consulterFactureTravaux } from "./consulter.ts";
import { rechercherFacturesTravaux } from "./rechercher.ts";
import { rechercherStructureTravaux } from "./rechercher-structure.ts";
import { recyclerFactureTravaux } from "./recycler.ts";
import { refuserFactureTravaux } from "./refuser.ts";
import { soumettreFactureTravaux } from "./soumettre.ts";
import { suspendreOuDemanderCompleterFactureTravaux } from "./suspendre-ou-demander-completer.ts";
import { transmettreFactureTravauxALaMoa } from "./transmettre-moa.ts";

export {
  completerFactureTravaux,
  consulterFactureTravaux,
  rechercherFacturesTravaux,
  rechercherStructureTravaux,
  recyclerFactureTravaux,
  refuserFactureTravaux,
  soumettreFactureTravaux,
  suspendreOuDemanderCompleterFactureTravaux,
  transmettreFactureTravauxALaMoa,
};

export const FACTURES_TRAVAUX_OPERATIONS: AnyApiOperation[] = [
  rechercherStructureTravaux,
  soumettreFactureTravaux,
  rechercherFacturesTravaux,
  consulterFactureTravaux,
  completerFactureTravaux,
  recyclerFactureTravaux,
  transmettreFactureTravauxALaMoa,
  suspendreOuDemanderCompleterFactureTravaux,
  refuserFactureTravaux,
];
