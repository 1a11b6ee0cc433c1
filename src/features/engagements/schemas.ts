// The inputs of the espace Engagements (create, import, close, the structure's requirement) and of the invoice form's
// suggestions: one zod schema per input, shared by the forms, the server actions and the CSV import. Pure.
import { z } from "zod";
import { requiredText } from "@/lib/form-fields.ts";
import { uuid } from "@/lib/uuid.ts";
import { ENGAGEMENT_MAX_LENGTH } from "@/features/directory/ui.ts";

/** A file of engagements to import: at most this many rows and bytes (the whole file is checked before any is kept). */
export const ENGAGEMENT_IMPORT_MAX_ROWS = 1_000;
export const ENGAGEMENT_IMPORT_MAX_BYTES = 512 * 1024;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const FRENCH_DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** A day typed as AAAA-MM-JJ (date field) or JJ/MM/AAAA (spreadsheet), as AAAA-MM-JJ; an impossible day is refused. */
function day(label: string) {
  return z
    .string({ error: `${label} est obligatoire.` })
    .trim()
    .min(1, `${label} est obligatoire.`)
    .transform((value, context) => {
      const french = FRENCH_DAY.exec(value);
      const iso = french ? `${french[3]}-${french[2]}-${french[1]}` : value;
      const date = new Date(`${iso}T00:00:00Z`);
      if (!ISO_DAY.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
        context.addIssue({ code: "custom", message: `${label} doit être une date (JJ/MM/AAAA).` });
        return z.NEVER;
      }
      return iso;
    });
}

/** An amount in euros: digits, a comma or a point, at most 2 decimals; kept as a string for Decimal (never a float). */
const amount = z
  .string({ error: "Le montant est obligatoire." })
  .trim()
  .transform((value) => value.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."))
  .pipe(
    z
      .string()
      .min(1, "Le montant est obligatoire.")
      .regex(/^\d{1,15}(\.\d{1,2})?$/, { message: "Le montant doit être un nombre positif d'au plus 2 décimales (par exemple 1500,00).", abort: true })
      .refine((value) => Number(value) > 0, "Le montant doit être supérieur à zéro."),
  );

/** One engagement, as typed in the form or read from a row of the CSV. */
export const engagementSchema = z
  .object({
    number: requiredText("Le numéro d'engagement est obligatoire.", ENGAGEMENT_MAX_LENGTH),
    serviceCode: z.string().trim().max(100, "Le code du service compte au plus 100 caractères.").optional().default(""),
    supplierIdentifier: requiredText("Le SIRET ou l'identifiant du fournisseur est obligatoire.", 80).transform((value) => value.replace(/\s/g, "").toUpperCase()),
    amount,
    startDate: day("La date de début"),
    endDate: z
      .string()
      .trim()
      .optional()
      .default("")
      .pipe(z.union([z.literal(""), day("La date de fin")])),
  })
  .superRefine((value, context) => {
    if (value.endDate && value.endDate < value.startDate) {
      context.addIssue({ code: "custom", path: ["endDate"], message: "La date de fin ne peut précéder la date de début." });
    }
  });
export type EngagementInput = z.output<typeof engagementSchema>;

export const createEngagementSchema = z.intersection(z.object({ structureId: uuid("Choisissez la structure.") }), engagementSchema);

export const importEngagementsSchema = z.object({
  structureId: uuid("Choisissez la structure."),
  file: z
    .instanceof(File, { error: "Choisissez le fichier CSV des engagements." })
    .refine((file) => file.size > 0, "Choisissez le fichier CSV des engagements.")
    .refine((file) => file.size <= ENGAGEMENT_IMPORT_MAX_BYTES, `Le fichier dépasse ${ENGAGEMENT_IMPORT_MAX_BYTES / 1024} Ko.`),
});

export const closeEngagementSchema = z.object({ engagementId: uuid("Engagement introuvable.") });

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** « Exiger un engagement existant » of a structure. */
export const engagementRequirementSchema = z.object({ structureId: uuid("Choisissez la structure."), required: checkbox });

/** The invoice form's suggestions: the supplier structure (the caller's), the recipient and its service. */
export const quotableEngagementsSchema = z.object({
  supplierStructureId: uuid("Choisissez la structure émettrice."),
  recipientStructureId: uuid("Choisissez le destinataire."),
  recipientServiceId: z.union([z.literal(""), uuid()]).optional().default(""),
});
