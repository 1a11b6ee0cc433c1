// The file of an invoice as its recipient receives it, in the « Format de réception des factures » its structure chose
// (Structure.receptionFormat): the Factur-X PDF, the CII XML, the UBL 2.1 XML, or the PDF alone. The file deposited
// is given as it came when it already is in that syntax; otherwise the invoice is written in it from its model (the
// CII XML the portal produced, or the deposited file read again). Attachments are not this file's business.
import {
  createFacturXPdf,
  type EInvoice,
  type EmbeddedFile,
  extractEmbeddedFiles,
  parseXml,
  readCii,
  readInvoiceFile,
  type ReadResult,
  writeCii,
  writeUbl,
} from "@/features/einvoice/index.ts";
import type { ReceptionFormat } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { ORIGINAL_ATTACHMENT_TYPE } from "../rules/deposit-modes.ts";
import type { InvoiceFile } from "./stored-invoice-files.ts";

type Sources = {
  number: string;
  /** The Factur-X PDF and its CII XML, produced by the portal for an invoice entered on it. */
  facturX?: InvoiceFile;
  ciiXml?: InvoiceFile;
  /** The file the supplier deposited (XML, Factur-X or plain PDF). */
  original?: InvoiceFile;
};

const XML = "application/xml";
const xmlFile = (fileName: string, xml: string): InvoiceFile => ({ fileName, mimeType: XML, content: new TextEncoder().encode(xml) });
const isPdf = (file: InvoiceFile) => file.mimeType === "application/pdf";

/** The deposited file read again; undefined when it holds no structured invoice (a plain PDF read from its text). */
async function readOriginal(original: InvoiceFile | undefined): Promise<ReadResult | undefined> {
  if (!original) return undefined;
  const read = await readInvoiceFile(original.content, { fileName: original.fileName });
  return read.syntax === "PDF_TEXT" ? undefined : read;
}

/**
 * The invoice's model: the CII the portal wrote, or the deposited file's (a structured deposit was refused unless it
 * passed the EN 16931 rules, so what it reads is a whole invoice).
 */
function modelOf(sources: Sources, read: ReadResult | undefined): EInvoice | undefined {
  if (sources.ciiXml) return readCii(parseXml(sources.ciiXml.content)).invoice as EInvoice;
  return read?.invoice as EInvoice | undefined;
}

/** The CII XML a deposited Factur-X carries, as it came (its embedded file, by the name the reader found). */
async function embeddedXml(original: InvoiceFile, read: ReadResult): Promise<InvoiceFile | undefined> {
  if (!read.embeddedFileName) return undefined;
  const embedded: EmbeddedFile | undefined = (await extractEmbeddedFiles(original.content)).find((file) => file.name === read.embeddedFileName);
  return embedded && { fileName: embedded.name, mimeType: XML, content: embedded.content };
}

/** The file in the chosen format; null when the invoice has no file at all (a draft never sent). */
export async function fileInReceptionFormat(format: ReceptionFormat, sources: Sources): Promise<InvoiceFile | null> {
  const { original } = sources;
  if (format === "FACTURX") return sources.facturX ?? original ?? null;
  if (format === "PDF") {
    if (sources.facturX) return sources.facturX;
    if (!original || isPdf(original)) return original ?? null;
    const model = modelOf(sources, await readOriginal(original));
    return model ? { fileName: `${sources.number}.pdf`, mimeType: "application/pdf", content: (await createFacturXPdf(model)).pdf } : original;
  }
  const read = sources.ciiXml ? undefined : await readOriginal(original);
  if (original && read) {
    if (read.syntax === format && !isPdf(original)) return original;
    if (format === "CII" && read.syntax === "CII") return (await embeddedXml(original, read)) ?? xmlFile(`${sources.number}.xml`, writeCii(read.invoice as EInvoice));
  }
  if (format === "CII" && sources.ciiXml) return sources.ciiXml;
  const model = modelOf(sources, read);
  // A plain PDF deposited has no structured invoice to write in XML: it is given as it came.
  if (!model) return original ?? null;
  return format === "UBL" ? xmlFile(`${sources.number}-ubl.xml`, writeUbl(model)) : xmlFile(`${sources.number}-cii.xml`, writeCii(model));
}

const fileSelect = { fileName: true, mimeType: true, content: true } as const;

/** The invoice's file in its recipient structure's reception format (read with the invoice's stored files). */
export async function receptionFile(invoiceId: string): Promise<InvoiceFile | null> {
  const invoice = await db.invoice.findUnique({
    where: { id: invoiceId },
    select: {
      invoiceNumber: true,
      recipientStructure: { select: { receptionFormat: true } },
      documents: { where: { kind: { in: ["FACTURX_PDF", "CII_XML"] } }, select: { kind: true, ...fileSelect } },
      attachments: { where: { type: ORIGINAL_ATTACHMENT_TYPE }, orderBy: { createdAt: "asc" }, take: 1, select: fileSelect },
    },
  });
  if (!invoice) return null;
  const document = (kind: "FACTURX_PDF" | "CII_XML") => invoice.documents.find((stored) => stored.kind === kind);
  return fileInReceptionFormat(invoice.recipientStructure?.receptionFormat ?? "FACTURX", {
    number: invoice.invoiceNumber ?? "facture",
    facturX: document("FACTURX_PDF"),
    ciiXml: document("CII_XML"),
    original: invoice.attachments[0],
  });
}
