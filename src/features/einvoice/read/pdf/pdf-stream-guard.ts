// A PDF bomb guard, run on the raw bytes BEFORE pdf-lib or pdf.js see them: both inflate streams without any limit
// (a 2.5 KB PDF with three references to one double-compressed embedded file took a process from 0.5 to 3.5 GB).
// Every stream of the file (page contents, object streams, embedded files, images) is decoded through its filter
// chain (Flate, LZW, RunLength, ASCIIHex, ASCII85; a Flate stream inside a Flate stream too) by streaming decoders
// that only COUNT the bytes they produce and keep none: the output is pushed on in small pieces, so one step never
// expands more than ~1 MB, and the file is refused as soon as a stream or the whole file passes its budget.
// Memory stays flat whatever the file; the work is linear in the bytes produced, which the budget caps.
import { Unzlib } from "fflate";
import { EInvoiceReadError } from "../read-types.ts";

export type PdfStreamLimits = {
  /** Decoded bytes one stream may produce. */
  maxStreamBytes: number;
  /** Decoded bytes all the streams of the file may produce together. */
  maxTotalBytes: number;
  /** Streams one file may hold. */
  maxStreams: number;
};

/** A scanned A4 page at 300 dpi in colour is ~26 MB decoded: one page per stream, a few pages per file. */
export const PDF_STREAM_LIMITS: PdfStreamLimits = { maxStreamBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024, maxStreams: 50_000 };

/** Input is fed to each decoder in pieces of this size: deflate expands at most ~1,032 times, so ≤ ~1 MB per step. */
const PIECE = 1024;

export const pdfBomb = () =>
  new EInvoiceReadError(
    "PDF_BOMB",
    "Le fichier PDF est refusé : une fois décompressé, son contenu dépasse la taille autorisée (fichier piégé ou anormalement volumineux).",
  );

class BudgetExceeded extends Error {}

type Sink = (chunk: Uint8Array) => void;
type Decoder = { push(chunk: Uint8Array): void; end(): void };

/** Feeds `chunk` to `push` in pieces of at most PIECE bytes. */
function inPieces(chunk: Uint8Array, push: (piece: Uint8Array) => void) {
  for (let offset = 0; offset < chunk.length; offset += PIECE) push(chunk.subarray(offset, Math.min(chunk.length, offset + PIECE)));
}

function flate(sink: Sink): Decoder {
  let failed = false;
  const inflater = new Unzlib((data) => inPieces(data, sink));
  return {
    push(chunk) {
      if (failed) return;
      try {
        inPieces(chunk, (piece) => inflater.push(piece, false));
      } catch (error) {
        if (error instanceof BudgetExceeded) throw error;
        failed = true; // a damaged stream ends where it breaks, as the readers do
      }
    },
    end() {
      if (failed) return;
      try {
        inflater.push(new Uint8Array(0), true);
      } catch (error) {
        if (error instanceof BudgetExceeded) throw error;
      }
    },
  };
}

function asciiHex(sink: Sink): Decoder {
  let high = -1;
  let done = false;
  const out: number[] = [];
  const flush = () => {
    if (out.length) sink(Uint8Array.from(out.splice(0)));
  };
  const value = (code: number) => (code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1);
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && !done; i++) {
        if (chunk[i] === 62) done = true; // ">"
        const digit = value(chunk[i]);
        if (digit < 0) continue;
        if (high < 0) high = digit;
        else {
          out.push(high * 16 + digit);
          high = -1;
        }
        if (out.length >= PIECE) flush();
      }
      flush();
    },
    end() {
      if (high >= 0) out.push(high * 16);
      flush();
    },
  };
}

