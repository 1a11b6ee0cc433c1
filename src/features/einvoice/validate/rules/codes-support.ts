// Shared tools of the code-list rules (BR-CL-xx): defensive reads of an invoice as read (any term may be missing or
// hold anything: rule groups must never throw) and the finding of a code that is not in its list.
import { isCoded } from "@/features/einvoice/model/code-lists/code-set.ts";
import type { Finding } from "../finding.ts";

/** The items of a list, or none when the term is not a list (absent, or garbage where a list is expected). */
export const itemsOf = <T>(value: readonly T[] | null | undefined): readonly T[] => (Array.isArray(value) ? value : []);

/** A code as a string, or undefined when there is none: the schematron's context only exists when the term does. */
const codeText = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A coded value for a message, bounded so that a huge garbage value does not flood the report. */
export function quoted(code: string): string {
  const shown = code.length > 40 ? `${code.slice(0, 40)}…` : code;
  return `« ${shown} »`;
}

export type CodeCheck = {
  rule: string;
  list: ReadonlySet<string>;
  /** The term as read: checked only when it is a string (present). */
  value: unknown;
  location: string;
  /** What the term is, e.g. "Le code de la devise de la facture (BT-5)". */
  term: string;
  /** The list it must belong to, e.g. "la liste ISO 4217 des devises". */
  listName: string;
  /** How the value is compared; by default the schematron's normalize-space and whole-code match. */
  matches?: (list: ReadonlySet<string>, code: string) => boolean;
};

/** The finding of a present code that is not in its list (all BR-CL rules are fatal), or none. */
export function codeFinding(check: CodeCheck): Finding[] {
  const code = codeText(check.value);
  if (code === undefined) return [];
  const matches = check.matches ?? isCoded;
  if (matches(check.list, code)) return [];
  const message =
    code.trim() === ""
      ? `${check.term} est vide : il doit appartenir à ${check.listName}.`
      : `${check.term} ${quoted(code)} n'appartient pas à ${check.listName}.`;
  return [{ rule: check.rule, severity: "fatal", message, location: check.location }];
}
