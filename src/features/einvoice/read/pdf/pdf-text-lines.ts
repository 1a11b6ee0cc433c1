// The text of a PDF page as the guesses read it: lines top to bottom, with their cells when the positions are known.
// Its own file because both the guesses (pdf-text-patterns.ts) and the party blocks (pdf-text-parties.ts) read it.

/** A run of text printed together on a line, with its horizontal extent (PDF units). */
export type TextCell = { text: string; x: number; end: number };
/** A line of the page, top to bottom; `cells` when the positions are known (PDF), absent for plain text. */
export type TextLine = { text: string; cells?: TextCell[]; page?: number };

/** Lines of a plain text (no positions): what the unit tests and a text layer without geometry give. */
export const linesOfText = (text: string): TextLine[] => text.split(/\r?\n/).map((line) => ({ text: line }));
