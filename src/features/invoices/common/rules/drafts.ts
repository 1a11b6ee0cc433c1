// Every change of content is for drafts only: once sent, the invoice is frozen (its status moves on, its content never
// changes). Pure.
export const SENT_INVOICE_MESSAGE = "Une facture envoyée ne peut plus être modifiée.";

export const isDraft = (invoice: { status: string }) => invoice.status === "BROUILLON";
