// UBL 2.1 invoice lines (BG-25, InvoiceLine / CreditNoteLine) and allowances/charges (BG-20/21 at document level,
// BG-27/28 on lines) into the EN 16931 model. Values stay the strings of the file.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { at, child, children, textAt, type XmlNode } from "../safe-xml.ts";
import { readIdentifier } from "./ubl-parties.ts";
import { allAt, attrOf, booleanOf, compact, nonEmpty, textOf } from "./ubl-xml.ts";

type ReadLine = ReadEInvoice["lines"] extends (infer L)[] | undefined ? L : never;
type ReadAllowanceCharge = NonNullable<ReadEInvoice["allowancesCharges"]>[number];

/** One cac:AllowanceCharge; its VAT (TaxCategory, BT-95/96, BT-102/103) exists at document level only. */
export function readAllowanceCharge(node: XmlNode): ReadAllowanceCharge {
  return compact({
    charge: booleanOf(textAt(node, "ChargeIndicator")),
    amount: textAt(node, "Amount"),
    baseAmount: textAt(node, "BaseAmount"),
    percentage: textAt(node, "MultiplierFactorNumeric"),
    reason: textAt(node, "AllowanceChargeReason"),
    reasonCode: textAt(node, "AllowanceChargeReasonCode"),
    vatCategory: textAt(node, "TaxCategory/ID"),
    vatRate: textAt(node, "TaxCategory/Percent"),
  });
}

/** The period of a line (BG-26) or of the invoice (BG-14). */
export function readPeriod(period: XmlNode | undefined): { start?: string; end?: string } | undefined {
  if (!period) return undefined;
  return compact({ start: textAt(period, "StartDate"), end: textAt(period, "EndDate") });
}

function readItem(item: XmlNode | undefined) {
  const classifications = children(item, "CommodityClassification")
    .flatMap((classification) => children(classification, "ItemClassificationCode"))
    .map((code) => compact({ id: textOf(code), listId: attrOf(code, "listID"), listVersion: attrOf(code, "listVersionID") }));
  const attributes = children(item, "AdditionalItemProperty").map((property) =>
    compact({ name: textAt(property, "Name"), value: textAt(property, "Value") }),
  );
  return {
    name: textAt(item, "Name"),
    description: textAt(item, "Description"),
    sellerItemId: textAt(item, "SellersItemIdentification/ID"),
    buyerItemId: textAt(item, "BuyersItemIdentification/ID"),
    standardId: readIdentifier(at(item, "StandardItemIdentification/ID")),
    classifications: nonEmpty(classifications),
    originCountry: textAt(item, "OriginCountry/IdentificationCode"),
    attributes: nonEmpty(attributes),
    vatCategory: textAt(item, "ClassifiedTaxCategory/ID"),
    vatRate: textAt(item, "ClassifiedTaxCategory/Percent"),
  };
}

/** One InvoiceLine or CreditNoteLine (quantity: InvoicedQuantity or CreditedQuantity). */
export function readLine(line: XmlNode): ReadLine {
  const quantity = child(line, "InvoicedQuantity") ?? child(line, "CreditedQuantity");
  const price = child(line, "Price");
  const priceAllowance = child(price, "AllowanceCharge");
  const baseQuantity = child(price, "BaseQuantity");
  return compact({
    id: textAt(line, "ID"),
    note: textAt(line, "Note"),
    quantity: textOf(quantity),
    unitCode: attrOf(quantity, "unitCode"),
    lineNet: textAt(line, "LineExtensionAmount"),
    buyerAccountingReference: textAt(line, "AccountingCost"),
    period: readPeriod(child(line, "InvoicePeriod")),
    orderLineReference: textAt(line, "OrderLineReference/LineID"),
    // BT-128 is the line's DocumentReference typed 130 (invoiced object); other document references are not terms.
    objectId: readIdentifier(child(children(line, "DocumentReference").find((reference) => textAt(reference, "DocumentTypeCode") === "130"), "ID")),
    allowances: nonEmpty(children(line, "AllowanceCharge").map(lineAllowanceCharge)),
    netPrice: textAt(price, "PriceAmount"),
    priceDiscount: textAt(priceAllowance, "Amount"),
    grossPrice: textAt(priceAllowance, "BaseAmount"),
    priceBaseQuantity: textOf(baseQuantity),
    priceBaseQuantityUnit: attrOf(baseQuantity, "unitCode"),
    ...compact(readItem(child(line, "Item"))),
  });
}

/** Line allowances and charges carry no VAT of their own (the line's VAT applies). */
function lineAllowanceCharge(node: XmlNode): ReadAllowanceCharge {
  const { vatCategory: _category, vatRate: _rate, ...rest } = readAllowanceCharge(node);
  return rest;
}

/** Every line of the document, invoice or credit note. */
export const readLines = (root: XmlNode): ReadLine[] => [...children(root, "InvoiceLine"), ...children(root, "CreditNoteLine")].map(readLine);

/** Document level allowances and charges (BG-20, BG-21). */
export const readDocumentAllowancesCharges = (root: XmlNode): ReadAllowanceCharge[] | undefined =>
  nonEmpty(allAt(root, "AllowanceCharge").map(readAllowanceCharge));
