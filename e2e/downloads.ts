// What the journeys read of a file the portal let the browser download.
import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";

export const bytesOf = async (download: Download) => new Uint8Array(await readFile((await download.path())!));

/** A CSV of the portal: BOM, `;`, CRLF (no cell of the journeys' invoices holds a `;`). */
export const csvRows = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(bytes)
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => line.split(";"));
