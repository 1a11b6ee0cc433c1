// A code list of EN 16931 as data, and the schematron's way of checking a coded value against it:
// `contains(' A B C ', concat(' ', normalize-space(.), ' '))` with no space left inside the value.

/** The set of the codes of a space-separated list, as the official schematron writes them. */
export function codeSet(spaceSeparated: string): ReadonlySet<string> {
  return new Set(spaceSeparated.split(/\s+/).filter((code) => code !== ""));
}

/** XPath normalize-space: leading/trailing whitespace removed, inner runs of whitespace collapsed to one space. */
export function normalizeSpace(value: string): string {
  return value.replace(/[ \t\r\n]+/g, " ").trim();
}

/** True when the value, whitespace-normalized, is one code of the list (an empty value never is). */
export function isCoded(list: ReadonlySet<string>, value: string): boolean {
  const code = normalizeSpace(value);
  return code !== "" && !code.includes(" ") && list.has(code);
}
