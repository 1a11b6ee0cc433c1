// The "Format de dépôt" a deposited file is checked against: the file reader (read-invoice-file.ts) and the PDF
// reader (pdf/pdf-reader.ts, signed or Factur-X expected) both read it, so it stands alone.

export type DepositFormat = "PDF_NON_SIGNE" | "PDF_SIGNE_PADES" | "PDF_SIGNE_XADES" | "XML_MIXTE" | "XML_STRUCTURE";

/** As the readers' refusals name them ("Le format de dépôt « … » attend …"). */
export const DEPOSIT_FORMAT_LABELS: Record<DepositFormat, string> = {
  PDF_NON_SIGNE: "PDF non signé",
  PDF_SIGNE_PADES: "PDF signé (PAdES)",
  PDF_SIGNE_XADES: "PDF signé (XAdES)",
  XML_MIXTE: "XML mixte (Factur-X)",
  XML_STRUCTURE: "XML structuré",
};
