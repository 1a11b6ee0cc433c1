import Link from "next/link";
import { subscribeWebhookAction } from "@/features/raccordements/actions.ts";
import { WebhookSubscriptionForm } from "@/features/raccordements/components/webhook-subscription-form.tsx";
import { raccordementsPath } from "@/features/raccordements/ui.ts";
import { listWebhookSubscriptions } from "@/features/raccordements/use-cases/list-webhook-subscriptions.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Abonner une adresse aux événements" };

export default async function NouveauWebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  // The gestionnaire's check (NOT_FOUND, hence the 404 page, for anyone else) before the form is shown.
  await findOr404([id], () => listWebhookSubscriptions({ userId: user.id, structureId: id }));
  const back = raccordementsPath(id);
  return (
    <>
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={back}>
          Retour aux raccordements
        </Link>
      </p>
      <h1>Abonner une adresse aux événements</h1>
      <p>Les événements choisis de la structure sont envoyés à cette adresse (requête POST signée), avec de nouvelles tentatives en cas d&apos;échec.</p>
      <WebhookSubscriptionForm action={subscribeWebhookAction.bind(null, id)} backHref={back} />
    </>
  );
}
