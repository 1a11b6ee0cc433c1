// The countries offered by the forms' "Pays" fields, France first (most users are French suppliers). Pure.

/** Countries offered by the forms, with their ISO 3166-1 alpha-2 code. */
export const COUNTRIES = [
  { code: "FR", name: "France" },
  { code: "DE", name: "Allemagne" },
  { code: "AT", name: "Autriche" },
  { code: "BE", name: "Belgique" },
  { code: "BG", name: "Bulgarie" },
  { code: "CY", name: "Chypre" },
  { code: "HR", name: "Croatie" },
  { code: "DK", name: "Danemark" },
  { code: "ES", name: "Espagne" },
  { code: "EE", name: "Estonie" },
  { code: "FI", name: "Finlande" },
  { code: "GR", name: "Grèce" },
  { code: "HU", name: "Hongrie" },
  { code: "IE", name: "Irlande" },
  { code: "IT", name: "Italie" },
  { code: "LV", name: "Lettonie" },
  { code: "LT", name: "Lituanie" },
  { code: "LU", name: "Luxembourg" },
  { code: "MT", name: "Malte" },
  { code: "NL", name: "Pays-Bas" },
  { code: "PL", name: "Pologne" },
  { code: "PT", name: "Portugal" },
  { code: "CZ", name: "République tchèque" },
  { code: "RO", name: "Roumanie" },
  { code: "SK", name: "Slovaquie" },
  { code: "SI", name: "Slovénie" },
  { code: "SE", name: "Suède" },
  { code: "AD", name: "Andorre" },
  { code: "CA", name: "Canada" },
  { code: "CN", name: "Chine" },
  { code: "US", name: "États-Unis" },
  { code: "IS", name: "Islande" },
  { code: "JP", name: "Japon" },
  { code: "LI", name: "Liechtenstein" },
  { code: "MA", name: "Maroc" },
  { code: "MC", name: "Monaco" },
  { code: "NO", name: "Norvège" },
  { code: "GB", name: "Royaume-Uni" },
  { code: "SN", name: "Sénégal" },
  { code: "CH", name: "Suisse" },
  { code: "TN", name: "Tunisie" },
  { code: "TR", name: "Turquie" },
] as const;


export type CountryName = (typeof COUNTRIES)[number]["name"];
export const COUNTRY_NAMES = COUNTRIES.map((country) => country.name) as [CountryName, ...CountryName[]];
export const DEFAULT_COUNTRY: CountryName = "France";

export const countryCode = (name: string) => COUNTRIES.find((country) => country.name === name)?.code;
