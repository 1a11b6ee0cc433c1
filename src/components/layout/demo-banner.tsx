import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { config } from "@/server/config.ts";

/** On every page in demo mode (DEMO_MODE=true): the data is fictitious and the demo accounts' password is public. */
export function DemoBanner() {
  if (!config.demoMode) return null;
  return (
    <Notice
      id="bandeau-demonstration"
      severity="warning"
      title="Démonstration"
      description="Ce portail est une démonstration : ses données sont fictives et les mots de passe des comptes de démonstration sont publics. N'y saisissez aucune donnée réelle."
    />
  );
}
