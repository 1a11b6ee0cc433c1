// The format a public structure requires of a numéro d'engagement, in a small language of its own instead of a
// regular expression: an optional fixed prefix, then characters of one set, between a minimum and a maximum count.
// Checking a number reads each of its characters once (no backtracking, no regular expression built from stored data), so no
// format can stall the server whatever the input. Pure: no Next, no Prisma, no I/O.

/** The character sets a gestionnaire may choose (the values of the EngagementCharset enum). */
export const ENGAGEMENT_CHARSETS = ["CHIFFRES", "LETTRES", "ALPHANUMERIQUES", "ALPHANUMERIQUES_SEPARATEURS"] as const;
export type EngagementCharset = (typeof ENGAGEMENT_CHARSETS)[number];

/** What the form's select shows for each set. */
export const ENGAGEMENT_CHARSET_LABELS: Record<EngagementCharset, string> = {
  CHIFFRES: "Chiffres uniquement",
  LETTRES: "Lettres uniquement (A à Z)",
  ALPHANUMERIQUES: "Lettres et chiffres",
  ALPHANUMERIQUES_SEPARATEURS: "Lettres, chiffres, tirets, barres obliques et points",
};

/** Bounds of the format itself, so that a stored format is always small. */
export const ENGAGEMENT_MAX_LENGTH = 50;
export const ENGAGEMENT_PREFIX_MAX_LENGTH = 20;

/** A structure's format: null charset means "libre" (any numéro is accepted). */
export type EngagementFormat = {
  charset: EngagementCharset;
  minLength: number | null;
  maxLength: number | null;
  prefix: string | null;
};

/** The columns of a structure that hold its format (see prisma/schema.prisma). */
export type EngagementFormatColumns = {
  engagementCharset: EngagementCharset | null;
  engagementMinLength: number | null;
  engagementMaxLength: number | null;
  engagementPrefix: string | null;
};

export const ENGAGEMENT_FORMAT_SELECT = { engagementCharset: true, engagementMinLength: true, engagementMaxLength: true, engagementPrefix: true } as const;

/** The format a structure's columns describe, or null when its numéro d'engagement is free. */
export function engagementFormatOf(columns: EngagementFormatColumns): EngagementFormat | null {
  if (!columns.engagementCharset) return null;
  return { charset: columns.engagementCharset, minLength: columns.engagementMinLength, maxLength: columns.engagementMaxLength, prefix: columns.engagementPrefix || null };
}

function isDigit(code: number) {
  return code >= 48 && code <= 57;
}
function isLetter(code: number) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
function isSeparator(code: number) {
  return code === 45 || code === 47 || code === 46; // - / .
}

/** Whether one character (its UTF-16 code) belongs to a set. */
export function inCharset(charset: EngagementCharset, code: number): boolean {
  switch (charset) {
    case "CHIFFRES":
      return isDigit(code);
    case "LETTRES":
      return isLetter(code);
    case "ALPHANUMERIQUES":
      return isDigit(code) || isLetter(code);
    case "ALPHANUMERIQUES_SEPARATEURS":
      return isDigit(code) || isLetter(code) || isSeparator(code);
  }
}

/** The characters a prefix may hold: those of the widest set. */
export function isValidPrefix(prefix: string): boolean {
  if (prefix.length > ENGAGEMENT_PREFIX_MAX_LENGTH) return false;
  for (let i = 0; i < prefix.length; i++) if (!inCharset("ALPHANUMERIQUES_SEPARATEURS", prefix.charCodeAt(i))) return false;
  return true;
}

/**
 * Checks a numéro d'engagement against a format, reading each character at most once: `steps` is the number of
 * characters read (never more than the prefix's length plus the number's), which the tests bound.
 */
export function checkEngagementNumber(format: EngagementFormat, value: string): { ok: boolean; steps: number } {
  let steps = 0;
  const prefix = format.prefix ?? "";
  if (value.length < prefix.length) return { ok: false, steps };
  for (let i = 0; i < prefix.length; i++) {
    steps++;
    if (value.charCodeAt(i) !== prefix.charCodeAt(i)) return { ok: false, steps };
  }
  const count = value.length - prefix.length;
  if (count < Math.max(1, format.minLength ?? 1)) return { ok: false, steps };
  if (format.maxLength !== null && count > format.maxLength) return { ok: false, steps };
  for (let i = prefix.length; i < value.length; i++) {
    steps++;
    if (!inCharset(format.charset, value.charCodeAt(i))) return { ok: false, steps };
  }
  return { ok: true, steps };
}

export function matchesEngagementFormat(format: EngagementFormat | null, value: string): boolean {
  return format === null || checkEngagementNumber(format, value).ok;
}

const NOUNS: Record<EngagementCharset, [string, string]> = {
  CHIFFRES: ["chiffre", "chiffres"],
  LETTRES: ["lettre", "lettres"],
  ALPHANUMERIQUES: ["lettre ou chiffre", "lettres ou chiffres"],
  ALPHANUMERIQUES_SEPARATEURS: ["caractère (lettre, chiffre, tiret, barre oblique ou point)", "caractères (lettres, chiffres, tirets, barres obliques ou points)"],
};

/** The format in French, as suppliers read it: « 5 ou 6 chiffres », « « EJ » suivi de 8 chiffres »… ; « Libre » without a format. */
export function engagementFormatLabel(format: EngagementFormat | null): string {
  if (!format) return "Libre";
  const [one, many] = NOUNS[format.charset];
  const noun = (n: number) => (n > 1 ? many : one);
  const { minLength: min, maxLength: max } = format;
  let body: string;
  if (min !== null && max !== null) body = min === max ? `${min} ${noun(min)}` : max === min + 1 ? `${min} ou ${max} ${noun(max)}` : `de ${min} à ${max} ${many}`;
  else if (min !== null) body = `au moins ${min} ${noun(min)}`;
  else if (max !== null) body = `au plus ${max} ${noun(max)}`;
  else body = `des ${many}`;
  return format.prefix ? `« ${format.prefix} » suivi de ${body}` : body;
}

/** The error a supplier reads next to the field. */
export function engagementFormatError(format: EngagementFormat): string {
  return `Le numéro d'engagement doit comporter ${engagementFormatLabel(format)}.`;
}
