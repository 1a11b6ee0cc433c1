/** The "Sélection" checkbox of a DSFR table row, named for screen readers by what the row holds. */
export function RowSelectionCheckbox({ name, value, label }: { name: string; value: string; label: string }) {
  const id = `${name}-${value}`;
  return (
    <div className="fr-checkbox-group fr-checkbox-group--sm">
      <input type="checkbox" id={id} name={name} value={value} />
      <label className="fr-label" htmlFor={id}>
        <span className="fr-sr-only">{label}</span>
      </label>
    </div>
  );
}
