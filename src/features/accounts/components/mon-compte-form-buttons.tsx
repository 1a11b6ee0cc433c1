import { Button } from "@codegouvfr/react-dsfr/Button";

/** The buttons that end each Mon compte form: back to Mon compte, and Enregistrer (disabled while it is sent). */
export function MonCompteFormButtons({ pending, className = "" }: { pending: boolean; className?: string }) {
  return (
    <ul className={`fr-btns-group fr-btns-group--inline-md ${className}`.trim()}>
      <li>
        <Button priority="secondary" linkProps={{ href: "/mon-compte" }}>
          Retour à Mon compte
        </Button>
      </li>
      <li>
        <Button type="submit" disabled={pending}>
          Enregistrer
        </Button>
      </li>
    </ul>
  );
}
