// How an invoice came in: entered in the portal, or deposited as a file in one of the formats; the labels of the
// "Mode de dépôt" an invoice shows, and what a structured deposit means for the rest of its life. Pure.
export const DEPOSIT_FORMATS = ["PDF_NON_SIGNE", "PDF_SIGNE_PADES", "PDF_SIGNE_XADES", "XML_MIXTE", "XML_STRUCTURE"] as const;
export type DepositFormatCode = (typeof DEPOSIT_FORMATS)[number];

/** « Format de dépôt », as the portal names them. */
export const DEPOSIT_FORMAT_LABELS: Record<DepositFormatCode, string> = {
  PDF_NON_SIGNE: "PDF non signé",
  PDF_SIGNE_PADES: "PDF signé (signature PAdES)",
  PDF_SIGNE_XADES: "PDF signé (signature XAdES)",
  XML_MIXTE: "XML mixte",
  XML_STRUCTURE: "XML structuré",
};

/** « Mode de dépôt » of an invoice: entered in the portal, or deposited in one of the formats. */
export const DEPOSIT_MODE_LABELS: Record<"SAISIE" | DepositFormatCode, string> = { SAISIE: "Saisie sur le portail", ...DEPOSIT_FORMAT_LABELS };

/**
 * A structured deposit (XML structuré, or the XML of a Factur-X) IS the invoice: its number, date, lines and amounts
 * stay as the file gives them (document-level allowances, prepaid amounts… included); the user only completes the
 * routing (recipient, services, engagement, marché, cadre, comment) and sends it, with no new invoice document.
 */
export const isStructuredDeposit = (mode: string | undefined | null) => mode === "XML_MIXTE" || mode === "XML_STRUCTURE";

/** The attachment type of the deposited file, kept with the invoice it became. */
export const ORIGINAL_ATTACHMENT_TYPE = "Facture originale";
