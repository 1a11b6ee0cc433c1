// Generators of hostile inputs for the readers' fuzz tests: byte mutations of real files, structural edits of
// well-formed XML, random element trees.
import fc from "fast-check";
import { strToU8 } from "fflate";

export type Mutation =
  | { kind: "flip"; at: number; value: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number };

/**
 * Positions are fractions of the length, so that one arbitrary fits every file; uniform (fc.double clusters near
 * 0, which would only ever break the first bytes), with the two ends now and then.
 */
const position = fc.oneof(
  { weight: 9, arbitrary: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((at) => at / 1_000_000) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1) },
);
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: position,
    bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 16 }), fc.constantFrom(...["<", ">", "&", "</x>", "<!DOCTYPE", "\u0000", "é", "]]>", "endobj", "stream", "%%EOF"].map((text) => strToU8(text)))),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: position, length: fc.integer({ min: 1, max: 400 }) }),
);

const join = (...parts: Uint8Array[]) => {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
};

export function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let current = bytes;
  for (const change of mutations) {
    const at = Math.min(current.length, Math.floor(change.at * current.length));
    if (change.kind === "flip" && at < current.length) {
      current = current.slice();
      current[at] = change.value;
    } else if (change.kind === "truncate") current = current.subarray(0, at);
    else if (change.kind === "insert") current = join(current.subarray(0, at), change.bytes, current.subarray(at));
    else if (change.kind === "delete") current = join(current.subarray(0, at), current.subarray(at + change.length));
    else if (change.kind === "duplicate") current = join(current.subarray(0, at + change.length), current.subarray(at));
  }
  return current;
}

/** Structural edits of a well-formed document: a leaf's text replaced, an element dropped or repeated. */
const LEAF = /<([\w:]+)(\s[^<>]*)?>([^<]*)<\/\1>/g;
type XmlEdit = { leaf: number; action: "text" | "drop" | "repeat" | "empty"; text: string };
export const xmlEdit: fc.Arbitrary<XmlEdit> = fc.record({
  leaf: fc.noBias(fc.nat()),
  action: fc.constantFrom("text", "drop", "repeat", "empty"),
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("-1", "1e999", "NaN", "0.0000001", "99999999999999999999.99", "2024-02-30", "", " ", "ZZ", "&amp;", "&#x1F600;")),
});

export function editXml(xml: string, edits: XmlEdit[]): string {
  let current = xml;
  for (const edit of edits) {
    const leaves = [...current.matchAll(LEAF)];
    if (leaves.length === 0) break;
    const leaf = leaves[edit.leaf % leaves.length];
    const [whole, name, attributes = ""] = leaf;
    const start = leaf.index ?? 0;
    const escaped = edit.text.replace(/&(?!amp;|#x1F600;)/g, "&amp;").replace(/</g, "&lt;");
    const replacement =
      edit.action === "drop" ? "" : edit.action === "repeat" ? whole + whole : `<${name}${attributes}>${edit.action === "empty" ? "" : escaped}</${name}>`;
    current = current.slice(0, start) + replacement + current.slice(start + whole.length);
  }
  return current;
}

export type Tree = { name: string; attribute?: string; text: string; children: Tree[] };
export const render = (tree: Tree): string => `<${tree.name}${tree.attribute ?? ""}>${tree.text}${tree.children.map(render).join("")}</${tree.name}>`;

/** Elements named like UBL and CII ones, nested at most a few levels. */
const NAMES = [
  "ID", "Invoice", "InvoiceLine", "LineID", "TaxTotal", "TaxSubtotal", "Amount", "ram:ID", "ram:TypeCode", "IssueDateTime",
  "SupplyChainTradeTransaction", "ApplicableHeaderTradeSettlement", "IncludedSupplyChainTradeLineItem",
  "SpecifiedTradeSettlementHeaderMonetarySummation", "AccountingSupplierParty", "Party", "PartyLegalEntity", "CompanyID",
  "LegalMonetaryTotal", "PayableAmount", "ExchangedDocument", "cbc:ID",
];
export const xmlTree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    name: fc.constantFrom(...NAMES),
    attribute: fc.option(fc.constantFrom(' currencyID="EUR"', ' schemeID="0009"', ' unitCode="C62"', ' format="102"', ' currencyID=""'), { nil: undefined }),
    text: fc.oneof(fc.constant(""), fc.string({ maxLength: 8 }).map((text) => text.replace(/[<&]/g, "")), fc.constantFrom("100.00", "-1", "20241231", "S", "380")),
    children: fc.oneof({ maxDepth: 5, depthIdentifier: "xml-tree" }, fc.constant<Tree[]>([]), fc.array(tie("tree"), { maxLength: 3, depthIdentifier: "xml-tree" })),
  }),
})).tree;
