// The files of a deposited ZIP batch, refusing bombs. The usual archive is read from its central directory, one
// entry at a time: each inflated by Node's zlib (native) with a bound on its output (maxOutputLength: what is left
// of the file's, the archive's and the ratio's limits), so the sizes written in the headers (which can lie) are never
// trusted for the inflated bytes. An archive whose directory cannot be trusted (ZIP64 marker) is read by fflate's
// streaming Unzip, fed in small chunks and counted as the bytes come out. The central directory also refuses
// password-protected entries up front. zlib instead of fflate for the usual archive: 10,000 invoices inflated in a
// fraction of fflate's 1.7 to 2.8 s of CPU (decision 0020, « Deposit, second pass »).
import { inflateRawSync } from "node:zlib";
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { EInvoiceReadError } from "./read-types.ts";

export type ZipEntry = { name: string; content: Uint8Array };

export type ZipLimits = {
  maxFiles: number;
  maxTotalBytes: number;
  maxFileBytes: number;
  /** Inflated bytes per compressed byte, beyond which an entry is a bomb (see RATIO_GRACE_BYTES). */
  maxRatio: number;
};

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFiles: 10_000,
  maxTotalBytes: 500 * 1024 * 1024,
  maxFileBytes: 20 * 1024 * 1024,
  maxRatio: 200,
};

/** Small files compress very well (a page of blanks): the ratio only says "bomb" once an entry is this large. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** Compressed bytes pushed at once: bounds what one push can inflate (deflate expands 1032:1 at most). */
const CHUNK_BYTES = 16 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
const invalid = (detail: string) => new EInvoiceReadError("ZIP_INVALID", `L'archive ZIP est invalide : ${detail}`);

/** Directories and what macOS adds to archives are not deposited files. */
function isSkipped(name: string): boolean {
  if (name.endsWith("/") || name.endsWith("\\")) return true;
  const segments = name.split(/[/\\]/);
  return segments.includes("__MACOSX") || segments[segments.length - 1] === ".DS_Store";
}

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u32 = (bytes: Uint8Array, at: number) => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;

/** An entry's name as fflate decodes it: UTF-8 when flag bit 11 says so, else one character per byte. */
const entryName = (bytes: Uint8Array, utf8: boolean) =>
  utf8 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes);

type CentralEntry = { name: string; method: number; crc: number; compressedSize: number; localOffset: number };

/**
 * Reads the central directory (end record found from the end of the file): refuses an archive without one
 * (truncated), a directory announcing too many entries, and encrypted entries (general purpose flag bit 0).
 * Gives its entries in order (name, method, CRC-32, compressed size, local header); a ZIP64 archive gives none.
 */
function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): CentralEntry[] | undefined {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw invalid("fin d'archive introuvable (fichier tronqué ou endommagé).");
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) return undefined; // ZIP64: the streaming pass still counts and bounds everything
  if (count > limits.maxFiles) throw tooManyFiles(limits);
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw invalid("répertoire central endommagé.");
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    if (at + 46 + nameLength > bytes.length) throw invalid("répertoire central endommagé.");
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    if (flags & 1) throw invalid(`le fichier « ${name} » est chiffré (protégé par un mot de passe) ; déposez une archive sans mot de passe.`);
    entries.push({ name, method: u16(bytes, at + 10), crc: u32(bytes, at + 16), compressedSize: u32(bytes, at + 20), localOffset: u32(bytes, at + 42) });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(chunks: Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const chunk of chunks) for (let index = 0; index < chunk.length; index++) crc = CRC_TABLE[(crc ^ chunk[index]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const tooManyFiles = (limits: ZipLimits) =>
  new EInvoiceReadError("ZIP_TOO_MANY_FILES", `L'archive ZIP contient plus de ${limits.maxFiles.toLocaleString("fr-FR")} fichiers.`);

type PendingEntry = { name: string; chunks: Uint8Array[]; inflated: number; done: boolean };

/** The files of the archive, in archive order, with their names as written (paths kept). */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  return [...zipEntries(bytes, limits)];
}

/**
 * The same files one at a time: a caller that handles each file before the next (hashes it, sends it on) never holds
 * the whole archive inflated. An error may come after some files were given: the caller keeps nothing of a refused archive.
 * `wanted` (by the index of the file among those given): the others are not inflated, for a second reading of an
 * archive read whole once already (its limits checked then, and its CRC-32 sums, not computed again).
 */
export function* zipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS, wanted?: (index: number) => boolean): Generator<ZipEntry> {
  const isZipStart = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  if (!isZipStart) throw invalid("ce fichier n'est pas une archive ZIP.");
  const central = readCentralDirectory(bytes, limits);
  if (central) yield* inflateFromDirectory(bytes, central, limits, wanted);
  else yield* streamEntries(bytes, limits).filter((_, index) => !wanted || wanted(index));
}

/** A plain Uint8Array owning its memory: a small Buffer is a slice of Node's shared pool, which cannot be moved to another thread. */
const owned = (buffer: Buffer) =>
  buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);

const isTooLarge = (error: unknown) => error instanceof RangeError || (error as { code?: string } | null)?.code === "ERR_BUFFER_TOO_LARGE";

