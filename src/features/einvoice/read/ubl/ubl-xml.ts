// Small tree helpers shared by the UBL reader and the UBL syntax rules: XPath-like steps over every child (not only
// the first) and objects without their absent fields.
import { children, type XmlNode } from "../safe-xml.ts";

export const UBL_INVOICE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
export const UBL_CREDIT_NOTE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

/** Every node reached by a path of child names, as XPath does ("PartyTaxScheme/CompanyID" over every PartyTaxScheme). */
export function allAt(node: XmlNode | undefined, path: string): XmlNode[] {
  let current = node ? [node] : [];
  for (const name of path.split("/")) current = current.flatMap((item) => children(item, name));
  return current;
}

/** The node's text, undefined when absent or empty. */
export const textOf = (node: XmlNode | undefined): string | undefined => (node && node.text !== "" ? node.text : undefined);

/** An attribute, undefined when absent or empty. */
export const attrOf = (node: XmlNode | undefined, name: string): string | undefined => {
  const value = node?.attrs[name];
  return value === undefined || value === "" ? undefined : value;
};

/** The same object without its undefined fields (so a read invoice compares and serialises cleanly). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** An array, or undefined when empty (absent terms stay absent). */
export const nonEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

/** xs:boolean as UBL writes ChargeIndicator: true/false/1/0; anything else is unknown. */
export function booleanOf(text: string | undefined): boolean | undefined {
  const value = text?.trim().toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return undefined;
}

/** A PartyTaxScheme whose TaxScheme/ID is VAT (case-insensitive, as the EN 16931 UBL binding compares it). */
export const isVatScheme = (partyTaxScheme: XmlNode): boolean =>
  allAt(partyTaxScheme, "TaxScheme/ID").some((id) => id.text.trim().toUpperCase() === "VAT");

/** A PartyTaxScheme whose TaxScheme/ID is given and is not VAT (the seller's tax registration, BT-32). */
export const isOtherTaxScheme = (partyTaxScheme: XmlNode): boolean =>
  allAt(partyTaxScheme, "TaxScheme/ID").some((id) => id.text.trim() !== "" && id.text.trim().toUpperCase() !== "VAT");
