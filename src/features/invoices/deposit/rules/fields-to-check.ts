// A PDF deposited without structured data is read from its text: what was guessed is shown "À vérifier" on the
// form's fields, until the user saves or sends the invoice. Pure.

/** The reader's paths (ReadResult.guessedFields) → the form's field names (invoice-schema.ts); "totals": the amounts. */
const FORM_FIELD_OF: Record<string, string> = {
  number: "invoiceNumber",
  issueDate: "invoiceDate",
  typeCode: "type",
  currency: "currency",
  contractReference: "marketNumber",
  purchaseOrderReference: "engagementNumber",
  buyerReference: "recipientServiceId",
  "seller.legalId.id": "supplierStructureId",
  "buyer.legalId.id": "recipientStructureId",
  "payment.meansCode": "paymentMode",
  lines: "lines",
};

/** The form fields to check, each once, in the order guessed; paths the form has no field for are left out. */
export function fieldsToCheckOf(guessedFields: readonly string[] | undefined): string[] {
  const fields = (guessedFields ?? []).flatMap((path) => {
    if (path.startsWith("totals.")) return ["totals"];
    if (path.startsWith("lines")) return ["lines"];
    return FORM_FIELD_OF[path] ? [FORM_FIELD_OF[path]] : [];
  });
  return [...new Set(fields)];
}
