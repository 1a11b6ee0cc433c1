// What the CII writer's builders share: the namespaces' date elements (format 102), postal addresses, identifiers
// written as ram:ID (no scheme) or ram:GlobalID (with one), and allowances/charges at both levels.
import type { EAllowanceCharge, EIdentifier, EPostalAddress } from "../../model/einvoice.ts";
import { leaf, node } from "../xml-builder.ts";

/** "2025-03-14" → "20250314" (format 102); a date the model kept raw (not YYYY-MM-DD) is written as it came. */
export const date102 = (isoDate: string) => (/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate.replaceAll("-", "") : isoDate);

/** A DateTime element holding udt:DateTimeString (or qdt: in FormattedIssueDateTime), format 102. */
export const dateTime = (name: string, isoDate: string | undefined, prefix: "udt" | "qdt" = "udt") =>
  isoDate ? node(name, [leaf(`${prefix}:DateTimeString`, date102(isoDate), { format: "102" })]) : "";

/** BG-5, BG-8, BG-12, BG-15 in the schema's order (postcode first, subdivision last). */
export function address(value: Partial<EPostalAddress> | undefined): string {
  if (!value) return "";
  return node("ram:PostalTradeAddress", [
    leaf("ram:PostcodeCode", value.postCode),
    leaf("ram:LineOne", value.line1),
    leaf("ram:LineTwo", value.line2),
    leaf("ram:LineThree", value.line3),
    leaf("ram:CityName", value.city),
    leaf("ram:CountryID", value.countryCode),
    leaf("ram:CountrySubDivisionName", value.subdivision),
  ]);
}

/** Identifiers of a party or a location (BT-29, BT-46, BT-60, BT-71): CII puts every ram:ID before any ram:GlobalID. */
export function partyIdentifiers(ids: EIdentifier[] | undefined): string[] {
  const all = ids ?? [];
  return [
    ...all.filter((id) => !id.scheme).map((id) => leaf("ram:ID", id.id)),
    ...all.filter((id) => id.scheme).map((id) => leaf("ram:GlobalID", id.id, { schemeID: id.scheme })),
  ];
}

/** BG-20/21 (with their VAT, BT-95/96, BT-102/103) or BG-27/28 (no VAT of their own). */
export function allowanceCharge(value: EAllowanceCharge, documentLevel: boolean): string {
  return node("ram:SpecifiedTradeAllowanceCharge", [
    node("ram:ChargeIndicator", [leaf("udt:Indicator", value.charge === undefined ? undefined : String(value.charge))]),
    leaf("ram:CalculationPercent", value.percentage),
    leaf("ram:BasisAmount", value.baseAmount),
    leaf("ram:ActualAmount", value.amount),
    leaf("ram:ReasonCode", value.reasonCode),
    leaf("ram:Reason", value.reason),
    documentLevel &&
      node("ram:CategoryTradeTax", [
        leaf("ram:TypeCode", "VAT"),
        leaf("ram:CategoryCode", value.vatCategory),
        leaf("ram:RateApplicablePercent", value.vatRate),
      ]),
  ]);
}

/** A billing period (BG-14 / BG-26): BT-73/134 start, BT-74/135 end. */
export function period(value: { start?: string; end?: string } | undefined): string {
  if (!value) return "";
  return node("ram:BillingSpecifiedPeriod", [dateTime("ram:StartDateTime", value.start), dateTime("ram:EndDateTime", value.end)]);
}
