import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { serviceRequiresEngagement } from "../invoicing-parameters.ts";

/**
 * One entry of the public directory: an active public structure, its invoicing parameters and its active
 * services. Each service's `engagementObligatoire` is what a supplier must honour (the structure's or its own).
 */
export async function getPublicStructure(identifier: string) {
  const structure = await db.structure.findFirst({
    where: { identifier, kind: "PUBLIQUE", status: "ACTIF" },
    orderBy: { identifierType: "asc" },
    select: {
      id: true,
      identifierType: true,
      identifier: true,
      raisonSociale: true,
      libelle: true,
      adresse: true,
      complementAdresse1: true,
      complementAdresse2: true,
      codePostal: true,
      ville: true,
      pays: true,
      engagementObligatoire: true,
      serviceObligatoire: true,
      engagementFormatLabel: true,
      services: {
        where: { actif: true },
        orderBy: { code: "asc" },
        select: { id: true, code: true, libelle: true, engagementObligatoire: true },
      },
    },
  });
  if (!structure) throw notFound("Structure publique introuvable.");
  return {
    ...structure,
    services: structure.services.map((service) => ({ ...service, engagementObligatoire: serviceRequiresEngagement(structure, service) })),
  };
}

export type PublicStructure = Awaited<ReturnType<typeof getPublicStructure>>;
