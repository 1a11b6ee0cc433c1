// The "Catégorie" and "Sous-catégorie" of a sollicitation, as the portal's form offers them. As on the real portal,
// the combination decides where the sollicitation goes: to a public structure's "service métier" (a question about
// an invoice it received) or to the platform's support (everything about the portal itself).
import type { SollicitationAddresseeKind } from "@/generated/prisma/enums.ts";

export type SollicitationSubCategory = { label: string; addressee: SollicitationAddresseeKind };
export type SollicitationCategory = { label: string; subCategories: readonly SollicitationSubCategory[] };

export const SOLLICITATION_CATEGORIES: readonly SollicitationCategory[] = [
  {
    label: "Suivi du traitement d'une facture",
    subCategories: [
      { label: "Facture rejetée", addressee: "STRUCTURE" },
      { label: "Facture suspendue", addressee: "STRUCTURE" },
      { label: "Facture à recycler", addressee: "STRUCTURE" },
      { label: "Délai de paiement", addressee: "STRUCTURE" },
      { label: "Autre question sur une facture", addressee: "STRUCTURE" },
    ],
  },
  {
    label: "Dépôt ou saisie d'une facture",
    subCategories: [
      { label: "Recherche du destinataire ou du service", addressee: "SUPPORT" },
      { label: "Erreur au dépôt d'une facture", addressee: "SUPPORT" },
      { label: "Format de facture (PDF, Factur-X, UBL, CII)", addressee: "SUPPORT" },
    ],
  },
  {
    label: "Compte utilisateur et structures",
    subCategories: [
      { label: "Connexion et mot de passe", addressee: "SUPPORT" },
      { label: "Rattachement à une structure", addressee: "SUPPORT" },
      { label: "Gestion des espaces et des droits", addressee: "SUPPORT" },
      { label: "Création ou modification d'une structure", addressee: "SUPPORT" },
    ],
  },
  { label: "Mandat de facturation", subCategories: [{ label: "Souscription ou révocation d'un mandat", addressee: "SUPPORT" }] },
  {
    label: "Raccordement EDI et API",
    subCategories: [
      { label: "Raccordement API", addressee: "SUPPORT" },
      { label: "Raccordement EDI", addressee: "SUPPORT" },
    ],
  },
  { label: "Autre demande", subCategories: [{ label: "Autre", addressee: "SUPPORT" }] },
];

/** The sub-category of the category, or undefined when the pair is not one of the list. */
export function subCategoryOf(category: string, subCategory: string): SollicitationSubCategory | undefined {
  return SOLLICITATION_CATEGORIES.find((entry) => entry.label === category)?.subCategories.find((entry) => entry.label === subCategory);
}

/** Where the pair sends the sollicitation (undefined for a pair not in the list). */
export const addresseeKindOf = (category: string, subCategory: string): SollicitationAddresseeKind | undefined => subCategoryOf(category, subCategory)?.addressee;

/** The category of a question about a supplier's invoice, and its sub-category after the invoice's status. */
export const INVOICE_QUESTION_CATEGORY = "Suivi du traitement d'une facture";
