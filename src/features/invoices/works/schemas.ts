// The inputs of « Factures de travaux » (issue 14), one schema each, shared by the forms, the server actions and the
// API: a works document submitted by its supplier, the MOE's decision, a motif, a comment, the lists' filters.
// Amounts stay decimal STRINGS ("1234.5"); "1 234,50" is accepted and normalised, never turned into a float.
import { z } from "zod";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { COMMENT_MAX_LENGTH, MOTIF_MAX_LENGTH } from "@/features/invoices/lifecycle/ui.ts";
import { uuid } from "@/lib/uuid.ts";
import { goesThroughMoe, namesTitulaire, WORKS_CADRES } from "./rules/works-cadres.ts";

/** The VAT rates of a works statement (a zero rate, with its exemption, is not taken here). */
export const WORKS_VAT_RATES = ["20", "10", "5.5", "2.1"] as const;

const optionalId = (message: string) =>
  z
    .union([uuid(message), z.literal("")])
    .optional()
    .transform((value) => value || undefined);

/** A non-negative amount with at most 2 decimals, "1 234,50" or "1234.5", normalised to "1234.5". */
export function amountString(label: string) {
  return z
    .string(`${label} est obligatoire.`)
    .trim()
    .transform((value) => value.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."))
    .refine((value) => value !== "", `${label} est obligatoire.`)
    .refine((value) => /^\d{1,15}([.]\d{1,2})?$/.test(value), `${label} doit être un montant positif d'au plus 15 chiffres avant la virgule et 2 après.`);
}
const optionalAmount = (label: string) => z.union([z.literal(""), amountString(label)]).optional().transform((value) => value || undefined);

const text = (label: string, max: number) => z.string().trim().max(max, `${label} comporte au plus ${max} caractères.`);

export const worksDocumentSchema = z
  .object({
    supplierStructureId: uuid("Choisissez la structure qui dépose le document."),
    cadre: z.enum(WORKS_CADRES, "Choisissez un cadre de facturation des factures de travaux."),
    moeStructureId: optionalId("Choisissez la maîtrise d'œuvre avec la recherche."),
    moaStructureId: uuid("Choisissez le maître d'ouvrage avec la recherche."),
    moaServiceId: optionalId("Choisissez un service du maître d'ouvrage dans la liste."),
    titulaireStructureId: optionalId("Choisissez le titulaire du marché avec la recherche."),
    marketNumber: text("Le numéro de marché", 50).min(1, "Le numéro de marché est obligatoire : il relie les décomptes successifs du marché."),
    engagementNumber: text("Le numéro d'engagement", 50).optional().transform((value) => value || undefined),
    number: text("Le numéro du document", 20)
      .min(1, "Le numéro du document est obligatoire.")
      .refine((value) => /^[\p{L}\p{N}\-_/.]+$/u.test(value), "Le numéro du document ne contient que des lettres, des chiffres et les caractères - _ / ."),
    documentDate: z
      .string("La date du document est obligatoire.")
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Saisissez la date du document au format JJ/MM/AAAA.")
      .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "Cette date n'existe pas."),
    worksToDate: amountString("Le montant cumulé des travaux exécutés à date"),
    retention: optionalAmount("La retenue de garantie").transform((value) => value ?? "0"),
    advanceRepayment: optionalAmount("Le remboursement de l'avance").transform((value) => value ?? "0"),
    vatRate: z
      .string("Le taux de TVA est obligatoire.")
      .trim()
      .transform((value) => value.replace(",", ".").replace(/^5\.50?$/, "5.5").replace(/^2\.10?$/, "2.1").replace(/^(10|20)\.0+$/, "$1"))
      .pipe(z.enum(WORKS_VAT_RATES, "Choisissez un taux de TVA parmi 20 %, 10 %, 5,5 % et 2,1 %.")),
    bankAccountId: optionalId("Choisissez un compte bancaire de la liste."),
    comment: text("Le commentaire", 1000).optional().transform((value) => value || undefined),
  })
  .superRefine((document, context) => {
    if (goesThroughMoe(document.cadre) && !document.moeStructureId) {
      context.addIssue({ code: "custom", path: ["moeStructureId"], message: "Ce cadre passe par la maîtrise d'œuvre : choisissez-la avec la recherche." });
    }
    if (!goesThroughMoe(document.cadre) && document.moeStructureId) {
      context.addIssue({ code: "custom", path: ["moeStructureId"], message: "Ce cadre est adressé directement au maître d'ouvrage : ne choisissez pas de maîtrise d'œuvre." });
    }
    if (namesTitulaire(document.cadre) && !document.titulaireStructureId) {
      context.addIssue({ code: "custom", path: ["titulaireStructureId"], message: "Un sous-traitant ou un cotraitant nomme le titulaire du marché : choisissez-le avec la recherche." });
    }
    if (document.moeStructureId && document.moeStructureId === document.supplierStructureId) {
      context.addIssue({ code: "custom", path: ["moeStructureId"], message: "Le fournisseur ne peut pas être sa propre maîtrise d'œuvre." });
    }
  });
