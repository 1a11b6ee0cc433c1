import { PAYMENT_MODE_LABELS, PAYMENT_MODES } from "@/features/invoices/common/ui.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { listeReferenceSchema } from "../../schemas/reference.ts";

/** transverses/modes-reglement: Modes de règlement */
export const recupererModesReglement = jsonOperation({
  operationId: "recupererModesReglement",
  method: "GET",
  path: "/transverses/modes-reglement",
  tag: "Transverses",
  summary: "Modes de règlement",
  description: "Les modes de règlement que le formulaire propose (champ `paymentMode`).",
  scope: "lecture",
  response: listeReferenceSchema,
  run: async () => ({ resultats: PAYMENT_MODES.map((code) => ({ code, libelle: PAYMENT_MODE_LABELS[code] })) }),
});
