// "Saisir facture": the ONE schema of an invoice entered in the portal, shared by the form (react-hook-form, in the
// browser), the server actions and the use cases; and the stricter rules of "Valider et envoyer" (sendingErrors).
// Amounts and quantities stay decimal STRINGS ("2.5"): "2,5" is accepted and normalised, never turned into a float.
import Decimal from "decimal.js";
import { z } from "zod";
import { CURRENCY_CODES, DEFAULT_CURRENCY } from "./rules/currencies.ts";
import { UNIT_CODES } from "./rules/units.ts";
import { engagementFormatError, matchesEngagementFormat, type EngagementFormat } from "@/features/directory/ui.ts";
import { HOLDER_REQUIRED_MESSAGE, needsHolderValidation } from "./rules/holder-validation.ts";
import { invoiceKindErrors } from "./rules/invoice-kinds.ts";
import { uuid } from "@/lib/uuid.ts";

/** The cadres de facturation of the real portal that are not works invoices (those belong to "Factures de travaux"). */
export const CADRES = ["A1", "A2", "A3", "A9", "A12", "A21"] as const;
/** The works cadres (« Factures de travaux », issue 14; entered by invoices/works, never by Saisir facture). */
export const WORKS_CADRES = ["A4", "A5", "A6", "A7", "A8", "A10", "A11", "A13", "A14"] as const;
export type WorksCadreCode = (typeof WORKS_CADRES)[number];
export type CadreCode = (typeof CADRES)[number] | WorksCadreCode;
export const isWorksCadre = (cadre: string): cadre is WorksCadreCode => (WORKS_CADRES as readonly string[]).includes(cadre);
export const CADRE_LABELS: Record<CadreCode, string> = {
  A1: "A1 - Dépôt par un fournisseur d'une facture",
  A2: "A2 - Dépôt d'une facture déjà payée (ex : carte d'achat)",
  A3: "A3 - Dépôt par un fournisseur d'un mémoire de frais de justice",
  A9: "A9 - Dépôt d'une facture par un sous-traitant",
  A12: "A12 - Dépôt d'une facture par un cotraitant",
  A21: "A21 - Dépôt par un bénéficiaire d'une demande de remboursement de la TIC",
  A4: "A4 - Dépôt par un fournisseur d'un projet de décompte mensuel",
  A5: "A5 - Dépôt par un fournisseur d'un état d'acompte",
  A6: "A6 - Dépôt par un fournisseur d'un état d'acompte validé",
  A7: "A7 - Dépôt par un fournisseur d'un projet de décompte final",
  A8: "A8 - Dépôt par un fournisseur d'un décompte général et définitif",
  A10: "A10 - Dépôt par un sous-traitant d'un projet de décompte mensuel",
  A11: "A11 - Dépôt par un sous-traitant d'un projet de décompte final",
  A13: "A13 - Dépôt par un cotraitant d'un projet de décompte mensuel",
  A14: "A14 - Dépôt par un cotraitant d'un projet de décompte final",
};

export const INVOICE_TYPES = ["FACTURE", "AVOIR", "ACOMPTE"] as const;
export type InvoiceTypeCode = (typeof INVOICE_TYPES)[number];
export const INVOICE_TYPE_LABELS: Record<InvoiceTypeCode, string> = { FACTURE: "Facture", AVOIR: "Avoir", ACOMPTE: "Facture d'acompte" };

export const VAT_REGIMES = ["DEBITS", "ENCAISSEMENTS", "EXONERE", "SANS_TVA"] as const;
export type VatRegimeCode = (typeof VAT_REGIMES)[number];
export const VAT_REGIME_LABELS: Record<VatRegimeCode, string> = {
  DEBITS: "TVA sur les débits",
  ENCAISSEMENTS: "TVA sur les encaissements",
  EXONERE: "Exonéré",
  SANS_TVA: "Sans TVA",
};

/** "Sélectionnez un motif d'exonération": the usual French grounds, printed on the invoice (EN 16931 BT-120). */
export const EXEMPTION_REASONS = [
  "Exonération de TVA, article 261 du CGI",
  "Exonération de TVA, article 262 du CGI",
  "Exonération de TVA, article 262 ter I du CGI (livraison intracommunautaire)",
  "Exonération de TVA, article 263 du CGI",
  "Exonération de TVA, article 275 du CGI",
] as const;

export const PAYMENT_MODES = ["VIREMENT", "CHEQUE", "ESPECE", "PRELEVEMENT", "AUTRE"] as const;
export const PAYMENT_MODE_LABELS: Record<(typeof PAYMENT_MODES)[number], string> = {
  VIREMENT: "Virement",
  CHEQUE: "Chèque",
  ESPECE: "Espèce",
  PRELEVEMENT: "Prélèvement",
  AUTRE: "Autre",
};

/** The French VAT rates, in percent, as the "Taux TVA" select offers them. */
export const VAT_RATES = ["0", "2.1", "5.5", "10", "20"] as const;
/** A final invoice names at most this many down-payment invoices (bounded input). */
export const MAX_DEDUCTED_DOWN_PAYMENTS = 50;
const VAT_FREE_REGIMES: readonly VatRegimeCode[] = ["EXONERE", "SANS_TVA"];