export type WorksDocumentInput = z.input<typeof worksDocumentSchema>;
export type WorksDocumentValues = z.output<typeof worksDocumentSchema>;

/** The document's file, deposited with its fields: 20 Mo at most, as an invoice deposited in « Déposer facture ». */
export const WORKS_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** The file's own checks before anything is read (an absent or empty file: the portal writes the Factur-X). */
export function worksFileError(file: { size: number }): string | undefined {
  if (file.size > WORKS_FILE_MAX_BYTES) return "Le fichier dépasse 20 Mo : un document déposé fait au plus 20 Mo.";
  return undefined;
}

/** The form as posted: the document's fields and its optional file (« Document (PDF ou Factur-X) »). */
export const worksDocumentUploadSchema = z.intersection(
  worksDocumentSchema,
  z.object({
    file: z.unknown().transform((value, ctx) => {
      const file = typeof File !== "undefined" && value instanceof File && value.size > 0 ? value : undefined;
      const error = file ? worksFileError(file) : undefined;
      if (error) ctx.addIssue({ code: "custom", message: error });
      return file;
    }),
  }),
);

/** The MOE's « Valider et transmettre à la MOA »: the amounts it admits (blank: the supplier's), and why it corrected them. */
export const moeDecisionSchema = z.object({
  worksToDate: optionalAmount("Le montant cumulé des travaux exécutés à date"),
  retention: optionalAmount("La retenue de garantie"),
  advanceRepayment: optionalAmount("Le remboursement de l'avance"),
  comment: text("Le commentaire", COMMENT_MAX_LENGTH).optional().transform((value) => value || undefined),
});
export type MoeDecisionInput = z.input<typeof moeDecisionSchema>;
export type MoeDecision = z.output<typeof moeDecisionSchema>;

/** A refusal or a request to complete: its motif (required) and a comment. */
export const worksMotifSchema = z.object({
  motif: text("Le motif", MOTIF_MAX_LENGTH).min(1, "Indiquez le motif."),
  comment: text("Le commentaire", COMMENT_MAX_LENGTH).optional().transform((value) => value || undefined),
});
export type WorksMotifInput = z.input<typeof worksMotifSchema>;

/** Compléter, Recycler: a comment. */
export const worksCommentSchema = z.object({
  comment: text("Le commentaire", COMMENT_MAX_LENGTH).optional().transform((value) => value || undefined),
});
export type WorksCommentInput = z.input<typeof worksCommentSchema>;

/** The lists: the side looked from, a status, a marché, a page. */
export const worksListSchema = z.object({
  side: z.enum(["FOURNISSEUR", "MOE", "MOA"], "Choisissez le côté : fournisseur, maîtrise d'œuvre ou maître d'ouvrage."),
  status: z
    .union([z.enum(InvoiceStatus), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  marketNumber: text("Le numéro de marché", 50).optional().transform((value) => value || undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});
export type WorksListFilters = z.input<typeof worksListSchema>;
export type WorksListQuery = z.output<typeof worksListSchema>;

/** « Rechercher » beside a party of the works form: the SIRET (or identifier) typed, spaces ignored. */
export const worksPartyQuerySchema = z.object({
  identifier: z
    .string("Saisissez le SIRET ou l'identifiant de la structure.")
    .trim()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => value.length > 0, "Saisissez le SIRET ou l'identifiant de la structure.")
    .refine((value) => value.length <= 80, "Un identifiant comporte au plus 80 caractères."),
});
export type WorksPartyQuery = z.input<typeof worksPartyQuerySchema>;
