// The CII writer's trade parties: seller (BG-4), buyer (BG-7), payee (BG-10), tax representative (BG-11) and the
// deliver-to party (BG-13), their children in the schema's order (ID, GlobalID, Name, Description,
// SpecifiedLegalOrganization, DefinedTradeContact, PostalTradeAddress, URIUniversalCommunication, SpecifiedTaxRegistration).
import type { EInvoice, EParty } from "../../model/einvoice.ts";
import { leaf, node } from "../xml-builder.ts";
import { address, dateTime, partyIdentifiers } from "./cii-values.ts";

const taxRegistration = (id: string | undefined, scheme: "VA" | "FC") =>
  node("ram:SpecifiedTaxRegistration", [leaf("ram:ID", id, { schemeID: scheme })]);

/** Seller or buyer, every term of BG-4 / BG-7 (BT-32 and BT-33 are the seller's only: the buyer's model has none). */
export function tradeParty(name: string, value: EParty): string {
  return node(name, [
    ...partyIdentifiers(value.ids),
    leaf("ram:Name", value.name),
    leaf("ram:Description", value.additionalLegalInfo), // BT-33
    node("ram:SpecifiedLegalOrganization", [
      value.legalId && leaf("ram:ID", value.legalId.id, { schemeID: value.legalId.scheme }),
      leaf("ram:TradingBusinessName", value.tradingName),
    ]),
    value.contact &&
      node("ram:DefinedTradeContact", [
        leaf("ram:PersonName", value.contact.name),
        node("ram:TelephoneUniversalCommunication", [leaf("ram:CompleteNumber", value.contact.phone)]),
        node("ram:EmailURIUniversalCommunication", [leaf("ram:URIID", value.contact.email)]),
      ]),
    address(value.address),
    value.electronicAddress &&
      node("ram:URIUniversalCommunication", [leaf("ram:URIID", value.electronicAddress.id, { schemeID: value.electronicAddress.scheme })]),
    taxRegistration(value.vatId, "VA"),
    taxRegistration(value.taxRegistrationId, "FC"),
  ]);
}

/** BG-10: BT-59 name, BT-60 identifiers, BT-61 legal registration identifier; EN 16931 gives the payee no address. */
export function payeeParty(value: EParty): string {
  return node("ram:PayeeTradeParty", [
    ...partyIdentifiers(value.ids),
    leaf("ram:Name", value.name),
    node("ram:SpecifiedLegalOrganization", [value.legalId && leaf("ram:ID", value.legalId.id, { schemeID: value.legalId.scheme })]),
  ]);
}

/** BG-11: BT-62 name, BG-12 address, BT-63 VAT identifier. */
export function taxRepresentativeParty(value: EInvoice["taxRepresentative"]): string {
  if (!value) return "";
  return node("ram:SellerTaxRepresentativeTradeParty", [leaf("ram:Name", value.name), address(value.address), taxRegistration(value.vatId, "VA")]);
}

/** ApplicableHeaderTradeDelivery: BG-13 (BT-70 name, BT-71 location, BG-15 address, BT-72 date), BT-16, BT-15. */
export function headerDelivery(invoice: EInvoice): string[] {
  const delivery = invoice.delivery;
  return [
    delivery &&
      node("ram:ShipToTradeParty", [
        ...partyIdentifiers(delivery.locationId ? [delivery.locationId] : []),
        leaf("ram:Name", delivery.name),
        address(delivery.address),
      ]),
    delivery?.date && node("ram:ActualDeliverySupplyChainEvent", [dateTime("ram:OccurrenceDateTime", delivery.date)]),
    node("ram:DespatchAdviceReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.despatchAdviceReference)]),
    node("ram:ReceivingAdviceReferencedDocument", [leaf("ram:IssuerAssignedID", invoice.receivingAdviceReference)]),
  ].filter((part): part is string => Boolean(part));
}
