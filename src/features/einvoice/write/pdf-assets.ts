// The bytes every generated PDF embeds, read once per process: PDF/A forbids the standard 14 fonts (they are not
// embedded), so the DejaVu TrueType fonts are embedded (subset); the sRGB ICC profile is the PDF/A output intent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type PdfAssets = { regularFont: Uint8Array; boldFont: Uint8Array; srgbIccProfile: Uint8Array };

let cached: PdfAssets | undefined;

/**
 * The folder of an installed package, found from the working directory (the project's root for the server,
 * the tests and the scripts). Not `require.resolve`: inside the Next.js server bundle it yields module ids.
 */
function packageDirectory(name: string): string {
  for (let directory = process.cwd(); ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    if (path.dirname(directory) === directory) throw new Error(`Paquet ${name} introuvable depuis ${process.cwd()} : lancez « npm install ».`);
  }
}

export function pdfAssets(): PdfAssets {
  if (!cached) {
    const fontsDirectory = path.join(packageDirectory("dejavu-fonts-ttf"), "ttf");
    cached = {
      regularFont: readFileSync(path.join(fontsDirectory, "DejaVuSans.ttf")),
      boldFont: readFileSync(path.join(fontsDirectory, "DejaVuSans-Bold.ttf")),
      srgbIccProfile: readFileSync(path.join(packageDirectory("pdfkit"), "js", "data", "sRGB_IEC61966_2_1.icc")),
    };
  }
  return cached;
}
