// BR-FR rules on identifiers: the invoice numbers (BR-FR-01, 02), SIREN and SIRET (BR-FR-09, 10, 11), the electronic
// addresses of the reform's directory (BR-FR-12, 13, 21, 22, 23, 25), private identifiers (BR-FR-26) and the
// uniqueness of each party's identifier schemes (BR-FR-CO-10). Warnings only.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import { filled, normalizeSpace, rec, records } from "./core-support.ts";
import {
  ADDRESS_SCHEME,
  FR_SELF_BILLED_TYPES,
  PRIVATE_ID_SCHEME,
  SIREN_SCHEME,
  SIRET_SCHEME,
  frWarning,
  identifiersOf,
  isSiren,
  withScheme,
} from "./fr-support.ts";

type ReadParty = NonNullable<ReadEInvoice["seller"]>;
const ID_FORMAT = /^[A-Za-z0-9+\-_/]+$/;

/** BR-FR-01 / BR-FR-02 on one invoice number (BT-1, BT-25). */
function numberFindings(value: unknown, location: string, label: string): Finding[] {
  if (typeof value !== "string" || value === "") return [];
  const findings: Finding[] = [];
  if (value.length > 35) findings.push(frWarning("BR-FR-01", `${label} (${location}) ne doit pas dépasser 35 caractères : « ${value} » en compte ${value.length}.`, location));
  if (!ID_FORMAT.test(value)) {
    findings.push(frWarning("BR-FR-02", `${label} (${location}) ne doit contenir que des lettres, des chiffres et les signes + - _ /, sans espace : « ${value} ».`, location));
  }
  return findings;
}

/** The party's SIREN as BR-FR-09 reads it: its legal registration (scheme 0002), else the SIRET's first 9 digits. */
function sirenOf(party: ReadParty, fallbackOnSiret: boolean, siret: string): string | undefined {
  const legal = rec(party.legalId);
  if (legal && normalizeSpace(legal.scheme) === SIREN_SCHEME && filled(legal.id)) return normalizeSpace(legal.id);
  return fallbackOnSiret ? siret.slice(0, 9) : undefined;
}

/** BR-FR-09: a SIRET (identifier with scheme 0009) has 14 digits and begins with the party's SIREN. */
function siretFindings(party: ReadParty | undefined, location: string, label: string, fallbackOnSiret: boolean): Finding[] {
  if (!party) return [];
  const siret = normalizeSpace(withScheme(party.ids, SIRET_SCHEME)[0]?.id);
  if (siret === "") return [];
  const siren = sirenOf(party, fallbackOnSiret, siret);
  if (/^\d{14}$/.test(siret) && siret.slice(0, 9) === siren) return [];
  return [frWarning("BR-FR-09", `Le SIRET ${label} (${location}) doit compter 14 chiffres et commencer par son SIREN : SIRET « ${siret} », SIREN « ${siren ?? "absent"} ».`, location)];
}

/** BR-FR-26: a private identifier (scheme 0224) is 100 characters at most. */
function privateIdFindings(party: ReadParty | undefined, location: string, label: string): Finding[] {
  return withScheme(party?.ids, PRIVATE_ID_SCHEME)
    .filter((identifier) => typeof identifier.id === "string" && identifier.id.length > 100)
    .map(() => frWarning("BR-FR-26", `L'identifiant privé ${label} (${location}, schéma 0224) ne doit pas dépasser 100 caractères.`, location));
}

/** BR-FR-CO-10: each identifier scheme at most once among a party's identifiers. */
function schemeUniquenessFindings(party: ReadParty | undefined, location: string, label: string): Finding[] {
  const schemes = identifiersOf(party?.ids)
    .map((identifier) => normalizeSpace(identifier.scheme))
    .filter((scheme) => scheme !== "");
  const repeated = [...new Set(schemes.filter((scheme, index) => schemes.indexOf(scheme) !== index))];
  return repeated.map((scheme) => frWarning("BR-FR-CO-10", `Chaque schéma d'identification ne doit figurer qu'une fois parmi les identifiants ${label} (${location}) : le schéma ${scheme} figure plusieurs fois.`, location));
}

/** BR-FR-23 / BR-FR-25 on an electronic address (BT-34, BT-49). */
function addressFormatFindings(party: ReadParty | undefined, location: string, label: string): Finding[] {
  const address = rec(party?.electronicAddress);
  if (!address || typeof address.id !== "string") return [];
  const findings: Finding[] = [];
  if (normalizeSpace(address.scheme) === ADDRESS_SCHEME && !ID_FORMAT.test(address.id)) {
    findings.push(frWarning("BR-FR-23", `L'adresse électronique ${label} (${location}, schéma 0225) ne doit contenir que des lettres, des chiffres et les signes + - _ / : « ${address.id} ».`, location));
  }
  if (address.id.length > 125) findings.push(frWarning("BR-FR-25", `L'adresse électronique ${label} (${location}) ne doit pas dépasser 125 caractères.`, location));
  return findings;
}

