// Demo data taken from the seed user guides (shared/seeds): the supplier CHORUS SOCIETE of seed 001,
// the public buyers it invoices (Brest Métropole's budgets, the Côtes-d'Armor of seed 004, the State).
import type { EngagementCharset, Espace, IdentifierType, StructureKind } from "@/generated/prisma/enums.ts";

export type DemoService = { code: string; libelle: string; engagementObligatoire?: boolean };
export type DemoUser = { email: string; nom: string; prenom: string };
export type DemoBankAccount = { iban: string; bic?: string; titulaire: string; affactureur?: boolean };
export type DemoStructure = {
  identifierType: IdentifierType;
  identifier: string;
  raisonSociale: string;
  libelle?: string;
  email?: string;
  kind: StructureKind;
  adresse: string;
  complementAdresse1?: string;
  codePostal: string;
  ville: string;
  engagementObligatoire?: boolean;
  serviceObligatoire?: boolean;
  /** Numéro d'engagement format (src/features/directory/rules/engagement-format.ts); none = free. */
  engagementCharset?: EngagementCharset;
  engagementMinLength?: number;
  engagementMaxLength?: number;
  engagementPrefix?: string;
  services: DemoService[];
  espaces: Espace[];
  /** None: a structure of the directory that nobody has claimed yet (joining it goes through the administration). */
  gestionnaire?: DemoUser;
  /** Simple users given some espaces in consultation only (they read, never change: Read-only rights). */
  readers?: (DemoUser & { espaces: Espace[] })[];
  /** Bank accounts of a supplier ("Coordonnées bancaires"): its invoices paid by transfer name one of them. */
  bankAccounts?: DemoBankAccount[];
  /** A billing mandate already signed by the gestionnaire (private structures). */
  mandate?: string;
};

const SUPPLIER_ESPACES: Espace[] = ["FACTURES_EMISES", "FACTURES_A_VALIDER", "SOLLICITATIONS_EMISES", "MON_COMPTE", "ACTIVITES_GESTIONNAIRE"];
const PUBLIC_ESPACES: Espace[] = ["FACTURES_RECUES", "ENGAGEMENTS", "SOLLICITATIONS_EMISES", "SOLLICITATIONS_RECUES", "MON_COMPTE", "ACTIVITES_GESTIONNAIRE"];

const brest = (identifier: string, raisonSociale: string, agent: DemoUser): DemoStructure => ({
  identifierType: "SIRET",
  identifier,
  raisonSociale,
  kind: "PUBLIQUE",
  adresse: "24 RUE COAT AR GUEVEN",
  complementAdresse1: "CS73826",
  codePostal: "29200",
  ville: "BREST",
  serviceObligatoire: true,
  engagementObligatoire: true,
  services: [{ code: "FACTURES", libelle: "Service des factures" }],
  espaces: PUBLIC_ESPACES,
  gestionnaire: agent,
});

