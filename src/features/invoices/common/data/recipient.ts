// The recipient of an invoice: an active public structure of the directory, with its address, its invoicing
// parameters and its active services (each with the engagement rule a supplier must honour).
import { serviceRequiresEngagement, ENGAGEMENT_FORMAT_SELECT, engagementFormatLabel, engagementFormatOf } from "@/features/directory/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { STATE_SIRET, type InvoiceFormValues } from "../schemas.ts";
import { isUuid } from "@/lib/uuid.ts";
import { postalAddressSelect } from "@/lib/postal-address.ts";

type Client = Tx | typeof db;

/** By id, or by SIRET (the State's, for "Le destinataire est-il l'État ?" Oui); null when no such active public structure. */
export async function findRecipient(client: Client, idOrSiret: string) {
  const structure = await client.structure.findFirst({
    where: { ...(isUuid(idOrSiret) ? { id: idOrSiret } : { identifier: idOrSiret, identifierType: "SIRET" }), kind: "PUBLIQUE", status: "ACTIF" },
    select: {
      id: true,
      identifierType: true,
      identifier: true,
      raisonSociale: true,
      ...postalAddressSelect,
      serviceObligatoire: true,
      engagementObligatoire: true,
      ...ENGAGEMENT_FORMAT_SELECT,
      services: { where: { actif: true }, orderBy: { code: "asc" }, select: { id: true, code: true, libelle: true, engagementObligatoire: true } },
    },
  });
  if (!structure) return null;
  const { engagementCharset, engagementMinLength, engagementMaxLength, engagementPrefix, ...rest } = structure;
  const engagementFormat = engagementFormatOf({ engagementCharset, engagementMinLength, engagementMaxLength, engagementPrefix });
  return {
    ...rest,
    engagementFormat,
    /** The format in French (« 5 ou 6 chiffres »), null when free. */
    engagementFormatLabel: engagementFormat ? engagementFormatLabel(engagementFormat) : null,
    services: structure.services.map((service) => ({ ...service, engagementObligatoire: serviceRequiresEngagement(structure, service) })),
  };
}

export type Recipient = NonNullable<Awaited<ReturnType<typeof findRecipient>>>;

/** The recipient the form designates: the State when "Oui", otherwise the structure chosen in the search; none yet in a draft. */
export function recipientKey(invoice: Pick<InvoiceFormValues, "recipientIsState" | "recipientStructureId">): string | undefined {
  return invoice.recipientIsState ? STATE_SIRET : invoice.recipientStructureId || undefined;
}
