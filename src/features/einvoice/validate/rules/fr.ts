// The French e-invoicing reform's extra rules (BR-FR-…, the XP Z12-012 standard the external specifications refer
// to) that one invoice shows, as WARNINGS: the invoice is never refused for them today, but the supplier sees what
// the platforms will refuse from 2026-2027. Which rules, from which source, and which are left: decision 0014.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { RuleGroup } from "../rule.ts";
import { rec } from "./core-support.ts";
import { frCodeFindings } from "./fr-codes.ts";
import { frConsistencyFindings } from "./fr-consistency.ts";
import { frIdentifierFindings } from "./fr-identifiers.ts";
import { frNoteFindings } from "./fr-notes.ts";

const THEMES = [frIdentifierFindings, frCodeFindings, frNoteFindings, frConsistencyFindings];

export const frRules: RuleGroup = (invoice) => {
  const readInvoice: ReadEInvoice = rec(invoice) ?? {};
  return THEMES.flatMap((theme) => theme(readInvoice));
};
