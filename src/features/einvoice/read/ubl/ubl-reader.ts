// Reads an OASIS UBL 2.1 Invoice or CreditNote into the EN 16931 model, leniently: every business term present is
// kept as the string of the file, a missing one stays absent (the validator says what is wrong), and only a root
// that is not a UBL invoice is refused. The syntax's own rules (UBL-SR, UBL-DT) come with the result.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { EInvoiceReadError, type ReadResult } from "../read-types.ts";
import { at, child, children, descendants, textAt, type XmlNode, type XmlRoot } from "../safe-xml.ts";
import { readDocumentAllowancesCharges, readLines, readPeriod } from "./ubl-lines.ts";
import { readDelivery, readIdentifier, readPayee, readTaxRepresentative, readTradeParty, sepaCreditorId } from "./ubl-parties.ts";
import { amountCurrencyFindings, UBL_AMOUNT_ELEMENTS } from "@/features/einvoice/validate/rules/codes-amount-currency.ts";
import { ublMissingTotalsFindings } from "@/features/einvoice/validate/rules/ubl-totals-present.ts";
import { ublVatSchemeFindings } from "@/features/einvoice/validate/rules/vat-scheme.ts";
import { ublSyntaxFindings } from "./ubl-syntax.ts";
import { UBL_CREDIT_NOTE_NAMESPACE, UBL_INVOICE_NAMESPACE, allAt, attrOf, compact, nonEmpty, textOf } from "./ubl-xml.ts";

/** UNTDID 1001 codes an AdditionalDocumentReference uses for the invoiced object (BT-18) and, in a credit note, the project (BT-11). */
const INVOICED_OBJECT = "130";
const PROJECT = "50";

export function readUbl(root: XmlRoot): ReadResult {
  const kind = ublKind(root);
  if (!kind) {
    throw new EInvoiceReadError(
      "NOT_AN_INVOICE",
      `Le fichier XML n'est pas une facture UBL 2.1 : l'élément racine est « ${root.name} »${root.namespace ? ` (espace de noms ${root.namespace})` : ""}, une facture UBL commence par « Invoice » ou « CreditNote ».`,
    );
  }
  // BR-CL-03 is judged on the syntax: the currencyID of every amount element (the model keeps no currency per amount).
  const amountCurrencies = descendants(root).filter((node) => UBL_AMOUNT_ELEMENTS.has(node.name)).map((node) => ({ currencyId: node.attrs.currencyID, location: node.name }));
  return { syntax: "UBL", root: kind, invoice: readInvoice(root, kind), syntaxFindings: [...ublSyntaxFindings(root, kind), ...amountCurrencyFindings(amountCurrencies), ...ublVatSchemeFindings(root), ...ublMissingTotalsFindings(root)] };
}

function ublKind(root: XmlRoot): "Invoice" | "CreditNote" | undefined {
  if (root.name === "Invoice" && root.namespace === UBL_INVOICE_NAMESPACE) return "Invoice";
  if (root.name === "CreditNote" && root.namespace === UBL_CREDIT_NOTE_NAMESPACE) return "CreditNote";
  return undefined;
}

