// A works input parsed by its zod schema, or its refusals on their fields (InvoiceRulesError, as every invoice form).
import type { z } from "zod";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";

export function parseWorksInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "_form";
    errors[field] ??= issue.message;
  }
  throw new InvoiceRulesError(errors);
}
