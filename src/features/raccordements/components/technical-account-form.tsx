"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { Espace } from "@/generated/prisma/enums.ts";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { EspaceRightsTable, type EspaceRightsChoice } from "@/features/rattachements/ui.ts";

/**
 * "+ Créer un compte technique" (with its name) and "Modifier les droits": the espaces its applications reach, among
 * those the structure opens, with a user's rights (consultation, modification).
 */
export function TechnicalAccountForm(props: { action: FormAction; openEspaces: Espace[]; current?: EspaceRightsChoice }) {
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
      <EspaceRightsTable caption="Espaces et droits du compte technique (« Modification » permet aussi la consultation)" openEspaces={props.openEspaces} current={current} />
      {espaceError && <p className="fr-error-text">{espaceError}</p>}
      <Button type="submit" disabled={pending}>
        {props.current ? "Enregistrer les droits" : "Créer le compte technique"}
      </Button>
    </form>
  );
}
