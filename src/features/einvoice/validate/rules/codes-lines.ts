// Code lists of the invoice lines (BG-25): object identifier scheme (BR-CL-07), item classification scheme (BR-CL-13),
// country of origin (BR-CL-15), VAT category (BR-CL-18), item standard identifier scheme (BR-CL-21), units of
// measure (BR-CL-23) and the reasons of the line's allowances and charges (BR-CL-19/20).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import { COUNTRY_CODES } from "@/features/einvoice/model/code-lists/iso-3166.ts";
import { ICD_SCHEME_CODES } from "@/features/einvoice/model/code-lists/iso-6523-icd.ts";
import { VAT_CATEGORY_CODES } from "@/features/einvoice/model/code-lists/uncl-5305.ts";
import { UNIT_CODES } from "@/features/einvoice/model/code-lists/unece-rec20.ts";
import { OBJECT_ID_SCHEME_CODES } from "@/features/einvoice/model/code-lists/untdid-1153.ts";
import { ITEM_CLASSIFICATION_SCHEME_CODES } from "@/features/einvoice/model/code-lists/untdid-7143.ts";
import type { Finding } from "../finding.ts";
import { allowanceChargeFindings, lineLevel } from "./codes-allowances.ts";
import { codeFinding, itemsOf } from "./codes-support.ts";

type Line = NonNullable<ReadEInvoice["lines"]>[number];

const UNIT_LIST_NAME = "la recommandation UN/ECE n° 20 (avec les codes d'emballage de la recommandation n° 21)";

function lineFindings(line: Line | undefined, index: number): Finding[] {
  const at = `BG-25[${index + 1}]`;
  const ofLine = `de la ligne n° ${index + 1}`;
  return [
    ...codeFinding({
      rule: "BR-CL-07",
      list: OBJECT_ID_SCHEME_CODES,
      value: line?.objectId?.scheme,
      location: `${at}/BT-128-1`,
      term: `Le code du schéma de l'identifiant d'objet ${ofLine} (BT-128-1)`,
      listName: "la liste UNTDID 1153",
    }),
    ...itemsOf(line?.classifications).flatMap((classification, position) =>
      codeFinding({
        rule: "BR-CL-13",
        list: ITEM_CLASSIFICATION_SCHEME_CODES,
        value: classification?.listId,
        location: `${at}/BT-158-1[${position + 1}]`,
        term: `Le code du schéma de classification de l'article ${ofLine} (BT-158-1)`,
        listName: "la liste UNTDID 7143",
      }),
    ),
    ...codeFinding({
      rule: "BR-CL-15",
      list: COUNTRY_CODES,
      value: line?.originCountry,
      location: `${at}/BT-159`,
      term: `Le code du pays d'origine de l'article ${ofLine} (BT-159)`,
      listName: "la liste ISO 3166-1 alpha-2 des pays",
    }),
    ...codeFinding({
      rule: "BR-CL-18",
      list: VAT_CATEGORY_CODES,
      value: line?.vatCategory,
      location: `${at}/BT-151`,
      term: `Le code de catégorie de TVA ${ofLine} (BT-151)`,
      listName: "la liste UNCL 5305 des catégories de TVA",
    }),
    ...codeFinding({
      rule: "BR-CL-21",
      list: ICD_SCHEME_CODES,
      value: line?.standardId?.scheme,
      location: `${at}/BT-157-1`,
      term: `Le code du schéma de l'identifiant standard de l'article ${ofLine} (BT-157-1)`,
      listName: "la liste ISO/IEC 6523 (ICD)",
    }),
    ...codeFinding({
      rule: "BR-CL-23",
      list: UNIT_CODES,
      value: line?.unitCode,
      location: `${at}/BT-130`,
      term: `Le code de l'unité de la quantité facturée ${ofLine} (BT-130)`,
      listName: UNIT_LIST_NAME,
    }),
    ...codeFinding({
      rule: "BR-CL-23",
      list: UNIT_CODES,
      value: line?.priceBaseQuantityUnit,
      location: `${at}/BT-150`,
      term: `Le code de l'unité de la quantité de base du prix ${ofLine} (BT-150)`,
      listName: UNIT_LIST_NAME,
    }),
    ...allowanceChargeFindings(line?.allowances, lineLevel(index)),
  ];
}

export const lineCodeFindings = (invoice: ReadEInvoice): Finding[] => itemsOf(invoice.lines).flatMap(lineFindings);
