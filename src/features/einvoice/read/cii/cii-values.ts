// Small helpers of the CII reader: values are kept as the file's raw strings (only format-102 dates become
// YYYY-MM-DD), and a term the file does not carry is absent: no undefined keys, no empty objects or lists.
import { at, textAt, type XmlNode } from "../safe-xml.ts";

/** The object without its undefined keys; undefined when nothing is left. */
export function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/** The list, or undefined when it is empty. */
export const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length === 0 ? undefined : items);

/** An identifier with its optional schemeID attribute (GlobalID, URIID, legal organisation ID…). */
export function identifier(node: XmlNode | undefined): { id: string; scheme?: string } | undefined {
  if (!node || node.text === "") return undefined;
  return compact({ id: node.text, scheme: node.attrs.schemeID || undefined });
}

/** "20250314" with format 102 (CCYYMMDD, the only format EN 16931 allows) → "2025-03-14"; anything else stays raw. */
export function dateAt(node: XmlNode | undefined, path: string): string | undefined {
  const found = at(node, path);
  if (!found || found.text === "") return undefined;
  const format = found.attrs.format;
  const ccyymmdd = /^(\d{4})(\d{2})(\d{2})$/.exec(found.text);
  return ccyymmdd && (format === undefined || format === "102") ? `${ccyymmdd[1]}-${ccyymmdd[2]}-${ccyymmdd[3]}` : found.text;
}

/** xs:boolean of udt:Indicator: "true"/"1", "false"/"0"; anything else is left unread. */
export function indicatorAt(node: XmlNode | undefined, path: string): boolean | undefined {
  const value = textAt(node, path);
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return undefined;
}

/** The texts at `path` under every node, joined by line breaks (EXTENDED repeats what EN 16931 holds once). */
export function joinedText(nodes: XmlNode[], path: string): string | undefined {
  const texts = nodes.map((node) => textAt(node, path)).filter((text): text is string => text !== undefined);
  return texts.length === 0 ? undefined : texts.join("\n");
}

/** The first non-empty text at `path` under any of the nodes. */
export function firstText(nodes: XmlNode[], path: string): string | undefined {
  for (const node of nodes) {
    const text = textAt(node, path);
    if (text !== undefined) return text;
  }
  return undefined;
}
