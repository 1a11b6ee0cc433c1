import { SOLLICITATION_CATEGORIES } from "../rules/categories.ts";
import { SOLLICITATION_STATUS_LABELS, SOLLICITATION_STATUSES } from "../rules/statuses.ts";

export type SearchValues = Record<"numero" | "statut" | "categorie" | "facture" | "du" | "au", string>;

/** "Rechercher": numéro, état, catégorie, numéro de facture liée, période de dépôt (a GET form: the criteria stay in the URL). */
export function SollicitationSearchForm({ values, errors }: { values: SearchValues; errors: Partial<Record<keyof SearchValues, string>> }) {
  const field = (name: keyof SearchValues, label: string, type = "text") => (
    <div className={`fr-input-group fr-col-12 fr-col-md-4${errors[name] ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={`recherche-${name}`}>
        {label}
      </label>
      <input className="fr-input" id={`recherche-${name}`} name={name} type={type} defaultValue={values[name]} aria-describedby={errors[name] ? `recherche-${name}-erreur` : undefined} />
      {errors[name] && (
        <p id={`recherche-${name}-erreur`} className="fr-error-text">
          {errors[name]}
        </p>
      )}
    </div>
  );
  return (
    <form method="get" role="search" aria-label="Rechercher des sollicitations" className="fr-mb-3w">
      <div className="fr-grid-row fr-grid-row--gutters">
        {field("numero", "Numéro de sollicitation")}
        <div className="fr-select-group fr-col-12 fr-col-md-4">
          <label className="fr-label" htmlFor="recherche-statut">
            Etat
          </label>
          <select className="fr-select" id="recherche-statut" name="statut" defaultValue={values.statut}>
            <option value="">Tous</option>
            {SOLLICITATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {SOLLICITATION_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-select-group fr-col-12 fr-col-md-4">
          <label className="fr-label" htmlFor="recherche-categorie">
            Catégorie
          </label>
          <select className="fr-select" id="recherche-categorie" name="categorie" defaultValue={values.categorie}>
            <option value="">Toutes</option>
            {SOLLICITATION_CATEGORIES.map((category) => (
              <option key={category.label} value={category.label}>
                {category.label}
              </option>
            ))}
          </select>
        </div>
        {field("facture", "Numéro de facture")}
        {field("du", "Déposée du", "date")}
        {field("au", "au", "date")}
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary">
        Rechercher
      </button>
    </form>
  );
}
