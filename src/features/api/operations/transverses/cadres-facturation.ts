import { CADRE_LABELS, CADRES } from "@/features/invoices/common/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { listeReferenceSchema } from "../../schemas/reference.ts";

/** transverses/cadres-facturation: Cadres de facturation */
export const recupererCadresFacturation = jsonOperation({
  operationId: "recupererCadresFacturation",
  method: "GET",
  path: "/transverses/cadres-facturation",
  tag: "Transverses",
  summary: "Cadres de facturation",
  description: "Les cadres de facturation que le formulaire propose (champ `cadre`).",
  scope: "lecture",
  response: listeReferenceSchema,
  run: async () => ({ resultats: CADRES.map((code) => ({ code, libelle: CADRE_LABELS[code] })) }),
});
