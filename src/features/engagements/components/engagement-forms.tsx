"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { createEngagementAction, importEngagementsAction, setEngagementRequirementAction } from "../actions.ts";
import { ENGAGEMENT_CSV_COLUMNS } from "../rules/engagement-csv.ts";
import { ENGAGEMENT_IMPORT_MAX_ROWS } from "../schemas.ts";

type Service = { code: string; libelle: string };

/** « Créer un engagement » for the chosen structure; its format hint under the numéro. */
export function CreateEngagementForm({ structureId, services, formatLabel }: { structureId: string; services: Service[]; formatLabel: string }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(createEngagementAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Créer un engagement">
      <FormAlert state={state} />
      <input type="hidden" name="structureId" value={structureId} />
      <Input label="Numéro d'engagement *" hintText={`Format : ${formatLabel}`} {...errorOf("number")} nativeInputProps={{ name: "number", autoComplete: "off" }} />
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="engagement-service">
          Service
        </label>
        <select className="fr-select" id="engagement-service" name="serviceCode" defaultValue="">
          <option value="">Tous les services</option>
          {services.map((service) => (
            <option key={service.code} value={service.code}>
              {service.libelle} ({service.code})
            </option>
          ))}
        </select>
        {errorOf("serviceCode").stateRelatedMessage ? <p className="fr-error-text">{errorOf("serviceCode").stateRelatedMessage}</p> : null}
      </div>
      <Input label="SIRET fournisseur *" hintText="Le SIRET (ou l'identifiant) de la structure du fournisseur" {...errorOf("supplierIdentifier")} nativeInputProps={{ name: "supplierIdentifier", autoComplete: "off" }} />
      <Input label="Montant (€) *" hintText="Par exemple 1500,00" {...errorOf("amount")} nativeInputProps={{ name: "amount", inputMode: "decimal", autoComplete: "off" }} />
      <Input label="Date de début *" {...errorOf("startDate")} nativeInputProps={{ name: "startDate", type: "date" }} />
      <Input label="Date de fin" {...errorOf("endDate")} nativeInputProps={{ name: "endDate", type: "date" }} />
      <Button type="submit" disabled={pending}>
        Créer l&apos;engagement
      </Button>
    </form>
  );
}

/** « Importer des engagements »: a CSV file, all its rows or none; the refused rows listed by line. */
export function ImportEngagementsForm({ structureId }: { structureId: string }) {
  const { state, pending, onSubmit } = useActionForm(importEngagementsAction);
  const fileError = "fieldErrors" in state ? state.fieldErrors?.file?.[0] : undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Importer des engagements">
      {state.ok ? <FormAlert state={state} /> : null}
      <input type="hidden" name="structureId" value={structureId} />
      <Upload
        label="Fichier CSV des engagements"
        hint={`Séparateur « ; », au plus ${ENGAGEMENT_IMPORT_MAX_ROWS} lignes. Colonnes : ${ENGAGEMENT_CSV_COLUMNS.join(" ; ")}. Dates au format JJ/MM/AAAA.`}
        state={fileError || (!state.ok && state.message) ? "error" : "default"}
        stateRelatedMessage={<span style={{ whiteSpace: "pre-line" }}>{fileError ?? state.message}</span>}
        nativeInputProps={{ name: "file", accept: ".csv,text/csv" }}
      />
      <Button type="submit" className="fr-mt-2w" disabled={pending}>
        Importer
      </Button>
    </form>
  );
}

/** « Exiger un engagement existant » for the structure's invoices. */
export function EngagementRequirementForm({ structureId, required, mayModify }: { structureId: string; required: boolean; mayModify: boolean }) {
  const { state, pending, onSubmit } = useActionForm(setEngagementRequirementAction);
  return (
    <form onSubmit={onSubmit} aria-label="Exigence d'engagement">
      <FormAlert state={state} />
      <input type="hidden" name="structureId" value={structureId} />
      <Checkbox
        options={[
          {
            label: "Exiger un engagement existant",
            hintText: "Une facture doit citer un engagement ouvert de son fournisseur ; sinon elle lui revient « À recycler » avec le motif.",
            nativeInputProps: { name: "required", defaultChecked: required, disabled: !mayModify },
          },
        ]}
      />
      {mayModify ? (
        <Button type="submit" priority="secondary" disabled={pending}>
          Enregistrer l&apos;exigence
        </Button>
      ) : null}
    </form>
  );
}
