// The rules of the EN 16931 UBL syntax binding (EN16931-UBL-syntax.sch) that the model cannot judge once read:
// elements that may occur only once or twice (UBL-SR-…), and the data types (UBL-DT-…). Same rule ids and flags as
// the CEN schematron; the checks are written over our XML tree. Pure, never throws.
import type { Finding } from "@/features/einvoice/validate/finding.ts";
import { at, child, children, descendants, type XmlNode } from "../safe-xml.ts";
import { ublDataTypeFindings } from "./ubl-syntax-datatypes.ts";
import { allAt, attrOf, isOtherTaxScheme, isVatScheme } from "./ubl-xml.ts";

type Kind = "Invoice" | "CreditNote";
/** At most `max` nodes at `path` under each context node. */
type CountRule = { rule: string; path: string; max: number; location: string; message: string };

const fatal = (rule: string, location: string, message: string): Finding => ({ rule, severity: "fatal", message, location });

const SELLER = "AccountingSupplierParty/Party";
const BUYER = "AccountingCustomerParty/Party";

/** On the document itself (context Invoice / CreditNote). */
const DOCUMENT_COUNTS: CountRule[] = [
  { rule: "UBL-SR-01", path: "ContractDocumentReference/ID", max: 1, location: "BT-12", message: "L'identifiant du contrat (BT-12) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-02", path: "ReceiptDocumentReference/ID", max: 1, location: "BT-15", message: "La référence de l'avis de réception (BT-15) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-03", path: "DespatchDocumentReference/ID", max: 1, location: "BT-16", message: "La référence de l'avis d'expédition (BT-16) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-05", path: "PaymentTerms/Note", max: 1, location: "BT-20", message: "Les conditions de paiement (BT-20) ne doivent figurer qu'une fois au plus." },
  { rule: "UBL-SR-08", path: "InvoicePeriod", max: 1, location: "BG-14", message: "La période de facturation (BG-14) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-09", path: `${SELLER}/PartyLegalEntity/RegistrationName`, max: 1, location: "BT-27", message: "Le nom du vendeur (BT-27) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-10", path: `${SELLER}/PartyName/Name`, max: 1, location: "BT-28", message: "Le nom commercial du vendeur (BT-28) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-11", path: `${SELLER}/PartyLegalEntity/CompanyID`, max: 1, location: "BT-30", message: "L'identifiant d'immatriculation légale du vendeur (BT-30) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-14", path: `${SELLER}/PartyLegalEntity/CompanyLegalForm`, max: 1, location: "BT-33", message: "Les informations juridiques complémentaires du vendeur (BT-33) ne doivent figurer qu'une fois au plus." },
  { rule: "UBL-SR-15", path: `${BUYER}/PartyLegalEntity/RegistrationName`, max: 1, location: "BT-44", message: "Le nom de l'acheteur (BT-44) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-16", path: `${BUYER}/PartyIdentification/ID`, max: 1, location: "BT-46", message: "L'identifiant de l'acheteur (BT-46) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-17", path: `${BUYER}/PartyLegalEntity/CompanyID`, max: 1, location: "BT-47", message: "L'identifiant d'immatriculation légale de l'acheteur (BT-47) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-24", path: "Delivery", max: 1, location: "BG-13", message: "Les informations de livraison (BG-13) ne doivent figurer qu'une fois au plus." },
  { rule: "UBL-SR-39", path: "ProjectReference/ID", max: 1, location: "BT-11", message: "La référence du projet (BT-11) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-40", path: `${BUYER}/PartyName/Name`, max: 1, location: "BT-45", message: "Le nom commercial de l'acheteur (BT-45) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-45", path: "PaymentMeans/PaymentDueDate", max: 1, location: "BT-9", message: "La date d'échéance (BT-9) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-49", path: "InvoicePeriod/DescriptionCode", max: 1, location: "BT-8", message: "Le code de date d'exigibilité de la TVA (BT-8) ne doit figurer qu'une fois au plus." },
];

