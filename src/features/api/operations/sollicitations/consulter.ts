import { z } from "zod";
import { getSollicitation } from "@/features/sollicitations/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { AppError } from "@/server/errors.ts";
import { sollicitationDetailSchema, toSollicitationDetail } from "../../schemas/sollicitation.ts";

export const idSollicitationSchema = z.object({ idSollicitation: z.string("L'identifiant de la sollicitation est obligatoire.").max(100) });

/** Which side the caller reads a sollicitation from: its author's (émises) first, else its addressee's (reçues). */
export async function sideOf(userId: string, sollicitationId: string): Promise<"EMISES" | "RECUES"> {
  try {
    await getSollicitation({ userId, sollicitationId, viewpoint: "EMISES" });
    return "EMISES";
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return "RECUES";
    throw error;
  }
}

/** sollicitations/consulter: a sollicitation of the caller's structures, émise or reçue, with its thread and history. */
export const consulterSollicitation = jsonOperation({
  operationId: "consulterSollicitation",
  method: "POST",
  path: "/sollicitations/consulter",
  tag: "Sollicitations",
  summary: "Consulter une sollicitation",
  description: "Une sollicitation émise ou reçue par une structure du compte technique, avec ses échanges et son historique. Hors de son périmètre : introuvable (404).",
  scope: "lecture",
  body: idSollicitationSchema.meta({ id: "ConsulterSollicitation" }),
  response: sollicitationDetailSchema,
  run: async ({ caller, body }) => {
    const viewpoint = await sideOf(caller.userId, body.idSollicitation);
    return toSollicitationDetail((await getSollicitation({ userId: caller.userId, sollicitationId: body.idSollicitation, viewpoint })).sollicitation);
  },
});
