// The "compte rendu" of a flux speaks in findings, as the EN 16931 validator does: a rule id, a French message and
// where. The portal's own rules (recipient, service, engagement, duplicates…) get ids of their own, "PORTAIL-…",
// so that a rejected invoice lists every reason the same way: « [BR-CO-10] message (BT-106) ». Pure.
import type { Finding } from "@/features/einvoice/index.ts";

export const PORTAL_RULES = {
  file: "PORTAIL-FICHIER",
  supplier: "PORTAIL-FOURNISSEUR",
  recipient: "PORTAIL-DESTINATAIRE",
  service: "PORTAIL-SERVICE",
  engagement: "PORTAIL-ENGAGEMENT",
  invoice: "PORTAIL-FACTURE",
  duplicate: "PORTAIL-DOUBLON",
  bank: "PORTAIL-BANQUE",
  technical: "PORTAIL-TECHNIQUE",
} as const;

/** The form's fields (as the invoice rules key their errors) → the portal rule and the business term concerned. */
const FIELD_RULES: Record<string, { rule: string; location: string }> = {
  file: { rule: PORTAL_RULES.supplier, location: "BG-4" },
  supplierStructureId: { rule: PORTAL_RULES.supplier, location: "BG-4" },
  supplierServiceId: { rule: PORTAL_RULES.supplier, location: "BG-4" },
  recipientIsState: { rule: PORTAL_RULES.recipient, location: "BG-7" },
  recipientStructureId: { rule: PORTAL_RULES.recipient, location: "BG-7" },
  recipientServiceId: { rule: PORTAL_RULES.service, location: "BT-10" },
  engagementNumber: { rule: PORTAL_RULES.engagement, location: "BT-13" },
  invoiceNumber: { rule: PORTAL_RULES.invoice, location: "BT-1" },
  invoiceDate: { rule: PORTAL_RULES.invoice, location: "BT-2" },
  originalInvoiceNumber: { rule: PORTAL_RULES.invoice, location: "BG-3" },
  exemptionReason: { rule: PORTAL_RULES.invoice, location: "BT-120" },
  lines: { rule: PORTAL_RULES.invoice, location: "BG-25" },
};

const fatal = (rule: string, message: string, location: string): Finding => ({ rule, severity: "fatal", message, location });

/** Errors keyed by the form's fields (recipientErrors, resolveDepositParties…) as findings. */
export function fieldErrorsToFindings(errors: Record<string, string>): Finding[] {
  return Object.entries(errors).map(([field, message]) => {
    const known = FIELD_RULES[field] ?? FIELD_RULES[field.split(".")[0]];
    return fatal(known?.rule ?? PORTAL_RULES.invoice, message, known?.location ?? "");
  });
}

export const notXmlFinding = (): Finding => fatal(PORTAL_RULES.file, "Ce fichier n'est pas un XML ni un PDF : seules les factures XML (.xml) et Factur-X (.pdf) sont traitées.", "Fichier");

/** A file that cannot be read at all (EInvoiceReadError): its French message. */
export const unreadableFinding = (message: string): Finding => fatal(PORTAL_RULES.file, message, "Fichier");

export const technicalFinding = (): Finding =>
  fatal(PORTAL_RULES.technical, "Le fichier n'a pas pu être traité à la suite d'une erreur technique : déposez-le de nouveau ou contactez le support.", "Fichier");

export const duplicateFileFinding = (previous: { invoiceNumber?: string | null; fileName?: string }): Finding =>
  fatal(
    PORTAL_RULES.duplicate,
    previous.fileName
      ? `Double facturation : ce fichier figure déjà dans ce flux (fichier « ${previous.fileName} »).`
      : `Double facturation : ce fichier a déjà été déposé (facture ${previous.invoiceNumber ?? "existante"}).`,
    "Fichier",
  );

export const duplicateNumberFinding = (number: string, inFluxFileName?: string): Finding =>
  fatal(
    PORTAL_RULES.duplicate,
    inFluxFileName
      ? `Double facturation : le numéro de facture ${number} figure déjà dans ce flux (fichier « ${inFluxFileName} »).`
      : `Double facturation : le numéro de facture ${number} est déjà utilisé par une facture envoyée de votre structure.`,
    "BT-1",
  );

/** The stored form of findings (DepositFluxItem.errors), read back defensively: anything else is ignored. */
export function storedFindings(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (typeof entry !== "object" || entry === null) return [];
    const { rule, severity, message, location } = entry as Record<string, unknown>;
    if (typeof rule !== "string" || typeof message !== "string") return [];
    return [{ rule, severity: severity === "warning" ? "warning" : "fatal", message, location: typeof location === "string" ? location : "" } satisfies Finding];
  });
}
