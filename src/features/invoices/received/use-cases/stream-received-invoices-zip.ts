import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { Prisma } from "@/generated/prisma/client.ts";
import { csvDocument } from "@/lib/csv.ts";
import { db } from "@/server/db.ts";
import { AppError, notFound } from "@/server/errors.ts";
import { receivedOrderBy } from "../data/received-filters.ts";
import { receivedRowsByKeyset, type ReceivedExportRow } from "../data/received-export.ts";
import { readReceivedInvoiceFiles } from "../data/received-invoice-files.ts";
import { receivedListQuery } from "../data/received-list.ts";
import { RECEIVED_ZIP_INDEX_HEADERS, receivedExportFileName, receivedZipIndexCells } from "../rules/received-csv.ts";
import type { ReceivedInvoiceFilters } from "../rules/received-search.ts";
import { invoiceFolder, MAX_ZIP_INVOICES, safeEntryName, tooManyForZipMessage, uniqueEntryName, ZIP_INDEX_NAME } from "../rules/received-zip.ts";

/** A file of the archive, stored as it is (PDFs and XML deposits are read as they are; the index is compressed). */
function addEntry(zip: Zip, name: string, content: Uint8Array, compress = false) {
  const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
  zip.add(entry);
  entry.push(content, true);
}

/**
 * « Télécharger (ZIP) » of Factures reçues: the selected invoices (`invoiceIds`), or every invoice of a search
 * (`filters`), at most MAX_ZIP_INVOICES, each in its folder with its Factur-X or deposited file and its attachments,
 * and index.csv (the export's columns and each invoice's files in the archive). Authorized and bounded now, before any
 * byte is sent: an invoice of the selection out of the user's reach makes the whole request "not found", a search
 * with too many invoices is refused with the count. Then streamed: one invoice's files read at a time, as the client
 * reads the archive.
 */
export async function streamReceivedInvoicesZip({ userId, filters = {}, invoiceIds }: { userId: string; filters?: ReceivedInvoiceFilters; invoiceIds?: readonly string[] }) {
  if (invoiceIds && invoiceIds.length > MAX_ZIP_INVOICES) throw new AppError("VALIDATION", `Sélectionnez ${MAX_ZIP_INVOICES} factures au plus.`);
  const query = await receivedListQuery(userId, invoiceIds ? {} : filters);
  if (!query.where) throw notFound("Facture introuvable.");
  const where: Prisma.InvoiceWhereInput = invoiceIds ? { AND: [query.where, { id: { in: [...invoiceIds] } }] } : query.where;
  const found = await db.invoice.count({ where });
  if (invoiceIds && found !== new Set(invoiceIds).size) throw notFound("Facture introuvable.");
  if (found > MAX_ZIP_INVOICES) throw new AppError("VALIDATION", tooManyForZipMessage(found));
  if (found === 0) throw new AppError("VALIDATION", "Aucune facture reçue ne correspond à ces critères : il n'y a rien à télécharger.");

  const rows = receivedRowsByKeyset({ where, orderBy: receivedOrderBy(invoiceIds ? {} : filters) }, MAX_ZIP_INVOICES)[Symbol.asyncIterator]();
  const index: string[][] = [];
  const taken = new Set<string>([ZIP_INDEX_NAME]);
  let zip: Zip;
  // Bytes given to the stream since the last pull: a pull must give some (or end the stream), or the reader waits forever.
  let given = 0;

  const addInvoice = async (row: ReceivedExportRow) => {
    const files = await readReceivedInvoiceFiles(row.id);
    const folder = uniqueEntryName(taken, invoiceFolder(row));
    const invoicePath = files.invoiceFile && uniqueEntryName(taken, `${folder}/${safeEntryName(files.invoiceFile.fileName)}`);
    if (files.invoiceFile && invoicePath) addEntry(zip, invoicePath, files.invoiceFile.content);
    const attachmentPaths = files.attachments.map((attachment) => {
      const path = uniqueEntryName(taken, `${folder}/pieces-jointes/${safeEntryName(attachment.fileName)}`);
      addEntry(zip, path, attachment.content);
      return path;
    });
    index.push(receivedZipIndexCells(row, invoicePath, attachmentPaths));
  };

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        given += chunk.byteLength;
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    // One invoice per pull: the client's reading paces the database's.
    async pull() {
      given = 0;
      while (given === 0) {
        const next = await rows.next();
        if (next.done) {
          addEntry(zip, ZIP_INDEX_NAME, new TextEncoder().encode(csvDocument(RECEIVED_ZIP_INDEX_HEADERS, index)), true);
          zip.end();
          return;
        }
        await addInvoice(next.value);
      }
    },
    async cancel() {
      zip.terminate();
      await rows.return?.(undefined);
    },
  });
  return { fileName: receivedExportFileName(new Date(), "zip"), invoiceCount: found, stream };
}
