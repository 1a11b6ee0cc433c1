// UBL 2.1 parties into the EN 16931 model: seller (BG-4), buyer (BG-7), payee (BG-10), tax representative (BG-11),
// their postal addresses (BG-5, BG-8, BG-12, BG-15) and contacts. A group present in the file gives an object even
// when its terms are missing, so that the validator can say which term is missing.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { at, child, children, textAt, type XmlNode } from "../safe-xml.ts";
import { allAt, attrOf, compact, isVatScheme, nonEmpty, textOf } from "./ubl-xml.ts";

type ReadParty = NonNullable<ReadEInvoice["seller"]>;
type ReadAddress = NonNullable<ReadParty["address"]>;
type ReadIdentifier = { id?: string; scheme?: string };

/** An identifier with its scheme (schemeID), or undefined when the element is absent. */
export function readIdentifier(node: XmlNode | undefined): ReadIdentifier | undefined {
  if (!node) return undefined;
  return compact({ id: textOf(node), scheme: attrOf(node, "schemeID") });
}

/** A PostalAddress / Address: BT-35..40 (seller), BT-50..55 (buyer), BT-64..69 (tax representative), BT-75..80 (delivery). */
export function readAddress(node: XmlNode | undefined): ReadAddress | undefined {
  if (!node) return undefined;
  return compact({
    line1: textAt(node, "StreetName"),
    line2: textAt(node, "AdditionalStreetName"),
    line3: textAt(node, "AddressLine/Line"),
    city: textAt(node, "CityName"),
    postCode: textAt(node, "PostalZone"),
    subdivision: textAt(node, "CountrySubentity"),
    countryCode: textAt(node, "Country/IdentificationCode"),
  });
}

/** The VAT identifier of a party: the CompanyID of its PartyTaxScheme whose TaxScheme is VAT. */
export const vatIdOf = (party: XmlNode | undefined): string | undefined =>
  children(party, "PartyTaxScheme")
    .filter(isVatScheme)
    .map((scheme) => textAt(scheme, "CompanyID"))
    .find((id) => id !== undefined);

/** The party identifiers (BT-29, BT-46, BT-60), except the SEPA creditor identifier (BT-90), read apart. */
function partyIds(party: XmlNode): ReadIdentifier[] | undefined {
  const ids = allAt(party, "PartyIdentification/ID").filter((id) => attrOf(id, "schemeID")?.toUpperCase() !== "SEPA");
  return nonEmpty(ids.map((id) => readIdentifier(id)!));
}

/** The bank assigned creditor identifier (BT-90): a seller or payee PartyIdentification/ID with scheme SEPA. */
export function sepaCreditorId(root: XmlNode): string | undefined {
  const parties = [at(root, "PayeeParty"), at(root, "AccountingSupplierParty/Party")];
  for (const party of parties) {
    const sepa = allAt(party, "PartyIdentification/ID").find((id) => attrOf(id, "schemeID")?.toUpperCase() === "SEPA");
    if (sepa && textOf(sepa)) return textOf(sepa);
  }
  return undefined;
}

function contactOf(party: XmlNode) {
  const contact = child(party, "Contact");
  if (!contact) return undefined;
  return compact({ name: textAt(contact, "Name"), phone: textAt(contact, "Telephone"), email: textAt(contact, "ElectronicMail") });
}

/** Seller (BG-4, with BT-32 and BT-33) or buyer (BG-7): the cac:Party of AccountingSupplierParty / AccountingCustomerParty. */
export function readTradeParty(party: XmlNode | undefined, role: "seller" | "buyer"): ReadParty | undefined {
  if (!party) return undefined;
  const legal = child(party, "PartyLegalEntity");
  const taxRegistration =
    role === "seller"
      ? children(party, "PartyTaxScheme")
          // Any PartyTaxScheme not of the VAT scheme, its TaxScheme/ID given or not: the CEN UBL artefact counts any
          // CompanyID of the seller's PartyTaxScheme for BR-S-02..04, BR-Z, BR-E, BR-AE, BR-IG and BR-IP.
          .filter((scheme) => !isVatScheme(scheme))
          .map((scheme) => textAt(scheme, "CompanyID"))
          .find((id) => id !== undefined)
      : undefined;
  return compact({
    name: textAt(legal, "RegistrationName"),
    tradingName: textAt(party, "PartyName/Name"),
    legalId: readIdentifier(child(legal, "CompanyID")),
    ids: partyIds(party),
    vatId: vatIdOf(party),
    address: readAddress(child(party, "PostalAddress")),
    electronicAddress: readIdentifier(child(party, "EndpointID")),
    contact: contactOf(party),
    taxRegistrationId: taxRegistration,
    additionalLegalInfo: role === "seller" ? textAt(legal, "CompanyLegalForm") : undefined,
  });
}

/** Payee (BG-10): name BT-59, identifier BT-60, legal registration identifier BT-61. */
export function readPayee(payee: XmlNode | undefined): ReadParty | undefined {
  if (!payee) return undefined;
  return compact({
    name: textAt(payee, "PartyName/Name"),
    ids: partyIds(payee),
    legalId: readIdentifier(at(payee, "PartyLegalEntity/CompanyID")),
  });
}

/** Seller tax representative (BG-11): name BT-62, VAT identifier BT-63, postal address BG-12. */
export function readTaxRepresentative(party: XmlNode | undefined): ReadEInvoice["taxRepresentative"] {
  if (!party) return undefined;
  return compact({
    name: textAt(party, "PartyName/Name"),
    vatId: vatIdOf(party),
    address: readAddress(child(party, "PostalAddress")),
  });
}

/** Delivery information (BG-13): deliver to party name BT-70, location BT-71, actual delivery date BT-72, address BG-15. */
export function readDelivery(delivery: XmlNode | undefined): ReadEInvoice["delivery"] {
  if (!delivery) return undefined;
  return compact({
    name: textAt(delivery, "DeliveryParty/PartyName/Name"),
    locationId: readIdentifier(at(delivery, "DeliveryLocation/ID")),
    date: textAt(delivery, "ActualDeliveryDate"),
    address: readAddress(at(delivery, "DeliveryLocation/Address")),
  });
}