/** The State as a recipient ("Le destinataire est-il l'État ?" Oui). */
export const STATE_SIRET = "11000201100044";

const text = (label: string, max: number) => z.string().trim().max(max, `${label} comporte au plus ${max} caractères.`);
const optionalText = (label: string, max: number) => text(label, max).optional();
const optionalId = (message: string) => z.union([uuid(message), z.literal("")]).optional();

/** A non-negative decimal with at most `scale` decimals, "2,5" or "2.5", normalised to "2.5". */
function decimalString(label: string, scale: number) {
  const pattern = new RegExp(`^\\d{1,12}([.]\\d{1,${scale}})?$`);
  return z
    .string(`${label} est obligatoire.`)
    .trim()
    .min(1, `${label} est obligatoire.`)
    .transform((value) => value.replace(",", "."))
    .refine((value) => pattern.test(value), `${label} doit être un nombre positif d'au plus 12 chiffres avant la virgule et ${scale} après.`);
}

/** "5,50" → "5.5", so that the form's select and a typed rate name the same rate. */
function normaliseRate(value: string): string {
  const candidate = value.replace(",", ".");
  return /^\d+(\.\d+)?$/.test(candidate) ? new Decimal(candidate).toString() : value;
}

export const invoiceLineSchema = z.object({
  reference: optionalText("La référence", 50),
  denomination: text("La dénomination", 200).min(1, "La dénomination est obligatoire."),
  quantity: decimalString("La quantité", 6).refine((value) => new Decimal(value).gt(0), "La quantité doit être supérieure à zéro."),
  unit: z.enum(UNIT_CODES, "Choisissez une unité dans la liste."),
  unitPriceNet: decimalString("Le montant unitaire HT", 6),
  discountNet: z.union([z.literal(""), decimalString("Le montant de remise HT", 2)]).optional(),
  vatRate: z
    .string("Le taux de TVA est obligatoire.")
    .trim()
    .transform(normaliseRate)
    .pipe(z.enum(VAT_RATES, "Choisissez un taux de TVA parmi 0 %, 2,1 %, 5,5 %, 10 % et 20 %.")),
});
export type InvoiceLineInput = z.input<typeof invoiceLineSchema>;
export type InvoiceLine = z.output<typeof invoiceLineSchema>;

export const invoiceFormSchema = z
  .object({
    invoiceId: uuid("Facture inconnue.").optional(),
    supplierStructureId: uuid("Choisissez la structure qui émet la facture."),
    supplierServiceId: optionalId("Choisissez un service de la liste."),
    recipientIsState: z.boolean().default(false),
    recipientStructureId: optionalId("Choisissez un destinataire avec la recherche de destinataire."),
    recipientServiceId: optionalId("Choisissez un service de la liste."),
    cadre: z.enum(CADRES, "Choisissez un cadre de facturation."),
    /** A9 / A12: the holder of the contract (titulaire, mandataire) who validates the invoice before its recipient. */
    validatorStructureId: optionalId("Choisissez le titulaire ou le mandataire avec la recherche."),
    currency: z.enum(CURRENCY_CODES, "Choisissez une devise de la liste.").default(DEFAULT_CURRENCY),
    type: z.enum(INVOICE_TYPES, "Choisissez le type : Facture, Avoir ou Facture d'acompte."),
    vatRegime: z.enum(VAT_REGIMES, "Choisissez le type de TVA."),
    exemptionReason: optionalText("Le motif d'exonération", 300),
    marketNumber: optionalText("Le numéro du marché", 50),
    engagementNumber: optionalText("Le numéro d'engagement", 50),
    originalInvoiceNumber: optionalText("Le numéro de la facture d'origine", 20),
    /** An avoir: one of the supplier's sent invoices to the same recipient, picked in the list (its number then fills the field above). */
    originalInvoiceId: optionalId("Choisissez la facture d'origine dans la liste."),
    /** A final invoice (type Facture): the supplier's down-payment invoices to the same recipient it deducts (BT-113). */
    downPaymentInvoiceIds: z
      .array(uuid("Choisissez les factures d'acompte dans la liste."))
      .max(MAX_DEDUCTED_DOWN_PAYMENTS, `Une facture déduit au plus ${MAX_DEDUCTED_DOWN_PAYMENTS} factures d'acompte.`)
      .refine((ids) => new Set(ids).size === ids.length, "Une facture d'acompte n'est déduite qu'une fois.")
      .default([]),
    paymentMode: z.enum(PAYMENT_MODES, "Choisissez le mode de règlement."),
    /** "Références bancaires": one of the supplier structure's active bank accounts (checked against the database). */
    bankAccountId: optionalId("Choisissez un compte bancaire de la liste."),
    invoiceNumber: optionalText("Le numéro de facture", 20).refine(
      (value) => !value || /^[\p{L}\p{N}\-_/.]+$/u.test(value),
      "Le numéro de facture ne contient que des lettres, des chiffres et les caractères - _ / .",
    ),
    invoiceDate: z
      .string("La date de facture est obligatoire.")
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Saisissez la date de facture au format JJ/MM/AAAA.")
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Cette date de facture n'existe pas."),
    factor: optionalText("Le factor", 200),
    comment: optionalText("Le commentaire", 1000),
    lines: z.array(invoiceLineSchema).max(100_000, "Une facture comporte au plus 100 000 lignes.").default([]),
  })
  .superRefine((invoice, context) => {
    const vatFree = VAT_FREE_REGIMES.includes(invoice.vatRegime);
    invoice.lines.forEach((line, index) => {
      if (vatFree && line.vatRate !== "0") {
        context.addIssue({ code: "custom", path: ["lines", index, "vatRate"], message: `Avec le type de TVA « ${VAT_REGIME_LABELS[invoice.vatRegime]} », le taux de TVA est 0 %.` });
      }
      if (!vatFree && line.vatRate === "0") {
        context.addIssue({ code: "custom", path: ["lines", index, "vatRate"], message: "Le taux de 0 % est réservé aux factures exonérées ou sans TVA." });
      }
      if (line.discountNet && new Decimal(line.discountNet).gt(new Decimal(line.quantity).times(line.unitPriceNet))) {
        context.addIssue({ code: "custom", path: ["lines", index, "discountNet"], message: "La remise ne peut pas dépasser le montant HT de la ligne (quantité × montant unitaire)." });
      }
    });
  });

