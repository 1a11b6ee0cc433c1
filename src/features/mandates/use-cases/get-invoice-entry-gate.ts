import { effectiveRight, isGestionnaire } from "@/features/structures/index.ts";
import { db } from "@/server/db.ts";

/**
 * "Saisir facture": the user's structures that open Factures émises to them in modification, and whether each may have invoices
 * entered (a public structure always; a private one only with an Actif mandate).
 */
export async function getInvoiceEntryGate({ userId }: { userId: string }) {
  const rattachements = await db.rattachement.findMany({
    where: { userId, status: "ACTIF", structure: { status: "ACTIF" } },
    orderBy: { structure: { raisonSociale: "asc" } },
    select: {
      role: true,
      espaces: { select: { espace: true, consultation: true, modification: true } },
      structure: {
        select: {
          id: true,
          raisonSociale: true,
          kind: true,
          espaces: { select: { espace: true, serviceId: true, consultation: true, modification: true } },
          _count: { select: { mandates: { where: { status: "ACTIF" } } } },
        },
      },
    },
  });
  const structures = rattachements
    .filter((r) => effectiveRight({ role: r.role, structureEspaces: r.structure.espaces, userEspaces: r.espaces }, "FACTURES_EMISES") === "MODIFICATION")
    .map((r) => ({
      id: r.structure.id,
      raisonSociale: r.structure.raisonSociale,
      mayEnterInvoices: r.structure.kind === "PUBLIQUE" || r.structure._count.mandates > 0,
      isGestionnaire: isGestionnaire(r.role),
    }));
  return { open: structures.some((s) => s.mayEnterInvoices), blocked: structures.filter((s) => !s.mayEnterInvoices) };
}
