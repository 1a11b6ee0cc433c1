// Drawing helpers shared by the generated PDFs: an A4 cursor that moves down the page and opens a new page
// when the next block does not fit, word wrapping, tables whose header is repeated on every page, page numbers.
import { beginText, endText, rgb, setFillingColor, setFontAndSize, setTextMatrix, showText, type PDFDocument, type PDFFont, type PDFName, type PDFPage, type RGB } from "pdf-lib";
import type { PdfFonts } from "./pdf-a.ts";

const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 40;
const FOOTER_HEIGHT = 20;
export const CONTENT_WIDTH = A4[0] - 2 * MARGIN;

export const COLORS = { text: rgb(0, 0, 0), muted: rgb(0.35, 0.35, 0.35), rule: rgb(0.7, 0.7, 0.7), headerFill: rgb(0.9, 0.91, 0.96) };

export type TextStyle = { font: PDFFont; size: number; color?: RGB };

const lineHeight = (style: TextStyle) => style.size * 1.3;

/** Splits on whitespace to fit `width`; a word longer than the width is cut where it overflows. */
export function wrapText(text: string, style: TextStyle, width: number): string[] {
  const normalized = text.replace(/\s+/g, " ").trim();
  if (normalized === "") return [""];
  const fits = (candidate: string) => style.font.widthOfTextAtSize(candidate, style.size) <= width;
  if (fits(normalized)) return [normalized];
  const lines: string[] = [];
  let current = "";
  for (const word of normalized.split(" ")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== "") lines.push(current);
    current = word;
    while (!fits(current)) {
      let cut = current.length - 1;
      while (cut > 1 && !fits(current.slice(0, cut))) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  lines.push(current);
  return lines;
}

// pdf-lib's drawText given a font adds that font to the page's resources under a new name on every call (its own
// TODO in PDFPage.setFont): a one-page invoice drew about 200 strings, so its page named the same two fonts about
// 200 times, and each new name was searched among the previous ones. Each font is named once per page here, and the
// text written with the operators drawText writes (less its graphics-state save and line height, which one line of
// text does not need), without its checks of every option.
const pageFontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

function fontKeyOn(page: PDFPage, font: PDFFont): PDFName {
  let keys = pageFontKeys.get(page);
  if (!keys) pageFontKeys.set(page, (keys = new Map()));
  let key = keys.get(font);
  if (!key) keys.set(font, (key = page.node.newFontDictionary(font.name, font.ref)));
  return key;
}

/** What drawText would clean or split into lines: such a text goes through it. */
const NOT_ONE_LINE = /[\n\r\f\t\v\b\u0085\u2028\u2029]/;

function drawTextOn(page: PDFPage, text: string, x: number, baseline: number, style: TextStyle): void {
  const color = style.color ?? COLORS.text;
  if (NOT_ONE_LINE.test(text)) {
    page.drawText(text, { x, y: baseline, font: style.font, size: style.size, color });
    return;
  }
  page.pushOperators(
    beginText(),
    setFillingColor(color),
    setFontAndSize(fontKeyOn(page, style.font), style.size),
    setTextMatrix(1, 0, 0, 1, x, baseline),
    showText(style.font.encodeText(text)),
    endText(),
  );
}

export type Column = { title: string; width: number; align?: "left" | "right" };

const CELL_PADDING = 3;

export class PdfCursor {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: PdfFonts,
  ) {
    this.addPage();
  }

  addPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Opens a new page unless `height` points still fit above the footer; true when a page was added. */
  ensureSpace(height: number): boolean {
    if (this.y - height >= MARGIN + FOOTER_HEIGHT) return false;
    this.addPage();
    return true;
  }

  moveDown(height: number): void {
    this.y -= height;
  }

  drawText(text: string, x: number, baseline: number, style: TextStyle): void {
    if (text !== "") drawTextOn(this.page, text, x, baseline, style);
  }

  /** A wrapped paragraph at `x`, `width` wide, moving the cursor below it. */
  paragraph(text: string, style: TextStyle, x = MARGIN, width = CONTENT_WIDTH): void {
    for (const line of wrapText(text, style, width)) {
      this.ensureSpace(lineHeight(style));
      this.drawText(line, x, this.y - style.size, style);
      this.moveDown(lineHeight(style));
    }
  }

  heading(text: string, size = 11): void {
    this.ensureSpace(size * 3);
    this.moveDown(size * 0.6);
    this.paragraph(text, { font: this.fonts.bold, size });
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 2 }, end: { x: MARGIN + CONTENT_WIDTH, y: this.y + 2 }, thickness: 0.5, color: COLORS.rule });
    this.moveDown(4);
  }

  /** Blocks of lines side by side (e.g. supplier and recipient), each wrapped to its share of the width. */
  columns(blocks: { title: string; lines: string[] }[], size = 9): void {
    const gap = 16;
    const width = (CONTENT_WIDTH - gap * (blocks.length - 1)) / blocks.length;
    const regular = { font: this.fonts.regular, size };
    const bold = { font: this.fonts.bold, size: size + 1 };
    const wrapped = blocks.map((block) => block.lines.flatMap((line) => wrapText(line, regular, width)));
    const height = lineHeight(bold) + Math.max(...wrapped.map((lines) => lines.length)) * lineHeight(regular);
    this.ensureSpace(height);
    blocks.forEach((block, index) => {
      const x = MARGIN + index * (width + gap);
      this.drawText(block.title, x, this.y - bold.size, bold);
      wrapped[index].forEach((line, row) => this.drawText(line, x, this.y - lineHeight(bold) - row * lineHeight(regular) - size, regular));
    });
    this.moveDown(height);
  }

  /** A table; its header row is drawn again at the top of every page the rows run onto. */
  table(columns: Column[], rows: string[][], size = 7.5, x = MARGIN): void {
    const regular = { font: this.fonts.regular, size };
    const bold = { font: this.fonts.bold, size };
    const tableWidth = columns.reduce((sum, column) => sum + column.width, 0);
    const measureRow = (cells: string[], style: TextStyle, fill?: RGB) => {
      const wrapped = cells.map((cell, index) => wrapText(cell, style, columns[index].width - 2 * CELL_PADDING));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight(style) + 2 * CELL_PADDING;
      return { wrapped, height, fill, style };
    };
    const paint = ({ wrapped, height, fill, style }: ReturnType<typeof measureRow>) => {
      if (fill) this.page.drawRectangle({ x, y: this.y - height, width: tableWidth, height, color: fill });
      let cellX = x;
      wrapped.forEach((lines, index) => {
        const column = columns[index];
        lines.forEach((line, row) => {
          const textX =
            column.align === "right"
              ? cellX + column.width - CELL_PADDING - style.font.widthOfTextAtSize(line, style.size)
              : cellX + CELL_PADDING;
          this.drawText(line, textX, this.y - CELL_PADDING - style.size - row * lineHeight(style), style);
        });
        cellX += column.width;
      });
      this.page.drawLine({ start: { x, y: this.y - height }, end: { x: x + tableWidth, y: this.y - height }, thickness: 0.3, color: COLORS.rule });
      this.moveDown(height);
    };
    const header = measureRow(
      columns.map((column) => column.title),
      bold,
      COLORS.headerFill,
    );
    this.ensureSpace(header.height * 2);
    paint(header);
    for (const cells of rows) {
      const row = measureRow(cells, regular);
      if (this.ensureSpace(row.height)) paint(header);
      paint(row);
    }
  }

  /** "Page x / n" (and a left-hand label) at the foot of every page, once all pages exist. */
  numberPages(label: string): void {
    const style = { font: this.fonts.regular, size: 7.5, color: COLORS.muted };
    this.pages.forEach((page, index) => {
      const text = `Page ${index + 1} / ${this.pages.length}`;
      const baseline = MARGIN - 10;
      drawTextOn(page, label, MARGIN, baseline, style);
      drawTextOn(page, text, MARGIN + CONTENT_WIDTH - style.font.widthOfTextAtSize(text, style.size), baseline, style);
    });
  }
}
