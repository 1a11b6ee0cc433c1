// The answers of the route handlers (built by route-handler.ts): a French plain-text message, a file to download or
// to show in the page, a CSV export. None is ever kept by a shared cache nor sniffed by the browser.
import { CSV_MIME_TYPE } from "@/lib/csv.ts";
import { PDF_PREVIEW_POLICY } from "./security-headers.ts";

export type DownloadableFile = { fileName: string; mimeType: string; content: Uint8Array };

/** The headers of every answer of a route handler: private, never stored, its Content-Type taken as it is. */
export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

/** What a file route answers for a file that does not exist, or that is not the user's (nothing leaks). */
export const FILE_NOT_FOUND = "Fichier introuvable.";

/** A French message, as plain text. */
export function textResponse(body: string, status: number): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...PRIVATE_HEADERS } });
}

/** RFC 8187 value of filename*: UTF-8, percent-encoded, including the characters encodeURIComponent leaves. */
const rfc8187 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** The plain filename= for old clients: ASCII only, without quotes or separators. */
const asciiFallback = (value: string, fallback: string) => value.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\/;]/g, "_") || fallback;

const asAttachment = (fileName: string, fallback: string) => `attachment; filename="${asciiFallback(fileName, fallback)}"; filename*=UTF-8''${rfc8187(fileName)}`;

const body = (file: DownloadableFile) => new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.mimeType });

/** The file to download, as it is stored. */
export function downloadResponse(file: DownloadableFile): Response {
  return new Response(body(file), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": asAttachment(file.fileName, "fichier"),
      ...PRIVATE_HEADERS,
    },
  });
}

/**
 * The invoice's PDF shown inside its page (an <iframe> of this portal only). Only a PDF is ever shown inline;
 * anything else is a download.
 */
export function inlinePdfResponse(file: DownloadableFile): Response {
  if (file.mimeType !== "application/pdf") return downloadResponse(file);
  return new Response(body(file), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": `inline; filename*=UTF-8''${rfc8187(file.fileName)}`,
      ...PRIVATE_HEADERS,
      // Framed by the invoice page of this portal, by nobody else; sandboxed (no script, opaque origin). The sandbox is
      // this header, not the <iframe sandbox> attribute, which makes Chrome refuse to show any PDF.
      "X-Frame-Options": "SAMEORIGIN",
      "Content-Security-Policy": PDF_PREVIEW_POLICY,
    },
  });
}

/** A CSV export (src/lib/csv.ts's csvStream) as an attachment. */
export function csvResponse(fileName: string, stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, { headers: { "Content-Type": CSV_MIME_TYPE, "Content-Disposition": asAttachment(fileName, "export.csv"), ...PRIVATE_HEADERS } });
}

/** A ZIP built as it is sent (fflate's streamed Zip) as an attachment. */
export function zipResponse(fileName: string, stream: ReadableStream<Uint8Array>): Response {
  return new Response(stream, { headers: { "Content-Type": "application/zip", "Content-Disposition": asAttachment(fileName, "factures.zip"), ...PRIVATE_HEADERS } });
}

/** A file written as it is sent (an export, a ZIP): its length is not known beforehand. */
export type StreamedFile = { fileName: string; mimeType: string; stream: ReadableStream<Uint8Array> };

/** A streamed file as an attachment. */
export function streamedDownloadResponse(file: StreamedFile): Response {
  return new Response(file.stream, { headers: { "Content-Type": file.mimeType, "Content-Disposition": asAttachment(file.fileName, "fichier"), ...PRIVATE_HEADERS } });
}
