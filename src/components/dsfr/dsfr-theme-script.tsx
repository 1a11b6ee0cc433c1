"use client";
import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";
import { getScriptToRunAsap } from "@codegouvfr/react-dsfr/useIsDark/scriptToRunAsap";

/**
 * The DSFR's inline scripts of <head> (the colour scheme set before the first paint, and the request's nonce for the
 * DSFR's own style tags), as @codegouvfr/react-dsfr's DsfrHeadBase writes them. A client component: the page carries
 * its two props for hydration, where the server component's output put the 4 KB script in the page a second time, in
 * its React data (decision 0025, fourth pass). The HTML is the same.
 */
export function DsfrThemeScript({ defaultColorScheme, nonce }: { defaultColorScheme: DefaultColorScheme; nonce: string | undefined }) {
  if (defaultColorScheme === "light") return null;
  return (
    <>
      <script
        suppressHydrationWarning
        nonce={nonce}
        dangerouslySetInnerHTML={{ __html: getScriptToRunAsap({ defaultColorScheme, nonce, trustedTypesPolicyName: "react-dsfr" }) }}
      />
      {nonce !== undefined && <script suppressHydrationWarning key="nonce-setter" nonce={nonce} dangerouslySetInnerHTML={{ __html: `window.ssrNonce = "${nonce}";` }} />}
    </>
  );
}
