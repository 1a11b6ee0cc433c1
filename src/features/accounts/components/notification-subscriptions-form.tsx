"use client";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { updateNotificationSubscriptionsAction } from "../actions.ts";
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_DELIVERY_LABELS,
  NOTIFICATION_TOPIC_LABELS,
  NOTIFICATION_TOPICS,
  type NotificationSubscriptions,
} from "../rules/notification-subscriptions.ts";
import { notificationSubscriptionsSchema } from "../schemas.ts";
import { FormMessage } from "./form-message.tsx";
import { MonCompteFormButtons } from "./mon-compte-form-buttons.tsx";
import { useActionForm } from "./use-action-form.ts";

/** Mon compte > Abonnements: for each topic, one radio group (Immédiatement, Une synthèse quotidienne, Aucun courriel). */
export function NotificationSubscriptionsForm({ values }: { values: NotificationSubscriptions }) {
  const { form, state, pending, errorProps, formProps } = useActionForm(notificationSubscriptionsSchema, updateNotificationSubscriptionsAction, values);
  return (
    <form {...formProps} aria-label="Mes abonnements aux notifications">
      <FormMessage state={state} />
      {NOTIFICATION_TOPICS.map((topic) => (
        <RadioButtons
          key={topic}
          legend={NOTIFICATION_TOPIC_LABELS[topic].legend}
          hintText={NOTIFICATION_TOPIC_LABELS[topic].hint}
          {...errorProps(topic)}
          options={NOTIFICATION_DELIVERIES.map((delivery) => ({
            label: NOTIFICATION_DELIVERY_LABELS[delivery],
            nativeInputProps: { value: delivery, ...form.register(topic) },
          }))}
        />
      ))}
      <MonCompteFormButtons pending={pending} />
    </form>
  );
}
