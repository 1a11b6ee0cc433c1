import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { yesNo } from "../rules/invoicing-parameters.ts";
import type { PublicStructure } from "../use-cases/get-public-structure.ts";

/** A public structure's page in the directory: address, invoicing parameters, services (the page reads it with getPublicStructure). */
export function PublicStructureDetail({ structure, backHref }: { structure: PublicStructure; backHref: string }) {
  return (
    <>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={backHref}>
        Retour à la recherche
      </Link>
      <h1 className="fr-mt-2w">{structure.raisonSociale}</h1>
      <p>
        Siret / Identifiant : <strong>{structure.identifier}</strong>
      </p>

      <section aria-labelledby="titre-adresse">
        <h2 id="titre-adresse" className="fr-h5">
          Adresse
        </h2>
        <address>
          {[structure.adresse, structure.complementAdresse1, structure.complementAdresse2, `${structure.codePostal} ${structure.ville}`, structure.pays]
            .filter(Boolean)
            .map((line) => (
              <span key={line} style={{ display: "block" }}>
                {line}
              </span>
            ))}
        </address>
      </section>

      <section aria-labelledby="titre-parametres" className="fr-mt-4w">
        <h2 id="titre-parametres" className="fr-h5">
          Paramètres de facturation
        </h2>
        <ul>
          <li>Engagement obligatoire : {yesNo(structure.engagementObligatoire)}</li>
          <li>Code service obligatoire : {yesNo(structure.serviceObligatoire)}</li>
          {structure.engagementFormatLabel && <li>Format du numéro d&apos;engagement : {structure.engagementFormatLabel}</li>}
        </ul>
      </section>

      <section aria-labelledby="titre-services" className="fr-mt-4w">
        <h2 id="titre-services" className="fr-h5">
          Services
        </h2>
        {structure.services.length === 0 ? (
          <p>Cette structure n&apos;a déclaré aucun service.</p>
        ) : (
          <Table
            caption={`Services de ${structure.raisonSociale}`}
            noCaption
            headers={["Code", "Libellé", "Engagement obligatoire"]}
            data={structure.services.map((service) => [service.code, service.libelle, yesNo(service.engagementObligatoire)])}
          />
        )}
      </section>
    </>
  );
}
