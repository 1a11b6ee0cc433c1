import { countPaymentDeadlines, getReceivedDashboard, paymentDeadlineTiles } from "@/features/invoices/received/index.ts";
import { ReceivedTileGroup } from "@/features/invoices/received/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Tableau de bord des factures reçues" };

/** The buyer's « Tableau de bord »: what waits for it, then every status and every service; each tile opens the list. */
export default async function TableauDeBordFacturesRecuesPage() {
  const user = await requireUser();
  const [dashboard, deadlines] = await Promise.all([getReceivedDashboard({ userId: user.id }), countPaymentDeadlines({ userId: user.id })]);
  return (
    <>
      <h1>Tableau de bord Factures reçues</h1>
      <p className="fr-text--sm">
        {dashboard.total} {dashboard.total > 1 ? "factures reçues" : "facture reçue"}, dont {dashboard.toProcessTotal} à traiter.
      </p>
      <ReceivedTileGroup id="tuiles-a-traiter" title="À traiter" tiles={dashboard.toProcess} />
      <ReceivedTileGroup id="tuiles-delais" title="Délais de paiement" tiles={paymentDeadlineTiles(deadlines)} />
      <p className="fr-mt-n2w fr-mb-4w">
        {/* A file download, not a page: a plain link. */}
        <a className="fr-link fr-icon-download-line fr-link--icon-right" href="/factures-recues/interets-moratoires" download>
          Exporter les intérêts moratoires des paiements en retard (CSV)
        </a>
      </p>
      <ReceivedTileGroup id="tuiles-statut" title="Par statut" tiles={dashboard.byStatus} />
      {dashboard.byService.length > 0 && <ReceivedTileGroup id="tuiles-service" title="Par service" tiles={dashboard.byService} />}
    </>
  );
}
