// The DSFR's stylesheet and icons (as @codegouvfr/react-dsfr's DsfrHeadBase imports them).
import "@codegouvfr/react-dsfr/assets/dsfr_plus_icons.scss";
import AppleTouchIcon from "@codegouvfr/react-dsfr/dsfr/favicon/apple-touch-icon.png";
import FaviconIco from "@codegouvfr/react-dsfr/dsfr/favicon/favicon.ico";
import FaviconSvg from "@codegouvfr/react-dsfr/dsfr/favicon/favicon.svg";
import { setLink } from "@codegouvfr/react-dsfr/link";
import { createGetHtmlAttributes } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import { fontUrlByFileBasename } from "@codegouvfr/react-dsfr/next-app-router/zz_internal/fontUrlByFileBasename";
import Link from "next/link";
import { defaultColorScheme } from "./default-color-scheme.ts";
import { DsfrThemeScript } from "./dsfr-theme-script.tsx";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme });

type FontName = keyof typeof fontUrlByFileBasename;
const assetUrl = (asset: string | { src: string }) => (typeof asset === "string" ? asset : asset.src);

// The DSFR components rendered on the server link with Next.js's <Link> (DsfrHeadBase does the same at each render).
setLink({ Link });

/**
 * What @codegouvfr/react-dsfr's DsfrHeadBase writes in <head> (fonts preloaded, favicons, the colour scheme's inline
 * script), the same HTML; its inline scripts come from a client component, so that the 4 KB script is not sent a
 * second time in the page's React data (decision 0025, fourth pass).
 */
export function DsfrHead({ preloadFonts = [], doDisableFavicon = false, nonce }: { preloadFonts?: FontName[]; doDisableFavicon?: boolean; nonce?: string }) {
  if (nonce === "") throw new Error("nonce cannot be an empty string");
  return (
    <>
      {process.env.NODE_ENV !== "development" &&
        (Object.keys(fontUrlByFileBasename) as FontName[])
          .filter((name) => preloadFonts.includes(name))
          .map((name) => assetUrl(fontUrlByFileBasename[name]))
          .map((url) => <link key={url} rel="preload" href={url} as="font" crossOrigin="anonymous" />)}
      {!doDisableFavicon && (
        <>
          <link rel="apple-touch-icon" href={assetUrl(AppleTouchIcon)} />
          <link rel="icon" href={assetUrl(FaviconSvg)} type="image/svg+xml" />
          <link rel="shortcut icon" href={assetUrl(FaviconIco)} type="image/x-icon" />
        </>
      )}
      <DsfrThemeScript defaultColorScheme={defaultColorScheme} nonce={nonce} />
    </>
  );
}
