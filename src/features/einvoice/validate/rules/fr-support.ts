// What the French reform's rules (BR-FR-…) share: their code lists as the FNFE-MPE schematron of the XP Z12-012
// standard gives them (docs/decisions/0014-br-fr-warnings.md), the SIREN / SIRET shapes, and the warning itself:
// every BR-FR finding is a warning (never blocking), tagged "(réforme 2026-2027)" so the supplier knows why.
import Decimal from "decimal.js";
import type { Finding } from "../finding.ts";
import { decimalOf, normalizeSpace, records } from "./core-support.ts";

export const frWarning = (rule: string, message: string, location: string): Finding => ({
  rule,
  severity: "warning",
  message: `${message} (réforme de la facturation électronique 2026-2027)`,
  location,
});

/** BR-FR-04: the document types (BT-3) the reform accepts; the rest of UNTDID 1001 is not used. */
export const FR_DOCUMENT_TYPES = ["380", "389", "393", "501", "386", "500", "384", "471", "472", "473", "261", "262", "381", "396", "502", "503"];
/** Self-billed documents (autofacturation): the seller does not issue them (BR-FR-21, BR-FR-22). */
export const FR_SELF_BILLED_TYPES = ["389", "501", "500", "471", "473", "261", "502"];
export const FR_CREDIT_NOTE_TYPES = ["261", "381", "396", "502", "503"];
export const FR_CORRECTIVE_TYPES = ["384", "471", "472", "473"];
export const FR_PREPAYMENT_TYPES = ["386", "500", "503"];
/** BR-FR-08: the reform's billing frameworks (cadre de facturation, BT-23). */
export const FR_BILLING_MODES = ["B1", "S1", "M1", "B2", "S2", "M2", "S3", "B4", "S4", "M4", "S5", "S6", "B7", "S7", "B8", "S8", "M8"];
/** Chorus Pro's own cadres de facturation (A1…A25, decision 0012): invoices to the State keep them in BT-23. */
export const isChorusProCadre = (code: string) => /^A([1-9]|1\d|2[0-5])$/.test(code);
export const FR_ALREADY_PAID_MODES = ["B2", "S2", "M2"];
export const FR_FINAL_AFTER_PREPAYMENT_MODES = ["B4", "S4", "M4"];
/** BR-FR-15: the VAT categories that are relevant in France (L and M are the Canary Islands' and Ceuta/Melilla's). */
export const FR_VAT_CATEGORIES = ["S", "E", "AE", "K", "G", "O", "Z"];
/** BR-FR-16: the VAT rates of France (mainland, Corsica, overseas departments, former rates), in percent. */
export const FR_VAT_RATES = ["0", "10", "13", "20", "8.5", "19.6", "2.1", "5.5", "7", "20.6", "1.05", "0.9", "1.75", "9.2", "9.6"].map((rate) => new Decimal(rate));
/** BR-FR-17: the codes that qualify an attachment (BT-123). */
export const FR_ATTACHMENT_CODES = [
  "RIB",
  "LISIBLE",
  "FEUILLE_DE_STYLE",
  "PJA",
  "BORDEREAU_SUIVI",
  "DOCUMENT_ANNEXE",
  "BON_LIVRAISON",
  "BON_COMMANDE",
  "BORDEREAU_SUIVI_VALIDATION",
  "ETAT_ACOMPTE",
  "FACTURE_PAIEMENT_DIRECT",
];
/** BR-FR-20: the processing a BAR note (BT-21 "BAR") may announce. */
export const FR_BAR_TREATMENTS = ["B2B", "B2BINT", "B2C", "OUTOFSCOPE", "ARCHIVEONLY"];

export const SIREN_SCHEME = "0002";
export const SIRET_SCHEME = "0009";
/** The electronic address (BT-34, BT-49) of the reform's directory: SIREN, then optional suffixes. */
export const ADDRESS_SCHEME = "0225";
export const PRIVATE_ID_SCHEME = "0224";

export const isSiren = (value: string | undefined) => value !== undefined && /^\d{9}$/.test(value.trim());

/** An identifier of a party as read: { id, scheme }, anything malformed as undefined. */
export type ReadIdentifier = { id?: string; scheme?: string } | undefined;
export const identifiersOf = (ids: unknown): { id?: string; scheme?: string }[] => records(ids as { id?: string; scheme?: string }[]);
export const withScheme = (ids: unknown, scheme: string) => identifiersOf(ids).filter((identifier) => normalizeSpace(identifier.scheme) === scheme);

/** A rate in the list, compared as a number ("20", "20.0" and "20.00" are the same rate). */
export function isFrenchRate(rate: unknown): boolean {
  const value = decimalOf(rate);
  return value === undefined || (value !== null && FR_VAT_RATES.some((known) => known.equals(value)));
}

/** BR-FR-03: a date (ISO "YYYY-MM-DD", or CII's "YYYYMMDD" when a reader kept it raw) in 2000-2099 that exists. */
export function isReformDate(value: string): boolean {
  const match = /^(20\d{2})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
