// The one way a server action is built: the session is checked, the arguments become the input, the input is
// parsed with the area's zod schema, the use case runs, and what it refuses (an AppError) becomes the form's French
// message — so no action can skip a step. `done` runs after the use case, outside the error mapping, so that its
// revalidatePath / redirect are never mistaken for a refusal.
import type { z } from "zod";
import { invalid, type ActionState } from "@/lib/action-state.ts";
import { requireSession, requireUser, type CurrentUser } from "./auth/session.ts";
import { AppError } from "./errors.ts";

type ActionSpec<Schema extends z.ZodType, Args extends unknown[], Result, State> = {
  /** The one schema of this input, shared with the form and the API. */
  schema: Schema;
  /** How the call's arguments become the input to parse; by default the last FormData's fields, or the first argument. */
  input?: (...args: Args) => unknown;
  /** The form's message when the input is refused by the schema; by default « Le formulaire comporte des erreurs… ». */
  invalidMessage?: string;
  /** What a refusal becomes; by default an AppError's message (and field), anything else is re-thrown. */
  refused?: (error: unknown) => ActionState;
  /** After success: revalidate, redirect, or the state to answer. */
  done: (result: Result, input: z.output<Schema>) => State;
};

/** Turns an AppError into the form's state; anything else is re-thrown (Next shows the error page, the log has it). */
export function failed(error: unknown): ActionState {
  if (error instanceof AppError) {
    return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: [error.message] } : undefined };
  }
  throw error;
}

function defaultInput(args: unknown[]): unknown {
  const last = args.at(-1);
  return last instanceof FormData ? Object.fromEntries(last) : args[0];
}

async function runAction<Schema extends z.ZodType, Args extends unknown[], Result, State>(
  spec: ActionSpec<Schema, Args, Result, State>,
  args: Args,
  run: (input: z.output<Schema>) => Promise<Result>,
): Promise<State | ActionState> {
  const parsed = spec.schema.safeParse(spec.input ? spec.input(...args) : defaultInput(args));
  if (!parsed.success) return invalid(parsed.error, spec.invalidMessage);
  let result: Result;
  try {
    result = await run(parsed.data);
  } catch (error) {
    return (spec.refused ?? failed)(error);
  }
  return spec.done(result, parsed.data);
}

/** An action of a signed-in user (password and second factor given); anyone else is sent to the login form. */
export function userAction<Schema extends z.ZodType, Args extends unknown[], Result, State>(
  spec: ActionSpec<Schema, Args, Result, State> & { run: (input: z.output<Schema>, user: CurrentUser) => Promise<Result> },
): (...args: Args) => Promise<State | ActionState> {
  return async (...args) => {
    const user = await requireUser();
    return runAction(spec, args, (input) => spec.run(input, user));
  };
}

/** An action of the second-factor pages: a live session, whether or not it has given its second factor yet. */
export function sessionAction<Schema extends z.ZodType, Args extends unknown[], Result, State>(
  spec: ActionSpec<Schema, Args, Result, State> & {
    run: (input: z.output<Schema>, user: CurrentUser & { secondFactorDone: boolean }) => Promise<Result>;
  },
): (...args: Args) => Promise<State | ActionState> {
  return async (...args) => {
    const user = await requireSession();
    return runAction(spec, args, (input) => spec.run(input, user));
  };
}

/** An action open to anyone (inscription, mot de passe oublié…): still parsed, still mapped; the use case rate-limits. */
export function publicAction<Schema extends z.ZodType, Args extends unknown[], Result, State>(
  spec: ActionSpec<Schema, Args, Result, State> & { run: (input: z.output<Schema>) => Promise<Result> },
): (...args: Args) => Promise<State | ActionState> {
  return (...args) => runAction(spec, args, spec.run);
}