const barTreatment = (invoice: ReadEInvoice) =>
  records(invoice.noteDetails)
    .filter((note) => normalizeSpace(note.subjectCode) === "BAR")
    .map((note) => normalizeSpace(note.text));

/** BR-FR-21 (buyer) / BR-FR-22 (seller, self-billing): a B2B invoice is addressed to the SIREN-based address 0225. */
function routingAddressFindings(invoice: ReadEInvoice): Finding[] {
  if (!barTreatment(invoice).includes("B2B")) return [];
  const selfBilled = FR_SELF_BILLED_TYPES.includes(normalizeSpace(invoice.typeCode));
  const [party, rule, location, label] = selfBilled ? [rec(invoice.seller), "BR-FR-22", "BT-34", "du vendeur"] : [rec(invoice.buyer), "BR-FR-21", "BT-49", "de l'acheteur"];
  const address = rec(party?.electronicAddress);
  const siren = normalizeSpace(rec(party?.legalId)?.id);
  if (address && siren !== "" && normalizeSpace(address.id).startsWith(siren) && normalizeSpace(address.scheme) === ADDRESS_SCHEME) return [];
  return [
    frWarning(
      rule,
      `Une facture entre entreprises (note BAR « B2B »)${selfBilled ? " en autofacturation" : ""} doit donner comme adresse électronique ${label} (${location}) une adresse du schéma 0225 commençant par son SIREN : adresse « ${normalizeSpace(address?.id) || "absente"} », schéma « ${normalizeSpace(address?.scheme) || "absent"} », SIREN « ${siren || "absent"} ».`,
      location,
    ),
  ];
}

export function frIdentifierFindings(invoice: ReadEInvoice): Finding[] {
  const seller = rec(invoice.seller);
  const buyer = rec(invoice.buyer);
  const payee = rec(invoice.payee);
  const sellerSiren = withScheme(seller?.legalId ? [seller.legalId] : [], SIREN_SCHEME)[0]?.id;
  const buyerSiren = withScheme(buyer?.legalId ? [buyer.legalId] : [], SIREN_SCHEME)[0]?.id;
  const findings: Finding[] = [
    ...numberFindings(invoice.number, "BT-1", "Le numéro de facture"),
    ...records(invoice.precedingInvoices).flatMap((preceding, index) => numberFindings(preceding.number, `BG-3[${index + 1}]/BT-25`, "Le numéro de la facture antérieure")),
    ...siretFindings(seller, "BT-29", "du vendeur", false),
    ...siretFindings(buyer, "BT-46", "de l'acheteur", false),
    ...siretFindings(payee, "BT-60", "du bénéficiaire", true),
    ...privateIdFindings(seller, "BT-29", "du vendeur"),
    ...privateIdFindings(buyer, "BT-46", "de l'acheteur"),
    ...schemeUniquenessFindings(seller, "BT-29", "du vendeur"),
    ...schemeUniquenessFindings(buyer, "BT-46", "de l'acheteur"),
    ...schemeUniquenessFindings(payee, "BT-60", "du bénéficiaire"),
    ...addressFormatFindings(seller, "BT-34", "du vendeur"),
    ...addressFormatFindings(buyer, "BT-49", "de l'acheteur"),
    ...routingAddressFindings(invoice),
  ];
  if (!isSiren(sellerSiren)) {
    findings.push(frWarning("BR-FR-10", `Le SIREN du vendeur (BT-30, schéma 0002) doit être donné et compter 9 chiffres : « ${normalizeSpace(sellerSiren) || "absent"} ».`, "BT-30"));
  }
  if (barTreatment(invoice).includes("B2B") && !isSiren(buyerSiren)) {
    findings.push(frWarning("BR-FR-11", `Une facture entre entreprises (note BAR « B2B ») doit donner le SIREN de l'acheteur (BT-47, schéma 0002), de 9 chiffres : « ${normalizeSpace(buyerSiren) || "absent"} ».`, "BT-47"));
  }
  if (!filled(rec(buyer?.electronicAddress)?.id)) findings.push(frWarning("BR-FR-12", "L'adresse électronique de l'acheteur (BT-49) doit être donnée.", "BT-49"));
  if (!filled(rec(seller?.electronicAddress)?.id)) findings.push(frWarning("BR-FR-13", "L'adresse électronique du vendeur (BT-34) doit être donnée.", "BT-34"));
  return findings;
}
