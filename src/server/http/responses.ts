// The answer of a download route: the file as an attachment, never cached by a shared cache, never sniffed.
import { z } from "zod";
import { AppError } from "@/server/errors.ts";

export type DownloadableFile = { fileName: string; mimeType: string; content: Uint8Array };

/** RFC 8187 value of filename*: UTF-8, percent-encoded, including the characters encodeURIComponent leaves. */
const rfc8187 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** The plain filename= for old clients: ASCII only, without quotes or separators. */
const asciiFallback = (value: string) => value.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replace(/["\\/;]/g, "_") || "fichier";

export function downloadResponse(file: DownloadableFile): Response {
  return new Response(new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.mimeType }), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": `attachment; filename="${asciiFallback(file.fileName)}"; filename*=UTF-8''${rfc8187(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });

/**
 * Runs an authorized file read for a download route: 404 for a malformed id and for whatever the use case
 * does not find (another structure's invoice looks like no invoice at all), the AppError's status otherwise.
 */
export async function downloadOr404(ids: string[], read: () => Promise<DownloadableFile>): Promise<Response> {
  if (!ids.every((id) => z.uuid().safeParse(id).success)) return text("Fichier introuvable.", 404);
  try {
    return downloadResponse(await read());
  } catch (error) {
    if (error instanceof AppError) return text(error.code === "NOT_FOUND" ? "Fichier introuvable." : error.message, error.httpStatus);
    throw error;
  }
}