/** On each invoice line (context InvoiceLine / CreditNoteLine). */
const LINE_COUNTS: CountRule[] = [
  { rule: "UBL-SR-34", path: "Note", max: 1, location: "BT-127", message: "La note de ligne (BT-127) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-35", path: "OrderLineReference/LineID", max: 1, location: "BT-132", message: "La référence de ligne de commande (BT-132) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-36", path: "InvoicePeriod", max: 1, location: "BG-26", message: "La période de la ligne (BG-26) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-37", path: "Price/AllowanceCharge/Amount", max: 1, location: "BT-147", message: "Le rabais sur le prix de l'article (BT-147) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-50", path: "Item/Description", max: 1, location: "BT-154", message: "La description de l'article (BT-154) ne doit figurer qu'une fois au plus." },
  { rule: "UBL-SR-52", path: "DocumentReference", max: 1, location: "BT-128", message: "La référence de document de la ligne (BT-128) ne doit figurer qu'une fois au plus." },
];

function counted(context: XmlNode | undefined, rules: CountRule[], prefix = ""): Finding[] {
  return rules
    .filter((rule) => context && allAt(context, rule.path).length > rule.max)
    .map((rule) => fatal(rule.rule, prefix + rule.location, rule.message));
}

const distinctTexts = (nodes: XmlNode[]) => new Set(nodes.map((node) => node.text)).size;

/** Rules whose test is more than a count, on the document. */
function documentRules(root: XmlNode): Finding[] {
  const findings: Finding[] = [];
  const seller = at(root, SELLER);
  const buyer = at(root, BUYER);
  const companyIds = (party: XmlNode | undefined, keep: (scheme: XmlNode) => boolean) =>
    children(party, "PartyTaxScheme").filter(keep).flatMap((scheme) => children(scheme, "CompanyID")).length;
  const nodes = descendants(root);

  if (allAt(root, "AdditionalDocumentReference").filter((document) => at(document, "DocumentTypeCode")?.text === "130").flatMap((document) => children(document, "ID")).length > 1) {
    findings.push(fatal("UBL-SR-04", "BT-18", "L'identifiant de l'objet facturé (BT-18) ne doit figurer qu'une fois au plus."));
  }
  if (companyIds(seller, isVatScheme) > 1) findings.push(fatal("UBL-SR-12", "BT-31", "L'identifiant TVA du vendeur (BT-31) ne doit figurer qu'une fois au plus."));
  if (companyIds(seller, isOtherTaxScheme) > 1) {
    findings.push(fatal("UBL-SR-13", "BT-32", "L'identifiant d'enregistrement fiscal du vendeur (BT-32) ne doit figurer qu'une fois au plus."));
  }
  if (companyIds(buyer, isVatScheme) > 1) findings.push(fatal("UBL-SR-18", "BT-48", "L'identifiant TVA de l'acheteur (BT-48) ne doit figurer qu'une fois au plus."));
  if (children(seller, "PartyTaxScheme").length > 2) {
    findings.push(fatal("UBL-SR-42", "BG-4", "Le schéma fiscal (PartyTaxScheme) du vendeur ne doit figurer que deux fois au plus."));
  }
  const sepaIds = nodes.filter((node) => node.name === "PartyIdentification").flatMap((party) => children(party, "ID")).filter((id) => attrOf(id, "schemeID")?.toUpperCase() === "SEPA");
  if (sepaIds.length > 1) findings.push(fatal("UBL-SR-29", "BT-90", "L'identifiant de créancier bancaire (BT-90) ne doit figurer qu'une fois au plus."));
  if (distinctTexts(nodes.filter((node) => node.name === "PaymentID")) > 1) {
    findings.push(fatal("UBL-SR-44", "BT-83", "Une facture ne peut avoir qu'un seul avis de paiement (BT-83, PaymentID), qui peut être repris dans plusieurs moyens de paiement."));
  }
  if (allAt(root, "PaymentMeans/PaymentMeansCode").filter((code) => code.attrs.name !== undefined).length > 1) {
    findings.push(fatal("UBL-SR-46", "BT-82", "Le libellé du moyen de paiement (BT-82) ne doit figurer qu'une fois au plus."));
  }
  if (distinctTexts(nodes.filter((node) => node.name === "PaymentMeansCode")) > 1) {
    findings.push(fatal("UBL-SR-47", "BT-81", "Lorsque plusieurs codes de moyen de paiement (BT-81) sont donnés, ils doivent être identiques."));
  }
  return findings;
}

