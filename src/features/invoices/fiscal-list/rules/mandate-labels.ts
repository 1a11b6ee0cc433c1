// The billing mandates a « Liste fiscale » names in its head: those its invoices were issued under, as
// "MANDAT X (signé le 02/03/2026)". Pure.
import { formatDay } from "@/features/invoices/common/ui.ts";
import type { MandateSpan } from "./issuing-mandate.ts";

export function mandatesUsed(mandates: readonly MandateSpan[], usedIds: ReadonlySet<string>): string[] {
  return mandates.filter((mandate) => usedIds.has(mandate.id)).map((mandate) => `${mandate.libelle} (signé le ${formatDay(mandate.signedAt)}${mandate.revokedAt ? `, révoqué le ${formatDay(mandate.revokedAt)}` : ""})`);
}
