import Link from "next/link";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionState } from "@/lib/action-state.ts";
import { STRUCTURE_ALREADY_REGISTERED } from "../schemas/structure-creation.ts";

export const SEARCH_PATH = "/mon-compte/rattachements/demander";

/** Puts the server's field errors next to the fields; returns the message for the alert. */
export function showServerErrors<T extends FieldValues>(form: UseFormReturn<T>, state: ActionState) {
  for (const [field, messages] of Object.entries(state.fieldErrors ?? {})) {
    if (messages?.[0]) form.setError(field as Path<T>, { message: messages[0] });
  }
  return state.message ?? null;
}

/** The identifier's error; "already registered" comes with the way to ask for a rattachement instead. */
export function IdentifierMessage({ message, identifier }: { message?: string; identifier: string }) {
  if (message !== STRUCTURE_ALREADY_REGISTERED) return message;
  return (
    <>
      {message} <Link href={`${SEARCH_PATH}?recherche=1&identifiant=${encodeURIComponent(identifier)}`}>Rechercher la structure {identifier}</Link>
    </>
  );
}
