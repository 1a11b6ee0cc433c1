import { NotYetAvailable } from "@/components/not-yet-available.tsx";

export const metadata = { title: "Dépôt factures" };

export default function DepotFacturesPage() {
  return (
    <NotYetAvailable title="Dépôt factures">
      <p>
        Vous pourrez ici déposer une facture existante (PDF, Factur-X, XML UBL ou CII) : le portail l&apos;analyse et vous présente une
        facture pré-remplie à compléter puis envoyer. En attendant, utilisez « Saisir facture ».
      </p>
    </NotYetAvailable>
  );
}
