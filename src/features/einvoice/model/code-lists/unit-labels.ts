// The UN/ECE Recommendation 20 units (BT-130) the portal offers, with their French labels: the "Unité" of the
// invoice form, and the unit column of the Factur-X PDF.

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

/** The unit's French label; a code the portal does not offer (read from a deposited file) shows as itself. */
export const unitLabel = (code: string) => UNITS.find((unit) => unit.code === code)?.label ?? code;
