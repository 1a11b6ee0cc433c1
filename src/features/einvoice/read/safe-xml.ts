// Parsing untrusted XML: no DOCTYPE at all (so no external entity and no entity expansion), bounded size, depth
// and number of elements, well-formedness checked first. Gives a small ordered tree whose names have lost their
// namespace prefixes (cbc:ID and ram:ID are both "ID"); the readers know where they are.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { EInvoiceReadError } from "./read-types.ts";

export type XmlNode = { name: string; attrs: Record<string, string>; text: string; children: XmlNode[] };
/** The root, with its namespace URI (UBL Invoice-2, CreditNote-2, CII CrossIndustryInvoice:100…). */
export type XmlRoot = XmlNode & { namespace: string | undefined };

export const XML_LIMITS = { maxBytes: 20 * 1024 * 1024, maxDepth: 64, maxElements: 1_000_000 };

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)[^<>]*?(\/?)>/g;

/** One linear pass before the parser: refuses what would make it (or the readers) work without bound. */
function checkShape(xml: string) {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new EInvoiceReadError("FORBIDDEN_XML", "Le fichier XML contient une déclaration DOCTYPE ou ENTITY, refusée pour des raisons de sécurité.");
  }
  let depth = 0;
  let elements = 0;
  for (const match of xml.matchAll(TAG)) {
    if (match[1]) depth--;
    else {
      elements++;
      if (!match[3]) depth++;
    }
    if (depth > XML_LIMITS.maxDepth) throw new EInvoiceReadError("FORBIDDEN_XML", `Le fichier XML est imbriqué sur plus de ${XML_LIMITS.maxDepth} niveaux.`);
    if (elements > XML_LIMITS.maxElements) throw new EInvoiceReadError("FORBIDDEN_XML", `Le fichier XML compte plus de ${XML_LIMITS.maxElements.toLocaleString("fr-FR")} éléments.`);
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false, // decoded below, in one pass: the five predefined entities and character references
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity[0] !== "#") return NAMED[entity];
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The namespace of the root element, read from its start tag (the parser drops the xmlns attributes). */
function rootNamespace(xml: string): string | undefined {
  const start = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(\s[^<>]*?)?\/?>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ""));
  if (!start) return undefined;
  const prefix = start[1] ? `:${start[1].slice(0, -1)}` : "";
  const declaration = new RegExp(`xmlns${prefix}\\s*=\\s*["']([^"']*)["']`).exec(start[3] ?? "");
  return declaration?.[1];
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNodes(items: Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ":@");
    if (!name || name === "#text") continue;
    const content = (item[name] as Ordered[]) ?? [];
    const text = content
      .filter((child) => "#text" in child)
      .map((child) => decodeEntities(String(child["#text"])))
      .join("");
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(item[":@"] ?? {})) attrs[key.includes(":") ? key.slice(key.indexOf(":") + 1) : key] = decodeEntities(String(value));
    nodes.push({ name, attrs, text, children: toNodes(content) });
  }
  return nodes;
}

/** The document's root element, or an EInvoiceReadError saying precisely what is wrong. */
export function parseXml(input: string | Uint8Array): XmlRoot {
  const bytes = typeof input === "string" ? undefined : input;
  if ((bytes?.byteLength ?? (input as string).length) > XML_LIMITS.maxBytes) {
    throw new EInvoiceReadError("TOO_LARGE", `Le fichier XML dépasse ${XML_LIMITS.maxBytes / 1024 / 1024} Mo.`);
  }
  let xml = bytes ? new TextDecoder("utf-8", { fatal: false }).decode(bytes) : (input as string);
  if (xml.charCodeAt(0) === 0xfeff) xml = xml.slice(1);
  if (xml.trim() === "") throw new EInvoiceReadError("EMPTY_FILE", "Le fichier XML est vide.");
  checkShape(xml);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) {
    throw new EInvoiceReadError("MALFORMED_XML", `Le fichier XML est mal formé (ligne ${valid.err.line}, colonne ${valid.err.col}) : ${valid.err.msg}`);
  }
  let nodes: XmlNode[];
  try {
    nodes = toNodes(parser.parse(xml) as Ordered[]);
  } catch (error) {
    throw new EInvoiceReadError("MALFORMED_XML", `Le fichier XML est illisible : ${(error as Error).message}`);
  }
  if (nodes.length !== 1) throw new EInvoiceReadError("MALFORMED_XML", "Le fichier XML doit avoir un seul élément racine.");
  return { ...nodes[0], namespace: rootNamespace(xml) };
}

/** The first child named `name` (namespace prefix ignored). */
export const child = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.children.find((c) => c.name === name);

/** Every child named `name`. */
export const children = (node: XmlNode | undefined, name: string): XmlNode[] => node?.children.filter((c) => c.name === name) ?? [];

/** The node and all its descendants, in document order. */
export function descendants(node: XmlNode): XmlNode[] {
  const found: XmlNode[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    found.push(current);
    for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]);
  }
  return found;
}

/** The node at a path of child names ("AccountingSupplierParty/Party/PartyName/Name"). */
export function at(node: XmlNode | undefined, path: string): XmlNode | undefined {
  let current = node;
  for (const name of path.split("/")) current = child(current, name);
  return current;
}

/** The text at a path, undefined when absent or empty. */
export function textAt(node: XmlNode | undefined, path: string): string | undefined {
  const found = at(node, path);
  return found && found.text !== "" ? found.text : undefined;
}
