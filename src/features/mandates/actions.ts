"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/server/actions.ts";
import { revokeMandateSchema, signMandateSchema, subscribeMandateSchema } from "./schemas.ts";
import { revokeMandate } from "./use-cases/revoke-mandate.ts";
import { signMandate } from "./use-cases/sign-mandate.ts";
import { subscribeMandate } from "./use-cases/subscribe-mandate.ts";

const mandatesPath = (structureId: string) => `/activites-gestionnaire/structures/${structureId}/mandats`;

/** Back to the structure's mandates, with the notice of what was done. */
function backToMandates(structureId: string, notice: string): never {
  revalidatePath(mandatesPath(structureId));
  redirect(`${mandatesPath(structureId)}?${notice}=1`);
}

export const subscribeMandateAction = userAction({
  schema: subscribeMandateSchema,
  run: (input, user) => subscribeMandate({ userId: user.id, input }),
  done: (_mandate, input) => backToMandates(input.structureId, "souscrit"),
});

export const signMandateAction = userAction({
  schema: signMandateSchema,
  run: (input, user) => signMandate({ userId: user.id, token: input.token, conditionsAccepted: true }),
  done: ({ structureId }) => backToMandates(structureId, "signe"),
});

export const revokeMandateAction = userAction({
  schema: revokeMandateSchema,
  run: (input, user) => revokeMandate({ userId: user.id, ...input }),
  done: (_revoked, input) => backToMandates(input.structureId, "revoque"),
});
