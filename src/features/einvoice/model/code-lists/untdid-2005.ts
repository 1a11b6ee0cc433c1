// UNTDID 2005 (date/time/period function codes), restricted by EN 16931 for the VAT point date code (BT-8, BR-CL-06):
// 3 invoice document issue date time (VAT on debits), 35 delivery date, 432 paid to date (VAT on receipts). (CII
// writes the same three as UNTDID 2475 codes 5, 29, 72: its reader maps them to these.)
import { codeSet } from "./code-set.ts";

export const VAT_POINT_DATE_CODES = codeSet(`3 35 432`);
