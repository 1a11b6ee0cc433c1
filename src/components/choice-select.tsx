import { Select } from "@codegouvfr/react-dsfr/Select";

/** A select's options: value and label. */
export type ChoiceOptions = readonly (readonly [string, string])[];

type Props = { label: string; name: string; value: string | undefined; options: ChoiceOptions; error?: string; allLabel?: string };

/** A search criterion picked in a list, « Tous » (or `allLabel`) first; the value as typed shown back, its error under it. */
export function ChoiceSelect({ label, name, value, options, error, allLabel = "Tous" }: Props) {
  return (
    <Select label={label} {...(error ? { state: "error" as const, stateRelatedMessage: error } : {})} nativeSelectProps={{ name, defaultValue: value ?? "" }}>
      <option value="">{allLabel}</option>
      {options.map(([optionValue, optionLabel]) => (
        <option key={optionValue} value={optionValue}>
          {optionLabel}
        </option>
      ))}
    </Select>
  );
}
