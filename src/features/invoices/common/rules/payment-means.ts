// The payment means (EN 16931 BG-16) of an invoice entered in the portal, from its « Mode de règlement » and the
// account it pays to. Pure. Decision record 0011 says why a transfer without an account is code 1.
import type { InvoiceFormValues } from "../schemas.ts";

export type PaymentMode = InvoiceFormValues["paymentMode"];

/** UNTDID 4461 (BT-81) of each mode: 30 credit transfer, 20 cheque, 10 cash, 49 direct debit, 1 instrument not defined. */
const MEANS_CODES: Record<PaymentMode, string> = { VIREMENT: "30", CHEQUE: "20", ESPECE: "10", PRELEVEMENT: "49", AUTRE: "1" };

/** BT-81 when no account is known: "instrument not defined", which promises no account (BR-61 binds only 30 and 58). */
export const UNDEFINED_MEANS_CODE = "1";

/** BT-82 of a transfer written without an account: the supplier's choice, in the portal's words. */
export const TRANSFER_MEANS_TEXT = "Virement";

export type PaymentMeans = { meansCode: string; meansText?: string; accounts?: { iban: string; bic?: string }[] };

/**
 * A transfer names the account it pays to (BT-84), as BR-61 wants of code 30. A new structure may have none yet: the
 * portal still sends the invoice (the buyer pays on the account it knows of the supplier), as code 1 with the text
 * « Virement », so the file promises no account it does not give. The other modes carry no account.
 */
export function paymentMeansOf(mode: PaymentMode, account: { iban?: string | null; bic?: string | null } | null | undefined): PaymentMeans {
  if (mode !== "VIREMENT") return { meansCode: MEANS_CODES[mode] };
  if (!account?.iban) return { meansCode: UNDEFINED_MEANS_CODE, meansText: TRANSFER_MEANS_TEXT };
  return { meansCode: MEANS_CODES.VIREMENT, accounts: [{ iban: account.iban, bic: account.bic ?? undefined }] };
}

/** « Virement » chosen while the structure has no active account: sent all the same, with a word on bank details. */
export function transferWithoutAccount(mode: PaymentMode | undefined, hasAccount: boolean): boolean {
  return mode === "VIREMENT" && !hasAccount;
}

/** What the supplier is told (on the form, and once sent) when its transfer names no account. */
export const NO_BANK_DETAILS_NOTICE =
  "Votre structure n'a pas encore de coordonnées bancaires : la facture peut être envoyée, et le destinataire la paiera sur le compte qu'il connaît de votre structure. Pour accélérer le paiement, un gestionnaire de la structure peut ajouter vos coordonnées bancaires dans Activités du gestionnaire > Coordonnées bancaires.";
