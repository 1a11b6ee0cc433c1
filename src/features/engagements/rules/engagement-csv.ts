// The CSV file of engagements a structure imports: one engagement per row, under a header line. Read whole and
// checked whole: the import keeps every row or none, and tells each refused row's line and reason in French. Pure.
import { engagementSchema, ENGAGEMENT_IMPORT_MAX_ROWS, type EngagementInput } from "../schemas.ts";

/** The header the file must start with (the order of the columns); the template offered for download. */
export const ENGAGEMENT_CSV_COLUMNS = ["Numéro d'engagement", "Code service", "SIRET fournisseur", "Montant", "Date de début", "Date de fin"] as const;
const FIELDS = ["number", "serviceCode", "supplierIdentifier", "amount", "startDate", "endDate"] as const;

export type EngagementCsvError = { line: number; message: string };
export type EngagementCsvResult = { ok: true; rows: { line: number; engagement: EngagementInput }[] } | { ok: false; errors: EngagementCsvError[] };

/** At most this many errors are told (a wrong file would otherwise list every row). */
export const ENGAGEMENT_CSV_MAX_ERRORS = 50;

/** The cells of one line, separated by `;` (or `,` when the header has no `;`), "quoted" cells allowed. */
export function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === "") quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

const normalized = (value: string) => value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’']/g, "'").toLowerCase().trim();

/**
 * Reads the file: the header, then each non-blank line checked with the form's schema. `number` must also be unique
 * in the file. Each error names the line (1 = the header) and, for a field, its column.
 */
export function parseEngagementCsv(text: string): EngagementCsvResult {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const header = lines[0] ?? "";
  const separator = header.includes(";") ? ";" : ",";
  const headerCells = splitCsvLine(header, separator).map(normalized);
  if (headerCells.length < ENGAGEMENT_CSV_COLUMNS.length - 1 || ENGAGEMENT_CSV_COLUMNS.some((column, i) => i < 5 && headerCells[i] !== normalized(column))) {
    return { ok: false, errors: [{ line: 1, message: `La première ligne doit nommer les colonnes : ${ENGAGEMENT_CSV_COLUMNS.join(" ; ")}.` }] };
  }
  const rows: { line: number; engagement: EngagementInput }[] = [];
  const errors: EngagementCsvError[] = [];
  const seen = new Map<string, number>();
  let count = 0;
  for (let index = 1; index < lines.length && errors.length < ENGAGEMENT_CSV_MAX_ERRORS; index++) {
    const raw = lines[index];
    if (raw.trim() === "") continue;
    const line = index + 1;
    if (++count > ENGAGEMENT_IMPORT_MAX_ROWS) {
      errors.push({ line, message: `Le fichier compte plus de ${ENGAGEMENT_IMPORT_MAX_ROWS} engagements : découpez-le.` });
      break;
    }
    const cells = splitCsvLine(raw, separator);
    if (cells.length > ENGAGEMENT_CSV_COLUMNS.length) {
      errors.push({ line, message: `La ligne compte ${cells.length} colonnes au lieu de ${ENGAGEMENT_CSV_COLUMNS.length}.` });
      continue;
    }
    const parsed = engagementSchema.safeParse(Object.fromEntries(FIELDS.map((field, i) => [field, cells[i] ?? ""])));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = ENGAGEMENT_CSV_COLUMNS[FIELDS.indexOf(issue.path[0] as (typeof FIELDS)[number])];
        errors.push({ line, message: column ? `${column} : ${issue.message}` : issue.message });
      }
      continue;
    }
    const first = seen.get(parsed.data.number);
    if (first !== undefined) {
      errors.push({ line, message: `Le numéro d'engagement ${parsed.data.number} figure déjà ligne ${first}.` });
      continue;
    }
    seen.set(parsed.data.number, line);
    rows.push({ line, engagement: parsed.data });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ line: 2, message: "Le fichier ne contient aucun engagement." }] };
  return { ok: true, rows };
}

/** The errors as one French text, line by line (the form's message). */
export const engagementCsvErrorsText = (errors: EngagementCsvError[]) => errors.map((error) => `Ligne ${error.line} : ${error.message}`).join("\n");
