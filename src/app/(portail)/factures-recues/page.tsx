import { NotYetAvailable } from "@/components/not-yet-available.tsx";
import { requireEspace } from "@/server/auth/require-espace.ts";

export const metadata = { title: "Factures reçues" };

export default async function FacturesRecuesPage() {
  await requireEspace("FACTURES_RECUES");
  return (
    <NotYetAvailable title="Factures reçues">
      <p>Les agents de l&apos;entité publique traiteront ici les factures reçues : suspendre, rejeter avec un motif, service fait, mandatée, comptabilisée, mise en paiement.</p>
    </NotYetAvailable>
  );
}
