// transverses: the reference lists and the health-check.
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { recupererCadresFacturation } from "./cadres-facturation.ts";
import { recupererDevises } from "./devises.ts";
import { healthCheck } from "./health-check.ts";
import { recupererModesReglement } from "./modes-reglement.ts";
import { recupererMotifsRefus } from "./motifs-refus.ts";
import { recupererMotifsSuspension } from "./motifs-suspension.ts";
import { recupererPays } from "./pays.ts";
import { recupererStatuts } from "./statuts.ts";
import { recupererTauxTva } from "./taux-tva.ts";
import { recupererTypesPiecesJointes } from "./types-pieces-jointes.ts";

export {
  healthCheck,
  recupererCadresFacturation,
  recupererDevises,
  recupererModesReglement,
  recupererMotifsRefus,
  recupererMotifsSuspension,
  recupererPays,
  recupererStatuts,
  recupererTauxTva,
  recupererTypesPiecesJointes,
};

export const TRANSVERSES_OPERATIONS: AnyApiOperation[] = [
  healthCheck,
  recupererCadresFacturation,
  recupererDevises,
  recupererPays,
  recupererTauxTva,
  recupererModesReglement,
  recupererMotifsRefus,
  recupererMotifsSuspension,
  recupererTypesPiecesJointes,
  recupererStatuts,
];
