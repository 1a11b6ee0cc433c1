// A realistic public directory for speed work (npm run seed:directory, npm run bench:directory): plausible
// French public bodies with Luhn-valid SIRETs, towns and postal codes consistent by département, 1 to 4
// services and mixed invoicing parameters. Pure and deterministic: the same seed gives the same directory.
import { DEPARTEMENTS, PATRONYMS, SERVICES, type Departement } from "./directory-places.ts";
import { passesLuhn } from "@/lib/siret.ts";
import { seededRandom } from "@/lib/seeded-random.ts";
import type { EngagementFormatColumns } from "@/features/directory/rules/engagement-format.ts";

export type GeneratedService = { code: string; libelle: string; engagementObligatoire: boolean };
export type GeneratedStructure = EngagementFormatColumns & {
  identifier: string;
  raisonSociale: string;
  adresse: string;
  codePostal: string;
  ville: string;
  status: "ACTIF" | "INACTIF";
  engagementObligatoire: boolean;
  serviceObligatoire: boolean;
  services: GeneratedService[];
};

type Place = { departement: Departement; codePostal: string; ville: string };
type Pick = <T>(items: readonly T[]) => T;
/** A kind of public body: the first two digits of its SIREN, how common it is, and how it is named. */
type Kind = { sirenPrefix: string; weight: number; name: (place: Place, pick: Pick) => string };

const KINDS: Kind[] = [
  { sirenPrefix: "21", weight: 18, name: (p) => `COMMUNE DE ${p.ville}` },
  { sirenPrefix: "21", weight: 4, name: (p, pick) => `COMMUNE DE ${p.ville} BUDGET ANNEXE ${pick(["EAU", "ASSAINISSEMENT", "LOTISSEMENTS", "CAMPING", "PORT DE PLAISANCE"])}` },
  { sirenPrefix: "26", weight: 6, name: (p) => `CCAS DE ${p.ville}` },
  { sirenPrefix: "26", weight: 3, name: (p) => `CAISSE DES ECOLES DE ${p.ville}` },
  { sirenPrefix: "26", weight: 3, name: (p) => `CENTRE HOSPITALIER DE ${p.ville}` },
  { sirenPrefix: "26", weight: 5, name: (p, pick) => `EHPAD ${pick(PATRONYMS)}` },
  { sirenPrefix: "19", weight: 14, name: (p, pick) => `COLLEGE ${pick(PATRONYMS)}` },
  { sirenPrefix: "19", weight: 9, name: (p, pick) => `LYCEE ${pick(PATRONYMS)}` },
  { sirenPrefix: "19", weight: 4, name: (p, pick) => `LYCEE PROFESSIONNEL ${pick(PATRONYMS)}` },
  { sirenPrefix: "24", weight: 4, name: (p) => `COMMUNAUTE DE COMMUNES DU PAYS DE ${p.ville}` },
  { sirenPrefix: "24", weight: 2, name: (p) => `COMMUNAUTE D'AGGLOMERATION DE ${p.ville}` },
  { sirenPrefix: "25", weight: 4, name: (p) => `SYNDICAT INTERCOMMUNAL DES EAUX DE ${p.ville}` },
  { sirenPrefix: "25", weight: 2, name: (p) => `SYNDICAT MIXTE DU BASSIN DE ${p.ville}` },
  { sirenPrefix: "25", weight: 2, name: (p) => `SIVU DE LA REGION DE ${p.ville}` },
  { sirenPrefix: "25", weight: 2, name: (p) => `OFFICE DE TOURISME DE ${p.ville}` },
  { sirenPrefix: "22", weight: 1, name: (p, pick) => `DEPARTEMENT ${p.departement.nom}${pick(["", " BUDGET ANNEXE DES TRANSPORTS", " BUDGET ANNEXE DU LABORATOIRE", " BUDGET ANNEXE DES PARCS"])}` },
  { sirenPrefix: "28", weight: 1, name: (p) => `SERVICE DEPARTEMENTAL D'INCENDIE ET DE SECOURS ${p.departement.nom}` },
];

