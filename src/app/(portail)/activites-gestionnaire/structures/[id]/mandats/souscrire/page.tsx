import { SubscribeMandateForm } from "@/features/mandates/components/subscribe-mandate-form.tsx";
import { defaultMandateLibelle } from "@/features/mandates/rules/mandate-rules.ts";
import { listMandates } from "@/features/mandates/use-cases/list-mandates.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Souscrire un mandat de facturation" };

export default async function SouscrireMandatPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const { structure } = await findOr404([id], () => listMandates({ userId: user.id, structureId: id, page: { number: 1, size: 1 } }));
  return (
    <>
      <h1>Souscrire un mandat de facturation</h1>
      <p>
        Pré requis obligatoire permettant au portail d&apos;émettre des factures dématérialisées pour le compte de la structure «{" "}
        {structure.raisonSociale} », conformes à la réglementation fiscale. Vous en serez le signataire : un courriel vous donnera le lien
        de signature du mandat.
      </p>
      <SubscribeMandateForm
        structureId={id}
        defaultLibelle={defaultMandateLibelle(structure.raisonSociale)}
        cancelHref={`/activites-gestionnaire/structures/${id}/mandats`}
      />
    </>
  );
}
