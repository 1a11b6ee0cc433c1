// The files embedded in a PDF (a Factur-X's factur-x.xml, attachments): from the catalog's /Names /EmbeddedFiles
// name tree (walked through /Kids) and from the associated files /AF (PDF/A-3), each file listed once.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";

export type EmbeddedFile = { name: string; content: Uint8Array };

const text = (value: PDFObject | undefined) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

export async function extractEmbeddedFiles(pdf: Uint8Array): Promise<EmbeddedFile[]> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  const { context, catalog } = doc;
  const lookup = (value: PDFObject | undefined) => (value instanceof PDFRef ? context.lookup(value) : value);
  const seen = new Set<PDFDict>();
  // Several file specifications may point at one stream: it is decoded once (a bomb repeats its references).
  const decoded = new Map<PDFRawStream, Uint8Array>();
  const files: EmbeddedFile[] = [];

  const readFileSpec = (value: PDFObject | undefined, fallbackName?: string) => {
    const spec = lookup(value);
    if (!(spec instanceof PDFDict) || seen.has(spec)) return;
    seen.add(spec);
    const ef = lookup(spec.get(PDFName.of("EF")));
    if (!(ef instanceof PDFDict)) return;
    const stream = lookup(ef.get(PDFName.of("UF")) ?? ef.get(PDFName.of("F")));
    if (!(stream instanceof PDFRawStream)) return;
    const name = text(spec.get(PDFName.of("UF"))) ?? text(spec.get(PDFName.of("F"))) ?? fallbackName ?? "";
    let content = decoded.get(stream);
    if (!content) decoded.set(stream, (content = decodePDFRawStream(stream).decode()));
    files.push({ name, content });
  };

  const walkNameTree = (value: PDFObject | undefined, depth: number) => {
    const treeNode = lookup(value);
    if (!(treeNode instanceof PDFDict) || depth > 32) return;
    const names = lookup(treeNode.get(PDFName.of("Names")));
    if (names instanceof PDFArray) {
      for (let index = 0; index + 1 < names.size(); index += 2) readFileSpec(names.get(index + 1), text(lookup(names.get(index))));
    }
    const kids = lookup(treeNode.get(PDFName.of("Kids")));
    if (kids instanceof PDFArray) kids.asArray().forEach((kid) => walkNameTree(kid, depth + 1));
  };

  const namesDict = lookup(catalog.get(PDFName.of("Names")));
  if (namesDict instanceof PDFDict) walkNameTree(namesDict.get(PDFName.of("EmbeddedFiles")), 0);
  const associated = lookup(catalog.get(PDFName.of("AF")));
  if (associated instanceof PDFArray) associated.asArray().forEach((spec) => readFileSpec(spec));
  return files;
}
