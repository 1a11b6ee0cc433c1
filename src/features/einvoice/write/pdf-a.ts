// What turns a pdf-lib document into a PDF/A-3B file (ISO 19005-3): embedded fonts only (DejaVu, subset),
// an sRGB output intent, an uncompressed XMP metadata stream equal to the Info dictionary, and a trailer /ID.
// With `facturX`, the XMP also declares the Factur-X extension schema and the embedded XML (Factur-X 1.0).
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { deflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { Cache, PDFContentStream, PDFCrossRefStream, PDFDocument, PDFHexString, PDFName, PDFObjectStream, PDFRawStream, PDFString, type PDFContext, type PDFFont, type PDFRef } from "pdf-lib";
import { pdfAssets } from "./pdf-assets.ts";
import { escapeXml } from "./xml-builder.ts";

export const PDF_CREATOR_TOOL = "Portail de facturation électronique";
const PDF_PRODUCER = "Portail de facturation électronique (pdf-lib)";

export type PdfFonts = { regular: PDFFont; bold: PDFFont };

export type PdfAMetadata = {
  title: string;
  author: string;
  subject: string;
  date: Date;
  /** Factur-X: the embedded XML's file name and the profile (conformance level). */
  facturX?: { documentFileName: string; conformanceLevel: string };
};

// Parsing a font costs far more than drawing a one-page invoice, and so does fontkit's OpenType shaping
// (GSUB/GPOS), which pdf-lib runs on every measured or drawn string only to read the glyphs back (it ignores the
// positions). The parsed fonts are kept for the process, shared by every document (pdf-lib only reads them), and
// map each character to its glyph directly: no ligatures, which also keeps the text extractable as typed.
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
type FontkitFont = ReturnType<Fontkit["create"]>;
const parsedFonts = new Map<Uint8Array, FontkitFont>();

// Each character's glyph, found once per process (fontkit's cmap lookup ran for every character measured or drawn);
// bounded, as the texts are the users'.
const GLYPHS_KEPT_PER_FONT = 4096;

function withPlainLayout(font: FontkitFont): FontkitFont {
  type Glyph = ReturnType<FontkitFont["glyphForCodePoint"]>;
  const glyphs = new Map<string, Glyph>();
  const glyphOf = (character: string) => {
    let glyph = glyphs.get(character);
    if (!glyph) {
      glyph = font.glyphForCodePoint(character.codePointAt(0) as number);
      if (glyphs.size < GLYPHS_KEPT_PER_FONT) glyphs.set(character, glyph);
    }
    return glyph;
  };
  return Object.create(font, {
    layout: { value: (text: string) => ({ glyphs: Array.from(text, glyphOf) }) },
    createSubset: { value: () => withEncodingCache(font.createSubset()) },
  }) as FontkitFont;
}

// Encoding a subset of DejaVu (its glyf, loca, hmtx… tables) was a third of a one-page PDF's CPU. Every document
// starts its subsets with the same characters (BASE_CHARACTERS, below), so that all the documents written with
// only those share one subset per font: encoded once per process, then its bytes served again. A document with
// other characters has its own subset, encoded for it (and kept, among the last few).
type FontkitSubset = ReturnType<FontkitFont["createSubset"]>;
const encodedSubsets = new Map<string, Uint8Array>();
const ENCODED_SUBSETS_KEPT = 32;

function withEncodingCache(subset: FontkitSubset): FontkitSubset {
  const encodeStream = subset.encodeStream.bind(subset);
  const { glyphs } = subset as unknown as { glyphs: number[] };
  const fontName = (subset as unknown as { font: { postscriptName: string } }).font.postscriptName;
  subset.encodeStream = () => {
    const key = `${fontName}:${glyphs.join(",")}`;
    const encoded = encodedSubsets.get(key);
    if (encoded) return Readable.from([encoded], { objectMode: false }) as unknown as ReturnType<FontkitSubset["encodeStream"]>;
    const stream = encodeStream();
    const parts: Uint8Array[] = [];
    stream.on("data", (part: Uint8Array) => parts.push(part));
    stream.on("end", () => {
      if (encodedSubsets.size >= ENCODED_SUBSETS_KEPT) encodedSubsets.delete(encodedSubsets.keys().next().value!);
      encodedSubsets.set(key, Buffer.concat(parts));
    });
    return stream;
  };
  return subset;
}

/**
 * What every document's subsets start with, in this order: printable ASCII, the letters of French and what its
 * typography and amounts use (no-break spaces, « », °, €, ’, dashes, …). Each glyph more makes every PDF bigger
 * (about 80 bytes deflated per font), so rarer characters are left to the documents that use them.
 */
const BASE_CHARACTERS = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ",
  "\u00a0\u202f«»°€’–—…",
].join("");

