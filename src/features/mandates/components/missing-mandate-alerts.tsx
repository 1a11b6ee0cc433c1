import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { missingMandateMessage } from "../rules/mandate-rules.ts";

type BlockedStructure = { id: string; raisonSociale: string; isGestionnaire: boolean };

/** Why invoices cannot be entered or deposited: one alert per structure without an Actif mandate, with the way to get one. */
export function MissingMandateAlerts({ blocked, title }: { blocked: BlockedStructure[]; title: string }) {
  return blocked.map((structure) => (
    <Alert
      key={structure.id}
      className="fr-mb-3w"
      severity="error"
      title={title}
      description={
        <>
          <p>{missingMandateMessage(structure.raisonSociale)}</p>
          {structure.isGestionnaire && (
            <p className="fr-mt-1w">
              <Link className="fr-link" href={`/activites-gestionnaire/structures/${structure.id}/mandats/souscrire`}>
                Souscrire un mandat de facturation pour « {structure.raisonSociale} »
              </Link>
            </p>
          )}
        </>
      }
    />
  ));
}
