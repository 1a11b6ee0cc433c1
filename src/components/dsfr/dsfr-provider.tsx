"use client";
import { DsfrProviderBase, StartDsfrOnHydration, type DsfrProviderProps } from "@codegouvfr/react-dsfr/next-app-router";
import Link from "next/link";
import { defaultColorScheme } from "./default-color-scheme.ts";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export function DsfrProvider(props: DsfrProviderProps) {
  return <DsfrProviderBase {...props} Link={Link} defaultColorScheme={defaultColorScheme} />;
}

export { StartDsfrOnHydration };
