// "Devise de la facture": the ISO 4217 currencies offered by the form, with their French names. Euro first (default).

export const CURRENCIES = [
  { code: "EUR", name: "Euro européen" },
  { code: "USD", name: "Dollar des États-Unis" },
  { code: "GBP", name: "Livre sterling" },
  { code: "CHF", name: "Franc suisse" },
  { code: "JPY", name: "Yen japonais" },
  { code: "CAD", name: "Dollar canadien" },
  { code: "AUD", name: "Dollar australien" },
  { code: "CNY", name: "Yuan renminbi chinois" },
  { code: "SEK", name: "Couronne suédoise" },
  { code: "DKK", name: "Couronne danoise" },
  { code: "NOK", name: "Couronne norvégienne" },
  { code: "PLN", name: "Zloty polonais" },
  { code: "CZK", name: "Couronne tchèque" },
  { code: "HUF", name: "Forint hongrois" },
  { code: "RON", name: "Leu roumain" },
  { code: "XPF", name: "Franc CFP" },
  { code: "XOF", name: "Franc CFA (UEMOA)" },
  { code: "XAF", name: "Franc CFA (CEMAC)" },
  { code: "MAD", name: "Dirham marocain" },
  { code: "TND", name: "Dinar tunisien" },
] as const;

export type CurrencyCode = (typeof CURRENCIES)[number]["code"];
export const CURRENCY_CODES = CURRENCIES.map((currency) => currency.code) as [CurrencyCode, ...CurrencyCode[]];
export const DEFAULT_CURRENCY: CurrencyCode = "EUR";
