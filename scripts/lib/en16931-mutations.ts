// Invoices mutated from valid ones, for the oracle: an amount, a code, a currency or a date changed, a term removed,
// a repeatable group duplicated — on the XML text, so that both syntaxes (UBL, CII) are mutated the same way.
// Deterministic: the same seed gives the same invoices (src/lib/seeded-random.ts).
import { seededRandom } from "../../src/lib/seeded-random.ts";
import type { OracleInvoice } from "./en16931-oracle.ts";

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** A leaf element with text: `<cbc:Amount currencyID="EUR">10.00</cbc:Amount>`. */
const LEAF = /<([\w-]+:)?([\w-]+)((?:\s+[\w:-]+="[^"]*")*)\s*>([^<]*)<\/\1?\2>/g;

type Leaf = { start: number; end: number; prefix: string; name: string; attrs: string; text: string };

function leaves(xml: string): Leaf[] {
  return [...xml.matchAll(LEAF)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    prefix: match[1] ?? "",
    name: match[2],
    attrs: match[3],
    text: match[4],
  }));
}

const splice = (xml: string, start: number, end: number, replacement: string) => xml.slice(0, start) + replacement + xml.slice(end);
const leafXml = (leaf: Leaf, text: string, attrs = leaf.attrs) => `<${leaf.prefix}${leaf.name}${attrs}>${text}</${leaf.prefix}${leaf.name}>`;

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;
const AMOUNT_NAME = /Amount|Price|Quantity|Percent|Rate|Basis/i;

/** A changed amount: off by a cent, by 0.5, by 1, sign flipped, doubled, zero, three decimals. */
function mutateAmount(xml: string, random: Random): string | undefined {
  const amounts = leaves(xml).filter((leaf) => AMOUNT_NAME.test(leaf.name) && NUMBER.test(leaf.text));
  if (amounts.length === 0) return undefined;
  const leaf = pick(random, amounts);
  const value = Number(leaf.text);
  const variants = [
    (value + 0.01).toFixed(2),
    (value - 0.5).toFixed(2),
    (value + 1).toFixed(2),
    (value + 1.01).toFixed(2),
    (-value).toFixed(2),
    (value * 2).toFixed(2),
    "0",
    value.toFixed(3),
    `${Math.trunc(value)}.125`,
  ];
  return splice(xml, leaf.start, leaf.end, leafXml(leaf, pick(random, variants)));
}

const CODE_NAME = /(Code|^ID)$/;
const CODES = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M", "B", "XX", "380", "381", "384", "389", "751", "EUR", "USD", "NOK", "XXX", "FR", "DE", "ZZ", "C62", "H87", "ZZZ", "30", "58", "1", "VAT", "0088", "9999"];
const CODE_ATTRIBUTE = /\s(unitCode|schemeID|currencyID|listID|mimeCode)="([^"]*)"/g;
const HAS_CODE_ATTRIBUTE = /\s(unitCode|schemeID|currencyID|listID|mimeCode)="/;

/** A changed code: an element's code (VAT category, type, currency, country, means of payment…) or a code attribute. */
function mutateCode(xml: string, random: Random): string | undefined {
  const all = leaves(xml);
  const codes = all.filter((leaf) => CODE_NAME.test(leaf.name) && leaf.text.trim().length > 0 && leaf.text.trim().length <= 4);
  const withAttributes = all.filter((leaf) => HAS_CODE_ATTRIBUTE.test(leaf.attrs));
  if (withAttributes.length > 0 && (codes.length === 0 || random() < 0.35)) {
    const leaf = pick(random, withAttributes);
    const attributes = [...leaf.attrs.matchAll(CODE_ATTRIBUTE)];
    const [whole, name] = pick(random, attributes);
    return splice(xml, leaf.start, leaf.end, leafXml(leaf, leaf.text, leaf.attrs.replace(whole, ` ${name}="${pick(random, CODES)}"`)));
  }
  if (codes.length === 0) return undefined;
  const leaf = pick(random, codes);
  return splice(xml, leaf.start, leaf.end, leafXml(leaf, pick(random, CODES)));
}

const CURRENCIES = ["EUR", "USD", "NOK", "DKK", "SEK", "GBP"];

