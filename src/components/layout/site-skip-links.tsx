"use client";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";

/**
 * The DSFR skip links (Contenu, Menu when signed in, Pied de page); a client component, so that the page carries one
 * prop for hydration instead of their tree (decision 0025, fourth pass).
 */
export function SiteSkipLinks({ signedIn }: { signedIn: boolean }) {
  return (
    <SkipLinks
      links={[
        { anchor: "#contenu", label: "Contenu" },
        ...(signedIn ? [{ anchor: "#navigation", label: "Menu" }] : []),
        { anchor: "#pied-de-page", label: "Pied de page" },
      ]}
    />
  );
}
