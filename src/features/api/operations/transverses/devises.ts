import { CURRENCIES } from "@/features/invoices/common/ui.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { listeReferenceSchema } from "../../schemas/reference.ts";

/** transverses/devises: Devises */
export const recupererDevises = jsonOperation({
  operationId: "recupererDevises",
  method: "GET",
  path: "/transverses/devises",
  tag: "Transverses",
  summary: "Devises",
  description: "Les devises (ISO 4217) que le formulaire propose (champ `currency`), l'euro d'abord.",
  scope: "lecture",
  response: listeReferenceSchema,
  run: async () => ({ resultats: CURRENCIES.map(({ code, name }) => ({ code, libelle: name })) }),
});
