// UNTDID 5189 (allowance reason codes), restricted by EN 16931 (BT-98, BT-140; BR-CL-19). Transcribed from the CEN/TC
// 434 code-list schematron (EN16931-CII-codes.sch / EN16931-UBL-codes.sch).
import { codeSet } from "./code-set.ts";

export const ALLOWANCE_REASON_CODES = codeSet(`
  41 42 60 62 63 64 65 66 67 68 70 71 88 95 100 102 103 104 105
`);
