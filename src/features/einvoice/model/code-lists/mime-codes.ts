// The MIME types EN 16931 allows for an embedded attachment (BT-125-1; BR-CL-24). The schematron compares them
// exactly (no whitespace normalization, case sensitive).
export const ATTACHMENT_MIME_CODES: ReadonlySet<string> = new Set([
  "application/pdf",
  "image/png",
  "image/jpeg",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.spreadsheet",
]);
