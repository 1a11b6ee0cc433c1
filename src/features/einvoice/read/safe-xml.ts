// Parsing untrusted XML: no DOCTYPE at all (so no external entity and no entity expansion), bounded size, depth
// and number of elements. Gives a small ordered tree whose names have lost their namespace prefixes (cbc:ID and ram:ID
// are both "ID"); the readers know where they are. One pass over the document checks that it is well-formed and builds
// the tree (it was four: a shape check, fast-xml-parser's validator, its parser and a conversion of its output, half of
// the CPU of reading an invoice of a batch deposit).
import { EInvoiceReadError } from "./read-types.ts";

export type XmlNode = { name: string; attrs: Record<string, string>; text: string; children: XmlNode[] };
/** The root, with its namespace URI (UBL Invoice-2, CreditNote-2, CII CrossIndustryInvoice:100…). */
export type XmlRoot = XmlNode & { namespace: string | undefined };

export const XML_LIMITS = { maxBytes: 20 * 1024 * 1024, maxDepth: 64, maxElements: 1_000_000 };

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*)?(;?)/g;

/** A well-formedness error at `position`, with its line and column as the validator gave them. */
class Malformed extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

/** Text or an attribute value: line ends normalised, the five predefined entities and character references decoded;
 * any other `&` is a well-formedness error (there is no DTD to declare an entity). */
function decodeText(raw: string, from: number): string {
  let text = raw;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, entity: string | undefined, semicolon: string, offset: number) => {
    const at = from + offset;
    if (!entity || !semicolon) throw new Malformed(at, "« & » doit commencer une référence d'entité terminée par « ; » (écrire &amp;).");
    if (entity[0] !== "#") {
      const named = NAMED[entity];
      return named ?? whole; // an undeclared entity stays as written, as it always did
    }
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new Malformed(at, `la référence de caractère « ${whole} » est invalide.`);
    return String.fromCodePoint(code);
  });
}

/** Without its namespace prefix (what precedes the first colon). */
function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
/** The characters that end a name: space, `/`, `>`, `=`, `<`, quotes, `?`, `!`, `&`, `;`. */
function isNameChar(code: number): boolean {
  return !(isSpace(code) || code === 0x2f || code === 0x3e || code === 0x3d || code === 0x3c || code === 0x22 || code === 0x27 || code === 0x3f || code === 0x21 || code === 0x26 || code === 0x3b || Number.isNaN(code));
}
function isNameStart(code: number): boolean {
  return isNameChar(code) && !(code >= 0x30 && code <= 0x39) && code !== 0x2d && code !== 0x2e;
}

type Open = { node: XmlNode; qualified: string; text: string[]; pending: string; pendingAt: number };

