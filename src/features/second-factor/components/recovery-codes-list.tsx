/** The ten recovery codes, shown once (after the first setup, or when regenerated). */
export function RecoveryCodesList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="titre-codes-secours" className="fr-mb-4w">
      <h2 id="titre-codes-secours" className="fr-h5">
        Vos codes de secours
      </h2>
      <p>
        Conservez ces codes en lieu sûr (imprimés ou dans un gestionnaire de mots de passe) : chacun permet une connexion si
        vous n&apos;avez plus votre application ni votre clé, une seule fois. Ils ne seront plus affichés.
      </p>
      <ol aria-label="Codes de secours" style={{ fontFamily: "monospace", fontSize: "1.125rem", columns: 2 }}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </section>
  );
}