/** Each entry of the central directory from its local header, inflated by zlib within what the limits leave. */
function* inflateFromDirectory(bytes: Uint8Array, central: CentralEntry[], limits: ZipLimits, wanted?: (index: number) => boolean): Generator<ZipEntry> {
  let totalInflated = 0;
  let index = -1;
  for (const entry of central) {
    const { name } = entry;
    if (isSkipped(name)) continue;
    index++;
    if (wanted && !wanted(index)) continue;
    if (entry.method !== 0 && entry.method !== 8) throw invalid(`le fichier « ${name} » utilise une méthode de compression non prise en charge (${entry.method}).`);
    const local = entry.localOffset;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw invalid(`le fichier « ${name} » est incomplet.`);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start > bytes.length || (entry.method === 0 && start + entry.compressedSize > bytes.length)) throw invalid(`le fichier « ${name} » est incomplet.`);
    // The compressed bytes that feed this entry, bounded by the archive itself (a header can claim more).
    const end = Math.min(bytes.length, start + entry.compressedSize);
    const compressed = Math.max(1, end - start);
    // What this entry may inflate to: the first limit it would pass decides the refusal, in this order.
    const bounds = [
      { max: limits.maxFileBytes, refusal: () => bomb(`le fichier « ${name} » décompressé dépasse ${megabytes(limits.maxFileBytes)}`) },
      { max: limits.maxTotalBytes - totalInflated, refusal: () => bomb(`le contenu décompressé dépasse ${megabytes(limits.maxTotalBytes)}`) },
      { max: Math.max(RATIO_GRACE_BYTES, Math.floor(limits.maxRatio * compressed)), refusal: () => bomb(`le fichier « ${name} » décompressé dépasse ${limits.maxRatio} fois sa taille compressée`) },
    ];
    const bound = bounds.reduce((lowest, candidate) => (candidate.max < lowest.max ? candidate : lowest));
    let content: Uint8Array;
    if (entry.method === 0) {
      if (end - start > bound.max) throw bound.refusal();
      content = bytes.slice(start, end); // its own buffer: moved, not copied, to the thread that asked
    } else {
      try {
        content = owned(inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, bound.max) }));
      } catch (error) {
        if (isTooLarge(error)) throw bound.refusal();
        const truncated = (error as { code?: string }).code === "Z_BUF_ERROR";
        throw invalid(truncated ? `le fichier « ${name} » est incomplet.` : `le fichier « ${name} » est endommagé (données compressées illisibles).`);
      }
      if (content.length > bound.max) throw bound.refusal();
    }
    totalInflated += content.length;
    // A second reading (`wanted`) reads the same bytes as the first, whose sums were right.
    if (!wanted && entry.crc !== crc32([content])) throw invalid(`le fichier « ${name} » est endommagé (somme de contrôle CRC incorrecte).`);
    yield { name, content };
  }
}

/** An archive whose central directory cannot be trusted: fflate's streaming Unzip over the local headers. */
function streamEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const entries: PendingEntry[] = [];
  let fileCount = 0;
  let totalInflated = 0;
  let failure: unknown;

  const onFile = (file: UnzipFile) => {
    fileCount++;
    if (fileCount > limits.maxFiles) throw tooManyFiles(limits);
    if (isSkipped(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      throw invalid(`le fichier « ${file.name} » utilise une méthode de compression non prise en charge (${file.compression}).`);
    }
    const entry: PendingEntry = { name: file.name, chunks: [], inflated: 0, done: false };
    entries.push(entry);
    // The compressed size that feeds this entry, bounded by the archive itself (a header can claim more).
    const compressed = Math.max(1, Math.min(file.size ?? bytes.length, bytes.length));
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = invalid(`le fichier « ${file.name} » est endommagé (données compressées illisibles).`);
        return;
      }
      entry.inflated += data.length;
      totalInflated += data.length;
      if (entry.inflated > limits.maxFileBytes) {
        failure = bomb(`le fichier « ${file.name} » décompressé dépasse ${megabytes(limits.maxFileBytes)}`);
      } else if (totalInflated > limits.maxTotalBytes) {
        failure = bomb(`le contenu décompressé dépasse ${megabytes(limits.maxTotalBytes)}`);
      } else if (entry.inflated > RATIO_GRACE_BYTES && entry.inflated / compressed > limits.maxRatio) {
        failure = bomb(`le fichier « ${file.name} » décompressé dépasse ${limits.maxRatio} fois sa taille compressée`);
      }
      if (failure) {
        file.terminate();
        return;
      }
      if (data.length) entry.chunks.push(data);
      if (final) entry.done = true;
    };
    file.start();
  };

  const unzip = new Unzip(onFile);
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.length && !failure; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, bytes.length);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (error) {
    if (error instanceof EInvoiceReadError) throw error;
    throw invalid("contenu tronqué ou endommagé.");
  }
  if (failure) throw failure;
  const truncated = entries.find((entry) => !entry.done);
  if (truncated) throw invalid(`le fichier « ${truncated.name} » est incomplet.`);
  return entries.map((entry) => ({ name: entry.name, content: concat(entry.chunks, entry.inflated) }));
}

const bomb = (detail: string) =>
  new EInvoiceReadError("ZIP_BOMB", `L'archive ZIP est refusée : ${detail} (archive piégée ou trop volumineuse).`);

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}
