"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { useActionState } from "react";
import type { Espace } from "@/generated/prisma/enums.ts";
import { initialActionState, type ActionState } from "@/lib/action-state.ts";
import { ESPACE_LABELS, ROLE_LABELS } from "@/features/structures/ui.ts";
import { acceptRattachementAction, refuseRattachementAction } from "../actions.ts";

/** The first error of a field, including those of its list items ("serviceIds.0"). */
function fieldError(state: ActionState, name: string): string | undefined {
  const entry = Object.entries(state.fieldErrors ?? {}).find(([key]) => key === name || key.startsWith(`${name}.`));
  return entry?.[1]?.[0];
}

const errorProps = (message: string | undefined) => ({ state: message ? ("error" as const) : ("default" as const), stateRelatedMessage: message });

type Props = { rattachementId: string; services: { id: string; code: string; libelle: string }[]; espaces: Espace[] };

/** "Accepter" with the role, services and espaces of the new user, or "Refuser" with a motif. */
export function RattachementDecisionForms({ rattachementId, services, espaces }: Props) {
  const [accepted, accept, accepting] = useActionState(acceptRattachementAction, initialActionState);
  const [refused, refuse, refusing] = useActionState(refuseRattachementAction, initialActionState);
  const espaceError = fieldError(accepted, "consultation") ?? fieldError(accepted, "modification");
  return (
    <>
      <form action={accept} aria-labelledby="titre-accepter" className="fr-mb-6w">
        <h2 id="titre-accepter" className="fr-h5">
          Accepter la demande
        </h2>
        {accepted.message && <Alert className="fr-mb-2w" severity="error" small description={accepted.message} />}
        <input type="hidden" name="rattachementId" value={rattachementId} />
        <RadioButtons
          legend="Rôle"
          name="role"
          {...errorProps(fieldError(accepted, "role"))}
          options={(["GESTIONNAIRE_SECONDAIRE", "UTILISATEUR_SIMPLE"] as const).map((role) => ({
            label: ROLE_LABELS[role],
            nativeInputProps: { value: role, defaultChecked: role === "UTILISATEUR_SIMPLE" },
          }))}
        />
        <Checkbox
          legend="Services"
          hintText="Aucun service coché : Tous les services."
          {...errorProps(fieldError(accepted, "serviceIds"))}
          options={services.map((service) => ({
            label: `${service.code} - ${service.libelle}`,
            nativeInputProps: { name: "serviceIds", value: service.id },
          }))}
        />
        <Table
          caption="Espaces (les gestionnaires ont accès à tous les espaces de la structure)"
          headers={["Espace", "Consultation", "Modification"]}
          data={espaces.map((espace) => [
            ESPACE_LABELS[espace],
            ...(["consultation", "modification"] as const).map((right) => (
              <div className="fr-checkbox-group fr-checkbox-group--sm" key={right}>
                <input type="checkbox" id={`${right}-${espace}`} name={right} value={espace} />
                <label className="fr-label" htmlFor={`${right}-${espace}`}>
                  <span className="fr-sr-only">
                    {right === "consultation" ? "Consultation" : "Modification"} : {ESPACE_LABELS[espace]}
                  </span>
                </label>
              </div>
            )),
          ])}
        />
        {espaceError && <p className="fr-error-text">{espaceError}</p>}
        <Button type="submit" disabled={accepting}>
          Accepter
        </Button>
      </form>
      <form action={refuse} aria-labelledby="titre-refuser">
        <h2 id="titre-refuser" className="fr-h5">
          Refuser la demande
        </h2>
        {refused.message && <Alert className="fr-mb-2w" severity="error" small description={refused.message} />}
        <input type="hidden" name="rattachementId" value={rattachementId} />
        <Input label="Motif du refus" textArea {...errorProps(fieldError(refused, "motif"))} nativeTextAreaProps={{ name: "motif", rows: 3 }} />
        <Button type="submit" priority="secondary" disabled={refusing}>
          Refuser
        </Button>
      </form>
    </>
  );
}
