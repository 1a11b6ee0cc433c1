import { VAT_RATES } from "@/features/invoices/common/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { listeReferenceSchema } from "../../schemas/reference.ts";

/** transverses/taux-tva: Taux de TVA */
export const recupererTauxTva = jsonOperation({
  operationId: "recupererTauxTva",
  method: "GET",
  path: "/transverses/taux-tva",
  tag: "Transverses",
  summary: "Taux de TVA",
  description: "Les taux de TVA (en pour cent) que propose une ligne de facture (champ `vatRate`).",
  scope: "lecture",
  response: listeReferenceSchema,
  run: async () => ({ resultats: VAT_RATES.map((code) => ({ code, libelle: `${code.replace(".", ",")} %` })) }),
});
