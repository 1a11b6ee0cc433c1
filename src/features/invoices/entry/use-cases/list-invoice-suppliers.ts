import { effectiveRight, rightAllows, type EspaceRight } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";
import { postalAddressSelect } from "@/lib/postal-address.ts";

/**
 * "Fournisseur" of the entry form: the user's structures that may issue invoices through the portal (active
 * rattachement to an active structure opening Factures émises to the user in modification — or with `needed`
 * "CONSULTATION", those whose invoices they only read, for the lists' structure filter — and an Actif mandate for a private
 * structure), each with its address, bank details and the active services the user works for.
 */
export async function listInvoiceSuppliers({ userId, needed = "MODIFICATION" }: { userId: string; needed?: EspaceRight }) {
  const rattachements = await db.rattachement.findMany({
    where: { userId, status: "ACTIF", structure: { status: "ACTIF" } },
    orderBy: { structure: { raisonSociale: "asc" } },
    select: {
      role: true,
      espaces: { select: { espace: true, consultation: true, modification: true } },
      services: { select: { serviceId: true } },
      structure: {
        select: {
          id: true,
          kind: true,
          identifier: true,
          raisonSociale: true,
          ...postalAddressSelect,
          bankAccounts: { where: { actif: true }, orderBy: { createdAt: "asc" }, select: { id: true, iban: true, bic: true, titulaire: true, affactureur: true } },
          espaces: { select: { espace: true, serviceId: true, consultation: true, modification: true } },
          services: { where: { actif: true }, orderBy: { code: "asc" }, select: { id: true, code: true, libelle: true } },
          _count: { select: { mandates: { where: { status: "ACTIF" } } } },
        },
      },
    },
  });
  return rattachements
    .filter(({ role, espaces, structure }) => {
      const right = effectiveRight({ role, structureEspaces: structure.espaces, userEspaces: espaces }, "FACTURES_EMISES");
      return rightAllows(right, needed) && (structure.kind === "PUBLIQUE" || structure._count.mandates > 0);
    })
    .map(({ services: userServices, structure: { espaces: _espaces, _count, kind: _kind, services, ...structure } }) => {
      // A user attached to some services only works for those; none listed means every service.
      const mine = new Set(userServices.map((s) => s.serviceId));
      return { ...structure, services: mine.size === 0 ? services : services.filter((s) => mine.has(s.id)) };
    });
}

export type InvoiceSupplier = Awaited<ReturnType<typeof listInvoiceSuppliers>>[number];