function ascii85(sink: Sink): Decoder {
  let group: number[] = [];
  let done = false;
  const out: number[] = [];
  const flush = () => {
    if (out.length) sink(Uint8Array.from(out.splice(0)));
  };
  const emit = (digits: number[], bytes: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (digits[i] ?? 84);
    for (let i = 0; i < bytes; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
  };
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && !done; i++) {
        const code = chunk[i];
        if (code === 126) done = true; // "~>"
        else if (code === 122 && group.length === 0) out.push(0, 0, 0, 0); // "z"
        else if (code >= 33 && code <= 117) {
          group.push(code - 33);
          if (group.length === 5) {
            emit(group, 4);
            group = [];
          }
        }
        if (out.length >= PIECE) flush();
      }
      flush();
    },
    end() {
      if (group.length > 1) emit(group, group.length - 1);
      flush();
    },
  };
}

function runLength(sink: Sink): Decoder {
  let length = -1; // pending length byte
  let literal = 0; // literal bytes still to copy
  let done = false;
  const out: number[] = [];
  const flush = () => {
    if (out.length) sink(Uint8Array.from(out.splice(0)));
  };
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && !done; i++) {
        const byte = chunk[i];
        if (literal > 0) {
          out.push(byte);
          literal--;
        } else if (length >= 0) {
          for (let n = 0; n < 257 - length; n++) out.push(byte);
          length = -1;
        } else if (byte === 128) done = true;
        else if (byte < 128) literal = byte + 1;
        else length = byte;
        if (out.length >= PIECE) flush();
      }
      flush();
    },
    end: flush,
  };
}

/** LZW as PDF uses it (EarlyChange 1, codes of 9 to 12 bits); each code's string is written from its prefix chain. */
function lzw(sink: Sink, earlyChange = 1): Decoder {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const size = new Int32Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    size[i] = 1;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let bitCount = 0;
  let done = false;
  const scratch = new Uint8Array(4096);
  const firstByte = (code: number) => {
    while (prefix[code] >= 0) code = prefix[code];
    return suffix[code];
  };
  const write = (code: number) => {
    const length = size[code];
    for (let at = length - 1, c = code; at >= 0; at--, c = prefix[c]) scratch[at] = suffix[c];
    sink(scratch.slice(0, length));
  };
  return {
    push(chunk) {
      for (let i = 0; i < chunk.length && !done; i++) {
        bits = ((bits << 8) | chunk[i]) & 0xffffff;
        bitCount += 8;
        while (bitCount >= width && !done) {
          const code = (bits >>> (bitCount - width)) & ((1 << width) - 1);
          bitCount -= width;
          if (code === 256) {
            next = 258;
            width = 9;
            previous = -1;
            continue;
          }
          if (code === 257) {
            done = true;
            break;
          }
          if (previous < 0) {
            if (code > 255) {
              done = true;
              break;
            }
            write(code);
            previous = code;
            continue;
          }
          if (code > next || next >= 4096) {
            done = true; // damaged: stop here
            break;
          }
          const known = code < next;
          const first = known ? firstByte(code) : firstByte(previous);
          prefix[next] = previous;
          suffix[next] = first;
          size[next] = size[previous] + 1;
          next++;
          write(known ? code : next - 1);
          previous = code;
          if (next + earlyChange >= 1 << width && width < 12) width++;
        }
      }
    },
    end() {},
  };
}

const FILTERS: Record<string, (sink: Sink) => Decoder> = {
  FlateDecode: flate,
  Fl: flate,
  LZWDecode: lzw,
  LZW: lzw,
  RunLengthDecode: runLength,
  RL: runLength,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
};

const LATIN1 = new TextDecoder("latin1");

/** The filter names of a stream's dictionary (the text between its "obj" and its "stream" keyword). */
export function filterChain(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+|\d+\s+\d+\s+R)/.exec(dictionary);
  if (!match) return [];
  return [...match[1].matchAll(/\/([^\s/[\]<>()]+)/g)].map((name) => name[1]);
}

function isZlibHeader(bytes: Uint8Array, at = 0): boolean {
  return bytes.length >= at + 2 && (bytes[at] & 0x0f) === 8 && (bytes[at] >> 4) <= 7 && ((bytes[at] << 8) | bytes[at + 1]) % 31 === 0;
}

