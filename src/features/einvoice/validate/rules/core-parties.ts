// EN 16931 core rules on the parties: seller and buyer names and postal addresses (BR-06..11), payee (BR-17), seller
// tax representative (BR-18..20, BR-56), deliver-to address (BR-57), electronic address schemes (BR-62, BR-63), VAT
// identifier prefixes (BR-CO-09) and the seller's identification (BR-CO-26).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import { exists, fatal, filled, rec, records } from "./core-support.ts";

/** BR-CO-09: ISO 3166-1 alpha-2 codes, plus EL (Greece), XI (Northern Ireland) and 1A (Kosovo), as the EN 16931 UBL binding lists them. */
const VAT_PREFIXES = new Set(
  (
    "1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
    "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
    "UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW"
  ).split(" "),
);

type ReadParty = NonNullable<ReadEInvoice["seller"]>;

/**
 * BR-09 and BR-11: the CII artefact checks the country code from the invoice's root, so a missing address breaks them
 * too (with BR-08, BR-10); the UBL artefact checks them inside the address only.
 */
function sellerAndBuyerFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  const countryWithoutAddress = context.syntax === "CII";
  const findings: Finding[] = [];
  const seller = rec(invoice.seller);
  const buyer = rec(invoice.buyer);
  if (!filled(seller?.name)) findings.push(fatal("BR-06", "La facture doit contenir le nom du vendeur (BT-27).", "BG-4/BT-27"));
  if (!filled(buyer?.name)) findings.push(fatal("BR-07", "La facture doit contenir le nom de l'acheteur (BT-44).", "BG-7/BT-44"));
  const sellerAddress = rec(seller?.address);
  if (!sellerAddress) findings.push(fatal("BR-08", "La facture doit contenir l'adresse postale du vendeur (BG-5).", "BG-5"));
  if ((sellerAddress || countryWithoutAddress) && !filled(sellerAddress?.countryCode)) {
    findings.push(fatal("BR-09", "L'adresse postale du vendeur (BG-5) doit contenir le code de pays du vendeur (BT-40).", "BG-5/BT-40"));
  }
  const buyerAddress = rec(buyer?.address);
  if (!buyerAddress) findings.push(fatal("BR-10", "La facture doit contenir l'adresse postale de l'acheteur (BG-8).", "BG-8"));
  if ((buyerAddress || countryWithoutAddress) && !filled(buyerAddress?.countryCode)) {
    findings.push(fatal("BR-11", "L'adresse postale de l'acheteur (BG-8) doit contenir le code de pays de l'acheteur (BT-55).", "BG-8/BT-55"));
  }
  if (rec(seller?.electronicAddress) && !exists(rec(seller?.electronicAddress)?.scheme)) {
    findings.push(fatal("BR-62", "L'adresse électronique du vendeur (BT-34) doit avoir un identifiant de schéma.", "BG-4/BT-34"));
  }
  if (rec(buyer?.electronicAddress) && !exists(rec(buyer?.electronicAddress)?.scheme)) {
    findings.push(fatal("BR-63", "L'adresse électronique de l'acheteur (BT-49) doit avoir un identifiant de schéma.", "BG-7/BT-49"));
  }
  if (seller && !exists(seller.vatId) && !identifiersOf(seller).length && !filled(rec(seller.legalId)?.id)) {
    findings.push(
      fatal(
        "BR-CO-26",
        "Pour que l'acheteur puisse identifier automatiquement le fournisseur, l'identifiant du vendeur (BT-29), son identifiant d'immatriculation légale (BT-30) et/ou son identifiant de TVA (BT-31) doivent être présents.",
        "BG-4",
      ),
    );
  }
  return findings;
}

const identifiersOf = (party: ReadParty): string[] =>
  records(party.ids)
    .map((identifier) => identifier.id)
    .filter(filled)
    .map((id) => id!.trim());

