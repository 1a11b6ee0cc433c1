// CII TradeParty → the model's parties: seller (BG-4), buyer (BG-7), payee (BG-10), tax representative (BG-11)
// and the deliver-to party (BG-13). BT-29/46 are ram:ID (no scheme) and ram:GlobalID (with one), in file order.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { at, child, children, textAt, type XmlNode } from "../safe-xml.ts";
import { compact, dateAt, identifier, nonEmpty } from "./cii-values.ts";

type ReadParty = NonNullable<ReadEInvoice["seller"]>;
type ReadAddress = NonNullable<ReadParty["address"]>;
type ReadIdentifier = { id?: string; scheme?: string };

export function readAddress(node: XmlNode | undefined): ReadAddress | undefined {
  if (!node) return undefined;
  return compact({
    line1: textAt(node, "LineOne"),
    line2: textAt(node, "LineTwo"),
    line3: textAt(node, "LineThree"),
    city: textAt(node, "CityName"),
    postCode: textAt(node, "PostcodeCode"),
    subdivision: textAt(node, "CountrySubDivisionName"),
    countryCode: textAt(node, "CountryID"),
  });
}

/** BT-29 / BT-46 / BT-60 / BT-71: every ram:ID and ram:GlobalID of the party, in the file's order. */
function partyIds(node: XmlNode): ReadIdentifier[] {
  return node.children
    .filter((element) => element.name === "ID" || element.name === "GlobalID")
    .map(identifier)
    .filter((id): id is { id: string; scheme?: string } => id !== undefined);
}

/** The SpecifiedTaxRegistration ID with the given scheme: "VA" (VAT, BT-31/48/63) or "FC" (tax registration, BT-32). */
function taxRegistration(node: XmlNode, scheme: string): string | undefined {
  const found = children(node, "SpecifiedTaxRegistration")
    .map((registration) => child(registration, "ID"))
    .find((id) => id?.attrs.schemeID === scheme && id.text !== "");
  return found?.text;
}

function contact(node: XmlNode | undefined): ReadParty["contact"] {
  if (!node) return undefined;
  return compact({
    // BT-41 / BT-56: a person or, failing that, a department.
    name: textAt(node, "PersonName") ?? textAt(node, "DepartmentName"),
    phone: textAt(node, "TelephoneUniversalCommunication/CompleteNumber"),
    email: textAt(node, "EmailURIUniversalCommunication/URIID"),
  });
}

/** A TradeParty; `seller` adds the seller-only terms BT-32 (FC registration) and BT-33 (ram:Description). */
export function readParty(node: XmlNode | undefined, seller = false): ReadParty | undefined {
  if (!node) return undefined;
  return compact({
    name: textAt(node, "Name"),
    tradingName: textAt(node, "SpecifiedLegalOrganization/TradingBusinessName"),
    legalId: identifier(at(node, "SpecifiedLegalOrganization/ID")),
    ids: nonEmpty(partyIds(node)),
    vatId: taxRegistration(node, "VA"),
    address: readAddress(child(node, "PostalTradeAddress")),
    electronicAddress: identifier(at(node, "URIUniversalCommunication/URIID")),
    contact: contact(child(node, "DefinedTradeContact")),
    taxRegistrationId: seller ? taxRegistration(node, "FC") : undefined,
    additionalLegalInfo: seller ? textAt(node, "Description") : undefined,
  });
}

/**
 * BG-10: PayeeTradeParty's EN 16931 terms, BT-59 name, BT-60 identifiers, BT-61 legal registration identifier (as the
 * UBL reader reads them); an address or contact a file may add there is no business term and no writer carries it.
 */
export function readPayee(node: XmlNode | undefined): ReadParty | undefined {
  if (!node) return undefined;
  return compact({ name: textAt(node, "Name"), ids: nonEmpty(partyIds(node)), legalId: identifier(at(node, "SpecifiedLegalOrganization/ID")) });
}

/** BG-11: SellerTaxRepresentativeTradeParty (BT-62 name, BT-63 VAT id, BG-12 address). */
export function readTaxRepresentative(node: XmlNode | undefined): ReadEInvoice["taxRepresentative"] {
  if (!node) return undefined;
  return compact({ name: textAt(node, "Name"), vatId: taxRegistration(node, "VA"), address: readAddress(child(node, "PostalTradeAddress")) });
}

/** BG-13 from ApplicableHeaderTradeDelivery: ShipToTradeParty (BT-70, BT-71, BG-15) and the actual delivery date (BT-72). */
export function readDelivery(delivery: XmlNode | undefined): ReadEInvoice["delivery"] {
  const shipTo = child(delivery, "ShipToTradeParty");
  return compact({
    name: textAt(shipTo, "Name"),
    locationId: shipTo ? partyIds(shipTo)[0] : undefined,
    date: dateAt(delivery, "ActualDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString"),
    address: readAddress(child(shipTo, "PostalTradeAddress")),
  });
}
