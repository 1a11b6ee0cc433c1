import { jsonOperation } from "@/server/api/operation.ts";
import { motifsOf, motifsSchema } from "../../schemas/reference.ts";

/**
 * transverses/motifs-suspension: the motif of « Suspendre » as the status machine asks it. The portal's dialog takes
 * a free text (no list exists to copy), so the answer says so rather than inventing one; should the machine ever ask
 * for a list, it is the one answered.
 */
export const recupererMotifsSuspension = jsonOperation({
  operationId: "recupererMotifsSuspension",
  method: "GET",
  path: "/transverses/motifs-suspension",
  tag: "Transverses",
  summary: "Motifs de suspension",
  description: "Le motif d'une suspension (factures/traiter/recue, action SUSPENDRE) : un texte libre, obligatoire (`saisie` LIBRE, aucune liste).",
  scope: "lecture",
  response: motifsSchema,
  run: async () => motifsOf("SUSPENDRE"),
});
