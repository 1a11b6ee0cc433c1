// Code lists of the parties: identifier schemes (BR-CL-10, ISO 6523 ICD, or SEPA for the seller's and payee's
// creditor identifier), legal registration schemes (BR-CL-11), country codes of addresses (BR-CL-14), electronic
// address schemes (BR-CL-25, CEF EAS) and the delivery location's scheme (BR-CL-26).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { isCoded, normalizeSpace } from "@/features/einvoice/model/code-lists/code-set.ts";
import { ELECTRONIC_ADDRESS_SCHEME_CODES } from "@/features/einvoice/model/code-lists/eas.ts";
import { COUNTRY_CODES } from "@/features/einvoice/model/code-lists/iso-3166.ts";
import { ICD_SCHEME_CODES } from "@/features/einvoice/model/code-lists/iso-6523-icd.ts";
import type { Finding } from "../finding.ts";
import { codeFinding, itemsOf } from "./codes-support.ts";

type Party = NonNullable<ReadEInvoice["seller"]>;

/** How each party's terms are numbered in EN 16931, and whether it may carry the SEPA creditor identifier. */
const PARTIES = [
  { key: "seller", group: "BG-4", label: "du vendeur", id: "BT-29", legalId: "BT-30", country: "BT-40", address: "BT-34", sepa: true },
  { key: "buyer", group: "BG-7", label: "de l'acheteur", id: "BT-46", legalId: "BT-47", country: "BT-55", address: "BT-49", sepa: false },
  { key: "payee", group: "BG-10", label: "du bénéficiaire", id: "BT-60", legalId: "BT-61", country: undefined, address: undefined, sepa: true },
] as const;

const ICD_NAME = "la liste ISO/IEC 6523 (ICD)";
const COUNTRY_NAME = "la liste ISO 3166-1 alpha-2 des pays";

/** UBL binding of BR-CL-10: the scheme SEPA is allowed for the seller's and payee's identifiers (BT-90 is carried so). */
const isIcdOrSepa = (list: ReadonlySet<string>, code: string) => isCoded(list, code) || normalizeSpace(code) === "SEPA";

function partyFindings(party: Party | undefined, role: (typeof PARTIES)[number]): Finding[] {
  return [
    ...itemsOf(party?.ids).flatMap((identifier, index) =>
      codeFinding({
        rule: "BR-CL-10",
        list: ICD_SCHEME_CODES,
        value: identifier?.scheme,
        location: `${role.group}/${role.id}-1[${index + 1}]`,
        term: `Le code du schéma de l'identifiant ${role.label} (${role.id}-1)`,
        listName: role.sepa ? `${ICD_NAME} (ou SEPA pour l'identifiant de créancier)` : ICD_NAME,
        matches: role.sepa ? isIcdOrSepa : undefined,
      }),
    ),
    ...codeFinding({
      rule: "BR-CL-11",
      list: ICD_SCHEME_CODES,
      value: party?.legalId?.scheme,
      location: `${role.group}/${role.legalId}-1`,
      term: `Le code du schéma de l'identifiant d'immatriculation ${role.label} (${role.legalId}-1)`,
      listName: ICD_NAME,
    }),
    ...codeFinding({
      rule: "BR-CL-14",
      list: COUNTRY_CODES,
      value: party?.address?.countryCode,
      location: role.country ?? `${role.group}/pays`,
      term: role.country ? `Le code pays de l'adresse ${role.label} (${role.country})` : `Le code pays de l'adresse ${role.label}`,
      listName: COUNTRY_NAME,
    }),
    ...(role.address
      ? codeFinding({
          rule: "BR-CL-25",
          list: ELECTRONIC_ADDRESS_SCHEME_CODES,
          value: party?.electronicAddress?.scheme,
          location: `${role.address}-1`,
          term: `Le code du schéma de l'adresse électronique ${role.label} (${role.address}-1)`,
          listName: "la liste CEF EAS des schémas d'adresse électronique",
        })
      : []),
  ];
}

/** BR-CL-10, 11, 14, 25, 26 over the seller, buyer, payee, tax representative and delivery place. */
export function partyCodeFindings(invoice: ReadEInvoice): Finding[] {
  return [
    ...PARTIES.flatMap((role) => partyFindings(invoice[role.key], role)),
    ...codeFinding({
      rule: "BR-CL-14",
      list: COUNTRY_CODES,
      value: invoice.taxRepresentative?.address?.countryCode,
      location: "BT-69",
      term: "Le code pays de l'adresse du représentant fiscal (BT-69)",
      listName: COUNTRY_NAME,
    }),
    ...codeFinding({
      rule: "BR-CL-14",
      list: COUNTRY_CODES,
      value: invoice.delivery?.address?.countryCode,
      location: "BT-80",
      term: "Le code pays de l'adresse de livraison (BT-80)",
      listName: COUNTRY_NAME,
    }),
    ...codeFinding({
      rule: "BR-CL-26",
      list: ICD_SCHEME_CODES,
      value: invoice.delivery?.locationId?.scheme,
      location: "BT-71-1",
      term: "Le code du schéma de l'identifiant du lieu de livraison (BT-71-1)",
      listName: ICD_NAME,
    }),
  ];
}
