// CII IncludedSupplyChainTradeLineItem → BG-25 invoice lines, and SpecifiedTradeAllowanceCharge → BG-20/21
// (document level, with their VAT) and BG-27/28 (line level).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { at, child, children, textAt, type XmlNode } from "../safe-xml.ts";
import { compact, dateAt, identifier, indicatorAt, joinedText, nonEmpty } from "./cii-values.ts";

type ReadLine = NonNullable<ReadEInvoice["lines"]>[number];
type ReadAllowanceCharge = NonNullable<ReadEInvoice["allowancesCharges"]>[number];

/** One allowance (ChargeIndicator false) or charge (true); the VAT category and rate only at document level. */
export function readAllowanceCharge(node: XmlNode, documentLevel: boolean): ReadAllowanceCharge {
  return (
    compact({
      charge: indicatorAt(node, "ChargeIndicator/Indicator"),
      amount: textAt(node, "ActualAmount"),
      baseAmount: textAt(node, "BasisAmount"),
      percentage: textAt(node, "CalculationPercent"),
      reason: textAt(node, "Reason"),
      reasonCode: textAt(node, "ReasonCode"),
      vatCategory: documentLevel ? textAt(node, "CategoryTradeTax/CategoryCode") : undefined,
      vatRate: documentLevel ? textAt(node, "CategoryTradeTax/RateApplicablePercent") : undefined,
    }) ?? {}
  );
}

/** BG-26 / BG-14: a BillingSpecifiedPeriod's start (BT-134/73) and end (BT-135/74). */
export function readPeriod(node: XmlNode | undefined): { start?: string; end?: string } | undefined {
  if (!node) return undefined;
  return compact({ start: dateAt(node, "StartDateTime/DateTimeString"), end: dateAt(node, "EndDateTime/DateTimeString") });
}

/** BT-128: the line's invoiced object, a referenced document of type 130 (or untyped), its scheme in ReferenceTypeCode. */
function lineObjectId(settlement: XmlNode | undefined) {
  const document = children(settlement, "AdditionalReferencedDocument").find((candidate) => {
    const typeCode = textAt(candidate, "TypeCode");
    return typeCode === undefined || typeCode === "130";
  });
  const id = textAt(document, "IssuerAssignedID");
  return id === undefined ? undefined : compact({ id, scheme: textAt(document, "ReferenceTypeCode") });
}

function product(node: XmlNode | undefined) {
  return {
    name: textAt(node, "Name"), // BT-153
    description: textAt(node, "Description"), // BT-154
    sellerItemId: textAt(node, "SellerAssignedID"), // BT-155
    buyerItemId: textAt(node, "BuyerAssignedID"), // BT-156
    standardId: identifier(child(node, "GlobalID")), // BT-157
    // BG-32: BT-160 name, BT-161 value
    attributes: nonEmpty(
      children(node, "ApplicableProductCharacteristic").flatMap((characteristic) => {
        const attribute = compact({ name: textAt(characteristic, "Description"), value: textAt(characteristic, "Value") });
        return attribute ? [attribute] : [];
      }),
    ),
    // BT-158 with its scheme (listID, UNTDID 7143) and version
    classifications: nonEmpty(
      children(node, "DesignatedProductClassification").flatMap((classification) => {
        const code = child(classification, "ClassCode");
        if (!code || code.text === "") return [];
        return [compact({ id: code.text, listId: code.attrs.listID || undefined, listVersion: code.attrs.listVersionID || undefined }) ?? {}];
      }),
    ),
    originCountry: textAt(node, "OriginTradeCountry/ID"), // BT-159
  };
}

function prices(agreement: XmlNode | undefined) {
  const gross = child(agreement, "GrossPriceProductTradePrice");
  const net = child(agreement, "NetPriceProductTradePrice");
  // BT-149/150: the net price's base quantity, else the gross price's (both carry the same in EN 16931).
  const baseQuantity = [child(net, "BasisQuantity"), child(gross, "BasisQuantity")].find((quantity) => quantity && quantity.text !== "");
  return {
    orderLineReference: textAt(agreement, "BuyerOrderReferencedDocument/LineID"), // BT-132
    netPrice: textAt(net, "ChargeAmount"), // BT-146
    grossPrice: textAt(gross, "ChargeAmount"), // BT-148
    priceDiscount: textAt(gross, "AppliedTradeAllowanceCharge/ActualAmount"), // BT-147
    priceBaseQuantity: baseQuantity?.text,
    priceBaseQuantityUnit: baseQuantity?.attrs.unitCode || undefined,
  };
}

export function readLine(node: XmlNode): ReadLine {
  const document = child(node, "AssociatedDocumentLineDocument");
  const settlement = child(node, "SpecifiedLineTradeSettlement");
  const billed = at(node, "SpecifiedLineTradeDelivery/BilledQuantity");
  const tax = child(settlement, "ApplicableTradeTax");
  return (
    compact({
      id: textAt(document, "LineID"), // BT-126
      note: joinedText(children(document, "IncludedNote"), "Content"), // BT-127
      objectId: lineObjectId(settlement),
      quantity: billed && billed.text !== "" ? billed.text : undefined, // BT-129
      unitCode: billed?.attrs.unitCode || undefined, // BT-130
      ...prices(child(node, "SpecifiedLineTradeAgreement")),
      ...product(child(node, "SpecifiedTradeProduct")),
      vatCategory: textAt(tax, "CategoryCode"), // BT-151
      vatRate: textAt(tax, "RateApplicablePercent"), // BT-152
      period: readPeriod(child(settlement, "BillingSpecifiedPeriod")),
      allowances: nonEmpty(children(settlement, "SpecifiedTradeAllowanceCharge").map((value) => readAllowanceCharge(value, false))),
      lineNet: textAt(settlement, "SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount"), // BT-131
      buyerAccountingReference: textAt(settlement, "ReceivableSpecifiedTradeAccountingAccount/ID"), // BT-133
    }) ?? {}
  );
}