/** The payee is the seller itself: same name (legal or trading) or a shared identifier, as the UBL and CII bindings compare them. */
function payeeIsSeller(payee: ReadParty, seller: ReadParty | undefined): boolean {
  if (!seller) return false;
  const payeeName = typeof payee.name === "string" ? payee.name.trim() : undefined;
  const sellerNames = [seller.name, seller.tradingName].filter(filled).map((name) => name!.trim());
  if (payeeName !== undefined && sellerNames.includes(payeeName)) return true;
  const sellerIds = identifiersOf(seller);
  if (identifiersOf(payee).some((id) => sellerIds.includes(id))) return true;
  const payeeLegalId = rec(payee.legalId)?.id;
  const sellerLegalId = rec(seller.legalId)?.id;
  return filled(payeeLegalId) && filled(sellerLegalId) && payeeLegalId!.trim() === sellerLegalId!.trim();
}

function payeeAndRepresentativeFindings(invoice: ReadEInvoice): Finding[] {
  const findings: Finding[] = [];
  const payee = rec(invoice.payee);
  if (payee && !filled(payee.name)) {
    findings.push(fatal("BR-17", "Le nom du bénéficiaire (BT-59) doit être fourni lorsque le bénéficiaire (BG-10) est différent du vendeur (BG-4).", "BG-10/BT-59"));
  } else if (payee && payeeIsSeller(payee, rec(invoice.seller))) {
    findings.push(
      fatal("BR-17", "Le bénéficiaire (BG-10) ne doit être indiqué que s'il est différent du vendeur (BG-4) : son nom ou son identifiant est celui du vendeur.", "BG-10"),
    );
  }
  const representative = rec(invoice.taxRepresentative);
  if (representative) {
    if (!filled(representative.name)) {
      findings.push(fatal("BR-18", "Le nom du représentant fiscal du vendeur (BT-62) doit être fourni lorsque le vendeur a un représentant fiscal (BG-11).", "BG-11/BT-62"));
    }
    const address = rec(representative.address);
    if (!address) {
      findings.push(fatal("BR-19", "L'adresse postale du représentant fiscal du vendeur (BG-12) doit être fournie lorsque le vendeur a un représentant fiscal (BG-11).", "BG-12"));
    } else if (!filled(address.countryCode)) {
      findings.push(fatal("BR-20", "L'adresse postale du représentant fiscal du vendeur (BG-12) doit contenir un code de pays (BT-69).", "BG-12/BT-69"));
    }
    if (!exists(representative.vatId)) {
      findings.push(fatal("BR-56", "Le représentant fiscal du vendeur (BG-11) doit avoir un identifiant de TVA (BT-63).", "BG-11/BT-63"));
    }
  }
  const deliveryAddress = rec(rec(invoice.delivery)?.address);
  if (deliveryAddress && !exists(deliveryAddress.countryCode)) {
    findings.push(fatal("BR-57", "Chaque adresse de livraison (BG-15) doit contenir un code de pays de livraison (BT-80).", "BG-15/BT-80"));
  }
  return findings;
}

function vatIdentifierFindings(invoice: ReadEInvoice): Finding[] {
  const identifiers = [
    { value: rec(invoice.seller)?.vatId, location: "BG-4/BT-31", label: "du vendeur (BT-31)" },
    { value: rec(invoice.taxRepresentative)?.vatId, location: "BG-11/BT-63", label: "du représentant fiscal du vendeur (BT-63)" },
    { value: rec(invoice.buyer)?.vatId, location: "BG-7/BT-48", label: "de l'acheteur (BT-48)" },
  ];
  return identifiers
    .filter(({ value }) => typeof value === "string" && !VAT_PREFIXES.has(value.trim().slice(0, 2)))
    .map(({ value, location, label }) =>
      fatal(
        "BR-CO-09",
        `L'identifiant de TVA ${label} « ${String(value).trim()} » doit commencer par le code ISO 3166-1 alpha-2 du pays qui l'a attribué (la Grèce peut utiliser « EL »).`,
        location,
      ),
    );
}

export function partyFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  return [...sellerAndBuyerFindings(invoice, context), ...payeeAndRepresentativeFindings(invoice), ...vatIdentifierFindings(invoice)];
}
