// einvoice's entry for React code (client components included): only the pure display rules, nothing that loads
// pdf-lib, fonts or node: modules. Server code and other areas' rules use index.ts.
export { UNITS, unitLabel, type UnitCode } from "./model/code-lists/unit-labels.ts";
export { formatAmount } from "./write/format-amount.ts";
