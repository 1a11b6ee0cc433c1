// The data type rules of the EN 16931 UBL binding (UBL-DT-…): amounts with two decimals at most, embedded files
// with their MIME code and file name, and the attributes the binding does not use (warnings).
import type { Finding } from "@/features/einvoice/validate/finding.ts";
import { descendants, type XmlNode } from "../safe-xml.ts";

/** Attributes that should not be present anywhere (UBL-DT-08 … UBL-DT-28, warnings). */
const UNUSED_ATTRIBUTES: [rule: string, attribute: string, label: string][] = [
  ["UBL-DT-08", "schemeName", "nom de schéma (schemeName)"],
  ["UBL-DT-09", "schemeAgencyName", "nom d'agence de schéma (schemeAgencyName)"],
  ["UBL-DT-10", "schemeDataURI", "URI de données de schéma (schemeDataURI)"],
  ["UBL-DT-11", "schemeURI", "URI de schéma (schemeURI)"],
  ["UBL-DT-12", "format", "format"],
  ["UBL-DT-13", "unitCodeListIdentifier", "identifiant de liste d'unités (unitCodeListIdentifier)"],
  ["UBL-DT-14", "unitCodeListAgencyIdentifier", "agence de liste d'unités (unitCodeListAgencyIdentifier)"],
  ["UBL-DT-15", "unitCodeListAgencyName", "nom d'agence de liste d'unités (unitCodeListAgencyName)"],
  ["UBL-DT-16", "listAgencyName", "nom d'agence de liste (listAgencyName)"],
  ["UBL-DT-17", "listName", "nom de liste (listName)"],
  ["UBL-DT-19", "languageID", "langue (languageID)"],
  ["UBL-DT-20", "listURI", "URI de liste (listURI)"],
  ["UBL-DT-21", "listSchemeURI", "URI de schéma de liste (listSchemeURI)"],
  ["UBL-DT-22", "languageLocaleID", "paramètre régional (languageLocaleID)"],
  ["UBL-DT-23", "uri", "URI (uri)"],
  ["UBL-DT-24", "currencyCodeListVersionID", "version de liste de devises (currencyCodeListVersionID)"],
  ["UBL-DT-25", "characterSetCode", "jeu de caractères (characterSetCode)"],
  ["UBL-DT-26", "encodingCode", "encodage (encodingCode)"],
  ["UBL-DT-27", "schemeAgencyID", "identifiant d'agence de schéma (schemeAgencyID)"],
  ["UBL-DT-28", "listAgencyID", "identifiant d'agence de liste (listAgencyID)"],
];

const isAmount = (name: string) => name.endsWith("Amount") && !name.endsWith("PriceAmount");

/** Amounts (…Amount, except prices and the price discount/gross price under Price/AllowanceCharge): 2 decimals at most. */
function amountFindings(node: XmlNode, path: string, underPriceAllowance: boolean, findings: Finding[]) {
  for (const element of node.children) {
    const elementPath = path ? `${path}/${element.name}` : element.name;
    const inPriceAllowance = underPriceAllowance || (node.name === "Price" && element.name === "AllowanceCharge");
    const decimals = element.text.includes(".") ? element.text.slice(element.text.indexOf(".") + 1).length : 0;
    if (!inPriceAllowance && isAmount(element.name) && decimals > 2) {
      findings.push({
        rule: "UBL-DT-01",
        severity: "fatal",
        message: `Un montant doit avoir au plus deux décimales : ${element.name} vaut « ${element.text} ».`,
        location: elementPath,
      });
    }
    amountFindings(element, elementPath, inPriceAllowance, findings);
  }
}

export function ublDataTypeFindings(root: XmlNode): Finding[] {
  const findings: Finding[] = [];
  amountFindings(root, "", false, findings);
  const nodes = descendants(root);
  for (const binary of nodes.filter((node) => node.name.endsWith("BinaryObject"))) {
    if (binary.attrs.mimeCode === undefined) {
      findings.push({ rule: "UBL-DT-06", severity: "fatal", message: "Un fichier joint (BinaryObject) doit porter son type MIME (attribut mimeCode).", location: "BT-125" });
    }
    if (binary.attrs.filename === undefined) {
      findings.push({ rule: "UBL-DT-07", severity: "fatal", message: "Un fichier joint (BinaryObject) doit porter son nom de fichier (attribut filename).", location: "BT-125" });
    }
  }
  for (const [rule, attribute, label] of UNUSED_ATTRIBUTES) {
    const holder = nodes.find((node) => node.attrs[attribute] !== undefined);
    if (holder) findings.push({ rule, severity: "warning", message: `L'attribut ${label} ne devrait pas être utilisé (trouvé sur ${holder.name}).`, location: holder.name });
  }
  const named = nodes.find((node) => node.attrs.name !== undefined && node.name !== "PaymentMeansCode");
  if (named) {
    findings.push({ rule: "UBL-DT-18", severity: "warning", message: `L'attribut name n'est permis que sur le code du moyen de paiement (trouvé sur ${named.name}).`, location: named.name });
  }
  return findings;
}
