import { notFound } from "next/navigation";
import { RattachementDecisionForms } from "@/features/rattachements/components/rattachement-decision-forms.tsx";
import { acceptRattachementSchema } from "@/features/rattachements/schemas/rattachement.ts";
import { getPendingRequest } from "@/features/rattachements/use-cases/get-pending-request.ts";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

export const metadata = { title: "Demande de rattachement" };

async function findRequest(userId: string, id: string) {
  if (!acceptRattachementSchema.shape.rattachementId.safeParse(id).success) notFound();
  try {
    return await getPendingRequest({ userId, rattachementId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function DemandeRattachementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const request = await findRequest(user.id, id);
  return (
    <>
      <h1>Demande de rattachement</h1>
      <dl className="fr-mb-4w">
        <dt className="fr-text--bold">Structure</dt>
        <dd>
          {request.structure.raisonSociale} ({request.structure.identifier})
        </dd>
        <dt className="fr-text--bold">Demandeur</dt>
        <dd>
          {request.user.prenom} {request.user.nom} — {request.user.contactEmail ?? request.user.loginEmail}
        </dd>
        <dt className="fr-text--bold">Date de la demande</dt>
        <dd>{new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(request.createdAt)}</dd>
      </dl>
      <RattachementDecisionForms rattachementId={request.id} services={request.structure.services} espaces={request.espaces} />
    </>
  );
}