/** Another currency: the invoice's (BT-5), one amount's currencyID, or a tax currency (BT-6) added. */
function mutateCurrency(xml: string, random: Random): string | undefined {
  const all = leaves(xml);
  const invoiceCurrency = all.filter((leaf) => leaf.name === "DocumentCurrencyCode" || leaf.name === "InvoiceCurrencyCode");
  const withCurrency = all.filter((leaf) => /\scurrencyID="/.test(leaf.attrs));
  const choice = random();
  if (choice < 0.4 && invoiceCurrency.length > 0) {
    const leaf = pick(random, invoiceCurrency);
    return splice(xml, leaf.start, leaf.end, leafXml(leaf, pick(random, CURRENCIES)));
  }
  if (choice < 0.8 && withCurrency.length > 0) {
    const leaf = pick(random, withCurrency);
    return splice(xml, leaf.start, leaf.end, leafXml(leaf, leaf.text, leaf.attrs.replace(/currencyID="[^"]*"/, `currencyID="${pick(random, CURRENCIES)}"`)));
  }
  const leaf = invoiceCurrency[0];
  if (!leaf) return undefined;
  return splice(xml, leaf.end, leaf.end, `<${leaf.prefix}TaxCurrencyCode>${pick(random, CURRENCIES)}</${leaf.prefix}TaxCurrencyCode>`);
}

const DATE = /^\s*(\d{4}-\d{2}-\d{2}|\d{8})\s*$/;

/**
 * Another date, earlier or later (the period's end before its start, a due date before the issue date). Always a
 * real date: the CEN artefacts assume a schema-valid invoice and stop on one that is not.
 */
function mutateDate(xml: string, random: Random): string | undefined {
  const dates = leaves(xml).filter((leaf) => DATE.test(leaf.text));
  if (dates.length === 0) return undefined;
  const leaf = pick(random, dates);
  const variant = pick(random, ["2000-01-01", "2016-12-31", "2017-06-15", "2099-12-31"]);
  return splice(xml, leaf.start, leaf.end, leafXml(leaf, leaf.text.includes("-") ? variant : variant.replaceAll("-", "")));
}

/** A term removed: a leaf element, or a whole group of those the rules look into. */
const GROUPS = [
  "TaxTotal", "TaxSubtotal", "LegalMonetaryTotal", "AllowanceCharge", "PaymentMeans", "PayeeParty", "Delivery", "InvoicePeriod",
  "TaxRepresentativeParty", "PartyTaxScheme", "PartyLegalEntity", "PostalAddress", "ClassifiedTaxCategory", "Price",
  "ApplicableTradeTax", "SpecifiedTradeAllowanceCharge", "SpecifiedTradeSettlementHeaderMonetarySummation", "PostalTradeAddress",
  "SpecifiedTaxRegistration", "SpecifiedTradeSettlementPaymentMeans", "BillingSpecifiedPeriod", "NetPriceProductTradePrice",
  "GrossPriceProductTradePrice", "SpecifiedLegalOrganization", "SellerTaxRepresentativeTradeParty", "PayeeTradeParty",
];

/** Every element named `name` (any prefix), with its content (the groups listed never nest in themselves). */
function elementsNamed(xml: string, name: string): { start: number; end: number }[] {
  const pattern = new RegExp(`<([\\w-]+:)?${name}(?:\\s[^>]*)?>[\\s\\S]*?</\\1?${name}>`, "g");
  return [...xml.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function removeTerm(xml: string, random: Random): string | undefined {
  if (random() < 0.6) {
    const all = leaves(xml);
    if (all.length === 0) return undefined;
    const leaf = pick(random, all);
    return splice(xml, leaf.start, leaf.end, "");
  }
  const present = GROUPS.flatMap((name) => elementsNamed(xml, name));
  if (present.length === 0) return undefined;
  const group = pick(random, present);
  return splice(xml, group.start, group.end, "");
}

/** A repeatable group (or the tax total) given twice: the duplicates the rules must notice, or accept. */
const REPEATABLE = [
  "TaxTotal", "TaxSubtotal", "InvoiceLine", "CreditNoteLine", "AllowanceCharge", "Note", "PaymentMeans",
  "TaxTotalAmount", "ApplicableTradeTax", "IncludedSupplyChainTradeLineItem", "SpecifiedTradeAllowanceCharge", "IncludedNote",
];

function duplicate(xml: string, random: Random): string | undefined {
  const present = REPEATABLE.flatMap((name) => elementsNamed(xml, name));
  if (present.length === 0) return undefined;
  const element = pick(random, present);
  let copy = xml.slice(element.start, element.end);
  // Half the time the copy of an amount in another currency: the tax total in the tax currency (BT-111).
  if (random() < 0.5) copy = copy.replace(/currencyID="[^"]*"/, `currencyID="${pick(random, CURRENCIES)}"`);
  return splice(xml, element.end, element.end, copy);
}

const MUTATIONS = [
  { name: "montant", apply: mutateAmount },
  { name: "code", apply: mutateCode },
  { name: "devise", apply: mutateCurrency },
  { name: "date", apply: mutateDate },
  { name: "suppression", apply: removeTerm },
  { name: "doublon", apply: duplicate },
] as const;

/**
 * `count` invoices mutated from `sources` (one to three mutations each), named "source~n:kinds". The syntax is kept:
 * the mutations never change the root element.
 */
export function mutateInvoices(sources: OracleInvoice[], count: number, seed: number): OracleInvoice[] {
  const random = seededRandom(seed);
  const mutants: OracleInvoice[] = [];
  for (let index = 0; mutants.length < count && index < count * 4; index++) {
    const source = sources[index % sources.length];
    let xml = source.xml;
    const kinds: string[] = [];
    const times = 1 + Math.floor(random() * 3);
    for (let time = 0; time < times; time++) {
      const mutation = pick(random, MUTATIONS);
      const mutated = mutation.apply(xml, random);
      if (mutated !== undefined && mutated !== xml) {
        xml = mutated;
        kinds.push(mutation.name);
      }
    }
    if (kinds.length > 0) mutants.push({ name: `${source.name}~${index}:${kinds.join("+")}`, syntax: source.syntax, xml });
  }
  return mutants;
}
