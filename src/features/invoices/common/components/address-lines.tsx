type Address = {
  adresse: string;
  complementAdresse1: string | null;
  complementAdresse2: string | null;
  codePostal: string;
  ville: string;
  pays?: string;
};

/** A structure's postal address, one item per line, as the portal shows it under "Adresse". */
export function AddressLines({ address, withCountry = false }: { address: Address; withCountry?: boolean }) {
  const lines = [address.adresse, address.complementAdresse1, address.complementAdresse2, address.codePostal, address.ville, withCountry ? address.pays : null];
  return (
    <address style={{ fontStyle: "normal" }}>
      {lines
        .filter((line): line is string => Boolean(line))
        .map((line, index) => (
          <span key={index} style={{ display: "block" }}>
            {line}
          </span>
        ))}
    </address>
  );
}

/** One "Libellé : valeur" row of a read-only block. */
export function ReadOnlyField({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="fr-grid-row fr-mb-1w">
      <dt className="fr-col-12 fr-col-md-4 fr-text--bold">{label} :</dt>
      <dd className="fr-col-12 fr-col-md-8 fr-m-0">{children}</dd>
    </div>
  );
}
