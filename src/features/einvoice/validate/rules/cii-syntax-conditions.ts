// The CII syntax rules whose test is more than a presence or a count, written by hand from the XPath of the CEN
// artefact (EN16931-CII-validation.xslt, pattern EN16931-CII-Syntax), quoted above each; the rest is data
// (cii-syntax-sr.ts, cii-syntax-dt.ts). `holds` is the assertion: true when the rule is respected.
import type { XmlNode } from "../../read/safe-xml.ts";
import type { CiiCondition } from "./cii-syntax-types.ts";
import { everywhere, exists, nodesAt, normalizeSpace } from "./cii-syntax-paths.ts";

const typeCodeIs = (node: XmlNode, ...codes: string[]) => nodesAt(node, "TypeCode").some((code) => codes.includes(code.text));
const normalizedTypeCodeIs = (node: XmlNode, ...codes: string[]) => nodesAt(node, "TypeCode").some((code) => codes.includes(normalizeSpace(code.text)));
/** (not(A) and B) or (A and not(B)) or (not(A) and not(B)): not both. */
const notBoth = (node: XmlNode, first: string, second: string) => !(exists(node, first) && exists(node, second));
/** count(X[…]) <= 1 over the documents of a type code. */
const documentsOfType = (node: XmlNode, code: string, normalized: boolean) =>
  nodesAt(node, "AdditionalReferencedDocument").filter((document) => (normalized ? normalizedTypeCodeIs(document, code) : typeCodeIs(document, code)));
/** XPath's general comparison of an element with false(): its text cast to xs:boolean. */
const isFalse = (node: XmlNode) => ["false", "0"].includes(node.text.trim());
/** The same normalized text in every node (the artefact compares each with the first). */
const allSame = (nodes: XmlNode[]) => nodes.every((node) => normalizeSpace(node.text) === normalizeSpace(nodes[0].text));
/** An additional document of type 916 (a supporting document, BG-24) may carry what the other references may not. */
const isSupportingDocument = (node: XmlNode) => node.name === "AdditionalReferencedDocument" && typeCodeIs(node, "916");

