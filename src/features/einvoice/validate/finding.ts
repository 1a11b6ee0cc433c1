// One broken rule of EN 16931 (or of its UBL/CII syntax binding): its id as the standard names it, a French
// message, and where (the business term, e.g. "BT-1", or "BG-25[3]/BT-131" for the third line).
export type FindingSeverity = "fatal" | "warning";

export type Finding = {
  rule: string; // "BR-01", "BR-CO-10", "BR-S-08", "BR-DEC-23", "UBL-SR-12", "BR-CL-23"…
  severity: FindingSeverity;
  message: string;
  location: string;
};
