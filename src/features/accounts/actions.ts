"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { requestClientIp } from "@/server/http/request-client.ts";
import { activationSchema, changePasswordSchema, emailRequestSchema, profileSchema, resetPasswordSchema, signupSchema } from "./schemas.ts";
import { activateAccount } from "./use-cases/activate-account.ts";
import { changePassword } from "./use-cases/change-password.ts";
import { createAccount } from "./use-cases/create-account.ts";
import { requestPasswordReset } from "./use-cases/request-password-reset.ts";
import { resendActivation } from "./use-cases/resend-activation.ts";
import { resetPassword } from "./use-cases/reset-password.ts";
import { updateProfile } from "./use-cases/update-profile.ts";

const fields = (formData: FormData) => Object.fromEntries(formData);

export async function createAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signupSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const { loginEmail } = await createAccount(parsed.data, new Date(), await requestClientIp());
    return { ok: true, message: loginEmail };
  } catch (error) {
    return failed(error);
  }
}

export async function activateAccountAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = activationSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await activateAccount(token, parsed.data, new Date(), await requestClientIp());
  } catch (error) {
    return failed(error);
  }
  redirect("/?activation=ok");
}

const SAME_ANSWER_RESEND =
  "Si un compte en attente d'activation correspond à cette adresse, un nouveau lien d'activation vient de lui être envoyé. Les liens envoyés auparavant ne fonctionnent plus.";

export async function resendActivationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = emailRequestSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await resendActivation(parsed.data.email, new Date(), await requestClientIp());
  } catch (error) {
    return failed(error);
  }
  return { ok: true, message: SAME_ANSWER_RESEND };
}

const SAME_ANSWER_RESET =
  "Si un compte actif correspond à cette adresse, un courriel contenant un lien de réinitialisation, valable 1 heure, vient de lui être envoyé.";

export async function requestPasswordResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = emailRequestSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await requestPasswordReset(parsed.data.email, new Date(), await requestClientIp());
  } catch (error) {
    return failed(error);
  }
  return { ok: true, message: SAME_ANSWER_RESET };
}

export async function resetPasswordAction(token: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = resetPasswordSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await resetPassword(token, parsed.data, new Date(), await requestClientIp());
  } catch (error) {
    return failed(error);
  }
  redirect("/?mot-de-passe=modifie");
}

export async function updateProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = profileSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await updateProfile(user.id, parsed.data);
  } catch (error) {
    return failed(error);
  }
  revalidatePath("/mon-compte");
  return { ok: true, message: "Vos informations ont été enregistrées." };
}

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await changePassword(user.id, parsed.data, new Date(), user.sessionId);
  } catch (error) {
    return failed(error);
  }
  return { ok: true, message: "Votre mot de passe a été modifié. Vos autres sessions sont terminées." };
}
