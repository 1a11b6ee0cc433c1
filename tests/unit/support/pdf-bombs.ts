// Generated PDF bombs for the fuzz tests: tiny files whose streams inflate to hundreds of megabytes or gigabytes.
// A deflate segment of 8 MB of zeros (sync-flushed, so byte-aligned and position-independent: a literal 0, then
// matches at distance 1) is repeated k times inside one zlib stream, closed by an empty final block and the right
// Adler-32: a valid stream of k × 8 MB zeros built without ever holding them. Compressed again, it shrinks to KB.
import { constants, deflateRawSync, deflateSync } from "node:zlib";

const SEGMENT_ZEROS = 8 * 1024 * 1024;
let segment: Buffer | undefined;
const zeroSegment = () => (segment ??= deflateRawSync(Buffer.alloc(SEGMENT_ZEROS), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));

/** A zlib stream that inflates to `megabytes` (a multiple of 8) of zeros. */
export function zlibZeros(megabytes: number): Uint8Array {
  const count = Math.max(1, Math.round(megabytes / 8));
  const n = count * SEGMENT_ZEROS;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((n % 65521) << 16) | 1) >>> 0);
  return new Uint8Array(Buffer.concat([Buffer.from([0x78, 0xda]), ...Array<Buffer>(count).fill(zeroSegment()), Buffer.from([0x03, 0x00]), adler]));
}

/** Compressed once more with zlib (what /Filter [/FlateDecode /FlateDecode] undoes). */
export const zlibAgain = (bytes: Uint8Array) => new Uint8Array(deflateSync(bytes, { level: 9 }));

export const asciiHex = (bytes: Uint8Array) => new TextEncoder().encode(Buffer.from(bytes).toString("hex") + ">");

type PdfObject = string | { dictionary: string; stream: Uint8Array };

/** A PDF with these objects (numbered from 1, the first being the catalog), its xref and trailer. */
export function buildPdf(objects: PdfObject[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets: number[] = [];
  let length = parts[0].length;
  const add = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((object, index) => {
    offsets.push(length);
    if (typeof object === "string") add(Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, "latin1"));
    else {
      add(Buffer.from(`${index + 1} 0 obj\n<< ${object.dictionary} /Length ${object.stream.length} >>\nstream\n`, "latin1"));
      add(Buffer.from(object.stream));
      add(Buffer.from("\nendstream\nendobj\n", "latin1"));
    }
  });
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  add(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}

const page = (contents = "") => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${contents} >>`;
const catalog = (extra = "") => `<< /Type /Catalog /Pages 2 0 R${extra} >>`;
const pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

/** One page whose content stream inflates to `megabytes`. */
export function pageContentBomb(megabytes: number): Uint8Array {
  return buildPdf([catalog(), pages, page(" /Contents 4 0 R"), { dictionary: "/Filter /FlateDecode", stream: zlibZeros(megabytes) }]);
}

/**
 * The attack of the issue: one embedded file compressed twice, named factur-x.xml, referenced by three file
 * specifications (name tree and /AF), so that a reader decodes it three times.
 */
export function embeddedFileBomb(megabytes: number, declared: "twice" | "once" = "twice"): Uint8Array {
  const stream = zlibAgain(zlibZeros(megabytes));
  const filter = declared === "twice" ? "/Filter [/FlateDecode /FlateDecode]" : "/Filter /FlateDecode";
  return buildPdf([
    catalog(" /Names << /EmbeddedFiles << /Names [(factur-x.xml) 5 0 R (copie.xml) 6 0 R (autre.xml) 7 0 R] >> >> /AF [5 0 R 6 0 R 7 0 R]"),
    pages,
    page(),
    { dictionary: `/Type /EmbeddedFile /Subtype /text#2Fxml ${filter}`, stream },
    "<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF << /F 4 0 R /UF 4 0 R >> >>",
    "<< /Type /Filespec /F (copie.xml) /EF << /F 4 0 R >> >>",
    "<< /Type /Filespec /F (autre.xml) /EF << /F 4 0 R >> >>",
  ]);
}

/** An object stream (/Type /ObjStm, decoded by pdf-lib while it loads the file) that inflates to `megabytes`. */
export function objectStreamBomb(megabytes: number): Uint8Array {
  return buildPdf([catalog(), pages, page(), { dictionary: "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", stream: zlibZeros(megabytes) }]);
}

/** The same bomb wrapped in ASCIIHex, then Flate. */
export function wrappedBomb(megabytes: number): Uint8Array {
  return buildPdf([catalog(), pages, page(" /Contents 4 0 R"), { dictionary: "/Filter [/ASCIIHexDecode /FlateDecode]", stream: asciiHex(zlibZeros(megabytes)) }]);
}

/** Many streams, each under the per-stream limit, together far above the file's budget. */
export function manyStreamsBomb(streams: number, megabytesEach: number): Uint8Array {
  const content = zlibZeros(megabytesEach);
  const kids = Array.from({ length: streams }, (_, index) => `${3 + index} 0 R`).join(" ");
  const objects: PdfObject[] = [catalog(), `<< /Type /Pages /Kids [${kids}] /Count ${streams} >>`];
  for (let index = 0; index < streams; index++) objects.push(page(` /Contents ${3 + streams + index} 0 R`));
  for (let index = 0; index < streams; index++) objects.push({ dictionary: "/Filter /FlateDecode", stream: content });
  return buildPdf(objects);
}
