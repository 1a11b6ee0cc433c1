import { z } from "zod";
import { findWorksParty, worksPartyQuerySchema } from "@/features/invoices/works/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";

const rechercherStructureSchema = z.object({ identifiant: worksPartyQuerySchema.shape.identifier.meta({ example: "51234567800019" }) }).meta({ id: "RechercherStructureTravaux" });

const structureTravauxSchema = z
  .object({
    idStructure: z.uuid(),
    raisonSociale: z.string(),
    identifiant: z.string(),
    services: z.array(z.object({ idService: z.uuid(), code: z.string(), libelle: z.string() })).meta({ description: "Ses services actifs (le service de la maîtrise d'ouvrage)." }),
  })
  .meta({ id: "StructureTravaux" });

/**
 * factures/travaux/rechercher/structure: the active structure a SIRET (or identifier) names, to name the MOE, the MOA
 * and its service or the titulaire of a works document (findWorksParty, the form's « Rechercher »): a maîtrise
 * d'œuvre is often a private structure, which structures/rechercher (the public directory) does not list.
 */
export const rechercherStructureTravaux = jsonOperation({
  operationId: "rechercherStructureTravaux",
  method: "POST",
  path: "/factures/travaux/rechercher/structure",
  tag: "Factures de travaux",
  summary: "Trouver une partie d'une pièce de travaux par son identifiant",
  description:
    "La structure active que désigne un SIRET (ou un autre identifiant), avec ses services actifs : son idStructure est celui que factures/travaux/soumettre attend pour la maîtrise d'œuvre, la maîtrise d'ouvrage (et son service) ou le titulaire. " +
    "Réservé aux comptes techniques qui peuvent soumettre des pièces de travaux (Factures de travaux en modification) ; un identifiant inconnu est introuvable (404).",
  scope: "lecture",
  fieldPaths: { identifier: "identifiant" },
  body: rechercherStructureSchema,
  response: structureTravauxSchema,
  run: async ({ caller, body }) => {
    const party = await findWorksParty({ userId: caller.userId, input: { identifier: body.identifiant } });
    return {
      idStructure: party.id,
      raisonSociale: party.raisonSociale,
      identifiant: party.identifier,
      services: party.services.map((service) => ({ idService: service.id, code: service.code, libelle: service.libelle })),
    };
  },
});
