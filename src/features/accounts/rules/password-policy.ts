// The password rule of the activation screen, shared by the live meter in the browser and the server:
// at least 12 characters and at least 3 of the 4 groups. Pure: no I/O.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MIN_GROUPS = 3;

export type PasswordGroup = "majuscules" | "minuscules" | "chiffres" | "speciaux";

/**
 * The groups a password uses. Only unaccented ASCII letters count as upper or lower case: an accented
 * letter (é, À…) is a "caractère spécial (ponctuation, accents, etc...)", as the policy text says.
 */
export function passwordGroups(password: string): Set<PasswordGroup> {
  const groups = new Set<PasswordGroup>();
  for (const character of password) {
    if (/[A-Z]/.test(character)) groups.add("majuscules");
    else if (/[a-z]/.test(character)) groups.add("minuscules");
    else if (/[0-9]/.test(character)) groups.add("chiffres");
    else if (!/\s/.test(character)) groups.add("speciaux");
  }
  return groups;
}

export function isPasswordAcceptable(password: string): boolean {
  return [...password].length >= PASSWORD_MIN_LENGTH && passwordGroups(password).size >= PASSWORD_MIN_GROUPS;
}

/** What the "Complexité du mot de passe" meter shows. */
export function passwordComplexity(password: string): "Satisfaisant" | "Insuffisant" {
  return isPasswordAcceptable(password) ? "Satisfaisant" : "Insuffisant";
}

export const PASSWORD_POLICY_MESSAGE =
  "Le mot de passe doit comporter au minimum 12 caractères et au moins 3 types de caractères parmi : majuscules, minuscules, chiffres, caractères spéciaux.";
