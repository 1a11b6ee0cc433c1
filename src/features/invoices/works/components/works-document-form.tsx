"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useState } from "react";
import { useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";
import { submitWorksDocumentAction } from "../actions.ts";
import { goesThroughMoe, namesTitulaire as cadreNamesTitulaire, WORKS_CADRE_LABELS, WORKS_CADRES, type WorksCadreCode } from "../rules/works-cadres.ts";
import { WORKS_VAT_RATES } from "../schemas.ts";
import { WorksPartyField } from "./works-party-field.tsx";

export type WorksSupplierChoice = { id: string; raisonSociale: string; identifier: string };

/**
 * « Saisir un document » of « Factures de travaux »: the cadre (who deposits what), the parties named by their SIRET,
 * the marché, and the amounts of the statement. The cumul of the previous statements is the platform's: it carries the
 * amount admitted on the marché's last statement, so it is not typed here. The document's file is optional: deposited,
 * it is the legal document (a Factur-X must have the amounts typed); without it the portal writes the Factur-X.
 */
export function WorksDocumentForm({ suppliers, today }: { suppliers: WorksSupplierChoice[]; today: string }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(submitWorksDocumentAction);
  const [cadre, setCadre] = useState<WorksCadreCode>("A4");
  const throughMoe = goesThroughMoe(cadre);
  const namesTitulaire = cadreNamesTitulaire(cadre);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Saisir un document de travaux">
      <FormAlert state={state} />
      <fieldset className="fr-fieldset" aria-labelledby="titre-cadre">
        <legend id="titre-cadre" className="fr-fieldset__legend fr-h5">
          Cadre de facturation
        </legend>
        <div className="fr-fieldset__content" style={{ width: "100%" }}>
          <Select label="Fournisseur *" {...errorOf("supplierStructureId")} nativeSelectProps={{ name: "supplierStructureId", defaultValue: suppliers[0]?.id }}>
            {suppliers.map((supplier) => (
              <option key={supplier.id} value={supplier.id}>
                {supplier.raisonSociale} ({supplier.identifier})
              </option>
            ))}
          </Select>
          <Select
            label="Cadre de facturation *"
            hint="Il dit le document déposé et qui le dépose ; un projet de décompte passe par la maîtrise d'œuvre avant le maître d'ouvrage."
            {...errorOf("cadre")}
            nativeSelectProps={{ name: "cadre", value: cadre, onChange: (event) => setCadre(event.target.value as WorksCadreCode) }}
          >
            {WORKS_CADRES.map((code) => (
              <option key={code} value={code}>
                {WORKS_CADRE_LABELS[code]}
              </option>
            ))}
          </Select>
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="titre-acteurs">
        <legend id="titre-acteurs" className="fr-fieldset__legend fr-h5">
          Acteurs du marché
        </legend>
        <div className="fr-fieldset__content" style={{ width: "100%" }}>
          {throughMoe && (
            <WorksPartyField
              of="de la maîtrise d'œuvre"
              name="moeStructureId"
              hint="La maîtrise d'œuvre vérifie le document dans les 7 jours et le transmet au maître d'ouvrage."
              error={errorOf("moeStructureId").stateRelatedMessage}
            />
          )}
          <WorksPartyField
            of="du maître d'ouvrage"
            name="moaStructureId"
            hint="La structure publique qui paie les travaux."
            error={errorOf("moaStructureId").stateRelatedMessage}
            service={{ name: "moaServiceId", error: errorOf("moaServiceId").stateRelatedMessage }}
          />
          {namesTitulaire && (
            <WorksPartyField
              of="du titulaire du marché"
              name="titulaireStructureId"
              hint="Le sous-traitant ou le cotraitant nomme le titulaire (ou le mandataire) du marché."
              error={errorOf("titulaireStructureId").stateRelatedMessage}
            />
          )}
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="titre-references">
        <legend id="titre-references" className="fr-fieldset__legend fr-h5">
          Références
        </legend>
        <div className="fr-fieldset__content" style={{ width: "100%" }}>
          <Input label="Numéro de marché *" hintText="Les décomptes d'un même marché se suivent : la plateforme reprend le cumul du précédent." {...errorOf("marketNumber")} nativeInputProps={{ name: "marketNumber", autoComplete: "off" }} />
          <Input label="Numéro d'engagement" {...errorOf("engagementNumber")} nativeInputProps={{ name: "engagementNumber", autoComplete: "off" }} />
          <Input label="Numéro du document *" hintText="20 caractères au plus." {...errorOf("number")} nativeInputProps={{ name: "number", maxLength: 20, autoComplete: "off" }} />
          <Input label="Date du document *" {...errorOf("documentDate")} nativeInputProps={{ name: "documentDate", type: "date", defaultValue: today }} />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="titre-montants">
        <legend id="titre-montants" className="fr-fieldset__legend fr-h5">
          Montants des travaux (HT, en euros)
        </legend>
        <div className="fr-fieldset__content" style={{ width: "100%" }}>
          <Input
            label="Montant cumulé des travaux exécutés à date *"
            hintText="Depuis le début du marché, par exemple 52000,00. Le cumul des décomptes précédents en sera déduit."
            {...errorOf("worksToDate")}
            nativeInputProps={{ name: "worksToDate", inputMode: "decimal", autoComplete: "off" }}
          />
          <Input label="Retenue de garantie" hintText="De ce décompte ; 0 s'il n'y en a pas." {...errorOf("retention")} nativeInputProps={{ name: "retention", inputMode: "decimal", defaultValue: "0", autoComplete: "off" }} />
          <Input
            label="Remboursement de l'avance"
            hintText="De ce décompte ; 0 s'il n'y en a pas."
            {...errorOf("advanceRepayment")}
            nativeInputProps={{ name: "advanceRepayment", inputMode: "decimal", defaultValue: "0", autoComplete: "off" }}
          />
          <Select label="Taux de TVA *" {...errorOf("vatRate")} nativeSelectProps={{ name: "vatRate", defaultValue: "20" }}>
            {WORKS_VAT_RATES.map((rate) => (
              <option key={rate} value={rate}>
                {rate.replace(".", ",")} %
              </option>
            ))}
          </Select>
          <Input label="Commentaire" textArea {...errorOf("comment")} nativeTextAreaProps={{ name: "comment", rows: 3, maxLength: 2000 }} />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="titre-document">
        <legend id="titre-document" className="fr-fieldset__legend fr-h5">
          Document déposé
        </legend>
        <div className="fr-fieldset__content" style={{ width: "100%" }}>
          <Upload
            label="Document (PDF ou Factur-X)"
            hint="Facultatif, 20 Mo au plus. Un PDF est conservé tel quel ; un Factur-X (ou un XML UBL / CII) doit porter les montants saisis ci-dessus. Sans fichier, la plateforme produit le Factur-X."
            {...errorOf("file")}
            nativeInputProps={{ name: "file", accept: ".pdf,.xml,application/pdf,application/xml,text/xml" }}
          />
        </div>
      </fieldset>

      <Button type="submit" iconId="fr-icon-send-plane-line" disabled={pending}>
        Soumettre le document
      </Button>
    </form>
  );
}
