import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { ENGAGEMENT_FORMAT_SELECT, engagementFormatLabel, engagementFormatOf } from "../rules/engagement-format.ts";
import { serviceRequiresEngagement } from "../rules/invoicing-parameters.ts";
import { postalAddressSelect } from "@/lib/postal-address.ts";
import { isUuid } from "@/lib/uuid.ts";

/**
 * One entry of the public directory: an active public structure, its invoicing parameters and its active
 * services. Each service's `engagementObligatoire` is what a supplier must honour (the structure's or its own).
 */
export async function getPublicStructure(which: { identifier: string } | { id: string }) {
  // By its identifier (the pages' address), or by its id (the API's consulterStructure); a malformed id finds nothing.
  if ("id" in which && !isUuid(which.id)) throw notFound("Structure publique introuvable.");
  const structure = await db.structure.findFirst({
    where: { ...("id" in which ? { id: which.id } : { identifier: which.identifier }), kind: "PUBLIQUE", status: "ACTIF" },
    orderBy: { identifierType: "asc" },
    select: {
      id: true,
      identifierType: true,
      identifier: true,
      raisonSociale: true,
      libelle: true,
      ...postalAddressSelect,
      engagementObligatoire: true,
      serviceObligatoire: true,
      // The format it receives its invoices in: public, as the real directory's invoicing parameters are.
      receptionFormat: true,
      ...ENGAGEMENT_FORMAT_SELECT,
      services: {
        where: { actif: true },
        orderBy: { code: "asc" },
        select: { id: true, code: true, libelle: true, engagementObligatoire: true },
      },
    },
  });
  if (!structure) throw notFound("Structure publique introuvable.");
  const format = engagementFormatOf(structure);
  return {
    ...structure,
    /** The numéro d'engagement format in French (« 5 ou 6 chiffres »), null when free. */
    engagementFormatLabel: format ? engagementFormatLabel(format) : null,
    services: structure.services.map((service) => ({ ...service, engagementObligatoire: serviceRequiresEngagement(structure, service) })),
  };
}

export type PublicStructure = Awaited<ReturnType<typeof getPublicStructure>>;
