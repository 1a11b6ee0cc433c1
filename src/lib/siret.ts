// SIRET checks (14 digits, SIREN = the first 9). Pure: no I/O.

/** La Poste's SIREN: its establishments' SIRETs are numbered outside the Luhn rule. */
const LA_POSTE_SIREN = "356000000";

const digitsOf = (value: string) => [...value].map(Number);

/** Luhn checksum: from the right, every second digit is doubled (minus 9 when above 9); the sum must end in 0. */
export function passesLuhn(digits: string): boolean {
  const sum = digitsOf(digits)
    .reverse()
    .reduce((total, digit, index) => {
      if (index % 2 === 0) return total + digit;
      const doubled = digit * 2;
      return total + (doubled > 9 ? doubled - 9 : doubled);
    }, 0);
  return sum % 10 === 0;
}

/**
 * A valid SIRET: 14 digits passing the Luhn checksum, or a La Poste establishment (SIREN 356000000) whose
 * digits add up to a multiple of 5 — INSEE's published exception (La Poste's head office passes Luhn).
 */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (passesLuhn(value)) return true;
  return value.startsWith(LA_POSTE_SIREN) && digitsOf(value).reduce((a, b) => a + b, 0) % 5 === 0;
}

export const sirenOf = (siret: string) => siret.slice(0, 9);
