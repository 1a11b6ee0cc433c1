import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { RevokeMandateForm } from "@/features/mandates/components/revoke-mandate-form.tsx";
import { getMandate } from "@/features/mandates/use-cases/get-mandate.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Révoquer un mandat de facturation" };

export default async function RevoquerMandatPage({ params }: { params: Promise<{ id: string; mandatId: string }> }) {
  const { id, mandatId } = await params;
  const user = await requireUser();
  const mandate = await findOr404([id, mandatId], () => getMandate({ userId: user.id, structureId: id, mandateId: mandatId }));
  const back = `/activites-gestionnaire/structures/${id}/mandats`;
  return (
    <>
      <h1>Révoquer un mandat de facturation</h1>
      <p>
        Voulez-vous révoquer le mandat de facturation « {mandate.libelle} » de la structure « {mandate.structure.raisonSociale} » ?
      </p>
      <Alert
        className="fr-mb-3w"
        severity="warning"
        small
        description="La révocation est définitive. Sans mandat actif, aucun utilisateur de la structure ne pourra saisir de facture."
      />
      <RevokeMandateForm structureId={id} mandateId={mandatId} cancelHref={back} />
    </>
  );
}