/** Rules whose context is a group that may occur anywhere (payee, tax representative, payment means, documents…). */
function groupRules(root: XmlNode, kind: Kind): Finding[] {
  const findings: Finding[] = [];
  const sellerName = at(root, `${SELLER}/PartyLegalEntity/RegistrationName`)?.text;
  for (const payee of children(root, "PayeeParty")) {
    const names = allAt(payee, "PartyName/Name");
    // The payee is given only when it is not the seller (the schematron also compares the names).
    if (names.length > 1 || (sellerName !== undefined && names.some((name) => name.text === sellerName))) {
      findings.push(fatal("UBL-SR-19", "BT-59", "Le nom du bénéficiaire (BT-59) ne doit figurer qu'une fois au plus, et seulement si le bénéficiaire n'est pas le vendeur."));
    }
    if (allAt(payee, "PartyIdentification/ID").filter((id) => attrOf(id, "schemeID")?.toUpperCase() !== "SEPA").length > 1) {
      findings.push(fatal("UBL-SR-20", "BT-60", "L'identifiant du bénéficiaire (BT-60) ne doit figurer qu'une fois au plus."));
    }
    if (allAt(payee, "PartyLegalEntity/CompanyID").length > 1) {
      findings.push(fatal("UBL-SR-21", "BT-61", "L'identifiant d'immatriculation légale du bénéficiaire (BT-61) ne doit figurer qu'une fois au plus."));
    }
  }
  for (const representative of children(root, "TaxRepresentativeParty")) {
    if (allAt(representative, "PartyName/Name").length > 1) findings.push(fatal("UBL-SR-22", "BT-62", "Le nom du représentant fiscal du vendeur (BT-62) ne doit figurer qu'une fois au plus."));
    if (allAt(representative, "PartyTaxScheme/CompanyID").length > 1) {
      findings.push(fatal("UBL-SR-23", "BT-63", "L'identifiant TVA du représentant fiscal du vendeur (BT-63) ne doit figurer qu'une fois au plus."));
    }
  }
  for (const delivery of children(root, "Delivery")) {
    if (allAt(delivery, "DeliveryParty/PartyName/Name").length > 1) findings.push(fatal("UBL-SR-25", "BT-70", "Le nom du destinataire de la livraison (BT-70) ne doit figurer qu'une fois au plus."));
  }
  children(root, "PaymentMeans").forEach((means, index) => {
    const location = `BG-16[${index + 1}]`;
    if (children(means, "PaymentID").length > 1) findings.push(fatal("UBL-SR-26", `${location}/BT-83`, "L'avis de paiement (BT-83) ne doit figurer qu'une fois au plus par moyen de paiement."));
    if (children(means, "PaymentMeansCode").length > 1) findings.push(fatal("UBL-SR-27", `${location}/BT-81`, "Le code du moyen de paiement (BT-81) ne doit figurer qu'une fois au plus par moyen de paiement."));
    if (allAt(means, "PaymentMandate/ID").length > 1) findings.push(fatal("UBL-SR-28", `${location}/BT-89`, "La référence du mandat (BT-89) ne doit figurer qu'une fois au plus."));
  });
  for (const billing of children(root, "BillingReference")) {
    const references = children(billing, "InvoiceDocumentReference");
    if (references.length > 1) findings.push(fatal("UBL-SR-06", "BG-3", "Une référence à une facture antérieure (BG-3) ne doit contenir qu'une facture."));
    if (!references.some((reference) => child(reference, "ID"))) {
      findings.push(fatal("UBL-SR-07", "BG-3/BT-25", "Une référence à une facture antérieure doit donner le numéro de cette facture (BT-25)."));
    }
  }
  for (const document of children(root, "AdditionalDocumentReference")) findings.push(...documentReferenceRules(document, kind));
  return findings;
}

