"use client";
// Forms that submit through useActionState from onSubmit rather than <form action>: React
// resets a form after its action runs, which would wipe what the user typed when the server sends errors back.
import { startTransition, useActionState, type FormEvent } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** `State`: an action's answer with more than the ActionState (a secret shown once, say). */
export function useActionForm<State extends ActionState = ActionState>(action: (state: State, formData: FormData) => Promise<State>) {
  const [state, dispatch, pending] = useActionState(action as (state: Awaited<State>, formData: FormData) => Promise<State>, initialActionState as Awaited<State>);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The clicked button's name/value (e.g. operation=desactiver) is part of the data.
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  };
  /** Props of a DSFR field for its error message, next to it. */
  const errorOf = (name: string) => {
    const message = state.fieldErrors?.[name]?.[0];
    return message ? { state: "error" as const, stateRelatedMessage: message } : {};
  };
  return { state, pending, onSubmit, errorOf };
}
