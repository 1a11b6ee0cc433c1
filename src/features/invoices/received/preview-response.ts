// The invoice's PDF shown inside its page (an <iframe> of this portal only), never cached by a shared cache,
// never sniffed. Only a PDF is ever shown inline; anything else would be a download.
import { z } from "zod";
import { AppError } from "@/server/errors.ts";
import { PDF_PREVIEW_POLICY } from "@/server/http/security-headers.ts";
import { downloadResponse, type DownloadableFile } from "@/server/http/download-response.ts";

const rfc8187 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function inlinePdfResponse(file: DownloadableFile): Response {
  if (file.mimeType !== "application/pdf") return downloadResponse(file);
  return new Response(new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.mimeType }), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": `inline; filename*=UTF-8''${rfc8187(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // Framed by the invoice page of this portal, by nobody else; sandboxed (no script, opaque origin). The sandbox is
      // this header, not the <iframe sandbox> attribute, which makes Chrome refuse to show any PDF.
      "X-Frame-Options": "SAMEORIGIN",
      "Content-Security-Policy": PDF_PREVIEW_POLICY,
    },
  });
}

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });

/** Like downloadOr404, for the PDF shown in the page: 404 for a malformed id and for what the use case does not find. */
export async function previewOr404(invoiceId: string, read: () => Promise<DownloadableFile>): Promise<Response> {
  if (!z.uuid().safeParse(invoiceId).success) return text("Fichier introuvable.", 404);
  try {
    return inlinePdfResponse(await read());
  } catch (error) {
    if (error instanceof AppError) return text(error.code === "NOT_FOUND" ? "Fichier introuvable." : error.message, error.httpStatus);
    throw error;
  }
}
