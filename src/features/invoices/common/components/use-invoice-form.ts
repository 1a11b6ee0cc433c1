"use client";
import { useFormContext, type FieldPath } from "react-hook-form";
import type { ActionState } from "@/lib/action-state.ts";
import type { InvoiceFormInput } from "../schemas.ts";

export type InvoiceFieldName = FieldPath<InvoiceFormInput>;

/** The entry form's react-hook-form context, with the DSFR props that show a field's error next to it. */
export function useInvoiceForm() {
  const form = useFormContext<InvoiceFormInput>();
  const errorOf = (name: string): string | undefined => form.getFieldState(name as InvoiceFieldName, form.formState).error?.message;
  const errorProps = (name: string) => {
    const message = errorOf(name);
    return { state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message };
  };
  return { form, errorOf, errorProps };
}

/** Puts the server's (or sendingErrors') messages next to their fields, `lines.0.quantity` included. */
export function showFieldErrors(setError: (name: InvoiceFieldName, error: { message: string }) => void, fieldErrors: ActionState["fieldErrors"] | Record<string, string>) {
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    const message = Array.isArray(messages) ? messages[0] : messages;
    if (message) setError(name as InvoiceFieldName, { message });
  }
}
