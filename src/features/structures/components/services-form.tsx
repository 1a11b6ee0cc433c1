"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { type FormAction, useActionForm } from "@/components/forms/action-form.ts";
import { FormAlert } from "@/components/forms/form-alert.tsx";

type ServiceValues = { code: string; libelle: string; engagementObligatoire: boolean };

/** "+ Créer un service" and "Modifier" a service: code (unique in the structure), libellé, engagement obligatoire. */
export function ServicesForm({ service, action }: { service?: ServiceValues; action: FormAction }) {
  const { state, pending, onSubmit, errorOf } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormAlert state={state} />
      <Input label="Code" hintText="Lettres, chiffres, « - » ou « _ », unique dans la structure." {...errorOf("code")} nativeInputProps={{ name: "code", defaultValue: service?.code }} />
      <Input label="Libellé" {...errorOf("libelle")} nativeInputProps={{ name: "libelle", defaultValue: service?.libelle }} />
      <Checkbox
        options={[{ label: "Engagement obligatoire", nativeInputProps: { name: "engagementObligatoire", defaultChecked: service?.engagementObligatoire } }]}
      />
      <Button type="submit" disabled={pending}>
        Enregistrer
      </Button>
    </form>
  );
}
