import { Button } from "@codegouvfr/react-dsfr/Button";
import { NOTIFICATION_DELIVERY_LABELS, NOTIFICATION_TOPIC_LABELS, NOTIFICATION_TOPICS, type NotificationSubscriptions } from "../rules/notification-subscriptions.ts";

/** Mon compte > Abonnements: how each topic reaches the user by e-mail now, and the way to change it. */
export function NotificationSubscriptionsSection({ subscriptions }: { subscriptions: NotificationSubscriptions }) {
  return (
    <section aria-labelledby="titre-abonnements" className="fr-mb-6w">
      <h2 id="titre-abonnements" className="fr-h4">
        Abonnements
      </h2>
      <p>Les notifications que vous recevez par courriel. Votre fil d&apos;événements, sur l&apos;accueil, les conserve toutes.</p>
      <dl>
        {NOTIFICATION_TOPICS.map((topic) => (
          <div key={topic}>
            <dt className="fr-text--bold">{NOTIFICATION_TOPIC_LABELS[topic].legend}</dt>
            <dd>{NOTIFICATION_DELIVERY_LABELS[subscriptions[topic]]}</dd>
          </div>
        ))}
      </dl>
      <Button priority="secondary" linkProps={{ href: "/mon-compte/abonnements" }}>
        Modifier mes abonnements
      </Button>
    </section>
  );
}
