// Several refusals at once, each on its field (the schema's paths: "invoiceNumber", "lines.0.quantity"), so that
// "Valider et envoyer" shows every missing piece in one go. The actions turn it into their ActionState.
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state.ts";
import { failed } from "@/server/actions.ts";
import type { Finding } from "@/features/einvoice/index.ts";
import { AppError } from "@/server/errors.ts";
import { formatFinding } from "../rules/finding-text.ts";

export const INVALID_INVOICE_MESSAGE = "La facture comporte des erreurs : corrigez les champs signalés.";

export class InvoiceRulesError extends AppError {
  constructor(readonly fieldErrors: Record<string, string>) {
    const [field, message] = Object.entries(fieldErrors)[0] ?? ["_form", INVALID_INVOICE_MESSAGE];
    super("VALIDATION", Object.keys(fieldErrors).length === 1 ? message : INVALID_INVOICE_MESSAGE, field);
    this.name = "InvoiceRulesError";
  }

  static fromZod(error: z.ZodError): InvoiceRulesError {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) fieldErrors[issue.path.join(".") || "_form"] ??= issue.message;
    return new InvoiceRulesError(fieldErrors);
  }
}

/** Throws the errors, if any, together. */
export function throwIfAny(fieldErrors: Record<string, string>) {
  if (Object.keys(fieldErrors).length > 0) throw new InvoiceRulesError(fieldErrors);
}

/** A refusal as the form's state: every field error of the invoice's rules at once; any other AppError as failed() says. */
export function refusedState(error: unknown): ActionState {
  if (error instanceof InvoiceRulesError) {
    return { ok: false, message: error.message, fieldErrors: Object.fromEntries(Object.entries(error.fieldErrors).map(([field, message]) => [field, [message]])) };
  }
  return failed(error);
}

/** A structured file that breaks EN 16931: every fatal finding, listed under the file field. */
export class DepositFindingsError extends InvoiceRulesError {
  constructor(readonly findings: Finding[]) {
    const count = findings.length;
    super({ file: [`Le fichier ne respecte pas la norme EN 16931 (${count} erreur${count > 1 ? "s" : ""}) :`, ...findings.map(formatFinding)].join("\n") });
    this.name = "DepositFindingsError";
  }
}
