// The postal address block shared by accounts and structures (Adresse … Fax), as the database stores it:
// an optional field left empty is null.

export type PostalAddressInput = {
  adresse: string;
  complementAdresse1: string;
  complementAdresse2: string;
  codePostal: string;
  ville: string;
  pays: string;
  telephone: string;
  fax: string;
};

export const emptyToNull = (value: string) => (value === "" ? null : value);

export function postalAddressData(input: PostalAddressInput) {
  return {
    adresse: input.adresse,
    complementAdresse1: emptyToNull(input.complementAdresse1),
    complementAdresse2: emptyToNull(input.complementAdresse2),
    codePostal: input.codePostal,
    ville: input.ville,
    pays: input.pays,
    telephone: emptyToNull(input.telephone),
    fax: emptyToNull(input.fax),
  };
}

/** The address block as a select (of a structure, an invoice's party): every screen and document that shows it reads these. */
export const postalAddressSelect = {
  adresse: true,
  complementAdresse1: true,
  complementAdresse2: true,
  codePostal: true,
  ville: true,
  pays: true,
} as const;
