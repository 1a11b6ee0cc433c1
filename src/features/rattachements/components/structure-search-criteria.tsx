import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { IdentifierType } from "@/generated/prisma/enums.ts";
import { COUNTRIES } from "@/lib/countries.ts";
import { IDENTIFIER_TYPE_LABELS } from "@/features/structures/ui.ts";
import type { StructureSearch } from "../schemas/rattachement.ts";

const TEXT_CRITERIA = [
  ["raisonSociale", "Raison sociale"],
  ["identifiant", "Identifiant"],
  ["libelle", "Libellé de la structure"],
  ["nom", "Nom"],
  ["codePostal", "Code postal"],
  ["ville", "Ville"],
] as const;

/**
 * "Critères de recherche": a GET form, so that the criteria stay in the URL for the pages, the sort and the export.
 * "Nom" and "Prénom" are those of a gestionnaire of the structure; "*" stands for any characters.
 */
export function StructureSearchCriteria({ search, action }: { search: StructureSearch; action: string }) {
  return (
    <form method="get" action={action} aria-labelledby="titre-criteres">
      <h2 id="titre-criteres" className="fr-h5">
        Critères de recherche
      </h2>
      <input type="hidden" name="recherche" value="1" />
      <div className="fr-grid-row fr-grid-row--gutters">
        {TEXT_CRITERIA.map(([name, label]) => (
          <div className="fr-col-12 fr-col-md-6" key={name}>
            <Input label={label} nativeInputProps={{ name, defaultValue: search[name] }} />
          </div>
        ))}
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Type" nativeSelectProps={{ name: "type", defaultValue: search.type ?? "" }}>
            <option value="">Tous</option>
            <option value="PRIVEE">Privée</option>
            <option value="PUBLIQUE">Publique</option>
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Type d'identifiant" nativeSelectProps={{ name: "typeIdentifiant", defaultValue: search.typeIdentifiant ?? "" }}>
            <option value="">Tous</option>
            {Object.values(IdentifierType).map((type) => (
              <option key={type} value={type}>
                {IDENTIFIER_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Statut" nativeSelectProps={{ name: "statut", defaultValue: search.statut ?? "" }}>
            <option value="">Tous</option>
            <option value="ACTIF">Actif</option>
            <option value="INACTIF">Inactif</option>
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Input label="Prénom" nativeInputProps={{ name: "prenom", defaultValue: search.prenom }} />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Select label="Pays" nativeSelectProps={{ name: "pays", defaultValue: search.pays }}>
            <option value="">Tous</option>
            {COUNTRIES.map((country) => (
              <option key={country.code} value={country.name}>
                {country.name}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <input type="hidden" name="lignes" value={search.lignes} />
      <Button type="submit" iconId="fr-icon-search-line" iconPosition="left" className="fr-mt-2w">
        Rechercher
      </Button>
    </form>
  );
}
