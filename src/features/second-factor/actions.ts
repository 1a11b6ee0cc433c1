"use server";
// The second factor: given after the password (a session waiting for it reaches only these actions and pages), set up
// at first login, managed in Mon compte; and the ending of sessions (« Se déconnecter de tous les appareils »).
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireSession, requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";
import { safeReturnPath } from "../accounts/rules/return-path.ts";
import { recoveryCodeSchema, securityKeyNameSchema, totpCodeSchema, totpSetupSchema, webAuthnResponseSchema } from "./schemas.ts";
import { signOutEverywhere } from "../accounts/use-cases/sign-out-everywhere.ts";
import { confirmTotpSetup } from "./use-cases/confirm-totp-setup.ts";
import { regenerateRecoveryCodes } from "./use-cases/regenerate-recovery-codes.ts";
import { beginSecurityKeyLogin, finishSecurityKeyLogin } from "./use-cases/finish-security-key-login.ts";
import { beginSecurityKeyRegistration, finishSecurityKeyRegistration, removeSecurityKey } from "./use-cases/finish-security-key-registration.ts";
import { sendEmailCode } from "./use-cases/send-email-code.ts";
import { verifyEmailCode } from "./use-cases/verify-email-code.ts";
import { verifyRecoveryCode } from "./use-cases/verify-recovery-code.ts";
import { verifyTotpCode } from "./use-cases/verify-totp-code.ts";

/**
 * The state of a form that may hand back recovery codes (shown once), or the page to load once the second factor is
 * given (a full page load, so that the whole layout, header included, is drawn for the signed-in user).
 */
export type TwoFactorState = ActionState & { recoveryCodes?: string[]; redirectTo?: string };

const fields = (formData: FormData) => Object.fromEntries(formData);

function parseJson<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AppError("VALIDATION", "Réponse de la clé de sécurité illisible : réessayez.");
  }
}

/** After a second factor given at login: the page asked for at first (a path of this site only). */
function done(retour: string): TwoFactorState {
  return { ok: true, message: "Vérification réussie.", redirectTo: safeReturnPath(retour) };
}

export async function verifyTotpAction(retour: string, _previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const session = await requireSession();
  const parsed = totpCodeSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await verifyTotpCode({ userId: session.id, sessionId: session.sessionId, code: parsed.data.code });
  } catch (error) {
    return failed(error);
  }
  return done(retour);
}

export async function verifyRecoveryCodeAction(retour: string, _previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const session = await requireSession();
  const parsed = recoveryCodeSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await verifyRecoveryCode({ userId: session.id, sessionId: session.sessionId, code: parsed.data.code });
  } catch (error) {
    return failed(error);
  }
  return done(retour);
}

export async function sendEmailCodeAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  const session = await requireSession();
  try {
    const { email } = await sendEmailCode({ userId: session.id, sessionId: session.sessionId });
    return { ok: true, message: `Un code valable 10 minutes vient d'être envoyé à ${email}.` };
  } catch (error) {
    return failed(error);
  }
}

export async function verifyEmailCodeAction(retour: string, _previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const session = await requireSession();
  const parsed = totpCodeSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await verifyEmailCode({ userId: session.id, sessionId: session.sessionId, code: parsed.data.code });
  } catch (error) {
    return failed(error);
  }
  return done(retour);
}

export async function confirmTotpSetupAction(_previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const session = await requireSession();
  const parsed = totpSetupSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { recoveryCodes } = await confirmTotpSetup({ userId: session.id, sessionId: session.sessionId, sealed: parsed.data.sealed, code: parsed.data.code });
    return { ok: true, message: "Votre application d'authentification est activée.", recoveryCodes: recoveryCodes ?? undefined };
  } catch (error) {
    return failed(error);
  }
}

export async function regenerateRecoveryCodesAction(_previous: TwoFactorState, _formData: FormData): Promise<TwoFactorState> {
  const user = await requireUser();
  try {
    const recoveryCodes = await regenerateRecoveryCodes({ userId: user.id, sessionId: user.sessionId });
    revalidatePath("/mon-compte/securite");
    return { ok: true, message: "Vos nouveaux codes de secours : les précédents ne fonctionnent plus.", recoveryCodes };
  } catch (error) {
    return failed(error);
  }
}

/** The options for navigator.credentials.create(), as JSON (the browser library takes them). */
export async function securityKeyRegistrationOptionsAction(): Promise<{ ok: true; options: string } | { ok: false; message: string }> {
  const session = await requireSession();
  try {
    return { ok: true, options: JSON.stringify(await beginSecurityKeyRegistration({ userId: session.id, sessionId: session.sessionId })) };
  } catch (error) {
    return { ok: false, message: failed(error).message ?? "" };
  }
}

export async function finishSecurityKeyRegistrationAction(_previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const session = await requireSession();
  const parsed = webAuthnResponseSchema.merge(securityKeyNameSchema).safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const response = parseJson<RegistrationResponseJSON>(parsed.data.response);
    const { recoveryCodes } = await finishSecurityKeyRegistration({ userId: session.id, sessionId: session.sessionId, response, name: parsed.data.name });
    revalidatePath("/mon-compte/securite");
    return { ok: true, message: "Votre clé de sécurité est enregistrée.", recoveryCodes: recoveryCodes ?? undefined };
  } catch (error) {
    return failed(error);
  }
}

export async function securityKeyLoginOptionsAction(): Promise<{ ok: true; options: string } | { ok: false; message: string }> {
  const session = await requireSession();
  try {
    return { ok: true, options: JSON.stringify(await beginSecurityKeyLogin({ userId: session.id, sessionId: session.sessionId })) };
  } catch (error) {
    return { ok: false, message: failed(error).message ?? "" };
  }
}

export async function finishSecurityKeyLoginAction(retour: string, _previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const session = await requireSession();
  const parsed = webAuthnResponseSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await finishSecurityKeyLogin({ userId: session.id, sessionId: session.sessionId, response: parseJson<AuthenticationResponseJSON>(parsed.data.response) });
  } catch (error) {
    return failed(error);
  }
  return done(retour);
}

export async function removeSecurityKeyAction(keyId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  try {
    await removeSecurityKey({ userId: user.id, sessionId: user.sessionId, keyId });
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/mon-compte/securite");
  return { ok: true, message: "La clé de sécurité est supprimée." };
}

/** « Se déconnecter de tous les appareils »: every session of the account ends, this one included. */
export async function signOutEverywhereAction(_previous: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const count = await signOutEverywhere({ userId: user.id });
  return { ok: true, message: `${count} session${count > 1 ? "s" : ""} terminée${count > 1 ? "s" : ""}.` };
}
