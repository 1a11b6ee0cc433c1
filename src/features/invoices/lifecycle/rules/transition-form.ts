// The form of a status change (a recipient's action, a holder's decision): its motif and comment checked by the
// status machine's rules, each refusal on its field, and turned into what the lifecycle use case takes.
import type { z } from "zod";
import type { LifecycleAction } from "./lifecycle-contract.ts";
import { transitionInput } from "./status-machine.ts";

type TransitionFields = { action: LifecycleAction; motif?: string; comment?: string };

/** For superRefine: the machine's refusals (missing motif, motif outside the list, texts too long), each on its field. */
export function checkTransitionFields(value: TransitionFields, ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(transitionInput(value.action, value).errors)) ctx.addIssue({ code: "custom", path: [path], message });
}

/** For transform: trimmed texts, and no motif for an action that asks for none. */
export function toTransitionCommand<T extends TransitionFields>({ motif: rawMotif, comment: rawComment, ...rest }: T) {
  const { motif, comment } = transitionInput(rest.action, { motif: rawMotif, comment: rawComment });
  return { ...rest, input: { ...(motif ? { motif } : {}), ...(comment ? { comment } : {}) } };
}