/**
 * The decoder chain of one stream ending in `count`: its declared filters (unknown ones, e.g. image codecs that the
 * readers do not expand, end the chain), then, whatever was declared, zlib data found at the end of the chain is
 * inflated again (a stream compressed twice), up to 8 levels.
 */
function chainFor(names: string[], count: Sink): Decoder {
  const sniffing = (sink: Sink, depth: number): Sink => {
    if (depth >= 8) return sink;
    let decided = false;
    let inner: Decoder | null = null;
    let head = new Uint8Array(0);
    const innerSink = sniffing(sink, depth + 1);
    const decide = (chunk: Uint8Array) => {
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      if (joined.length < 2) {
        head = joined;
        return;
      }
      decided = true;
      if (isZlibHeader(joined)) inner = flate(innerSink);
      if (inner) inner.push(joined);
      else sink(joined);
    };
    const pushed: Sink = (chunk) => {
      if (!decided) decide(chunk);
      else if (inner) inner.push(chunk);
      else sink(chunk);
    };
    sinksToEnd.push(() => inner?.end());
    return pushed;
  };
  const sinksToEnd: (() => void)[] = [];
  let sink = sniffing(count, 0);
  const decoders: Decoder[] = [];
  const known = names.filter((name, index) => names.slice(0, index + 1).every((n) => n in FILTERS));
  for (let index = known.length - 1; index >= 0; index--) {
    const decoder = FILTERS[known[index]](sink);
    decoders.unshift(decoder);
    sink = (chunk) => decoder.push(chunk);
  }
  const first = sink;
  return {
    push: (chunk) => inPieces(chunk, first),
    end() {
      for (const decoder of decoders) decoder.end();
      for (const end of sinksToEnd) end();
    },
  };
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first, from); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(text: string, needle: string): number {
  return text.lastIndexOf(needle);
}

/** What the guard measured: streams seen and bytes they decode to (for the tests and logs). */
export type PdfStreamReport = { streams: number; decodedBytes: number; largestStream: number };

/**
 * Decodes, counting only, every stream of a PDF; throws PDF_BOMB (an EInvoiceReadError with a French message) as
 * soon as one stream or the whole file passes its budget. Takes no memory beyond a few buffers of ~1 MB.
 */
export function checkPdfStreams(bytes: Uint8Array, limits: PdfStreamLimits = PDF_STREAM_LIMITS): PdfStreamReport {
  let total = 0;
  let streams = 0;
  let largestStream = 0;
  let at = 0;
  for (;;) {
    const keyword = indexOf(bytes, "stream", at);
    if (keyword < 0) break;
    at = keyword + 6;
    // "endstream" also contains "stream"; a keyword is followed by an end of line.
    if (keyword >= 3 && bytes[keyword - 1] === 100 && bytes[keyword - 2] === 110 && bytes[keyword - 3] === 101) continue;
    let start = keyword + 6;
    if (bytes[start] === 13) start++;
    if (bytes[start] !== 10 && bytes[start - 1] !== 13) continue;
    if (bytes[start] === 10) start++;
    if (++streams > limits.maxStreams) throw pdfBomb();
    const end = indexOf(bytes, "endstream", start);
    const stop = end < 0 ? bytes.length : end;
    const before = LATIN1.decode(bytes.subarray(Math.max(0, keyword - 4096), keyword));
    const dictionary = before.slice(Math.max(0, lastIndexOf(before, "obj")));
    let produced = 0;
    const chain = chainFor(filterChain(dictionary), (chunk) => {
      produced += chunk.length;
      total += chunk.length;
      if (produced > limits.maxStreamBytes || total > limits.maxTotalBytes) throw new BudgetExceeded();
    });
    try {
      chain.push(bytes.subarray(start, stop));
      chain.end();
    } catch (error) {
      if (error instanceof BudgetExceeded) throw pdfBomb();
      // A decoder failure is a damaged stream: the readers decide what to make of it.
    }
    largestStream = Math.max(largestStream, produced);
    at = stop;
  }
  return { streams, decodedBytes: total, largestStream };
}
