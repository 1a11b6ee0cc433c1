"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useRef } from "react";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form checked in the browser by the same zod schema as its server action, then posted to that action.
 * Without JavaScript, the form posts to the action directly (its `action` attribute); the server's answer
 * (errors per field, message) is in `state`.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  action: FormAction,
  defaultValues?: DefaultValues<z.input<Schema>>,
) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({ resolver: zodResolver(schema), defaultValues });
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = form.handleSubmit(() => {
    startTransition(() => formAction(new FormData(formRef.current!)));
  });

  /** The field's error: the browser's check first, else the server's answer. */
  const error = (name: string): string | undefined =>
    (form.formState.errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name]?.[0];

  /** Props of a DSFR Input/Select for that error, shown next to the field. */
  const errorProps = (name: string) => {
    const message = error(name);
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };

  const formProps = { ref: formRef, action: formAction, onSubmit, noValidate: true };
  return { form, state, pending, error, errorProps, formProps };
}
