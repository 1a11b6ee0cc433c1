import { jsonOperation } from "@/server/api/operation.ts";
import { motifsOf, motifsSchema } from "../../schemas/reference.ts";

/** transverses/motifs-refus: the motifs of « Rejeter » (seed 004's list, the status machine's), as the rejection dialog offers them. */
export const recupererMotifsRefus = jsonOperation({
  operationId: "recupererMotifsRefus",
  method: "GET",
  path: "/transverses/motifs-refus",
  tag: "Transverses",
  summary: "Motifs de refus",
  description: "Les motifs qu'un destinataire choisit pour rejeter une facture (factures/traiter/recue, action REJETER : `motif` = le code).",
  scope: "lecture",
  response: motifsSchema,
  run: async () => motifsOf("REJETER"),
});
