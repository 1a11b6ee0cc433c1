"use server";
// Entry points of Activités du gestionnaire > Mes structures > Raccordements EDI et API, each built by userAction
// (session → zod parse → use case → refresh). The pages bind the structure's id (and the technical account's) before
// the form's state and data; the use cases check that the session's user manages that structure and that the other id
// is one of its own. A secret is answered once, in the form's state, and never stored in clear.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { formValues, withIds } from "@/lib/form-fields.ts";
import { userAction } from "@/server/actions.ts";
import { raccordementsPath } from "./rules/paths.ts";
import {
  applicationIdSchema,
  applicationSchema,
  technicalAccountActivationSchema,
  technicalAccountRightsSchema,
  technicalAccountSchema,
  webhookSubscriptionIdSchema,
  webhookSubscriptionSchema,
} from "./schemas.ts";
import { createTechnicalAccount } from "./use-cases/create-technical-account.ts";
import { deactivateWebhookSubscription } from "./use-cases/deactivate-webhook-subscription.ts";
import { declareApplication } from "./use-cases/declare-application.ts";
import { revokeApplication } from "./use-cases/revoke-application.ts";
import { rotateApplicationSecret } from "./use-cases/rotate-application-secret.ts";
import { setTechnicalAccountActive } from "./use-cases/set-technical-account-active.ts";
import { subscribeWebhook } from "./use-cases/subscribe-webhook.ts";
import { updateTechnicalAccountRights } from "./use-cases/update-technical-account-rights.ts";

/** A form's state that carries a secret to show once: the application's client id and secret, or a webhook's. */
export type SecretState = ActionState & { secret?: { clientId?: string; value: string } };

const structureId = { structureId: z.string() };

function refreshed<State extends ActionState>(structureId: string, state: State): State {
  revalidatePath(raccordementsPath(structureId));
  return state;
}

function backToRaccordements(structureId: string, notice: string): never {
  revalidatePath(raccordementsPath(structureId));
  redirect(`${raccordementsPath(structureId)}?${notice}=1`);
}

// ——— Comptes techniques ———

export const createTechnicalAccountAction = userAction({
  schema: withIds(structureId, technicalAccountSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData, ["espaces", "modification"]), structureId }),
  run: ({ structureId, ...input }, user) => createTechnicalAccount({ userId: user.id, structureId, input }),
  done: (_account, { structureId }) => backToRaccordements(structureId, "compteCree"),
});

export const updateTechnicalAccountRightsAction = userAction({
  schema: withIds({ ...structureId, technicalAccountId: z.string() }, technicalAccountRightsSchema),
  input: (structureId: string, technicalAccountId: string, _: ActionState, formData: FormData) => ({
    ...formValues(formData, ["espaces", "modification"]),
    structureId,
    technicalAccountId,
  }),
  run: ({ structureId, technicalAccountId, ...input }, user) => updateTechnicalAccountRights({ userId: user.id, structureId, technicalAccountId, input }),
  done: (_updated, { structureId }) => backToRaccordements(structureId, "droitsModifies"),
});

export const setTechnicalAccountActiveAction = userAction({
  schema: withIds(structureId, technicalAccountActivationSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, technicalAccountId, actif }, user) => setTechnicalAccountActive({ userId: user.id, structureId, technicalAccountId, active: actif }),
  done: (_changed, { structureId, actif }): ActionState =>
    refreshed(structureId, {
      ok: true,
      message: actif ? "Le compte technique est réactivé : ses applications peuvent de nouveau appeler l'API." : "Le compte technique est désactivé : ses applications ne peuvent plus appeler l'API.",
    }),
});

// ——— Applications ———

export const declareApplicationAction = userAction({
  schema: withIds(structureId, applicationSchema),
  input: (structureId: string, _: SecretState, formData: FormData) => ({ ...formValues(formData, ["scopes"]), structureId }),
  run: ({ structureId, ...input }, user) => declareApplication({ userId: user.id, structureId, input }),
  done: (application, { structureId }): SecretState =>
    refreshed(structureId, {
      ok: true,
      message: `L'application « ${application.name} » est déclarée.`,
      secret: { clientId: application.clientId, value: application.clientSecret },
    }),
});

export const rotateApplicationSecretAction = userAction({
  schema: withIds(structureId, applicationIdSchema),
  input: (structureId: string, _: SecretState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, applicationId }, user) => rotateApplicationSecret({ userId: user.id, structureId, applicationId }),
  done: (application, { structureId }): SecretState =>
    refreshed(structureId, {
      ok: true,
      message: `Le secret de l'application « ${application.name} » est renouvelé : l'ancien ne fonctionne plus, ni les jetons obtenus avec lui.`,
      secret: { clientId: application.clientId, value: application.clientSecret },
    }),
});

export const revokeApplicationAction = userAction({
  schema: withIds(structureId, applicationIdSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, applicationId }, user) => revokeApplication({ userId: user.id, structureId, applicationId }),
  done: (_revoked, { structureId }): ActionState => refreshed(structureId, { ok: true, message: "L'application est révoquée : ses jetons ne sont plus acceptés." }),
});

// ——— Webhooks ———

export const subscribeWebhookAction = userAction({
  schema: withIds(structureId, webhookSubscriptionSchema),
  input: (structureId: string, _: SecretState, formData: FormData) => ({ ...formValues(formData, ["events"]), structureId }),
  run: ({ structureId, ...input }, user) => subscribeWebhook({ userId: user.id, structureId, input }),
  done: (subscription, { structureId }): SecretState =>
    refreshed(structureId, { ok: true, message: `L'adresse ${subscription.url} est abonnée.`, secret: { value: subscription.secret } }),
});

export const deactivateWebhookSubscriptionAction = userAction({
  schema: withIds(structureId, webhookSubscriptionIdSchema),
  input: (structureId: string, _: ActionState, formData: FormData) => ({ ...formValues(formData), structureId }),
  run: ({ structureId, subscriptionId }, user) => deactivateWebhookSubscription({ userId: user.id, structureId, subscriptionId }),
  done: (_deactivated, { structureId }): ActionState => refreshed(structureId, { ok: true, message: "L'abonnement est désactivé : aucun événement n'y est plus envoyé." }),
});
