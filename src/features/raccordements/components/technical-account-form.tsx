"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Table } from "@codegouvfr/react-dsfr/Table";
import type { Espace } from "@/generated/prisma/enums.ts";
import { ESPACE_LABELS } from "@/features/structures/ui.ts";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";

/** `espaces`: given (at least in consultation); `modification`: those also in modification. */
type Current = { espaces: Espace[]; modification: Espace[] };

/**
 * "+ Créer un compte technique" (with its name) and "Modifier les droits": the espaces its applications reach, among
 * those the structure opens, with a user's rights (consultation, modification).
 */
export function TechnicalAccountForm(props: { action: FormAction; openEspaces: Espace[]; current?: Current }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(props.action);
  const current = props.current ?? { espaces: [], modification: [] };
  const espaceError = errorOf("espaces").stateRelatedMessage ?? errorOf("modification").stateRelatedMessage;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {!props.current && (
        <Input
          label="Nom du compte technique"
          hintText="Par exemple le logiciel qui l'utilise : « ERP comptabilité »."
          {...errorOf("nom")}
          nativeInputProps={{ name: "nom", autoComplete: "off", maxLength: 100 }}
        />
      )}
      <Table
        caption="Espaces et droits du compte technique (« Modification » permet aussi la consultation)"
        headers={["Espace", "Consultation", "Modification"]}
        data={props.openEspaces.map((espace) => [
          ESPACE_LABELS[espace],
          ...(["espaces", "modification"] as const).map((name) => (
            <div className="fr-checkbox-group fr-checkbox-group--sm" key={name}>
              <input
                type="checkbox"
                id={`${name}-${espace}`}
                name={name}
                value={espace}
                defaultChecked={name === "espaces" ? current.espaces.includes(espace) || current.modification.includes(espace) : current.modification.includes(espace)}
              />
              <label className="fr-label" htmlFor={`${name}-${espace}`}>
                <span className="fr-sr-only">
                  {name === "espaces" ? "Consultation" : "Modification"} : {ESPACE_LABELS[espace]}
                </span>
              </label>
            </div>
          )),
        ])}
      />
      {espaceError && <p className="fr-error-text">{espaceError}</p>}
      <Button type="submit" disabled={pending}>
        {props.current ? "Enregistrer les droits" : "Créer le compte technique"}
      </Button>
    </form>
  );
}
