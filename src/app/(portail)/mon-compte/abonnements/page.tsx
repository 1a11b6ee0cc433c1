import { getNotificationSubscriptions } from "@/features/accounts/index.ts";
import { NotificationSubscriptionsForm } from "@/features/accounts/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Mes abonnements" };

export default async function AbonnementsPage() {
  const user = await requireUser("/mon-compte/abonnements");
  const subscriptions = await getNotificationSubscriptions({ userId: user.id });
  return (
    <>
      <h1>Mes abonnements</h1>
      <p>
        Choisissez, pour chaque type d&apos;événement, s&apos;il vous est envoyé par courriel immédiatement, dans une synthèse quotidienne (envoyée chaque jour
        à 18 h) ou pas du tout. Votre fil d&apos;événements, sur l&apos;accueil, les conserve tous.
      </p>
      <NotificationSubscriptionsForm values={subscriptions} />
    </>
  );
}
