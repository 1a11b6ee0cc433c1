"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState, useState } from "react";
import { initialActionState } from "@/lib/action-state.ts";
import { subscribeMandateAction } from "../actions.ts";

export function SubscribeMandateForm({ structureId, defaultLibelle, cancelHref }: { structureId: string; defaultLibelle: string; cancelHref: string }) {
  const [state, action, pending] = useActionState(subscribeMandateAction, initialActionState);
  // Controlled, so that what was typed survives a refused submission.
  const [libelle, setLibelle] = useState(defaultLibelle);
  const error = state.fieldErrors?.libelle?.[0];
  return (
    <form action={action} noValidate>
      {state.message && !error && <Alert className="fr-mb-3w" severity="error" small description={state.message} />}
      <input type="hidden" name="structureId" value={structureId} />
      <Input
        label="Libellé du mandat"
        hintText="Par défaut : MANDAT suivi de la raison sociale de la structure."
        state={error ? "error" : "default"}
        stateRelatedMessage={error}
        nativeInputProps={{ name: "libelle", value: libelle, onChange: (e) => setLibelle(e.target.value), maxLength: 100, required: true }}
      />
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending}>
            Souscrire le mandat
          </Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ href: cancelHref }}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
