import { z } from "zod";
import { closeEngagement, createEngagement, engagementSchema } from "@/features/engagements/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { jsonOperation, parseWithFormSchema } from "@/server/api/operation.ts";

// The form's one schema, its fields named as the API names things; its cross-field rule (fin after début) is applied
// by parsing it again below.
const form = engagementSchema.shape;
const creerSchema = z
  .object({
    idStructure: uuid("Choisissez la structure."),
    numeroEngagement: form.number,
    codeService: form.serviceCode,
    identifiantFournisseur: form.supplierIdentifier,
    montant: form.amount,
    dateDebut: form.startDate,
    dateFin: form.endDate,
  })
  .meta({ id: "CreerEngagement" });

const engagementSchemaOut = z.object({ idEngagement: z.guid(), numeroEngagement: z.string() }).meta({ id: "EngagementCree" });

/** engagements/creer: « Créer un engagement » in the espace Engagements (modification right) of a public structure. */
export const creerEngagement = jsonOperation({
  operationId: "creerEngagement",
  method: "POST",
  path: "/engagements/creer",
  tag: "Engagements",
  summary: "Créer un engagement juridique",
  description: "Numéro (au format de la structure), code du service, SIRET du fournisseur, montant, dates ; l'engagement est OUVERT.",
  scope: "ecriture",
  fieldPaths: { number: "numeroEngagement", serviceCode: "codeService", supplierIdentifier: "identifiantFournisseur", amount: "montant", startDate: "dateDebut", endDate: "dateFin" },
  body: creerSchema,
  response: engagementSchemaOut,
  run: async ({ caller, body }) => {
    const input = parseWithFormSchema(engagementSchema, {
      number: body.numeroEngagement,
      serviceCode: body.codeService,
      supplierIdentifier: body.identifiantFournisseur,
      amount: body.montant,
      startDate: body.dateDebut,
      endDate: body.dateFin,
    });
    const created = await createEngagement({ userId: caller.userId, structureId: body.idStructure, input });
    return { idEngagement: created.id, numeroEngagement: created.number };
  },
});

/** engagements/cloturer: « Clôturer » an open engagement; invoices can no longer quote it. */
export const cloturerEngagement = jsonOperation({
  operationId: "cloturerEngagement",
  method: "POST",
  path: "/engagements/cloturer",
  tag: "Engagements",
  summary: "Clôturer un engagement juridique",
  description: "L'engagement devient CLOTURE ; une facture qui le cite est alors renvoyée À recycler quand la structure exige un engagement existant.",
  scope: "ecriture",
  body: z.object({ idEngagement: uuid("Engagement introuvable.") }).meta({ id: "CloturerEngagement" }),
  response: z.object({ idEngagement: z.guid(), statut: z.enum(["OUVERT", "CLOTURE"]) }).meta({ id: "EngagementCloture" }),
  run: async ({ caller, body }) => {
    const closed = await closeEngagement({ userId: caller.userId, engagementId: body.idEngagement });
    return { idEngagement: closed.id, statut: closed.status };
  },
});
