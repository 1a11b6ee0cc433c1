import { z } from "zod";
import { answerSollicitation, replySollicitation } from "@/features/sollicitations/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { statutSollicitationOf, statutSollicitationSchema } from "../../schemas/sollicitation.ts";
import { idSollicitationSchema, sideOf } from "./consulter.ts";
import { filesOf, piecesJointesSchema, SOLLICITATION_MAX_BODY_BYTES } from "./creer.ts";

const repondreSchema = idSollicitationSchema
  .extend({
    message: z.string("Saisissez le message.").trim().min(1, "Saisissez le message.").max(5000, "Le message fait au plus 5000 caractères."),
    suite: z
      .enum(["EN_COURS_TRAITEMENT", "COMPLEMENT_DEMANDE", "TRAITEE"])
      .default("TRAITEE")
      .meta({ description: "Pour une sollicitation reçue : ce que fait la réponse (rester en cours de traitement, demander un complément, la marquer traitée). Ignoré pour une sollicitation émise." }),
    piecesJointes: piecesJointesSchema,
  })
  .meta({ id: "RepondreSollicitation" });

const sollicitationRepondueSchema = z.object({ idSollicitation: z.guid(), statut: statutSollicitationSchema }).meta({ id: "SollicitationRepondue" });

/**
 * sollicitations/repondre: a reply in the thread, from the side the caller holds: the author's (Sollicitations émises:
 * completes a request for more, sends back an answer) or the addressee's (Sollicitations reçues: with its `suite`).
 */
export const repondreSollicitation = jsonOperation({
  operationId: "repondreSollicitation",
  method: "POST",
  path: "/sollicitations/repondre",
  tag: "Sollicitations",
  summary: "Répondre à une sollicitation",
  description: "Un message et des pièces jointes en base64, de la part de l'émetteur ou du destinataire. Une sollicitation clôturée refuse toute réponse (409).",
  scope: "ecriture",
  maxBodyBytes: SOLLICITATION_MAX_BODY_BYTES,
  fieldPaths: { fichiers: "piecesJointes" },
  body: repondreSchema,
  response: sollicitationRepondueSchema,
  run: async ({ caller, body }) => {
    const sollicitationId = body.idSollicitation;
    const files = filesOf(body.piecesJointes);
    const side = await sideOf(caller.userId, sollicitationId);
    const { status } =
      side === "EMISES"
        ? await replySollicitation({ userId: caller.userId, sollicitationId, input: { message: body.message }, files })
        : await answerSollicitation({ userId: caller.userId, sollicitationId, viewpoint: "RECUES", input: { message: body.message, outcome: body.suite }, files });
    return { idSollicitation: sollicitationId, statut: statutSollicitationOf(status) };
  },
});