/** What the form holds (strings as typed); what the server works with after parsing (normalised). */
export type InvoiceFormInput = z.input<typeof invoiceFormSchema>;
export type InvoiceFormValues = z.output<typeof invoiceFormSchema>;

/**
 * The rules "Valider et envoyer" adds to those of a draft, by field (the schema's paths). Pure: the form shows
 * them before calling the server, the send use case enforces them. The recipient's own rules (service,
 * engagement) need its directory entry: see recipientErrors.
 */
export function sendingErrors(invoice: InvoiceFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!invoice.invoiceNumber) errors.invoiceNumber = "Le numéro de facture est obligatoire pour envoyer la facture.";
  if (invoice.lines.length === 0) errors.lines = "Ajoutez au moins une ligne de facture.";
  if (invoice.vatRegime === "EXONERE" && !invoice.exemptionReason) errors.exemptionReason = "Sélectionnez un motif d'exonération.";
  if (invoice.type === "AVOIR" && !invoice.originalInvoiceNumber && !invoice.originalInvoiceId) errors.originalInvoiceNumber = "Le numéro de la facture d'origine est obligatoire pour un avoir.";
  if (!invoice.recipientIsState && !invoice.recipientStructureId) errors.recipientStructureId = "Choisissez le destinataire de la facture.";
  if (needsHolderValidation(invoice.cadre) && !invoice.validatorStructureId) errors.validatorStructureId = HOLDER_REQUIRED_MESSAGE;
  return { ...invoiceKindErrors(invoice), ...errors };
}

/** A recipient's invoicing parameters, as its directory entry gives them. */
export type RecipientRules = {
  serviceObligatoire: boolean;
  engagementObligatoire: boolean;
  /** Its numéro d'engagement format (null: free), checked in linear time: see engagement-format.ts. */
  engagementFormat: EngagementFormat | null;
  services: { id: string; engagementObligatoire: boolean }[];
};

/** The recipient's rules: its service (required when it says so, and one of its own) and the numéro d'engagement. Pure. */
export function recipientErrors(invoice: Pick<InvoiceFormValues, "recipientServiceId" | "engagementNumber">, recipient: RecipientRules): Record<string, string> {
  const errors: Record<string, string> = {};
  const service = invoice.recipientServiceId ? recipient.services.find((candidate) => candidate.id === invoice.recipientServiceId) : undefined;
  if (invoice.recipientServiceId && !service) errors.recipientServiceId = "Ce service n'appartient pas au destinataire ou n'est plus actif.";
  else if (!service && recipient.serviceObligatoire) errors.recipientServiceId = "Le destinataire exige un service : choisissez-en un.";
  const engagementRequired = recipient.engagementObligatoire || Boolean(service?.engagementObligatoire);
  if (!invoice.engagementNumber) {
    if (engagementRequired) errors.engagementNumber = "Le numéro d'engagement est obligatoire pour ce destinataire.";
  } else if (recipient.engagementFormat && !matchesEngagementFormat(recipient.engagementFormat, invoice.engagementNumber)) {
    errors.engagementNumber = engagementFormatError(recipient.engagementFormat);
  }
  return errors;
}

/** "Type" of an attachment, as the portal offers them. */
export const ATTACHMENT_TYPES = ["Pièce jointe complémentaire", "Bon de commande", "Bon de livraison", "Devis", "Contrat", "Autre"] as const;

/** "+ Gestion des pièces jointes": the fields beside the file (the file itself is checked from its content). */
export const attachmentSchema = z.object({
  type: z.enum(ATTACHMENT_TYPES, "Choisissez le type de la pièce jointe."),
  designation: text("La désignation", 100).min(1, "La désignation de la pièce jointe est obligatoire."),
});
export type AttachmentInput = z.input<typeof attachmentSchema>;