function readInvoice(root: XmlNode, kind: "Invoice" | "CreditNote"): ReadEInvoice {
  const currency = textAt(root, "DocumentCurrencyCode");
  const taxCurrency = textAt(root, "TaxCurrencyCode");
  const documents = children(root, "AdditionalDocumentReference");
  const typeOf = (document: XmlNode) => textAt(document, "DocumentTypeCode");
  const invoicedObject = documents.find((document) => typeOf(document) === INVOICED_OBJECT);
  const creditNoteProject = kind === "CreditNote" ? documents.find((document) => typeOf(document) === PROJECT) : undefined;
  const notes = readNotes(root);
  return compact({
    number: textAt(root, "ID"),
    issueDate: textAt(root, "IssueDate"),
    typeCode: textAt(root, kind === "Invoice" ? "InvoiceTypeCode" : "CreditNoteTypeCode"),
    currency,
    taxCurrency,
    taxPointDate: textAt(root, "TaxPointDate"),
    vatPointDateCode: textAt(root, "InvoicePeriod/DescriptionCode"),
    // A credit note has no DueDate in UBL 2.1: its due date is the payment means' one.
    dueDate: kind === "Invoice" ? textAt(root, "DueDate") : allAt(root, "PaymentMeans/PaymentDueDate").map(textOf).find(Boolean),
    specificationId: textAt(root, "CustomizationID"),
    businessProcess: textAt(root, "ProfileID"),
    buyerReference: textAt(root, "BuyerReference"),
    projectReference: textAt(root, "ProjectReference/ID") ?? textAt(creditNoteProject, "ID"),
    contractReference: textAt(root, "ContractDocumentReference/ID"),
    purchaseOrderReference: textAt(root, "OrderReference/ID"),
    salesOrderReference: textAt(root, "OrderReference/SalesOrderID"),
    receivingAdviceReference: textAt(root, "ReceiptDocumentReference/ID"),
    despatchAdviceReference: textAt(root, "DespatchDocumentReference/ID"),
    tenderOrLotReference: textAt(root, "OriginatorDocumentReference/ID"),
    invoicedObjectId: readIdentifier(child(invoicedObject, "ID")),
    buyerAccountingReference: textAt(root, "AccountingCost"),
    notes: nonEmpty(notes.map((note) => note.text)),
    noteDetails: nonEmpty(notes),
    invoicingPeriod: readInvoicingPeriod(child(root, "InvoicePeriod")),
    // One preceding invoice (BG-3) per BillingReference, even without its InvoiceDocumentReference (BR-55 says so).
    precedingInvoices: nonEmpty(
      children(root, "BillingReference").map((billing) => {
        const reference = child(billing, "InvoiceDocumentReference");
        return compact({ number: textAt(reference, "ID"), issueDate: textAt(reference, "IssueDate") });
      }),
    ),
    seller: readTradeParty(at(root, "AccountingSupplierParty/Party"), "seller"),
    buyer: readTradeParty(at(root, "AccountingCustomerParty/Party"), "buyer"),
    payee: readPayee(child(root, "PayeeParty")),
    taxRepresentative: readTaxRepresentative(child(root, "TaxRepresentativeParty")),
    delivery: readDelivery(child(root, "Delivery")),
    payment: readPayment(root),
    allowancesCharges: readDocumentAllowancesCharges(root),
    totals: readTotals(root, currency, taxCurrency),
    vatBreakdown: nonEmpty(allAt(root, "TaxTotal/TaxSubtotal").map(readVatBreakdown)),
    lines: nonEmpty(readLines(root)),
    attachments: nonEmpty(documents.filter((document) => document !== invoicedObject && document !== creditNoteProject).map(readAttachment)),
  });
}

/**
 * BG-14. The UBL binding writes BT-8 inside InvoicePeriod (DescriptionCode): a period holding only that code carries
 * no BG-14 (the CEN's BR-CO-19 accepts it); an InvoicePeriod with nothing at all stays an empty BG-14 (BR-CO-19 fires).
 */
function readInvoicingPeriod(period: XmlNode | undefined): ReadEInvoice["invoicingPeriod"] {
  const read = readPeriod(period);
  const onlyTheCode = read !== undefined && Object.keys(read).length === 0 && textAt(period, "DescriptionCode") !== undefined;
  return onlyTheCode ? undefined : read;
}

/** Invoice notes (BG-1): UBL carries the subject code (BT-21) at the start of the text, as "#AAI#text". */
function readNotes(root: XmlNode): { subjectCode?: string; text: string }[] {
  return children(root, "Note")
    .map(textOf)
    .filter((note): note is string => note !== undefined)
    .map((note) => {
      const coded = /^#([A-Za-z0-9]{1,3})#([\s\S]*)$/.exec(note);
      return coded ? { subjectCode: coded[1], text: coded[2] } : { text: note };
    });
}

/** Payment instructions (BG-16) over every PaymentMeans, and the payment terms (BT-20). */
function readPayment(root: XmlNode): ReadEInvoice["payment"] {
  const means = children(root, "PaymentMeans");
  const terms = textAt(root, "PaymentTerms/Note");
  const creditorId = sepaCreditorId(root);
  if (means.length === 0 && terms === undefined && creditorId === undefined) return undefined;
  const card = allAt(root, "PaymentMeans/CardAccount")[0];
  const mandate = allAt(root, "PaymentMeans/PaymentMandate")[0];
  const accounts = allAt(root, "PaymentMeans/PayeeFinancialAccount").map((account) =>
    compact({ iban: textAt(account, "ID"), name: textAt(account, "Name"), bic: textAt(account, "FinancialInstitutionBranch/ID") }),
  );
  return compact({
    meansCode: textAt(means[0], "PaymentMeansCode"),
    meansText: attrOf(at(means[0], "PaymentMeansCode"), "name"),
    remittanceInformation: allAt(root, "PaymentMeans/PaymentID").map(textOf).find(Boolean),
    accounts: nonEmpty(accounts),
    card: card && compact({ pan: textAt(card, "PrimaryAccountNumberID"), holder: textAt(card, "HolderName") }),
    directDebit:
      mandate || creditorId
        ? compact({ mandateReference: textAt(mandate, "ID"), creditorId, debitedAccount: textAt(mandate, "PayerFinancialAccount/ID") })
        : undefined,
    terms,
  });
}