function build(xml: string): XmlRoot {
  const length = xml.length;
  const stack: Open[] = [];
  let root: XmlNode | undefined;
  let namespace: string | undefined;
  let elements = 0;
  let index = 0;
  let textFrom = 0; // start of the character data not yet taken, in the current element
  // Character data of the current element since its last child, CDATA or PI (comments do not cut it), trimmed as
  // written then decoded (a space written as a character reference stays).
  const takeText = (to: number, top: Open | undefined) => {
    if (to <= textFrom) return;
    if (!top) {
      for (let at = textFrom; at < to; at++) if (!isSpace(xml.charCodeAt(at))) throw new Malformed(at, root ? "du texte suit l'élément racine." : "du texte précède l'élément racine.");
      return;
    }
    if (top.pending === "") top.pendingAt = textFrom;
    top.pending += xml.slice(textFrom, to);
  };
  const flushText = (top: Open | undefined) => {
    if (!top || top.pending === "") return;
    const trimmed = top.pending.trim();
    if (trimmed !== "") top.text.push(decodeText(trimmed, top.pendingAt));
    top.pending = "";
  };
  const readName = (from: number): number => {
    if (!isNameStart(xml.charCodeAt(from))) throw new Malformed(from, "un nom d'élément ou d'attribut est attendu.");
    let at = from + 1;
    while (at < length && isNameChar(xml.charCodeAt(at))) at++;
    return at;
  };
  const skipSpaces = (from: number): number => {
    let at = from;
    while (at < length && isSpace(xml.charCodeAt(at))) at++;
    return at;
  };

  while (index < length) {
    const lt = xml.indexOf("<", index);
    if (lt === -1) {
      textFrom = textFrom < index ? index : textFrom;
      takeText(length, stack.at(-1));
      break;
    }
    const top = stack.at(-1);
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ && xml.startsWith("<!--", lt)) {
      takeText(lt, top);
      const end = xml.indexOf("-->", lt + 4);
      if (end === -1) throw new Malformed(lt, "un commentaire n'est pas fermé.");
      index = textFrom = end + 3;
      continue;
    }
    if (next === 0x21 && xml.startsWith("<![CDATA[", lt)) {
      if (!top) throw new Malformed(lt, "une section CDATA est hors de l'élément racine.");
      takeText(lt, top);
      flushText(top);
      const end = xml.indexOf("]]>", lt + 9);
      if (end === -1) throw new Malformed(lt, "une section CDATA n'est pas fermée.");
      // Kept as written (not trimmed, no entity decoded), line ends normalised.
      const data = xml.slice(lt + 9, end);
      top.text.push(data.includes("\r") ? data.replace(/\r\n?/g, "\n") : data);
      index = textFrom = end + 3;
      continue;
    }
    if (next === 0x21) throw new Malformed(lt, "« <! » n'ouvre ni un commentaire ni une section CDATA.");
    if (next === 0x3f /* ? */) {
      takeText(lt, top);
      flushText(top);
      const end = xml.indexOf("?>", lt + 2);
      if (end === -1) throw new Malformed(lt, "une instruction de traitement n'est pas fermée.");
      const nameEnd = readName(lt + 2);
      const target = xml.slice(lt + 2, nameEnd);
      if (target.toLowerCase() === "xml" && (lt !== 0 || target !== "xml")) throw new Malformed(lt, "la déclaration XML doit être au tout début du fichier.");
      index = textFrom = end + 2;
      continue;
    }
    if (next === 0x2f /* / */) {
      takeText(lt, top);
      const nameEnd = readName(lt + 2);
      const qualified = xml.slice(lt + 2, nameEnd);
      const close = skipSpaces(nameEnd);
      if (xml.charCodeAt(close) !== 0x3e) throw new Malformed(close, `la balise fermante « ${qualified} » est mal terminée.`);
      if (!top) throw new Malformed(lt, `la balise fermante « ${qualified} » n'a pas de balise ouvrante.`);
      if (top.qualified !== qualified) throw new Malformed(lt, `la balise fermante « ${qualified} » ne correspond pas à la balise ouvrante « ${top.qualified} ».`);
      flushText(top);
      top.node.text = top.text.length === 1 ? top.text[0] : top.text.join("");
      stack.pop();
      index = textFrom = close + 1;
      continue;
    }
    // A start tag.
    takeText(lt, top);
    flushText(top);
    if (!top && root) throw new Malformed(lt, "le fichier XML doit avoir un seul élément racine.");
    const nameEnd = readName(lt + 1);
    const qualified = xml.slice(lt + 1, nameEnd);
    const node: XmlNode = { name: localName(qualified), attrs: {}, text: "", children: [] };
    let at = nameEnd;
    let seen: Set<string> | undefined;
    let selfClosing = false;
    for (;;) {
      const afterSpace = skipSpaces(at);
      const code = xml.charCodeAt(afterSpace);
      if (code === 0x3e) {
        at = afterSpace + 1;
        break;
      }
      if (code === 0x2f && xml.charCodeAt(afterSpace + 1) === 0x3e) {
        at = afterSpace + 2;
        selfClosing = true;
        break;
      }
      if (Number.isNaN(code)) throw new Malformed(lt, `la balise « ${qualified} » n'est pas fermée.`);
      if (afterSpace === at) throw new Malformed(at, `un espace est attendu entre les attributs de « ${qualified} ».`);
      const attrEnd = readName(afterSpace);
      const attrName = xml.slice(afterSpace, attrEnd);
      let equals = skipSpaces(attrEnd);
      if (xml.charCodeAt(equals) !== 0x3d) throw new Malformed(equals, `l'attribut « ${attrName} » de « ${qualified} » n'a pas de valeur.`);
      const quoteAt = skipSpaces(equals + 1);
      const quote = xml.charCodeAt(quoteAt);
      if (quote !== 0x22 && quote !== 0x27) throw new Malformed(quoteAt, `la valeur de l'attribut « ${attrName} » doit être entre guillemets.`);
      const valueEnd = xml.indexOf(quote === 0x22 ? '"' : "'", quoteAt + 1);
      if (valueEnd === -1) throw new Malformed(quoteAt, `la valeur de l'attribut « ${attrName} » n'est pas fermée.`);
      const raw = xml.slice(quoteAt + 1, valueEnd);
      if (raw.includes("<")) throw new Malformed(quoteAt + 1 + raw.indexOf("<"), `la valeur de l'attribut « ${attrName} » contient « < ».`);
      seen ??= new Set();
      if (seen.has(attrName)) throw new Malformed(afterSpace, `l'attribut « ${attrName} » est répété dans « ${qualified} ».`);
      seen.add(attrName);
      if (attrName === "xmlns" || attrName.startsWith("xmlns:")) {
        // Dropped from the tree (as fast-xml-parser did); the root's own namespace is kept aside.
        if (!root && stack.length === 0) {
          const colon = qualified.indexOf(":");
          const prefix = colon === -1 ? "" : qualified.slice(0, colon);
          if (attrName === (prefix ? `xmlns:${prefix}` : "xmlns")) namespace = raw;
        }
      } else {
        const local = localName(attrName);
        // An attribute without a local name ("a:") is dropped, as fast-xml-parser did.
        if (local !== "") node.attrs[local] = decodeText(raw.trim(), quoteAt + 1);
      }
      equals = valueEnd + 1;
      at = equals;
    }
    elements++;
    if (elements > XML_LIMITS.maxElements) throw new EInvoiceReadError("FORBIDDEN_XML", `Le fichier XML compte plus de ${XML_LIMITS.maxElements.toLocaleString("fr-FR")} éléments.`);
    if (top) top.node.children.push(node);
    else root = node;
    if (!selfClosing) {
      stack.push({ node, qualified, text: [], pending: "", pendingAt: at });
      if (stack.length > XML_LIMITS.maxDepth) throw new EInvoiceReadError("FORBIDDEN_XML", `Le fichier XML est imbriqué sur plus de ${XML_LIMITS.maxDepth} niveaux.`);
    }
    index = textFrom = at;
  }
  if (stack.length > 0) throw new Malformed(length, `la balise « ${stack.at(-1)!.qualified} » n'est pas fermée.`);
  if (!root) throw new Malformed(length, "le fichier XML n'a pas d'élément racine.");
  return Object.assign(root, { namespace });
}

function lineAndColumn(xml: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = xml.indexOf("\n"); at !== -1 && at < position; at = xml.indexOf("\n", at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: position - lineStart + 1 };
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
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new EInvoiceReadError("FORBIDDEN_XML", "Le fichier XML contient une déclaration DOCTYPE ou ENTITY, refusée pour des raisons de sécurité.");
  }
  try {
    return build(xml);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    const { line, column } = lineAndColumn(xml, error.position);
    throw new EInvoiceReadError("MALFORMED_XML", `Le fichier XML est mal formé (ligne ${line}, colonne ${column}) : ${error.message}`);
  }
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
