// Structure identifiers by type of identifier: the checks of the creation form, and the identifier the portal
// builds for a company "en cours d'immatriculation". Pure: no I/O.
import type { IdentifierType } from "@/generated/prisma/enums.ts";
import { countryCode } from "@/lib/countries.ts";
import { isValidSiret } from "@/lib/siret.ts";


/** VAT prefixes of the other EU member states (Greece uses EL); French companies use their SIRET. */
const EU_VAT_PREFIXES = ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"];

/** Upper case, without accents, spaces or punctuation: "Chorus Société" → "CHORUSSOCIETE". */
export function compactUpperCase(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

/** The identifier of a company "en cours d'immatriculation": ISO country code + compacted raison sociale. */
export function buildEnCoursImmatriculationIdentifier(pays: string, raisonSociale: string): string | null {
  const code = countryCode(pays);
  const name = compactUpperCase(raisonSociale);
  return code && name ? `${code}${name}` : null;
}

/** What is wrong with an identifier of the given type (a French sentence), or null when it is valid. */
export function identifierError(type: IdentifierType, identifier: string): string | null {
  if (identifier === "") return "Saisissez l'identifiant de la structure.";
  switch (type) {
    case "SIRET":
      if (!/^\d{14}$/.test(identifier)) return "Le SIRET comporte 14 chiffres, sans espace.";
      return isValidSiret(identifier) ? null : "Ce SIRET n'existe pas : vérifiez les 14 chiffres saisis.";
    case "EN_COURS_IMMATRICULATION":
      return /^[A-Z]{2}[A-Z0-9]{1,78}$/.test(identifier) ? null : "Merci de renseigner la Raison sociale et le pays.";
    case "TVA_INTRACOMMUNAUTAIRE": {
      const prefix = identifier.slice(0, 2);
      if (prefix === "FR") return "Une structure française s'identifie par son SIRET.";
      return EU_VAT_PREFIXES.includes(prefix) && /^[A-Z]{2}[A-Z0-9]{2,12}$/.test(identifier)
        ? null
        : "Le numéro de TVA intracommunautaire commence par le code du pays de l'Union européenne (ex. : DE123456789), suivi de 2 à 12 chiffres ou lettres.";
    }
    case "HORS_UE":
    case "PARTICULIER":
      return /^[A-Z0-9]{1,80}$/.test(identifier) ? null : "L'identifiant ne comporte que des chiffres et des lettres majuscules sans accent (80 au plus).";
    case "RIDET":
      return /^\d{10}$/.test(identifier) ? null : "Le RIDET comporte 10 chiffres (les 7 chiffres du RID suivis des 3 chiffres de l'établissement).";
    case "TAHITI":
      return /^[A-Z0-9]\d{8}$/.test(identifier) ? null : "Le numéro Tahiti comporte 9 caractères : 6 pour l'entreprise (une lettre ou un chiffre puis 5 chiffres) et 3 chiffres pour l'établissement.";
  }
}
