import { z } from "zod";
import { ENGAGEMENTS_PAGE_SIZE, listStructureEngagements, listSupplierEngagements } from "@/features/engagements/index.ts";
import { uuid } from "@/lib/uuid.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { engagementLigneSchema, toEngagementLigne } from "../../schemas/engagement.ts";

const listeEngagementsSchema = z.object({ resultats: z.array(engagementLigneSchema), total: z.number().int() }).meta({ id: "ListeEngagements" });

const rechercherStructureSchema = z
  .object({
    idStructure: uuid("Structure introuvable.").optional().meta({ description: "La structure publique ; la première des structures du compte technique ouvrant l'espace Engagements à défaut." }),
    statut: z.enum(["OUVERT", "CLOTURE"]).optional(),
  })
  .meta({ id: "RechercherEngagementsStructure" });

/** engagements/rechercher/structure: the engagements of one of the technical account's public structures (espace Engagements). */
export const rechercherEngagementsStructure = jsonOperation({
  operationId: "rechercherEngagementsStructure",
  method: "POST",
  path: "/engagements/rechercher/structure",
  tag: "Engagements",
  summary: "Rechercher les engagements d'une structure publique",
  description: `Les ${ENGAGEMENTS_PAGE_SIZE} plus récents, ouverts ou clôturés ; total donne leur nombre.`,
  scope: "lecture",
  body: rechercherStructureSchema,
  response: listeEngagementsSchema,
  run: async ({ caller, body }) => {
    const list = await listStructureEngagements({ userId: caller.userId, structureId: body.idStructure, status: body.statut });
    return { resultats: list.engagements.map(toEngagementLigne), total: list.total };
  },
});

/** engagements/rechercher/fournisseur: the engagements public structures declared naming one of the technical account's structures. */
export const rechercherEngagementsFournisseur = jsonOperation({
  operationId: "rechercherEngagementsFournisseur",
  method: "POST",
  path: "/engagements/rechercher/fournisseur",
  tag: "Engagements",
  summary: "Rechercher les engagements qui nomment le fournisseur",
  description: `Factures émises › Engagements : les ${ENGAGEMENTS_PAGE_SIZE} premiers, ouverts d'abord.`,
  scope: "lecture",
  body: z.object({}).meta({ id: "RechercherEngagementsFournisseur" }),
  response: listeEngagementsSchema,
  run: async ({ caller }) => {
    const { engagements } = await listSupplierEngagements({ userId: caller.userId });
    return { resultats: engagements.map(toEngagementLigne), total: engagements.length };
  },
});
