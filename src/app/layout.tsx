import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/dsfr-head.tsx";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/dsfr-provider.tsx";
import { DemoBanner } from "@/components/layout/demo-banner.tsx";
import { SiteFooter } from "@/components/layout/site-footer.tsx";
import { SiteHeader } from "@/components/layout/site-header.tsx";
import { SiteSkipLinks } from "@/components/layout/site-skip-links.tsx";
import { visibleTabs } from "@/features/structures/rules/espaces.ts";
import { getUserEspaces } from "@/features/structures/use-cases/get-user-espaces.ts";
import { getCurrentUser } from "@/server/auth/session.ts";
import { config } from "@/server/config.ts";

export const metadata: Metadata = {
  title: { default: config.serviceName, template: `%s - ${config.serviceName}` },
  description: "Adressez vos factures dématérialisées à vos clients publics et suivez leur traitement.",
};

const lang = "fr";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  // The Administration tab from the session's own row (one query fewer per page); its pages check the role again.
  const tabs = user ? visibleTabs(await getUserEspaces({ userId: user.id }), { administrator: user.administrator === true }) : [];
  return (
    <html {...getHtmlAttributes({ lang })}>
      <head>
        {/* The CSP nonce of this request (src/server/http/page-headers.ts), for the DSFR's inline script. */}
        <DsfrHead
          preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]}
          doDisableFavicon={!config.officialDeployment}
          nonce={(await headers()).get("x-nonce") ?? undefined}
        />
      </head>
      <body>
        <StartDsfrOnHydration />
        <DsfrProvider lang={lang} doCheckNonce>
          <SiteSkipLinks signedIn={user !== null} />
          <DemoBanner />
          <SiteHeader
            user={user ? { prenom: user.prenom, nom: user.nom } : null}
            tabs={tabs.map(({ label, href }) => ({ label, href }))}
            serviceName={config.serviceName}
            officialDeployment={config.officialDeployment}
          />
          {children}
          <SiteFooter serviceName={config.serviceName} officialDeployment={config.officialDeployment} />
        </DsfrProvider>
      </body>
    </html>
  );
}
