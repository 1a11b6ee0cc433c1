"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { Espace, Role } from "@/generated/prisma/enums.ts";
import { ROLE_LABELS } from "@/features/structures/ui.ts";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { EspaceRightsTable } from "./espace-rights-table.tsx";

/** `espaces`: given (at least in consultation); `modification`: those also in modification. */
type Current = { role: Role; serviceIds: string[]; espaces: Espace[]; modification: Espace[] };

/**
 * "+ Rattacher un utilisateur" (with the login e-mail) and "Modifier" a user: role, services (none = all) and the
 * espaces, among those the structure opens. Only a gestionnaire principal may name another one.
 */
export function StructureUsersForm(props: {
  action: FormAction;
  services: { id: string; code: string; libelle: string }[];
  openEspaces: Espace[];
  canNamePrincipal: boolean;
  current?: Current;
}) {
  const { state, pending, onSubmit, errorOf } = useActionForm(props.action);
  const roles = (Object.keys(ROLE_LABELS) as Role[]).filter((role) => props.canNamePrincipal || role !== "GESTIONNAIRE_PRINCIPAL");
  const current = props.current ?? { role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: [], modification: [] };
  const espaceError = errorOf("espaces").stateRelatedMessage ?? errorOf("modification").stateRelatedMessage;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      {!props.current && (
        <Input
          label="Adresse électronique de connexion"
          hintText="L'utilisateur reçoit une invitation à cette adresse : il rejoint la structure, avec le rôle, les services et les espaces choisis ici, quand il l'accepte."
          {...errorOf("email")}
          nativeInputProps={{ name: "email", type: "email", autoComplete: "off" }}
        />
      )}
      <RadioButtons
        legend="Rôle"
        name="role"
        {...errorOf("role")}
        options={roles.map((role) => ({ label: ROLE_LABELS[role], nativeInputProps: { value: role, defaultChecked: current.role === role } }))}
      />
      <Checkbox
        legend="Services"
        hintText="Aucun service coché : l'utilisateur travaille pour tous les services."
        {...errorOf("serviceIds")}
        options={props.services.map((service) => ({
          label: `${service.code} - ${service.libelle}`,
          nativeInputProps: { name: "serviceIds", value: service.id, defaultChecked: current.serviceIds.includes(service.id) },
        }))}
      />
      <EspaceRightsTable caption="Espaces (« Modification » permet aussi la consultation ; les gestionnaires utilisent tous les espaces de la structure)" openEspaces={props.openEspaces} current={current} />
      {espaceError && <p className="fr-error-text">{espaceError}</p>}
      <Button type="submit" disabled={pending}>
        {props.current ? "Enregistrer" : "Envoyer l'invitation"}
      </Button>
    </form>
  );
}