/** BR-CO-15 wants BT-110 once with currencyID = BT-5: every such amount, when there are not exactly one. */
function taxTotalsInCurrency(taxAmounts: XmlNode[], currency: string | undefined): string[] | undefined {
  if (currency === undefined) return undefined;
  const amounts = taxAmounts.filter((amount) => attrOf(amount, "currencyID") === currency);
  return amounts.length === 1 ? undefined : amounts.map((amount) => amount.text);
}

/**
 * BR-CO-14 as the CEN UBL artefact checks it: each TaxTotal holding subtotals, whatever its currency, against its own
 * subtotals. The model merges the subtotals into one breakdown (BG-23) under BT-110, which says the same when a single
 * TaxTotal holds them and its TaxAmount is BT-110; otherwise (a TaxTotal given twice, or the one with subtotals not in
 * the invoice currency) each such TaxTotal is kept as read.
 */
function taxTotalsAsRead(root: XmlNode, bt110: XmlNode | undefined): NonNullable<ReadEInvoice["totals"]>["taxTotalsWithBreakdown"] {
  const withSubtotals = children(root, "TaxTotal").filter((total) => children(total, "TaxSubtotal").length > 0);
  const amountOf = (total: XmlNode) => child(total, "TaxAmount");
  if (withSubtotals.length === 0 || (withSubtotals.length === 1 && bt110 !== undefined && amountOf(withSubtotals[0]) === bt110)) return undefined;
  return withSubtotals.map((total) =>
    compact({
      taxAmount: textAt(total, "TaxAmount"),
      subtotalTaxAmounts: children(total, "TaxSubtotal").flatMap((subtotal) => textAt(subtotal, "TaxAmount") ?? []),
    }),
  );
}

/**
 * Document totals (BG-22). BT-110 is the TaxTotal/TaxAmount in the invoice currency (BT-5), BT-111 the one in the
 * VAT accounting currency (BT-6); an amount without currencyID counts as the invoice currency's.
 */
function readTotals(root: XmlNode, currency: string | undefined, taxCurrency: string | undefined): ReadEInvoice["totals"] {
  const monetary = child(root, "LegalMonetaryTotal");
  const taxAmounts = allAt(root, "TaxTotal/TaxAmount");
  if (!monetary && taxAmounts.length === 0) return undefined;
  const inTaxCurrency = (amount: XmlNode) => taxCurrency !== undefined && taxCurrency !== currency && attrOf(amount, "currencyID") === taxCurrency;
  const inInvoiceCurrency = taxAmounts.filter((amount) => {
    const amountCurrency = attrOf(amount, "currencyID");
    return !inTaxCurrency(amount) && (amountCurrency === undefined || currency === undefined || amountCurrency === currency);
  });
  const bt110 = inInvoiceCurrency.find((amount) => Boolean(textOf(amount)));
  return compact({
    lineNetTotal: textAt(monetary, "LineExtensionAmount"),
    allowanceTotal: textAt(monetary, "AllowanceTotalAmount"),
    chargeTotal: textAt(monetary, "ChargeTotalAmount"),
    taxExclusive: textAt(monetary, "TaxExclusiveAmount"),
    taxTotal: bt110 && textOf(bt110),
    taxTotalOccurrences: taxTotalsInCurrency(taxAmounts, currency),
    taxTotalsWithBreakdown: taxTotalsAsRead(root, bt110),
    taxInclusive: textAt(monetary, "TaxInclusiveAmount"),
    prepaid: textAt(monetary, "PrepaidAmount"),
    rounding: textAt(monetary, "PayableRoundingAmount"),
    amountDue: textAt(monetary, "PayableAmount"),
    taxTotalInTaxCurrency: taxAmounts.filter(inTaxCurrency).map(textOf).find(Boolean),
  });
}

/** One VAT breakdown (BG-23): BT-116..121. */
function readVatBreakdown(subtotal: XmlNode) {
  return compact({
    taxableAmount: textAt(subtotal, "TaxableAmount"),
    taxAmount: textAt(subtotal, "TaxAmount"),
    category: textAt(subtotal, "TaxCategory/ID"),
    rate: textAt(subtotal, "TaxCategory/Percent"),
    exemptionReason: textAt(subtotal, "TaxCategory/TaxExemptionReason"),
    exemptionReasonCode: textAt(subtotal, "TaxCategory/TaxExemptionReasonCode"),
  });
}

/** Additional supporting document (BG-24): BT-122..125, the embedded file with its MIME code and file name. */
function readAttachment(document: XmlNode) {
  const binary = at(document, "Attachment/EmbeddedDocumentBinaryObject");
  return compact({
    id: textAt(document, "ID"),
    description: textAt(document, "DocumentDescription"),
    content: binary && compact({ base64: textOf(binary), mimeCode: attrOf(binary, "mimeCode"), fileName: attrOf(binary, "filename") }),
    uri: textAt(document, "Attachment/ExternalReference/URI"),
  });
}
