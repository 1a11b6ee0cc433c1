// The zod schemas of the sollicitations' inputs, shared by the forms, the server actions and the API. Pure.
import { z } from "zod";
import { SOLLICITATION_STATUSES, type AnswerOutcome } from "./rules/statuses.ts";
import { addresseeKindOf, SOLLICITATION_CATEGORIES } from "./rules/categories.ts";

const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.uuid({ message: "Identifiant invalide." }).optional());

export const SUBJECT_MAX = 200;
export const MESSAGE_MAX = 5000;

const message = z
  .string({ message: "Saisissez le message." })
  .trim()
  .min(1, { message: "Saisissez le message." })
  .max(MESSAGE_MAX, { message: `Le message fait au plus ${MESSAGE_MAX} caractères.` });

/** "Saisir sollicitation": the author's structure, the category pair, the objet, the message, the addressee, an invoice. */
const sollicitationFields = z.object({
    authorStructureId: z.uuid({ message: "Choisissez votre structure." }),
    category: z.string().trim().min(1, { message: "Choisissez la catégorie." }).max(100),
    subCategory: z.string().trim().min(1, { message: "Choisissez la sous-catégorie." }).max(100),
    subject: z
      .string()
      .trim()
      .min(1, { message: "Saisissez l'objet." })
      .max(SUBJECT_MAX, { message: `L'objet fait au plus ${SUBJECT_MAX} caractères.` }),
    message,
    addresseeStructureId: optionalId,
    addresseeServiceId: optionalId,
    invoiceId: optionalId,
});

function checkAddressee(input: z.output<typeof sollicitationFields>, context: z.RefinementCtx) {
    const kind = addresseeKindOf(input.category, input.subCategory);
    if (!SOLLICITATION_CATEGORIES.some((entry) => entry.label === input.category)) {
      context.addIssue({ code: "custom", path: ["category"], message: "Choisissez une catégorie de la liste." });
    } else if (!kind) {
      context.addIssue({ code: "custom", path: ["subCategory"], message: "Choisissez une sous-catégorie de la catégorie." });
    } else if (kind === "STRUCTURE" && !input.addresseeStructureId) {
      context.addIssue({ code: "custom", path: ["addresseeStructureId"], message: "Recherchez la structure publique destinataire de la sollicitation." });
    }
}

export const createSollicitationSchema = sollicitationFields.superRefine(checkAddressee);
export type CreateSollicitationInput = z.output<typeof createSollicitationSchema>;

/** The files of a form (their checks of count, size and content are the use case's, on their bytes). */
const files = z.array(z.instanceof(File));

/** The form's fields and its files, as the server action reads them. */
export const createSollicitationActionSchema = sollicitationFields.extend({ files }).superRefine(checkAddressee);

/** The author's reply in the thread. */
export const replySollicitationSchema = z.object({ sollicitationId: z.uuid(), message, files });

/** The addressee's answer and what it does (Répondre, Demander un complément, Marquer traitée). */
export const answerSollicitationSchema = z.object({
  sollicitationId: z.uuid(),
  message,
  outcome: z.enum(["EN_COURS_TRAITEMENT", "COMPLEMENT_DEMANDE", "TRAITEE"] satisfies AnswerOutcome[], { message: "Choisissez la suite donnée." }),
  viewpoint: z.enum(["RECUES", "SUPPORT"]),
  files,
});

/** A move without text (Prendre en charge, Clôturer). */
export const sollicitationIdSchema = z.object({ sollicitationId: z.uuid() });

/** "Prendre en charge", by the addressee structure or the support. */
export const takeInChargeSchema = z.object({ sollicitationId: z.uuid(), viewpoint: z.enum(["RECUES", "SUPPORT"]) });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${max} caractères au plus.` })
    .optional()
    .transform((value) => (value ? value : undefined));
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.iso.date({ message: "Date invalide (jj/mm/aaaa)." }).optional());

/** The search of a list (Sollicitations émises, reçues, the support's): its criteria as the query string carries them. */
export const sollicitationSearchSchema = z.object({
  numero: optionalText(30),
  statut: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.enum(SOLLICITATION_STATUSES as [string, ...string[]], { message: "État inconnu." }).optional()),
  categorie: optionalText(100),
  facture: optionalText(60),
  du: optionalDate,
  au: optionalDate,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type SollicitationSearch = z.output<typeof sollicitationSearchSchema>;
