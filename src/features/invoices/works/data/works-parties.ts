// The parties a works document names, checked against the directory: the MOA an active public structure (and its
// service, active, when it names one or requires one), the MOE and the titulaire active structures other than the
// supplier; and the supplier as its Factur-X names it. Each refusal on its field.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { postalAddressSelect } from "@/lib/postal-address.ts";
import type { WorksDocumentValues } from "../schemas.ts";

type Client = Tx | typeof db;

const partySelect = { id: true, kind: true, status: true, identifierType: true, identifier: true, raisonSociale: true, serviceObligatoire: true, ...postalAddressSelect } as const satisfies Prisma.StructureSelect;
type PartyRow = Prisma.StructureGetPayload<{ select: typeof partySelect }>;

export type WorksParties = { supplier: PartyRow; moa: PartyRow; moaService: { id: string; code: string } | null; moe: PartyRow | null; titulaire: PartyRow | null };

export async function checkWorksParties(client: Client, values: WorksDocumentValues): Promise<WorksParties> {
  const ids = [values.supplierStructureId, values.moaStructureId, values.moeStructureId, values.titulaireStructureId].filter((id): id is string => Boolean(id));
  const rows = new Map((await client.structure.findMany({ where: { id: { in: ids } }, select: partySelect })).map((row) => [row.id, row]));
  const errors: Record<string, string> = {};
  const supplier = rows.get(values.supplierStructureId)!;
  const moa = rows.get(values.moaStructureId);
  if (!moa || moa.kind !== "PUBLIQUE" || moa.status !== "ACTIF") errors.moaStructureId = "Le maître d'ouvrage doit être une structure publique active de l'annuaire.";
  let moaService: WorksParties["moaService"] = null;
  if (moa && values.moaServiceId) {
    moaService = await client.service.findFirst({ where: { id: values.moaServiceId, structureId: moa.id, actif: true }, select: { id: true, code: true } });
    if (!moaService) errors.moaServiceId = "Choisissez un service actif du maître d'ouvrage.";
  } else if (moa?.serviceObligatoire) errors.moaServiceId = "Ce maître d'ouvrage exige un service : choisissez-le dans la liste.";
  const moe = values.moeStructureId ? rows.get(values.moeStructureId) : undefined;
  if (values.moeStructureId && (!moe || moe.status !== "ACTIF")) errors.moeStructureId = "La maîtrise d'œuvre doit être une structure active de l'annuaire.";
  if (moe && moe.id === moa?.id) errors.moeStructureId = "La maîtrise d'œuvre et le maître d'ouvrage sont deux structures différentes.";
  const titulaire = values.titulaireStructureId ? rows.get(values.titulaireStructureId) : undefined;
  if (values.titulaireStructureId && (!titulaire || titulaire.kind !== "PRIVEE" || titulaire.status !== "ACTIF" || titulaire.id === supplier.id)) {
    errors.titulaireStructureId = "Le titulaire du marché doit être une autre structure privée active.";
  }
  if (Object.keys(errors).length > 0) throw new InvoiceRulesError(errors);
  return { supplier, moa: moa!, moaService, moe: moe ?? null, titulaire: titulaire ?? null };
}