const STREETS = ["RUE DE LA MAIRIE", "PLACE DE L'HOTEL DE VILLE", "AVENUE DE LA REPUBLIQUE", "BOULEVARD DE LA LIBERTE", "RUE DE LA GARE", "CHEMIN DES ECOLES", "RUE DU GENERAL DE GAULLE", "PLACE DE L'EGLISE"];

const ENGAGEMENT_FORMATS: EngagementFormatColumns[] = [
  { engagementCharset: "CHIFFRES", engagementMinLength: 5, engagementMaxLength: 6, engagementPrefix: null },
  { engagementCharset: "CHIFFRES", engagementMinLength: 10, engagementMaxLength: 10, engagementPrefix: null },
  { engagementCharset: "CHIFFRES", engagementMinLength: 8, engagementMaxLength: 8, engagementPrefix: "EJ" },
];
const FREE_FORMAT: EngagementFormatColumns = { engagementCharset: null, engagementMinLength: null, engagementMaxLength: null, engagementPrefix: null };

/** The digit to append to `payload` so that the whole number passes the Luhn check. */
const luhnCheckDigit = (payload: string) => ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].find((digit) => passesLuhn(payload + digit))!;

// SIREN numbers 2xDD5000 and up, so that generated ones stay clear of the demo data's real ones.
const FIRST_SEQUENCE = 5000;
const SEQUENCES_PER_SIREN_BLOCK = 5000;

/**
 * A SIRET for the n-th body of a kind in a département: SIREN = kind (2 digits) + département (2) +
 * sequence (4) + Luhn digit; NIC = establishment number (4) + the digit making the 14 digits Luhn-valid.
 */
export function generatedSiret(sirenPrefix: string, departementCode: string, n: number): string {
  const sequence = String(FIRST_SEQUENCE + (n % SEQUENCES_PER_SIREN_BLOCK)).padStart(4, "0");
  const sirenPayload = `${sirenPrefix}${departementCode.slice(0, 2)}${sequence}`;
  const siren = sirenPayload + luhnCheckDigit(sirenPayload);
  const nicPayload = siren + String(1 + Math.floor(n / SEQUENCES_PER_SIREN_BLOCK)).padStart(4, "0");
  return nicPayload + luhnCheckDigit(nicPayload);
}

/** `count` public structures, always the same for the same seed; every identifier is distinct. */
export function generateDirectory(count: number, seed = 1): GeneratedStructure[] {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const chance = (probability: number) => random() < probability;
  const totalWeight = KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  const pickKind = () => {
    let target = random() * totalWeight;
    return KINDS.find((kind) => (target -= kind.weight) < 0) ?? KINDS[0];
  };
  const issued = new Map<string, number>();

  return Array.from({ length: count }, (): GeneratedStructure => {
    const departement = pick(DEPARTEMENTS);
    const [codePostal, ville] = pick(departement.towns);
    const kind = pickKind();
    const key = `${kind.sirenPrefix}${departement.code}`;
    const n = issued.get(key) ?? 0;
    issued.set(key, n + 1);

    const engagementObligatoire = chance(0.4);
    const engagementFormat = engagementObligatoire && chance(0.35) ? pick(ENGAGEMENT_FORMATS) : FREE_FORMAT;
    const serviceCount = 1 + Math.floor(random() * 4);
    const pool = [...SERVICES];
    const services = Array.from({ length: serviceCount }, () => {
      const [[code, libelle]] = pool.splice(Math.floor(random() * pool.length), 1);
      return { code, libelle, engagementObligatoire: !engagementObligatoire && chance(0.2) };
    });
    return {
      identifier: generatedSiret(kind.sirenPrefix, departement.code, n),
      raisonSociale: kind.name({ departement, codePostal, ville }, pick),
      adresse: `${1 + Math.floor(random() * 120)} ${pick(STREETS)}`,
      codePostal,
      ville,
      status: chance(0.02) ? "INACTIF" : "ACTIF",
      engagementObligatoire,
      serviceObligatoire: serviceCount > 1 && chance(0.5),
      ...engagementFormat,
      services,
    };
  });
}
