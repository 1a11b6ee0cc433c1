// The inputs of "Activités du gestionnaire > Mes structures" (the structure, its espaces, services and bank accounts;
// its users' are the rattachements area's): one zod schema per form, shared by the form and
// its server action. Fields arrive from FormData: checkboxes are "on" or absent, lists come from getAll().
import { electronicFormatIBAN, isValidBIC, isValidIBAN } from "ibantools";
import { z } from "zod";
import { Espace, ReceptionFormat, StructureStatus } from "@/generated/prisma/enums.ts";
import { idList, requiredText } from "@/lib/form-fields.ts";
import { ENGAGEMENT_CHARSETS, ENGAGEMENT_MAX_LENGTH, ENGAGEMENT_PREFIX_MAX_LENGTH, isValidPrefix } from "@/features/directory/ui.ts";
import { uuid } from "@/lib/uuid.ts";

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

/** An optional text field: blank becomes null, so that clearing it clears the column. */
const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max, `Ce champ compte au plus ${max} caractères.`)
    .optional()
    .transform((value) => value || null);

/** An optional whole number of characters of the numéro d'engagement format: blank becomes null. */
const optionalCount = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? null : Number(value.trim())) : (value ?? null)),
  z
    .number({ error: "Saisissez un nombre entier." })
    .int("Saisissez un nombre entier.")
    .min(1, "Saisissez un nombre d'au moins 1.")
    .max(ENGAGEMENT_MAX_LENGTH, `Un numéro d'engagement compte au plus ${ENGAGEMENT_MAX_LENGTH} caractères.`)
    .nullable(),
);

export const structureUpdateSchema = z
  .object({
    raisonSociale: requiredText("Saisissez la raison sociale."),
    libelle: optionalText(),
    email: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || null)
      .pipe(z.email("Saisissez une adresse électronique valide, par exemple nom@domaine.fr.").nullable()),
    status: z.enum(StructureStatus, "Choisissez le statut de la structure."),
    recevoirCyclesVieEdi: checkbox,
    emetteurEdi: checkbox,
    centreGestionAgricole: checkbox,
    raccordementActif: checkbox,
    adresse: requiredText("Saisissez l'adresse du siège."),
    complementAdresse1: optionalText(),
    complementAdresse2: optionalText(),
    codePostal: requiredText("Saisissez le code postal.", 20),
    ville: requiredText("Saisissez la ville."),
    pays: requiredText("Saisissez le pays.", 100),
    telephone: optionalText(30),
    fax: optionalText(30),
    /** Invoicing parameters: only kept for a public structure (the use case ignores them otherwise). */
    engagementObligatoire: checkbox,
    serviceObligatoire: checkbox,
    /** The numéro d'engagement format (engagement-format.ts): blank charset = free. */
    engagementCharset: z.preprocess((value) => value || null, z.enum(ENGAGEMENT_CHARSETS, "Choisissez les caractères autorisés.").nullable()),
    engagementPrefix: optionalText(ENGAGEMENT_PREFIX_MAX_LENGTH).refine((value) => value === null || isValidPrefix(value), {
      message: `Le préfixe ne peut contenir que des lettres, des chiffres, des tirets, des barres obliques et des points (${ENGAGEMENT_PREFIX_MAX_LENGTH} au plus).`,
    }),
    engagementMinLength: optionalCount,
    engagementMaxLength: optionalCount,
    /** « Format de réception des factures »: absent (a private structure's form has none) is the default, Factur-X. */
    receptionFormat: z.preprocess((value) => value || ReceptionFormat.FACTURX, z.enum(ReceptionFormat, "Choisissez le format de réception des factures.")),
  })
  .refine((input) => input.engagementMinLength === null || input.engagementMaxLength === null || input.engagementMinLength <= input.engagementMaxLength, {
    path: ["engagementMaxLength"],
    message: "Le nombre maximal de caractères doit être supérieur ou égal au nombre minimal.",
  })
  .refine((input) => input.engagementCharset !== null || (input.engagementPrefix === null && input.engagementMinLength === null && input.engagementMaxLength === null), {
    path: ["engagementCharset"],
    message: "Choisissez les caractères autorisés, ou videz le préfixe et les longueurs pour accepter tout numéro.",
  });
export type StructureUpdateInput = z.infer<typeof structureUpdateSchema>;

/** The "Tous les services" choice of the espaces form. */
export const ALL_SERVICES = "TOUS";

export const addEspacesSchema = z
  .object({
    services: z.array(z.union([z.literal(ALL_SERVICES), uuid()])).min(1, "Choisissez « Tous les services » ou au moins un service."),
    consultation: z.array(z.enum(Espace)),
    modification: z.array(z.enum(Espace)),
  })
  .refine((input) => !(input.services.includes(ALL_SERVICES) && input.services.length > 1), {
    path: ["services"],
    message: "Choisissez « Tous les services » ou des services précis, pas les deux.",
  })
  .refine((input) => input.consultation.length + input.modification.length > 0, {
    path: ["espaces"],
    message: "Cochez « Consultation » ou « Modification » pour au moins un espace.",
  });
export type AddEspacesInput = z.infer<typeof addEspacesSchema>;

export const removeEspacesSchema = z.object({
  espaceIds: idList("Espace introuvable.").min(1, "Sélectionnez au moins un espace à supprimer."),
});

export const serviceSchema = z.object({
  code: requiredText("Saisissez le code du service.", 30)
    .transform((code) => code.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9_-]+$/, "Le code du service ne contient que des lettres, des chiffres, « - » ou « _ », sans espace.")),
  libelle: requiredText("Saisissez le libellé du service."),
  engagementObligatoire: checkbox,
});
export type ServiceInput = z.infer<typeof serviceSchema>;

export const serviceActivationSchema = z.object({ serviceId: uuid("Service introuvable."), actif: checkbox });

/** "Coordonnées bancaires": one account of the structure (IBAN checked by its key, BIC optional, holder, factor or not). */
export const bankAccountSchema = z.object({
  iban: requiredText("Saisissez l'IBAN.", 60)
    .transform((value) => electronicFormatIBAN(value) ?? "")
    .refine((value) => isValidIBAN(value), "L'IBAN saisi n'est pas valide : vérifiez sa clé."),
  bic: z
    .string()
    .max(20, "Ce champ compte au plus 20 caractères.")
    .optional()
    .transform((value) => value?.replace(/\s+/g, "").toUpperCase() || null)
    .refine((value) => value === null || isValidBIC(value), "Le BIC saisi n'est pas valide : il compte 8 ou 11 caractères, par exemple BNPAFRPPXXX."),
  titulaire: requiredText("Saisissez le titulaire du compte.", 140),
  affactureur: checkbox,
});
export type BankAccountInput = z.infer<typeof bankAccountSchema>;

export const bankAccountActivationSchema = z.object({ bankAccountId: uuid("Compte bancaire introuvable."), actif: checkbox });
