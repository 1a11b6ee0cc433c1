// The CII writer's invoice lines (BG-25), every term EN 16931 gives a line, in the schema's order:
// AssociatedDocumentLineDocument, SpecifiedTradeProduct, SpecifiedLineTradeAgreement, SpecifiedLineTradeDelivery,
// SpecifiedLineTradeSettlement.
import type { ELine } from "../../model/einvoice.ts";
import { leaf, node } from "../xml-builder.ts";
import { allowanceCharge, period } from "./cii-values.ts";

/** UNTDID 1001 code of the line's invoiced object (BT-128), as the CEN binding writes it. */
const INVOICED_OBJECT = "130";

/** BG-31 (BT-153..159) and BG-32 (BT-160, BT-161). */
function product(value: ELine): string {
  return node("ram:SpecifiedTradeProduct", [
    value.standardId && leaf("ram:GlobalID", value.standardId.id, { schemeID: value.standardId.scheme }),
    leaf("ram:SellerAssignedID", value.sellerItemId),
    leaf("ram:BuyerAssignedID", value.buyerItemId),
    leaf("ram:Name", value.name),
    leaf("ram:Description", value.description),
    ...(value.attributes ?? []).map((attribute) =>
      node("ram:ApplicableProductCharacteristic", [leaf("ram:Description", attribute.name), leaf("ram:Value", attribute.value)]),
    ),
    ...(value.classifications ?? []).map((classification) =>
      node("ram:DesignatedProductClassification", [
        leaf("ram:ClassCode", classification.id, { listID: classification.listId, listVersionID: classification.listVersion }),
      ]),
    ),
    node("ram:OriginTradeCountry", [leaf("ram:ID", value.originCountry)]),
  ]);
}

/** BT-132 and BG-29: gross price (BT-148) with its discount (BT-147), net price (BT-146), base quantity (BT-149/150). */
function agreement(value: ELine): string {
  const baseQuantity = () => leaf("ram:BasisQuantity", value.priceBaseQuantity, { unitCode: value.priceBaseQuantityUnit });
  return node("ram:SpecifiedLineTradeAgreement", [
    node("ram:BuyerOrderReferencedDocument", [leaf("ram:LineID", value.orderLineReference)]),
    (value.grossPrice !== undefined || value.priceDiscount !== undefined) &&
      node("ram:GrossPriceProductTradePrice", [
        leaf("ram:ChargeAmount", value.grossPrice),
        value.grossPrice !== undefined && baseQuantity(),
        node("ram:AppliedTradeAllowanceCharge", [
          value.priceDiscount !== undefined && node("ram:ChargeIndicator", [leaf("udt:Indicator", "false")]),
          leaf("ram:ActualAmount", value.priceDiscount),
        ]),
      ]),
    node("ram:NetPriceProductTradePrice", [leaf("ram:ChargeAmount", value.netPrice), baseQuantity()]),
  ]);
}

/** BG-30 (BT-151, BT-152), BG-26, BG-27/28, BT-131, BT-128, BT-133. */
function settlement(value: ELine): string {
  return node("ram:SpecifiedLineTradeSettlement", [
    node("ram:ApplicableTradeTax", [
      leaf("ram:TypeCode", "VAT"),
      leaf("ram:CategoryCode", value.vatCategory),
      leaf("ram:RateApplicablePercent", value.vatRate),
    ]),
    period(value.period),
    ...(value.allowances ?? []).map((allowance) => allowanceCharge(allowance, false)),
    node("ram:SpecifiedTradeSettlementLineMonetarySummation", [leaf("ram:LineTotalAmount", value.lineNet)]),
    value.objectId &&
      node("ram:AdditionalReferencedDocument", [
        leaf("ram:IssuerAssignedID", value.objectId.id),
        leaf("ram:TypeCode", INVOICED_OBJECT),
        leaf("ram:ReferenceTypeCode", value.objectId.scheme),
      ]),
    node("ram:ReceivableSpecifiedTradeAccountingAccount", [leaf("ram:ID", value.buyerAccountingReference)]),
  ]);
}

export function line(value: ELine): string {
  return node("ram:IncludedSupplyChainTradeLineItem", [
    node("ram:AssociatedDocumentLineDocument", [leaf("ram:LineID", value.id), node("ram:IncludedNote", [leaf("ram:Content", value.note)])]),
    product(value),
    agreement(value),
    node("ram:SpecifiedLineTradeDelivery", [leaf("ram:BilledQuantity", value.quantity, { unitCode: value.unitCode })]),
    settlement(value),
  ]);
}
