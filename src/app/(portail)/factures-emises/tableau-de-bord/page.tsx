import { NotYetAvailable } from "@/components/not-yet-available.tsx";

export const metadata = { title: "Tableau de bord des factures émises" };

export default function TableauDeBordFacturesEmisesPage() {
  return (
    <NotYetAvailable title="Tableau de bord">
      <p>Vous pourrez ici voir le nombre de vos factures émises par état (déposée, mise à disposition, suspendue, rejetée, mise en paiement…).</p>
    </NotYetAvailable>
  );
}
