import { NotYetAvailable } from "@/components/not-yet-available.tsx";

export const metadata = { title: "Liste fiscale" };

export default function ListeFiscalePage() {
  return (
    <NotYetAvailable title="Liste fiscale">
      <p>Vous pourrez ici consulter et exporter la liste fiscale de vos factures émises sur une période.</p>
    </NotYetAvailable>
  );
}
