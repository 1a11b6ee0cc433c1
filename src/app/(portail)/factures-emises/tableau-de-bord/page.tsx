import { getSupplierDashboard, listTrackedStructures } from "@/features/invoices/tracking/index.ts";
import { DashboardTileGrid } from "@/features/invoices/tracking/ui.ts";
import { StructureFilter } from "@/features/invoices/common/components/structure-filter.tsx";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Tableau de bord des factures émises" };

/** "Tableau de bord Factures" (seed 002): the count of sent invoices per état; each tile opens the list. */
export default async function TableauDeBordFacturesEmisesPage({ searchParams }: { searchParams: Promise<{ structure?: string }> }) {
  const user = await requireUser();
  const structureId = (await searchParams).structure || undefined;
  const [dashboard, structures] = await Promise.all([
    findOr404(structureId ? [structureId] : [], () => getSupplierDashboard({ userId: user.id, structureId })),
    listTrackedStructures({ userId: user.id }),
  ]);

  return (
    <>
      <h1>Tableau de bord Factures</h1>
      {/* Only a user with several structures has one to choose. */}
      {structures.length > 1 && <StructureFilter action="/factures-emises/tableau-de-bord" structures={structures} selected={structureId} />}
      <p className="fr-text--sm">
        {dashboard.total} {dashboard.total > 1 ? "factures envoyées" : "facture envoyée"}. Les factures reçues par le destinataire et pas encore
        traitées sont à l&apos;état « Mise à disposition ».
      </p>
      <DashboardTileGrid tiles={dashboard.tiles} structureId={structureId} />
    </>
  );
}
