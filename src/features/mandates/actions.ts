"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { revokeMandateSchema, signMandateSchema, subscribeMandateSchema } from "./schemas.ts";
import { revokeMandate } from "./use-cases/revoke-mandate.ts";
import { signMandate } from "./use-cases/sign-mandate.ts";
import { subscribeMandate } from "./use-cases/subscribe-mandate.ts";

const mandatesPath = (structureId: string) => `/activites-gestionnaire/structures/${structureId}/mandats`;

export async function subscribeMandateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = subscribeMandateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await subscribeMandate(user.id, parsed.data);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(mandatesPath(parsed.data.structureId));
  redirect(`${mandatesPath(parsed.data.structureId)}?souscrit=1`);
}

export async function signMandateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = signMandateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  let structureId: string;
  try {
    ({ structureId } = await signMandate(user.id, { token: parsed.data.token, conditionsAccepted: true }));
  } catch (error) {
    return failed(error);
  }
  revalidatePath(mandatesPath(structureId));
  redirect(`${mandatesPath(structureId)}?signe=1`);
}

export async function revokeMandateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = revokeMandateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await revokeMandate(user.id, parsed.data);
  } catch (error) {
    return failed(error);
  }
  revalidatePath(mandatesPath(parsed.data.structureId));
  redirect(`${mandatesPath(parsed.data.structureId)}?revoque=1`);
}
