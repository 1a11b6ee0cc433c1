// Every operation of the API: what the OpenAPI document lists. Each has its route file under src/app/api/v1 (a test
// checks both ways: no route without its operation in the document, no operation without its route).
import type { AnyApiOperation } from "@/server/api/operation.ts";
import { FACTURES_FOURNISSEUR_OPERATIONS } from "./operations/factures/index.ts";
import { FACTURES_DESTINATAIRE_OPERATIONS } from "./operations/factures/recipient-index.ts";
import { FACTURES_TRAVAUX_OPERATIONS } from "./operations/factures-travaux/index.ts";
import { ENGAGEMENTS_OPERATIONS } from "./operations/engagements/index.ts";
import { SOLLICITATIONS_OPERATIONS } from "./operations/sollicitations/index.ts";
import { STRUCTURES_OPERATIONS } from "./operations/structures/index.ts";
import { TRANSVERSES_OPERATIONS } from "./operations/transverses/index.ts";
import { UTILISATEURS_OPERATIONS } from "./operations/utilisateurs/index.ts";

export const API_OPERATIONS: readonly AnyApiOperation[] = [
  ...FACTURES_FOURNISSEUR_OPERATIONS,
  ...FACTURES_DESTINATAIRE_OPERATIONS,
  ...FACTURES_TRAVAUX_OPERATIONS,
  ...STRUCTURES_OPERATIONS,
  ...UTILISATEURS_OPERATIONS,
  ...SOLLICITATIONS_OPERATIONS,
  ...ENGAGEMENTS_OPERATIONS,
  ...TRANSVERSES_OPERATIONS,
];
