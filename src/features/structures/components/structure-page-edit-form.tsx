"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { Structure } from "@/generated/prisma/client.ts";
import { ENGAGEMENT_CHARSET_LABELS, ENGAGEMENT_CHARSETS, ENGAGEMENT_MAX_LENGTH, ENGAGEMENT_PREFIX_MAX_LENGTH } from "@/features/directory/ui.ts";
import { RECEPTION_FORMAT_LABELS, STRUCTURE_STATUS_LABELS } from "../rules/labels.ts";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";

/** "Modifier la structure": the creation form's fields, but the identifier and its type stay as they are. */
export function StructurePageEditForm({ structure, identifierTypeLabel, action }: { structure: Structure; identifierTypeLabel: string; action: FormAction }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(action);
  const text = (name: keyof Structure, label: string, type = "text") => (
    <Input label={label} {...errorOf(name)} nativeInputProps={{ name, type, defaultValue: (structure[name] as string | null) ?? "" }} />
  );
  const flag = (name: keyof Structure, label: string) => ({ label, nativeInputProps: { name, defaultChecked: structure[name] as boolean } });

  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-h5">Informations générales</legend>
        <div className="fr-fieldset__content fr-col-12">
          <p>
            Type identifiant : <strong>{identifierTypeLabel}</strong> — Identifiant : <strong>{structure.identifier}</strong>
          </p>
          {text("raisonSociale", "Raison sociale")}
          {text("libelle", "Libellé de la structure")}
          {text("email", "Adresse électronique", "email")}
          <Select label="Statut" {...errorOf("status")} nativeSelectProps={{ name: "status", defaultValue: structure.status }}>
            {Object.entries(STRUCTURE_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
          <Checkbox
            legend="Options de la structure"
            options={[
              flag("recevoirCyclesVieEdi", "Recevoir les cycles de vies en EDI"),
              flag("emetteurEdi", "Est émetteur de flux EDI"),
              flag("centreGestionAgricole", "La structure est un centre de gestion agricole"),
              flag("raccordementActif", "Demande de raccordement active"),
            ]}
          />
        </div>
      </fieldset>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-h5">Adresse postale du siège</legend>
        <div className="fr-fieldset__content fr-col-12">
          {text("adresse", "Adresse")}
          {text("complementAdresse1", "Complément adresse 1")}
          {text("complementAdresse2", "Complément adresse 2")}
          {text("codePostal", "Code postal")}
          {text("ville", "Ville")}
          {text("pays", "Pays")}
          {text("telephone", "Téléphone", "tel")}
          {text("fax", "Fax", "tel")}
        </div>
      </fieldset>
      {structure.kind === "PUBLIQUE" && (
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h5">Paramètres de facturation</legend>
          <div className="fr-fieldset__content fr-col-12">
            <Checkbox
              legend="Obligations des fournisseurs"
              options={[flag("engagementObligatoire", "Engagement obligatoire"), flag("serviceObligatoire", "Code service obligatoire")]}
            />
            <Select
              label="Format du numéro d'engagement : caractères autorisés"
              hint="« Libre » accepte tout numéro. Les fournisseurs lisent le format déduit, par exemple « 5 ou 6 chiffres »."
              {...errorOf("engagementCharset")}
              nativeSelectProps={{ name: "engagementCharset", defaultValue: structure.engagementCharset ?? "" }}
            >
              <option value="">Libre</option>
              {ENGAGEMENT_CHARSETS.map((charset) => (
                <option key={charset} value={charset}>
                  {ENGAGEMENT_CHARSET_LABELS[charset]}
                </option>
              ))}
            </Select>
            <Input
              label="Préfixe fixe (facultatif)"
              hintText="Début imposé du numéro, par exemple EJ ; les longueurs comptent les caractères qui le suivent."
              {...errorOf("engagementPrefix")}
              nativeInputProps={{ name: "engagementPrefix", defaultValue: structure.engagementPrefix ?? "", maxLength: ENGAGEMENT_PREFIX_MAX_LENGTH }}
            />
            <Input
              label="Nombre minimal de caractères (facultatif)"
              {...errorOf("engagementMinLength")}
              nativeInputProps={{ name: "engagementMinLength", type: "number", min: 1, max: ENGAGEMENT_MAX_LENGTH, inputMode: "numeric", defaultValue: structure.engagementMinLength ?? "" }}
            />
            <Input
              label="Nombre maximal de caractères (facultatif)"
              {...errorOf("engagementMaxLength")}
              nativeInputProps={{ name: "engagementMaxLength", type: "number", min: 1, max: ENGAGEMENT_MAX_LENGTH, inputMode: "numeric", defaultValue: structure.engagementMaxLength ?? "" }}
            />
            <Select
              label="Format de réception des factures"
              hint="Le fichier de chaque facture reçue, sur sa page, dans les téléchargements ZIP et par l'API ; les pièces jointes restent telles quelles."
              {...errorOf("receptionFormat")}
              nativeSelectProps={{ name: "receptionFormat", defaultValue: structure.receptionFormat }}
            >
              {Object.entries(RECEPTION_FORMAT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </div>
        </fieldset>
      )}
      <Button type="submit" disabled={pending}>
        Enregistrer
      </Button>
    </form>
  );
}
