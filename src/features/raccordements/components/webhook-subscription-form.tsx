"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { WebhookEventType } from "@/generated/prisma/enums.ts";
import { useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import type { SecretState } from "../actions.ts";
import { WEBHOOK_EVENT_LABELS } from "../rules/labels.ts";
import { SecretOnce } from "./secret-once.tsx";

/** "+ Abonner une adresse": the URL and its events; once subscribed, the signing secret, shown this once. */
export function WebhookSubscriptionForm(props: { action: (state: SecretState, formData: FormData) => Promise<SecretState>; backHref: string }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(props.action);
  if (state.ok && state.secret) {
    return (
      <>
        <FormAlert state={state} />
        <SecretOnce title="Secret de signature des événements" secret={state.secret.value} />
        <p>Chaque envoi porte les en-têtes webhook-id, webhook-timestamp et webhook-signature (spécification Standard Webhooks) : vérifiez la signature avec ce secret.</p>
        <Button linkProps={{ href: props.backHref }}>J&apos;ai copié le secret : retour aux raccordements</Button>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Input
        label="Adresse (URL) qui recevra les événements"
        hintText="Une adresse https:// joignable sur Internet, par exemple https://exemple.fr/webhooks."
        {...errorOf("url")}
        nativeInputProps={{ name: "url", type: "url", autoComplete: "off", maxLength: 2000 }}
      />
      <Checkbox
        legend="Événements"
        {...errorOf("events")}
        options={Object.values(WebhookEventType).map((event) => ({ label: WEBHOOK_EVENT_LABELS[event], nativeInputProps: { name: "events", value: event } }))}
      />
      <Button type="submit" disabled={pending}>
        Abonner l&apos;adresse
      </Button>
    </form>
  );
}
