import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { getSollicitationForm } from "@/features/sollicitations/index.ts";
import { SollicitationForm } from "@/features/sollicitations/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Saisir sollicitation" };

/** "Saisir sollicitation"; from "Poser une question" on an invoice (?facture=<id>), pre-filled with it. */
export default async function SaisirSollicitationPage({ searchParams }: { searchParams: Promise<{ facture?: string }> }) {
  const user = await requireUser();
  const { facture } = await searchParams;
  const form = await findOr404(facture ? [facture] : [], () => getSollicitationForm({ userId: user.id, invoiceId: facture || undefined }));
  return (
    <>
      <h1>Saisir sollicitation</h1>
      {form.structures.length === 0 ? (
        <Alert severity="info" small description="Votre droit sur l'espace Sollicitations émises est la consultation : vous ne pouvez pas saisir de sollicitation." />
      ) : (
        <SollicitationForm structures={form.structures} prefill={form.prefill} />
      )}
    </>
  );
}
