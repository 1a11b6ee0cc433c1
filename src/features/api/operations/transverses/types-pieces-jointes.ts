import { ATTACHMENT_TYPES } from "@/features/invoices/common/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { listeReferenceSchema } from "../../schemas/reference.ts";

/** transverses/types-pieces-jointes: Types de pièces jointes */
export const recupererTypesPiecesJointes = jsonOperation({
  operationId: "recupererTypesPiecesJointes",
  method: "GET",
  path: "/transverses/types-pieces-jointes",
  tag: "Transverses",
  summary: "Types de pièces jointes",
  description: "Les types qu'une pièce jointe peut avoir.",
  scope: "lecture",
  response: listeReferenceSchema,
  run: async () => ({ resultats: ATTACHMENT_TYPES.map((type) => ({ code: type, libelle: type })) }),
});