const cachingFontkit: Fontkit = {
  create(data, postscriptName) {
    let font = parsedFonts.get(data);
    if (!font) {
      font = withPlainLayout(fontkit.create(data, postscriptName));
      parsedFonts.set(data, font);
    }
    return font;
  },
};

// pdf-lib deflates with pako, in JavaScript, and pays its set-up (large buffers) on every stream: with two font
// subsets, their ToUnicode maps, the embedded XML and the ICC profile, that was about a sixth of a Factur-X's CPU.
// Node's zlib does the same deflate natively; pdf-lib calls context.flateStream for all of these streams.
// A shared font subset comes back as the same bytes in every document: deflated once, found again by its digest.
// Only a font's streams (pdf-lib gives them no /Type), never an embedded file or image: those are the invoice's own.
function nativeFlateStream(context: PDFContext): PDFContext["flateStream"] {
  return (contents, dict = {}) => {
    const bytes = typeof contents === "string" ? Buffer.from(contents, "latin1") : contents;
    const shared = !("Type" in dict) && bytes.length >= DEFLATED_KEPT_FROM && bytes.length <= DEFLATED_KEPT_UP_TO;
    return context.stream(shared ? deflatedOnce(bytes) : deflateSync(bytes), { ...dict, Filter: "FlateDecode" });
  };
}

// pdf-lib's own streams — the pages' content streams, and the object streams and the cross-reference stream it makes
// while it saves — are deflated by pako with its set-up (about 400 KB of buffers allocated and zeroed per stream),
// out of reach of context.flateStream: about a fifth of a Factur-X's CPU, and garbage. Their factories are wrapped,
// once per process, so that the same contents are deflated by zlib (still when first read, at save).
type FlateStream = PDFContentStream | PDFObjectStream | PDFCrossRefStream;
function deflatedByZlib<T extends FlateStream>(stream: T): T {
  const internals = stream as unknown as { encode: boolean; contentsCache: Cache<Uint8Array> };
  if (internals.encode) internals.contentsCache = Cache.populatedBy(() => deflateSync(stream.getUnencodedContents()));
  return stream;
}
const objectStreamOf = PDFObjectStream.withContextAndObjects;
PDFObjectStream.withContextAndObjects = (context, objects, encode) => deflatedByZlib(objectStreamOf(context, objects, encode));
const crossRefStreamOf = PDFCrossRefStream.create;
PDFCrossRefStream.create = (dict, encode) => deflatedByZlib(crossRefStreamOf(dict, encode));
const contentStreamOf = PDFContentStream.of;
PDFContentStream.of = (dict, operators, encode) => deflatedByZlib(contentStreamOf(dict, operators, encode));

const deflatedStreams = new Map<string, Uint8Array>();
const DEFLATED_KEPT_FROM = 8 * 1024;
const DEFLATED_KEPT_UP_TO = 512 * 1024;

function deflatedOnce(bytes: Uint8Array): Uint8Array {
  const key = createHash("sha256").update(bytes).digest("base64");
  let deflated = deflatedStreams.get(key);
  if (!deflated) {
    deflated = deflateSync(bytes);
    if (deflatedStreams.size >= ENCODED_SUBSETS_KEPT) deflatedStreams.delete(deflatedStreams.keys().next().value!);
    deflatedStreams.set(key, deflated);
  }
  return deflated;
}

export async function createPdfADocument(): Promise<{ doc: PDFDocument; fonts: PdfFonts }> {
  const assets = pdfAssets();
  // The Info dictionary is written by finishPdfA, from the same values as the XMP (pdf-lib's own would differ).
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.context.flateStream = nativeFlateStream(doc.context);
  doc.registerFontkit(cachingFontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(assets.regularFont, { subset: true }),
    doc.embedFont(assets.boldFont, { subset: true }),
  ]);
  regular.encodeText(BASE_CHARACTERS);
  bold.encodeText(BASE_CHARACTERS);
  withSharedUnicodeMap(regular);
  withSharedUnicodeMap(bold);
  return { doc, fonts: { regular, bold } };
}

// A subset's ToUnicode map (its glyphs back to the characters, for copying and searching the text) is written and
// deflated by pdf-lib for every document. It depends only on the subset's glyphs in their order, so the documents that
// share a subset (BASE_CHARACTERS) share its deflated map too: written once per process.
type UnicodeMapEmbedder = { glyphs: ({ id: number } | undefined)[]; embedUnicodeCmap(context: PDFContext): PDFRef };
const deflatedUnicodeMaps = new Map<string, Uint8Array>();

