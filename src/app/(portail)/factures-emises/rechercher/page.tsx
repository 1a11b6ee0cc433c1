import { NotYetAvailable } from "@/components/not-yet-available.tsx";

export const metadata = { title: "Rechercher une facture émise" };

export default function RechercherFacturesEmisesPage() {
  return (
    <NotYetAvailable title="Rechercher">
      <p>
        Vous pourrez ici rechercher vos factures émises par numéro, destinataire, état, période de dépôt ou montant. En attendant, la
        synthèse liste toutes vos factures, filtrables par structure.
      </p>
    </NotYetAvailable>
  );
}
