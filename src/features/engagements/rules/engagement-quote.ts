// Whether an invoice may quote an engagement, when its recipient requires an existing open engagement of the
// supplier (Structure.engagementExistantObligatoire): the reason in French when it may not, as the routing's motif
// and the form's error. Pure.

export type QuotedEngagement = { number: string; status: "OUVERT" | "CLOTURE"; serviceId: string | null; serviceLabel: string | null };

/**
 * `engagement`: the recipient's engagement of that numéro naming the invoice's supplier, or null. An engagement of
 * a service binds the invoice to that service.
 */
export function engagementQuoteProblem(invoice: { engagementNumber: string | null; recipientServiceId: string | null }, engagement: QuotedEngagement | null): string | null {
  if (!invoice.engagementNumber) return "Le destinataire exige le numéro d'un engagement ouvert du fournisseur.";
  if (!engagement) return `L'engagement ${invoice.engagementNumber} n'est pas un engagement connu du destinataire pour ce fournisseur.`;
  if (engagement.status === "CLOTURE") return `L'engagement ${engagement.number} est clôturé.`;
  if (engagement.serviceId && engagement.serviceId !== invoice.recipientServiceId) {
    return `L'engagement ${engagement.number} est celui du service ${engagement.serviceLabel ?? ""} : adressez la facture à ce service.`.replace("service  :", "service indiqué :");
  }
  return null;
}

export const ENGAGEMENT_STATUS_LABELS: Record<"OUVERT" | "CLOTURE", string> = { OUVERT: "Ouvert", CLOTURE: "Clôturé" };
