// "Unité" of an invoice line: one of the UN/ECE Recommendation 20 units (EN 16931 BT-130) einvoice labels. Pure.
import { UNITS, type UnitCode } from "@/features/einvoice/ui.ts";

export { UNITS, unitLabel, type UnitCode } from "@/features/einvoice/ui.ts";
export const UNIT_CODES = UNITS.map((unit) => unit.code) as [UnitCode, ...UnitCode[]];
