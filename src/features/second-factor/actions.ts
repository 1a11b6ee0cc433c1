"use server";
// The second factor: given after the password (a session waiting for it reaches only these actions and pages), set up
// at first login, managed in Mon compte.
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { failed, sessionAction, userAction } from "@/server/actions.ts";
import { AppError } from "@/server/errors.ts";
import { safeReturnPath } from "@/features/accounts/index.ts";
import { recoveryCodeSchema, securityKeyNameSchema, totpCodeSchema, totpSetupSchema, webAuthnResponseSchema } from "./schemas.ts";
import { beginSecurityKeyLogin } from "./use-cases/begin-security-key-login.ts";
import { beginSecurityKeyRegistration } from "./use-cases/begin-security-key-registration.ts";
import { confirmTotpSetup } from "./use-cases/confirm-totp-setup.ts";
import { finishSecurityKeyLogin } from "./use-cases/finish-security-key-login.ts";
import { finishSecurityKeyRegistration } from "./use-cases/finish-security-key-registration.ts";
import { regenerateRecoveryCodes } from "./use-cases/regenerate-recovery-codes.ts";
import { removeSecurityKey } from "./use-cases/remove-security-key.ts";
import { sendEmailCode } from "./use-cases/send-email-code.ts";
import { verifyEmailCode } from "./use-cases/verify-email-code.ts";
import { verifyRecoveryCode } from "./use-cases/verify-recovery-code.ts";
import { verifyTotpCode } from "./use-cases/verify-totp-code.ts";

/**
 * The state of a form that may hand back recovery codes (shown once), or the page to load once the second factor is
 * given (a full page load, so that the whole layout, header included, is drawn for the signed-in user).
 */
export type TwoFactorState = ActionState & { recoveryCodes?: string[]; redirectTo?: string };

function parseJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AppError("VALIDATION", "Réponse de la clé de sécurité illisible : réessayez.");
  }
}

/** A form of the login's second step: its fields, with the page asked for at first (`retour`), bound by the page. */
const withReturn = <Schema extends z.ZodType>(schema: Schema) => z.intersection(z.object({ retour: z.string() }), schema);
const returnAndFields = (retour: string, _previous: TwoFactorState, formData: FormData) => ({ ...Object.fromEntries(formData), retour });

/** After a second factor given at login: the page asked for at first (a path of this site only). */
function done(retour: string): TwoFactorState {
  return { ok: true, message: "Vérification réussie.", redirectTo: safeReturnPath(retour) };
}

/** The browser's key options, as JSON (the browser library takes them), or why not. */
type KeyOptions = { ok: true; options: string } | { ok: false; message: string };
const keyOptionsRefused = (error: unknown): KeyOptions => ({ ok: false, message: failed(error).message ?? "" });
const noInput = z.object({});

export const verifyTotpAction = sessionAction({
  schema: withReturn(totpCodeSchema),
  input: returnAndFields,
  run: (input, session) => verifyTotpCode({ userId: session.id, sessionId: session.sessionId, code: input.code }),
  done: (_verified, input) => done(input.retour),
});

export const verifyRecoveryCodeAction = sessionAction({
  schema: withReturn(recoveryCodeSchema),
  input: returnAndFields,
  run: (input, session) => verifyRecoveryCode({ userId: session.id, sessionId: session.sessionId, code: input.code }),
  done: (_left, input) => done(input.retour),
});

export const sendEmailCodeAction = sessionAction({
  schema: noInput,
  run: (_input, session) => sendEmailCode({ userId: session.id, sessionId: session.sessionId }),
  done: ({ email }): ActionState => ({ ok: true, message: `Un code valable 10 minutes vient d'être envoyé à ${email}.` }),
});

export const verifyEmailCodeAction = sessionAction({
  schema: withReturn(totpCodeSchema),
  input: returnAndFields,
  run: (input, session) => verifyEmailCode({ userId: session.id, sessionId: session.sessionId, code: input.code }),
  done: (_verified, input) => done(input.retour),
});

export const confirmTotpSetupAction = sessionAction({
  schema: totpSetupSchema,
  run: (input, session) => confirmTotpSetup({ userId: session.id, sessionId: session.sessionId, sealed: input.sealed, code: input.code }),
  done: ({ recoveryCodes }): TwoFactorState => ({ ok: true, message: "Votre application d'authentification est activée.", recoveryCodes: recoveryCodes ?? undefined }),
});

export const regenerateRecoveryCodesAction = userAction({
  schema: noInput,
  run: (_input, user) => regenerateRecoveryCodes({ userId: user.id, sessionId: user.sessionId }),
  done: (recoveryCodes): TwoFactorState => {
    revalidatePath("/mon-compte/securite");
    return { ok: true, message: "Vos nouveaux codes de secours : les précédents ne fonctionnent plus.", recoveryCodes };
  },
});

/** The options for navigator.credentials.create(). */
export const securityKeyRegistrationOptionsAction = sessionAction({
  schema: noInput,
  input: () => ({}),
  run: (_input, session) => beginSecurityKeyRegistration({ userId: session.id, sessionId: session.sessionId }),
  refused: keyOptionsRefused,
  done: (options): KeyOptions => ({ ok: true, options: JSON.stringify(options) }),
});

export const finishSecurityKeyRegistrationAction = sessionAction({
  schema: webAuthnResponseSchema.extend(securityKeyNameSchema.shape),
  run: (input, session) =>
    finishSecurityKeyRegistration({ userId: session.id, sessionId: session.sessionId, response: parseJson<RegistrationResponseJSON>(input.response), name: input.name }),
  done: ({ recoveryCodes }): TwoFactorState => {
    revalidatePath("/mon-compte/securite");
    return { ok: true, message: "Votre clé de sécurité est enregistrée.", recoveryCodes: recoveryCodes ?? undefined };
  },
});

/** The options for navigator.credentials.get(). */
export const securityKeyLoginOptionsAction = sessionAction({
  schema: noInput,
  input: () => ({}),
  run: (_input, session) => beginSecurityKeyLogin({ userId: session.id, sessionId: session.sessionId }),
  refused: keyOptionsRefused,
  done: (options): KeyOptions => ({ ok: true, options: JSON.stringify(options) }),
});

export const finishSecurityKeyLoginAction = sessionAction({
  schema: withReturn(webAuthnResponseSchema),
  input: returnAndFields,
  run: (input, session) => finishSecurityKeyLogin({ userId: session.id, sessionId: session.sessionId, response: parseJson<AuthenticationResponseJSON>(input.response) }),
  done: (_verified, input) => done(input.retour),
});

export const removeSecurityKeyAction = userAction({
  schema: z.object({ keyId: z.string() }),
  input: (keyId: string, _previous: ActionState, _formData: FormData) => ({ keyId }),
  run: (input, user) => removeSecurityKey({ userId: user.id, sessionId: user.sessionId, keyId: input.keyId }),
  done: (): ActionState => {
    revalidatePath("/mon-compte/securite");
    return { ok: true, message: "La clé de sécurité est supprimée." };
  },
});
