import { Button } from "@codegouvfr/react-dsfr/Button";
import type { Profile } from "../use-cases/get-profile.ts";

/** Mon compte > Informations générales, with the ways to change them. */
export function ProfileSection({ profile: { loginEmail, values } }: { profile: Profile }) {
  const address = [values.adresse, values.complementAdresse1, values.complementAdresse2, `${values.codePostal} ${values.ville}`, values.pays].filter(Boolean);
  return (
    <section aria-labelledby="titre-informations" className="fr-mb-6w">
      <h2 id="titre-informations" className="fr-h4">
        Informations générales
      </h2>
      <dl>
        <dt className="fr-text--bold">Adresse électronique de connexion</dt>
        <dd>{loginEmail}</dd>
        <dt className="fr-text--bold">Adresse électronique de contact</dt>
        <dd>{values.contactEmail || loginEmail}</dd>
        <dt className="fr-text--bold">Nom</dt>
        <dd>{values.nom}</dd>
        <dt className="fr-text--bold">Prénom</dt>
        <dd>{values.prenom}</dd>
        <dt className="fr-text--bold">Adresse postale</dt>
        <dd>{address.join(", ")}</dd>
        {values.telephone && (
          <>
            <dt className="fr-text--bold">Téléphone</dt>
            <dd>{values.telephone}</dd>
          </>
        )}
        {values.fax && (
          <>
            <dt className="fr-text--bold">Fax</dt>
            <dd>{values.fax}</dd>
          </>
        )}
      </dl>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button priority="secondary" linkProps={{ href: "/mon-compte/profil" }}>
            Modifier mes informations
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: "/mon-compte/mot-de-passe" }}>
            Modifier mon mot de passe
          </Button>
        </li>
      </ul>
    </section>
  );
}
