import { SOLLICITATION_FILES_HINT } from "../rules/attachments.ts";

/** "Pièces jointes": several files, their refusal next to the field. */
export function FilesField({ id, error }: { id: string; error?: string }) {
  return (
    <div className={`fr-upload-group fr-mb-3w${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        Pièces jointes
        <span className="fr-hint-text">{SOLLICITATION_FILES_HINT}.</span>
      </label>
      <input className="fr-upload" type="file" id={id} name="fichiers" multiple aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-erreur` : undefined} />
      {error && (
        <p id={`${id}-erreur`} className="fr-error-text">
          {error}
        </p>
      )}
    </div>
  );
}