export const DEMO_STRUCTURES: DemoStructure[] = [
  {
    identifierType: "EN_COURS_IMMATRICULATION",
    identifier: "FRCHORUSSOCIETE",
    raisonSociale: "CHORUS SOCIETE",
    libelle: "CHORUS SOCIETE",
    email: "contact@chorus-societe.example",
    kind: "PRIVEE",
    adresse: "12 rue Alphonse Guerin",
    codePostal: "38110",
    ville: "La Tour du Pin",
    services: [
      { code: "DEFAUT", libelle: "Service par défaut de la structure" },
      { code: "FAC", libelle: "FACTURES" },
    ],
    espaces: SUPPLIER_ESPACES,
    gestionnaire: { email: "simon.pellegrin@chorus-societe.example", nom: "Pellegrin", prenom: "Simon" },
    bankAccounts: [
      { iban: "FR7630006000011234567890189", bic: "AGRIFRPPXXX", titulaire: "CHORUS SOCIETE" },
      { iban: "FR7630004000031234567890143", bic: "BNPAFRPPXXX", titulaire: "FACTOR DEMO AFFACTURAGE", affactureur: true },
    ],
    mandate: "MANDAT CHORUS SOCIETE",
  },
  {
    identifierType: "EN_COURS_IMMATRICULATION",
    identifier: "FRCHORUSDEUX",
    raisonSociale: "CHORUS DEUX",
    libelle: "CHORUS DEUX",
    email: "contact@chorus-deux.example",
    kind: "PRIVEE",
    adresse: "3 avenue de la Gare",
    codePostal: "38300",
    ville: "Bourgoin-Jallieu",
    services: [
      { code: "DEFAUT", libelle: "Service par défaut de la structure" },
      { code: "FACTURES", libelle: "TOUTES FACTURES" },
    ],
    espaces: SUPPLIER_ESPACES,
    gestionnaire: { email: "isabelle.dubreuil@chorus-deux.example", nom: "Dubreuil", prenom: "Isabelle" },
    bankAccounts: [{ iban: "FR7610107001011234567890129", bic: "BREDFRPPXXX", titulaire: "CHORUS DEUX" }],
    mandate: "MANDAT ROLLER",
  },
  // The seller and the buyer of the Factur-X example shared/fixtures/facturx/Facture_F20180027.pdf, so that its deposit
  // ("Dépôt factures") can be tried on the demo: the file's parties are found in the directory.
  {
    identifierType: "SIRET",
    identifier: "12345678900014",
    raisonSociale: "LE FOURNISSEUR",
    kind: "PRIVEE",
    adresse: "35 rue d'ici",
    codePostal: "75018",
    ville: "PARIS",
    services: [{ code: "DEFAUT", libelle: "Service par défaut de la structure" }],
    espaces: SUPPLIER_ESPACES,
    gestionnaire: { email: "marc.fournier@le-fournisseur.example", nom: "Fournier", prenom: "Marc" },
    // The first is the IBAN of the Factur-X example, so that its deposit pays to an account of the structure.
    bankAccounts: [
      { iban: "FR7612542547256985425874698", titulaire: "LE FOURNISSEUR" },
      { iban: "FR7630004000031234567890143", bic: "BNPAFRPPXXX", titulaire: "LE FOURNISSEUR" },
    ],
    mandate: "MANDAT LE FOURNISSEUR",
  },
  {
    identifierType: "SIRET",
    identifier: "98765432100029",
    raisonSociale: "LE CLIENT",
    kind: "PUBLIQUE",
    adresse: "58 rue de la mer",
    codePostal: "06000",
    ville: "NICE",
    services: [{ code: "SERVEXEC", libelle: "Service exécutant" }],
    // The maître d'ouvrage of the demo works marché MT-2026-014 (issue 14): it follows its works documents in
    // Factures de travaux reçues and pays the états d'acompte in Factures reçues.
    espaces: [...PUBLIC_ESPACES, "FACTURES_TRAVAUX_RECUES"],
    gestionnaire: { email: "factures@le-client.example", nom: "Martin", prenom: "Claire" },
  },
  // The demo works marché MT-2026-014 (issue 14, prisma/seed/seed-demo-works.ts): a building firm deposits its
  // projets de décompte mensuel in Factures de travaux; its maîtrise d'œuvre checks them in Factures de travaux reçues.
  {
    identifierType: "SIRET",
    identifier: "44306184100005",
    raisonSociale: "BTP DE L'OUEST",
    kind: "PRIVEE",
    adresse: "12 quai de la Fosse",
    codePostal: "44000",
    ville: "NANTES",
    services: [{ code: "DEFAUT", libelle: "Service par défaut de la structure" }],
    espaces: ["FACTURES_TRAVAUX", "FACTURES_EMISES", "SOLLICITATIONS_EMISES", "MON_COMPTE", "ACTIVITES_GESTIONNAIRE"],
    gestionnaire: { email: "paul.mace@btp-ouest.example", nom: "Macé", prenom: "Paul" },
    bankAccounts: [{ iban: "FR7630004000031234567890143", bic: "BNPAFRPPXXX", titulaire: "BTP DE L'OUEST" }],
  },
  {
    identifierType: "SIRET",
    identifier: "51234567800019",
    raisonSociale: "ATELIER D'ARCHITECTURE DU PORT",
    kind: "PRIVEE",
    adresse: "3 rue du Port",
    codePostal: "06300",
    ville: "NICE",
    services: [{ code: "DEFAUT", libelle: "Service par défaut de la structure" }],
    espaces: ["FACTURES_TRAVAUX_RECUES", "MON_COMPTE", "ACTIVITES_GESTIONNAIRE"],
    gestionnaire: { email: "lea.moreau@atelier-port.example", nom: "Moreau", prenom: "Léa" },
  },
  brest("24290031400012", "BREST METROPOLE BUDGET PRINCIPAL", { email: "factures@brest-metropole.example", nom: "Le Goff", prenom: "Maëlle" }),
  brest("24290031400129", "BREST METROPOLE BUDGET DEPLACEMENTS", { email: "deplacements@brest-metropole.example", nom: "Kerjean", prenom: "Loïc" }),
  brest("24290031400210", "BREST METROPOLE LOTIS, MESCOUEZEL", { email: "lotissements@brest-metropole.example", nom: "Tanguy", prenom: "Nolwenn" }),
  brest("24290031400087", "BREST METROPOLE BUDGET DE L'ASSAINISSEMENT", { email: "assainissement@brest-metropole.example", nom: "Morvan", prenom: "Erwan" }),
  brest("24290031400095", "BREST METROPOLE BUDGET DE L'EAU", { email: "eau@brest-metropole.example", nom: "Quéré", prenom: "Gwenaëlle" }),
  {
    identifierType: "SIRET",
    identifier: "22220001600327",
    raisonSociale: "DEP COTES-D'ARMOR",
    kind: "PUBLIQUE",
    adresse: "9 place du Général de Gaulle",
    complementAdresse1: "CS 42371",
    codePostal: "22023",
    ville: "SAINT-BRIEUC",
    serviceObligatoire: true,
    engagementObligatoire: true,
    engagementCharset: "CHIFFRES",
    engagementMinLength: 5,
    engagementMaxLength: 6,
    services: [{ code: "COLLEGE", libelle: "Collèges", engagementObligatoire: true }],
    espaces: PUBLIC_ESPACES,
    gestionnaire: { email: "factures@cotesdarmor.example", nom: "Le Bihan", prenom: "Yann" },
    readers: [{ email: "lecture@cotesdarmor.example", nom: "Guillou", prenom: "Morgane", espaces: ["FACTURES_RECUES"] }],
  },
  {
    identifierType: "SIRET",
    identifier: "22220001600434",
    raisonSociale: "CENTRE DEPARTEMENTAL DE L'ENFANCE",
    kind: "PUBLIQUE",
    adresse: "1 rue du Vau Méno",
    codePostal: "22000",
    ville: "SAINT-BRIEUC",
    engagementObligatoire: true,
    engagementCharset: "CHIFFRES",
    engagementMinLength: 5,
    engagementMaxLength: 6,
    services: [{ code: "ENFANCE", libelle: "Service financier" }],
    espaces: PUBLIC_ESPACES,
    gestionnaire: { email: "factures@cde22.example", nom: "Riou", prenom: "Anne" },
  },
  {
    identifierType: "SIRET",
    identifier: "11000201100044",
    raisonSociale: "SERVICES DE L'ETAT",
    kind: "PUBLIQUE",
    adresse: "139 rue de Bercy",
    codePostal: "75012",
    ville: "PARIS",
    serviceObligatoire: true,
    engagementObligatoire: true,
    engagementCharset: "CHIFFRES",
    engagementMinLength: 10,
    engagementMaxLength: 10,
    services: [
      { code: "FAC0000001", libelle: "Service facturier de Paris", engagementObligatoire: true },
      { code: "FAC0000002", libelle: "Centre de services partagés du ministère des Armées", engagementObligatoire: true },
      { code: "FAC0000003", libelle: "Rectorat de l'académie de Rennes", engagementObligatoire: true },
    ],
    espaces: PUBLIC_ESPACES,
    gestionnaire: { email: "factures@etat.example", nom: "Martin", prenom: "Paul" },
  },
  // A commune of the directory with no user yet: who asks to join it addresses a claim to the platform's administration
  // (decision 0005), which names its gestionnaire principal. The claim journey (e2e/claim.spec.ts) uses it.
  {
    identifierType: "SIRET",
    identifier: "21290189000013",
    raisonSociale: "COMMUNE DE PLOUGASTEL-DAOULAS",
    kind: "PUBLIQUE",
    adresse: "1 rue Louis Nicolle",
    codePostal: "29470",
    ville: "PLOUGASTEL-DAOULAS",
    services: [{ code: "FINANCES", libelle: "Service des finances" }],
    espaces: PUBLIC_ESPACES,
  },
];

/** The platform's administrator: decides the claims of structures that have no gestionnaire (Administration). */
export const DEMO_ADMINISTRATOR: DemoUser = { email: "administration@portail-facturation.example", nom: "Garnier", prenom: "Hélène" };

export const DEMO_ACTUALITES = [
  {
    titre: "Bienvenue sur le portail de facturation électronique",
    categorie: "Information",
    contenu:
      "Adressez vos factures dématérialisées à vos clients publics, par saisie ou par dépôt de PDF ou de fichiers XML, et suivez leur traitement jusqu'au paiement.",
    publishedAt: new Date("2026-11-02T09:00:00Z"),
  },
  {
    titre: "Indisponibilité du portail",
    categorie: "Indisponibilité",
    contenu: "Le portail sera fermé pour une opération de maintenance le mercredi 9 décembre de 20h à minuit.",
    publishedAt: new Date("2026-11-16T09:00:00Z"),
  },
];
