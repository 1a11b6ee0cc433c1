"use server";
// The accounts area's entry points. The signed-out forms (inscription, activation, mot de passe oublié, réinitialisation)
// are public and rate-limited by their use cases; Mon compte's are the signed-in user's own.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { publicAction, userAction } from "@/server/actions.ts";
import { requestClientIp } from "@/server/http/request-client.ts";
import { activationSchema, changePasswordSchema, emailRequestSchema, notificationSubscriptionsSchema, profileSchema, resetPasswordSchema, signupSchema } from "./schemas.ts";
import { activateAccount } from "./use-cases/activate-account.ts";
import { changePassword } from "./use-cases/change-password.ts";
import { createAccount } from "./use-cases/create-account.ts";
import { requestPasswordReset } from "./use-cases/request-password-reset.ts";
import { resendActivation } from "./use-cases/resend-activation.ts";
import { resetPassword } from "./use-cases/reset-password.ts";
import { signOutEverywhere } from "./use-cases/sign-out-everywhere.ts";
import { updateNotificationSubscriptions } from "./use-cases/update-notification-subscriptions.ts";
import { updateProfile } from "./use-cases/update-profile.ts";

/** A form of an e-mailed link: its fields, with the link's token the page binds first (the use case checks it). */
const withToken = <Schema extends z.ZodType>(schema: Schema) => z.intersection(z.object({ token: z.string() }), schema);
const tokenAndFields = (token: string, _previous: ActionState, formData: FormData) => ({ ...Object.fromEntries(formData), token });

export const createAccountAction = publicAction({
  schema: signupSchema,
  run: async (input) => createAccount({ input, now: new Date(), ip: await requestClientIp() }),
  done: ({ loginEmail }): ActionState => ({ ok: true, message: loginEmail }),
});

export const activateAccountAction = publicAction({
  schema: withToken(activationSchema),
  input: tokenAndFields,
  run: async (input) => activateAccount({ token: input.token, input, now: new Date(), ip: await requestClientIp() }),
  done: () => redirect("/?activation=ok"),
});

const SAME_ANSWER_RESEND =
  "Si un compte en attente d'activation correspond à cette adresse, un nouveau lien d'activation vient de lui être envoyé. Les liens envoyés auparavant ne fonctionnent plus.";

export const resendActivationAction = publicAction({
  schema: emailRequestSchema,
  run: async (input) => resendActivation({ email: input.email, now: new Date(), ip: await requestClientIp() }),
  done: (): ActionState => ({ ok: true, message: SAME_ANSWER_RESEND }),
});

const SAME_ANSWER_RESET =
  "Si un compte actif correspond à cette adresse, un courriel contenant un lien de réinitialisation, valable 1 heure, vient de lui être envoyé.";

export const requestPasswordResetAction = publicAction({
  schema: emailRequestSchema,
  run: async (input) => requestPasswordReset({ email: input.email, now: new Date(), ip: await requestClientIp() }),
  done: (): ActionState => ({ ok: true, message: SAME_ANSWER_RESET }),
});

export const resetPasswordAction = publicAction({
  schema: withToken(resetPasswordSchema),
  input: tokenAndFields,
  run: async (input) => resetPassword({ token: input.token, input, now: new Date(), ip: await requestClientIp() }),
  done: () => redirect("/?mot-de-passe=modifie"),
});

export const updateProfileAction = userAction({
  schema: profileSchema,
  run: (input, user) => updateProfile({ userId: user.id, input }),
  done: (): ActionState => {
    revalidatePath("/mon-compte");
    return { ok: true, message: "Vos informations ont été enregistrées." };
  },
});

export const changePasswordAction = userAction({
  schema: changePasswordSchema,
  run: (input, user) => changePassword({ userId: user.id, input, now: new Date(), currentSessionId: user.sessionId }),
  done: (): ActionState => ({ ok: true, message: "Votre mot de passe a été modifié. Vos autres sessions sont terminées." }),
});

/** « Se déconnecter de tous les appareils »: every session of the account ends, this one included. */
export const signOutEverywhereAction = userAction({
  schema: z.object({}),
  run: (_input, user) => signOutEverywhere({ userId: user.id }),
  done: (count): ActionState => ({ ok: true, message: `${count} session${count > 1 ? "s" : ""} terminée${count > 1 ? "s" : ""}.` }),
});

/** Mon compte > Abonnements: how the session's own user hears of each topic by e-mail. */
export const updateNotificationSubscriptionsAction = userAction({
  schema: notificationSubscriptionsSchema,
  run: (input, user) => updateNotificationSubscriptions({ userId: user.id, input }),
  done: (): ActionState => {
    revalidatePath("/mon-compte/abonnements");
    return { ok: true, message: "Vos abonnements ont été enregistrés." };
  },
});