export const CII_SYNTAX_CONDITIONS: Record<string, CiiCondition> = {
  // not(ram:GlobalID) or (ram:GlobalID/@schemeID)
  "CII-SR-046": { holds: ({ node }) => !exists(node, "GlobalID") || exists(node, "GlobalID/@schemeID"), message: "L'identifiant d'article selon un schéma (GlobalID, BT-157) doit porter son schéma (attribut schemeID)." },
  // not (ram:OriginTradeCountry) or (count(ram:OriginTradeCountry/ram:ID) = 1)
  "CII-SR-090": { holds: ({ node }) => !exists(node, "OriginTradeCountry") || nodesAt(node, "OriginTradeCountry/ID").length === 1, message: "Le pays d'origine de l'article (OriginTradeCountry, BT-159) doit donner son code (ID) une et une seule fois." },
  // (…/ChargeIndicator[udt:Indicator=false()] and …/ActualAmount) or (not(…/ChargeIndicator) and not(…/ActualAmount))
  "CII-SR-119": {
    holds: ({ node }) => {
      const allowance = "GrossPriceProductTradePrice/AppliedTradeAllowanceCharge";
      const isAllowance = nodesAt(node, `${allowance}/ChargeIndicator`).some((indicator) => nodesAt(indicator, "Indicator").some(isFalse));
      return (isAllowance && exists(node, `${allowance}/ActualAmount`)) || (!exists(node, `${allowance}/ChargeIndicator`) && !exists(node, `${allowance}/ActualAmount`));
    },
    message: "Seule une remise (ChargeIndicator à false, avec son montant) devrait figurer sur le prix brut de l'article (BT-147).",
  },
  // (ram:ChargeIndicator)
  "CII-SR-463": { holds: ({ node }) => exists(node, "ChargeIndicator"), message: "Chaque remise ou charge (BG-20, BG-21, BG-27, BG-28) doit dire si c'est une charge (ChargeIndicator)." },
  // count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '130']) <= 1
  "CII-SR-474": { holds: ({ node }) => documentsOfType(node, "130", true).length <= 1, message: "Une ligne de facture ne devrait référencer qu'un objet facturé (document de type 130, BT-128)." },
  // (not(BuyerTradeParty/ID) and BuyerTradeParty/GlobalID) or (… and not …) or (not … and not …)
  "CII-SR-450": { holds: ({ node }) => notBoth(node, "BuyerTradeParty/ID", "BuyerTradeParty/GlobalID"), message: "Un seul identifiant de l'acheteur (BT-46) devrait figurer : l'identifiant (ID) ou l'identifiant global (GlobalID)." },
  // ( count(ram:AdditionalReferencedDocument[ram:TypeCode='50']) <= 1)
  "CII-SR-457": { holds: ({ node }) => documentsOfType(node, "50", false).length <= 1, message: "La référence de l'appel d'offres ou du lot (document de type 50, BT-17) ne devrait figurer qu'une fois au plus." },
  // ( count(ram:AdditionalReferencedDocument[ram:TypeCode='130']) <= 1)
  "CII-SR-458": { holds: ({ node }) => documentsOfType(node, "130", false).length <= 1, message: "L'identifiant de l'objet facturé (document de type 130, BT-18) ne devrait figurer qu'une fois au plus." },
  // not(SellerTradeParty/DefinedTradeContact/PersonName and SellerTradeParty/DefinedTradeContact/DepartmentName)
  "CII-SR-465": {
    holds: ({ node }) => notBoth(node, "SellerTradeParty/DefinedTradeContact/PersonName", "SellerTradeParty/DefinedTradeContact/DepartmentName"),
    message: "Le point de contact du vendeur (BT-41) ne devrait être donné qu'une fois : le nom de la personne (PersonName) ou le service (DepartmentName), pas les deux.",
  },
  // not(BuyerTradeParty/DefinedTradeContact/PersonName and BuyerTradeParty/DefinedTradeContact/DepartmentName)
  "CII-SR-466": {
    holds: ({ node }) => notBoth(node, "BuyerTradeParty/DefinedTradeContact/PersonName", "BuyerTradeParty/DefinedTradeContact/DepartmentName"),
    message: "Le point de contact de l'acheteur (BT-56) ne devrait être donné qu'une fois : le nom de la personne (PersonName) ou le service (DepartmentName), pas les deux.",
  },
  // count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '916']/ram:Name) <= 1
  "CII-SR-475": {
    holds: ({ node }) => documentsOfType(node, "916", true).flatMap((document) => nodesAt(document, "Name")).length <= 1,
    message: "La description d'un justificatif (BT-123, document de type 916) ne devrait figurer qu'une fois au plus.",
  },
  // count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '916']/ram:AttachmentBinaryObject) <= 1
  "CII-SR-476": {
    holds: ({ node }) => documentsOfType(node, "916", true).flatMap((document) => nodesAt(document, "AttachmentBinaryObject")).length <= 1,
    message: "Un seul fichier joint (BT-125, document de type 916) devrait figurer au plus.",
  },
  // (not(ShipToTradeParty/ID) and ShipToTradeParty/GlobalID) or (…) or (…)
  "CII-SR-449": { holds: ({ node }) => notBoth(node, "ShipToTradeParty/ID", "ShipToTradeParty/GlobalID"), message: "Un seul identifiant du lieu de livraison (BT-71) devrait figurer : l'identifiant (ID) ou l'identifiant global (GlobalID)." },
  // (not(PayeeTradeParty/ID) and PayeeTradeParty/GlobalID) or (…) or (…)
  "CII-SR-451": { holds: ({ node }) => notBoth(node, "PayeeTradeParty/ID", "PayeeTradeParty/GlobalID"), message: "Un seul identifiant du bénéficiaire (BT-60) devrait figurer : l'identifiant (ID) ou l'identifiant global (GlobalID)." },
  // count(//ram:ApplicableTradeTax/ram:DueDateTypeCode) = 0 or count(distinct-values(//ram:ApplicableTradeTax/ram:DueDateTypeCode)) = 1
  "CII-SR-462": {
    holds: ({ root }) => new Set(everywhere(root, "ApplicableTradeTax", "DueDateTypeCode").map((code) => code.text)).size <= 1,
    message: "Un seul code de date d'exigibilité de la TVA (DueDateTypeCode, BT-8) doit figurer dans la facture.",
  },
  // count(ram:SpecifiedTradeSettlementPaymentMeans[(normalize-space(ram:TypeCode) = '30' or … = '58') and not(…/ram:IBANID or …/ram:ProprietaryID)]) = 0
  "CII-SR-470": {
    holds: ({ node }) =>
      !nodesAt(node, "SpecifiedTradeSettlementPaymentMeans").some(
        (means) => normalizedTypeCodeIs(means, "30", "58") && !exists(means, "PayeePartyCreditorFinancialAccount/IBANID") && !exists(means, "PayeePartyCreditorFinancialAccount/ProprietaryID"),
      ),
    message: "Un virement (moyen de paiement 30 ou 58) doit donner l'IBAN ou l'identifiant du compte (BT-84).",
  },
  // count(//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode[normalize-space(.) != normalize-space((…)[1])]) = 0
  "CII-SR-467": {
    holds: ({ root }) => allSame(everywhere(root, "SpecifiedTradeSettlementPaymentMeans", "TypeCode")),
    message: "Tous les moyens de paiement doivent avoir le même code de moyen de paiement (BT-81).",
  },
  // count(//ram:SpecifiedTradeSettlementPaymentMeans/ram:Information[normalize-space(.) != normalize-space((…)[1])]) = 0
  "CII-SR-468": {
    holds: ({ root }) => allSame(everywhere(root, "SpecifiedTradeSettlementPaymentMeans", "Information")),
    message: "Tous les moyens de paiement doivent avoir le même libellé de moyen de paiement (BT-82).",
  },
  // count(//ram:ApplicableHeaderTradeSettlement/ram:PaymentReference) <= 1
  "CII-SR-469": {
    holds: ({ root }) => everywhere(root, "ApplicableHeaderTradeSettlement", "PaymentReference").length <= 1,
    message: "L'avis de paiement (PaymentReference, BT-83) doit figurer une fois au plus dans la facture.",
  },
  // not(ram:URIID) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='916')
  "CII-DT-015": { holds: ({ node }) => !exists(node, "URIID") || isSupportingDocument(node), message: "L'adresse d'un document externe (URIID, BT-124) n'est permise que dans un justificatif (document de type 916)." },
  // not(ram:TypeCode) or (self::ram:AdditionalReferencedDocument) and (ram:TypeCode='50' or ram:TypeCode='130' or ram:TypeCode='916')
  "CII-DT-018": {
    holds: ({ node }) => !exists(node, "TypeCode") || (node.name === "AdditionalReferencedDocument" && typeCodeIs(node, "50", "130", "916")),
    message: "Le code de type d'un document référencé n'est permis que sur un document additionnel de type 50, 130 ou 916.",
  },
  // not(ram:Name) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='916')
  "CII-DT-021": { holds: ({ node }) => !exists(node, "Name") || isSupportingDocument(node), message: "La description d'un document référencé (Name, BT-123) n'est permise que dans un justificatif (document de type 916)." },
  // not(ram:AttachmentBinaryObject) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='916')
  "CII-DT-022": { holds: ({ node }) => !exists(node, "AttachmentBinaryObject") || isSupportingDocument(node), message: "Un fichier joint (AttachmentBinaryObject, BT-125) n'est permis que dans un justificatif (document de type 916)." },
  // not(ram:ReferenceTypeCode) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='130')
  "CII-DT-024": {
    holds: ({ node }) => !exists(node, "ReferenceTypeCode") || (node.name === "AdditionalReferencedDocument" && typeCodeIs(node, "130")),
    message: "Le schéma d'identification (ReferenceTypeCode, BT-18-1) n'est permis que sur l'objet facturé (document de type 130).",
  },
  // not(ram:FormattedIssueDateTime) or self::ram:InvoiceReferencedDocument
  "CII-DT-027": { holds: ({ node }) => !exists(node, "FormattedIssueDateTime") || node.name === "InvoiceReferencedDocument", message: "Une date d'émission (FormattedIssueDateTime) n'est permise que sur la référence à une facture antérieure (BT-26)." },
  // not(@unitCode) or (/rsm:CrossIndustryInvoice/…/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode)
  "CII-DT-033": {
    holds: ({ node, root }) => node.attrs.unitCode === undefined || nodesAt(root, "SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem/SpecifiedLineTradeDelivery/BilledQuantity").some((quantity) => quantity.attrs.unitCode !== undefined),
    message: "L'unité (attribut unitCode) n'est permise que sur la quantité facturée (BT-130).",
  },
  // not(ram:TypeCode) or (ram:TypeCode = 'VAT')
  "CII-DT-037": { holds: ({ node }) => !exists(node, "TypeCode") || typeCodeIs(node, "VAT"), message: "Le code de taxe (TypeCode) doit être « VAT »." },
  // not(ram:BasisAmount) or (ancestor::ram:ApplicableHeaderTradeSettlement)
  "CII-DT-041": { holds: ({ node, ancestors }) => !exists(node, "BasisAmount") || ancestors.includes("ApplicableHeaderTradeSettlement"), message: "La base d'imposition (BasisAmount) ne devrait figurer que dans le récapitulatif de TVA de la facture (BT-116)." },
  // not(ram:ExemptionReasonCode) or self::ram:ApplicableTradeTax
  "CII-DT-052": { holds: ({ node }) => !exists(node, "ExemptionReasonCode") || node.name === "ApplicableTradeTax", message: "Le code de motif d'exonération (BT-121) ne devrait figurer que dans une taxe applicable (ApplicableTradeTax)." },
  // not(ram:ExemptionReason) or self::ram:ApplicableTradeTax
  "CII-DT-098": { holds: ({ node }) => !exists(node, "ExemptionReason") || node.name === "ApplicableTradeTax", message: "Le motif d'exonération (BT-120) ne devrait figurer que dans une taxe applicable (ApplicableTradeTax)." },
  // not(ram:TaxPointDate) or (ancestor::ram:ApplicableHeaderTradeSettlement)
  "CII-DT-054": { holds: ({ node, ancestors }) => !exists(node, "TaxPointDate") || ancestors.includes("ApplicableHeaderTradeSettlement"), message: "La date d'exigibilité de la TVA (BT-7) ne devrait figurer que dans le récapitulatif de TVA de la facture." },
  // not(ram:DueDateTypeCode) or (ancestor::ram:ApplicableHeaderTradeSettlement)
  "CII-DT-058": { holds: ({ node, ancestors }) => !exists(node, "DueDateTypeCode") || ancestors.includes("ApplicableHeaderTradeSettlement"), message: "Le code de date d'exigibilité de la TVA (BT-8) ne devrait figurer que dans le récapitulatif de TVA de la facture." },
  // matches(., '^\s*(\d{4})(1[0-2]|0[1-9]){1}(3[01]|[12][0-9]|0[1-9]){1}\s*$'), on udt:DateTimeString only: the
  // qdt:DateTimeString of a FormattedIssueDateTime (our tree has lost the prefix) is not the artefact's context.
  "CII-DT-097": { holds: ({ node, ancestors }) => ancestors[ancestors.length - 1] === "FormattedIssueDateTime" || /^\s*(\d{4})(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])\s*$/.test(node.text), message: "Une date au format 102 doit s'écrire AAAAMMJJ." },
};
