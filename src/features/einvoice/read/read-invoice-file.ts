// Reading one deposited invoice file: its type from its content (never its name), checked against the "Format de
// dépôt" chosen, then the reader of that type. Whatever the bytes, the result is a ReadResult or an
// EInvoiceReadError with a French message: third-party failures are converted on the way.
import { DEPOSIT_FORMAT_LABELS, type DepositFormat } from "./deposit-format.ts";
import { detectFileKind, xmlEncoding } from "./detect-file.ts";
import { readPdfInvoice } from "./pdf/pdf-reader.ts";
import { EInvoiceReadError, type ReadResult } from "./read-types.ts";
import { parseXml } from "./safe-xml.ts";
import { readXmlInvoice } from "./xml-invoice.ts";

const mismatch = (format: DepositFormat, expected: string, found: string) =>
  new EInvoiceReadError(
    "FORMAT_MISMATCH",
    `Le format de dépôt « ${DEPOSIT_FORMAT_LABELS[format]} » attend ${expected} : le fichier déposé est ${found}.`,
  );

function readXmlFile(bytes: Uint8Array): ReadResult {
  const encoding = xmlEncoding(bytes);
  // safe-xml decodes UTF-8; a UTF-16 document (byte order mark) is decoded here first.
  const input = encoding === "utf-16le" || encoding === "utf-16be" ? new TextDecoder(encoding).decode(bytes) : bytes;
  return readXmlInvoice(parseXml(input));
}

async function readByKind(bytes: Uint8Array, options: { fileName: string; format?: DepositFormat }): Promise<ReadResult> {
  const kind = detectFileKind(bytes, { fileName: options.fileName });
  const { format } = options;
  if (kind === "ZIP") {
    throw new EInvoiceReadError(
      "FORMAT_MISMATCH",
      "Le fichier déposé est une archive ZIP : un fichier ZIP se dépose par lot (dépôt de plusieurs factures), pas comme une facture.",
    );
  }
  if (kind === "XML") {
    if (format && format !== "XML_STRUCTURE") {
      throw mismatch(format, format === "XML_MIXTE" ? "un PDF contenant des données Factur-X" : "un fichier PDF", "un fichier XML");
    }
    return readXmlFile(bytes);
  }
  if (format === "XML_STRUCTURE") throw mismatch(format, "un fichier XML (UBL ou CII)", "un PDF");
  return readPdfInvoice(bytes, format);
}

/** The invoice read from a deposited file; rejects only with an EInvoiceReadError. */
export async function readInvoiceFile(bytes: Uint8Array, options: { fileName: string; format?: DepositFormat }): Promise<ReadResult> {
  try {
    return await readByKind(bytes, options);
  } catch (error) {
    if (error instanceof EInvoiceReadError) throw error;
    // A library failure nobody foresaw: the file is refused with a typed error; the cause is kept for the logs.
    const wrapped = new EInvoiceReadError("UNKNOWN_TYPE", `Le fichier « ${options.fileName} » n'a pas pu être lu : il est endommagé ou d'un type non pris en charge.`);
    wrapped.cause = error;
    throw wrapped;
  }
}
