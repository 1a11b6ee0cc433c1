import { COUNTRIES } from "@/lib/countries.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { listeReferenceSchema } from "../../schemas/reference.ts";

/** transverses/pays: Pays */
export const recupererPays = jsonOperation({
  operationId: "recupererPays",
  method: "GET",
  path: "/transverses/pays",
  tag: "Transverses",
  summary: "Pays",
  description: "Les pays (ISO 3166-1 alpha-2) que proposent les formulaires, la France d'abord.",
  scope: "lecture",
  response: listeReferenceSchema,
  run: async () => ({ resultats: COUNTRIES.map(({ code, name }) => ({ code, libelle: name })) }),
});