function withSharedUnicodeMap(font: PDFFont): void {
  const embedder = (font as unknown as { embedder: UnicodeMapEmbedder }).embedder;
  const embed = embedder.embedUnicodeCmap.bind(embedder);
  embedder.embedUnicodeCmap = (context) => {
    const key = `${font.name}:${embedder.glyphs.map((glyph) => glyph?.id).join(",")}`;
    const deflated = deflatedUnicodeMaps.get(key);
    if (deflated) return context.register(context.stream(deflated, { Filter: "FlateDecode" }));
    const ref = embed(context);
    const stream = context.lookup(ref);
    if (stream instanceof PDFRawStream) {
      if (deflatedUnicodeMaps.size >= ENCODED_SUBSETS_KEPT) deflatedUnicodeMaps.delete(deflatedUnicodeMaps.keys().next().value!);
      deflatedUnicodeMaps.set(key, stream.getContents());
    }
    return ref;
  };
}

/** PDF dates and XMP dates must denote the same instant: both are written to the second, in UTC. */
const toTheSecond = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000);
const xmpDate = (date: Date) => date.toISOString().replace(".000Z", "Z");

const FACTUR_X_NAMESPACE = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";

const facturXProperty = (name: string, description: string) =>
  `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>` +
  `<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;

function facturXXmp(facturX: NonNullable<PdfAMetadata["facturX"]>): string {
  return `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>${FACTUR_X_NAMESPACE}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>
${facturXProperty("DocumentFileName", "The name of the embedded XML document")}
${facturXProperty("DocumentType", "The type of the hybrid document in capital letters, e.g. INVOICE or ORDER")}
${facturXProperty("Version", "The actual version of the standard applying to the embedded XML document")}
${facturXProperty("ConformanceLevel", "The conformance level of the embedded XML document")}
</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="${FACTUR_X_NAMESPACE}">
<fx:DocumentType>INVOICE</fx:DocumentType>
<fx:DocumentFileName>${escapeXml(facturX.documentFileName)}</fx:DocumentFileName>
<fx:Version>1.0</fx:Version>
<fx:ConformanceLevel>${escapeXml(facturX.conformanceLevel)}</fx:ConformanceLevel>
</rdf:Description>
`;
}

function xmp(metadata: PdfAMetadata, date: Date): string {
  const lang = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>3</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title>${lang(metadata.title)}</dc:title>
<dc:creator><rdf:Seq><rdf:li>${escapeXml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description>${lang(metadata.subject)}</dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>${xmpDate(date)}</xmp:CreateDate>
<xmp:ModifyDate>${xmpDate(date)}</xmp:ModifyDate>
<xmp:CreatorTool>${escapeXml(PDF_CREATOR_TOOL)}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${escapeXml(PDF_PRODUCER)}</pdf:Producer>
</rdf:Description>
${metadata.facturX ? facturXXmp(metadata.facturX) : ""}</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** The sRGB profile as stored in every PDF, deflated once per process: the same bytes each time. */
let deflatedIccProfile: Uint8Array | undefined;
const iccProfileStream = () => (deflatedIccProfile ??= deflateSync(pdfAssets().srgbIccProfile));

/**
 * The file's bytes. pdf-lib's save yields to the event loop (setTimeout) every 50 objects so that a browser page stays
 * responsive; on the server, for a one- or two-page document, that only added waits behind other requests.
 */
export const savePdfA = (doc: PDFDocument): Promise<Uint8Array> => doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });

/** Call last, once the pages are drawn and files attached; then savePdfA. */
export function finishPdfA(doc: PDFDocument, metadata: PdfAMetadata): void {
  const date = toTheSecond(metadata.date);
  const { context, catalog } = doc;

  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setCreator(PDF_CREATOR_TOOL);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);

  // Not compressed: PDF/A wants the XMP readable by tools that do not parse the PDF.
  const metadataStream = context.stream(new TextEncoder().encode(xmp(metadata, date)), { Type: "Metadata", Subtype: "XML" });
  catalog.set(PDFName.of("Metadata"), context.register(metadataStream));

  const iccProfile = context.register(context.stream(iccProfileStream(), { N: 3, Filter: "FlateDecode" }));
  const outputIntent = context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
    Info: PDFString.of("sRGB IEC61966-2.1"),
    DestOutputProfile: iccProfile,
  });
  catalog.set(PDFName.of("OutputIntents"), context.obj([context.register(outputIntent)]));

  const id = PDFHexString.of(randomBytes(16).toString("hex"));
  context.trailerInfo.ID = context.obj([id, id]);
}
