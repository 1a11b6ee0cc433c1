import { NotYetAvailable } from "@/components/not-yet-available.tsx";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

export const metadata = { title: "Sollicitations émises" };

export default async function SollicitationsEmisesPage() {
  await requireEspace("SOLLICITATIONS_EMISES");
  return (
    <NotYetAvailable title="Sollicitations émises">
      <p>Vous pourrez ici adresser une demande au support du portail ou à une autre structure, et suivre ses réponses.</p>
    </NotYetAvailable>
  );
}
