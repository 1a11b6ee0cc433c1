"use client";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { createContext, useContext } from "react";

/** The form's fields read from a deposited PDF's text, to be checked by the user (empty for other invoices). */
const FieldsToCheckContext = createContext<ReadonlySet<string>>(new Set());

export const FieldsToCheckProvider = FieldsToCheckContext.Provider;

/** « À vérifier » beside a field guessed from a deposited file; nothing for any other field. */
export function ToCheck({ field }: { field: string }) {
  const fields = useContext(FieldsToCheckContext);
  if (!fields.has(field)) return null;
  return (
    <>
      {" "}
      <Badge as="span" small severity="warning">
        À vérifier
      </Badge>
    </>
  );
}