function documentReferenceRules(document: XmlNode, kind: Kind): Finding[] {
  const findings: Finding[] = [];
  const typeCode = child(document, "DocumentTypeCode");
  const invoicedObject = typeCode?.text === "130";
  if (children(document, "DocumentDescription").length > 1) findings.push(fatal("UBL-SR-33", "BT-123", "La description d'un justificatif (BT-123) ne doit figurer qu'une fois au plus."));
  const schemeGiven = children(document, "ID").some((id) => id.attrs.schemeID !== undefined);
  if (!(invoicedObject || (kind === "CreditNote" && typeCode?.text === "50") || (!schemeGiven && !typeCode))) {
    findings.push(fatal("UBL-SR-43", "BG-24", "L'identifiant de schéma n'est permis que pour l'objet facturé (code de type de document 130, ou 50 dans un avoir)."));
  }
  if (invoicedObject && child(document, "Attachment")) {
    findings.push(fatal("UBL-CR-666", "BT-18", "Une référence de document ne peut pas désigner à la fois l'objet facturé (BT-18) et une pièce jointe."));
  }
  if (invoicedObject && child(document, "DocumentDescription")) {
    findings.push(fatal("UBL-CR-673", "BT-18", "Une référence de document ne peut pas désigner à la fois l'objet facturé (BT-18) et la description d'un justificatif."));
  }
  return findings;
}

/** Rules on elements that may sit anywhere in the tree: allowances/charges, VAT breakdowns, addresses, tax schemes. */
function anywhereRules(root: XmlNode): Finding[] {
  const findings: Finding[] = [];
  for (const node of descendants(root)) {
    if (node.name === "AllowanceCharge" && children(node, "AllowanceChargeReason").length > 1) {
      const charge = child(node, "ChargeIndicator")?.text.trim();
      if (charge === "false" || charge === "0") findings.push(fatal("UBL-SR-30", "BT-97", "Le motif d'une remise (BT-97) ne doit figurer qu'une fois au plus."));
      if (charge === "true" || charge === "1") findings.push(fatal("UBL-SR-31", "BT-104", "Le motif d'une charge (BT-104) ne doit figurer qu'une fois au plus."));
    }
    if (node.name === "TaxSubtotal" && allAt(node, "TaxCategory/TaxExemptionReason").length > 1) {
      findings.push(fatal("UBL-SR-32", "BT-120", "Le motif d'exonération de TVA (BT-120) ne doit figurer qu'une fois au plus."));
    }
    if ((node.name === "PostalAddress" || node.name === "Address") && children(node, "AddressLine").length > 1) {
      findings.push(fatal("UBL-SR-51", "BT-162", "Une adresse ne peut avoir qu'une troisième ligne (AddressLine)."));
    }
    if (node.name === "PartyTaxScheme" && !(allAt(node, "TaxScheme/ID").length > 0 && child(node, "CompanyID"))) {
      findings.push(fatal("UBL-SR-53", "BT-31", "Un schéma fiscal (PartyTaxScheme) doit donner l'identifiant (CompanyID) et le schéma (TaxScheme/ID)."));
    }
  }
  return findings;
}

function lineRules(root: XmlNode): Finding[] {
  const lines = [...children(root, "InvoiceLine"), ...children(root, "CreditNoteLine")];
  return lines.flatMap((line, index) => {
    const prefix = `BG-25[${index + 1}]/`;
    const findings = counted(line, LINE_COUNTS, prefix);
    if (allAt(line, "Item/ClassifiedTaxCategory").length !== 1) {
      findings.push(fatal("UBL-SR-48", `${prefix}BG-30`, "Chaque ligne de facture doit avoir une et une seule catégorie de TVA (ClassifiedTaxCategory)."));
    }
    return findings;
  });
}

/** Every finding of the UBL syntax rules on the document. */
export function ublSyntaxFindings(root: XmlNode, kind: Kind): Finding[] {
  return [
    ...counted(root, DOCUMENT_COUNTS),
    ...documentRules(root),
    ...groupRules(root, kind),
    ...anywhereRules(root),
    ...lineRules(root),
    ...ublDataTypeFindings(root),
  ];
}
