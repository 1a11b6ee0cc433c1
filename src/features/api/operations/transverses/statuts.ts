import { z } from "zod";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { statutOf, statutSchema } from "../../schemas/common.ts";

/** transverses/statuts: every status of an invoice with its label and the reform's lifecycle code (AFNOR XP Z12-012). */
export const recupererStatuts = jsonOperation({
  operationId: "recupererStatuts",
  method: "GET",
  path: "/transverses/statuts",
  tag: "Transverses",
  summary: "Statuts des factures",
  description: "Chaque statut d'une facture : son code, son libellé et le statut du cycle de vie de la réforme (AFNOR XP Z12-012, 200 à 213) qui lui correspond, s'il en est un.",
  scope: "lecture",
  response: z.object({ resultats: z.array(statutSchema) }).meta({ id: "ListeStatuts" }),
  run: async () => ({ resultats: Object.values(InvoiceStatus).map(statutOf) }),
});
