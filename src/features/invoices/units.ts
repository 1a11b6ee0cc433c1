// "Unité" of an invoice line, with its UN/ECE Recommendation 20 code (EN 16931 BT-130). Pure.

export const UNITS = [
  { code: "C62", label: "Unité" },
  { code: "KGM", label: "Kilo" },
  { code: "GRM", label: "Gramme" },
  { code: "TNE", label: "Tonne" },
  { code: "LTR", label: "Litre" },
  { code: "MTQ", label: "Mètre cube" },
  { code: "MTR", label: "Mètre" },
  { code: "KMT", label: "Kilomètre" },
  { code: "MTK", label: "Mètre carré" },
  { code: "HUR", label: "Heure" },
  { code: "DAY", label: "Jour" },
  { code: "WEE", label: "Semaine" },
  { code: "MON", label: "Mois" },
  { code: "ANN", label: "Année" },
  { code: "LS", label: "Forfait" },
  { code: "KWH", label: "Kilowattheure" },
  { code: "SET", label: "Lot" },
] as const;

export type UnitCode = (typeof UNITS)[number]["code"];
export const UNIT_CODES = UNITS.map((unit) => unit.code) as [UnitCode, ...UnitCode[]];
export const unitLabel = (code: string) => UNITS.find((unit) => unit.code === code)?.label ?? code;
