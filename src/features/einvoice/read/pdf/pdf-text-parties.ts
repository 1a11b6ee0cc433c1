// Which party a piece of text belongs to, from the headings above it ("Fournisseur" | "Destinataire", "Vendeur" |
// "Client"…): a SIRET printed in the buyer's block is not the seller's. Pure.
import type { TextCell, TextLine } from "./pdf-text-lines.ts";

const SELLER_HEADING = /\b(?:fournisseur|vendeur|emetteur|prestataire|seller|supplier|vendor|from|lieferant|absender)\b/i;
const BUYER_HEADING =
  /\b(?:destinataire|client|acheteur|adresse de facturation|facture a|factur[ée]e? a|buyer|customer|bill(?:ed)? to|invoice to|kunde|rechnungsempfanger|empfanger)\b/i;
/** A heading is short and is not a "label : value" line ("N° de client : 123" is not the client's block). */
const isHeading = (text: string) => text.length <= 40 && !text.includes(":");

/** How far up a block's heading is looked for. */
const MAX_LINES_UP = 15;

type Side = "seller" | "buyer";

function sideOf(cell: TextCell, fold: (text: string) => string): Side | undefined {
  const text = fold(cell.text);
  if (!isHeading(text)) return undefined;
  if (BUYER_HEADING.test(text)) return "buyer";
  if (SELLER_HEADING.test(text)) return "seller";
  return undefined;
}

/**
 * The party whose block holds `cell` of line `lineIndex`: the nearest heading line above, and on it the heading
 * whose column the cell is in (the last heading starting left of the cell). Plain text (no cells): the heading line
 * alone decides when it names one party only.
 */
export function partyOf(lines: TextLine[], lineIndex: number, cell: TextCell | undefined, fold: (text: string) => string): Side | undefined {
  for (let line = lineIndex; line >= Math.max(0, lineIndex - MAX_LINES_UP); line--) {
    if (lines[line].page !== lines[lineIndex].page) return undefined;
    const cells = lines[line].cells ?? [{ text: lines[line].text, x: 0, end: 0 }];
    const headings = cells.map((candidate) => ({ cell: candidate, side: sideOf(candidate, fold) })).filter((heading) => heading.side);
    if (headings.length === 0) continue;
    if (!cell || !lines[line].cells) return headings.length === 1 ? headings[0].side : undefined;
    const tolerance = 8;
    const column = headings.filter((heading) => heading.cell.x <= cell.x + tolerance).pop();
    return column?.side;
  }
  return undefined;
}
