// How a finding of the EN 16931 checks reads in French lists (a refused deposit's, a flux's compte rendu): its rule,
// its message, where. Pure.
import type { Finding } from "@/features/einvoice/index.ts";

/** "[BR-CO-10] La somme est fausse. (BT-106)". */
export function formatFinding(finding: Pick<Finding, "rule" | "message" | "location">): string {
  return `[${finding.rule}] ${finding.message}${finding.location ? ` (${finding.location})` : ""}`;
}
