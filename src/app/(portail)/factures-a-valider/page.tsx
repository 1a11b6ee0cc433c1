import { NotYetAvailable } from "@/components/not-yet-available.tsx";
import { requireEspace } from "@/server/auth/require-espace.ts";

export const metadata = { title: "Factures à valider" };

export default async function FacturesAValiderPage() {
  await requireEspace("FACTURES_A_VALIDER");
  return (
    <NotYetAvailable title="Factures à valider">
      <p>Le titulaire ou le mandataire d&apos;un marché validera ou refusera ici les factures de ses sous-traitants et cotraitants (cadres A9 et A12).</p>
    </NotYetAvailable>
  );
}
