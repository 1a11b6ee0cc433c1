// The invoices of the living demo: CHORUS SOCIETE's (seed 001's supplier) to the DEP COTES-D'ARMOR (seed 004's buyer)
// and to BREST METROPOLE BUDGET PRINCIPAL, each with the story that brings it to one tile of its Tableau de bord: sent,
// routed, then processed by the buyer's agent (or validated by CHORUS DEUX, the holder of the A9 / A12 contracts), the
// way real users do it, dated over the last weeks. Plus a flux deposited by lot, one of its files refused. Each invoice
// is known by its number, stable from one load to the next (prisma/seed/seed-demo-invoices.ts plays the stories).
import type { UnitCode } from "@/features/einvoice/ui.ts";
import type { LifecycleAction } from "@/features/invoices/lifecycle/rules/lifecycle-contract.ts";

/** The buyers: C = DEP COTES-D'ARMOR (service COLLEGE, engagement of 5 or 6 digits), B = BREST METROPOLE BUDGET PRINCIPAL. */
export const DEMO_BUYERS = {
  C: { identifier: "22220001600327", serviceCode: "COLLEGE" },
  B: { identifier: "24290031400012", serviceCode: "FACTURES" },
} as const;
export type DemoBuyer = keyof typeof DEMO_BUYERS;

/** The supplier, its account to be paid on, and the holder of the A9 / A12 contracts (a private structure of the demo). */
export const DEMO_INVOICE_SUPPLIER = "FRCHORUSSOCIETE";
export const DEMO_SUPPLIER_IBAN = "FR7630006000011234567890189";
export const DEMO_FACTOR_IBAN = "FR7630004000031234567890143";
export const DEMO_CONTRACT_HOLDER = "FRCHORUSDEUX";

export type DemoLine = { denomination: string; reference?: string; quantity: string; unit: UnitCode; unitPriceNet: string; vatRate: string };

/**
 * One move of an invoice's story, `daysAgo` before the load (fractions are hours). `rows`: the history rows it writes,
 * by which a load interrupted midway resumes where it stopped (seed-demo-invoices.ts).
 * - route: the platform's routing (EN_COURS_ACHEMINEMENT, then MISE_A_DISPOSITION), 2 rows;
 * - acheminer: only its first step (the invoice is on its way), 1 row;
 * - recipient: the buyer's agent takes an action of Factures reçues, 1 row;
 * - complete: the supplier answers a suspension (Compléter), 1 row;
 * - validate / refuse: the holder of the contract decides, 1 row; autoValidate: its deadline passed, 1 row;
 * - hold: the invoice's routing, still queued, waits a few weeks (see seed-demo-invoices.ts), no row.
 */
export type DemoStep = { daysAgo: number } & (
  | { kind: "route" | "acheminer" | "autoValidate" | "hold" }
  | { kind: "recipient"; action: LifecycleAction; motif?: string; comment?: string }
  | { kind: "complete"; comment: string }
  | { kind: "validate"; comment?: string }
  | { kind: "refuse"; motif: string }
);

export type DemoInvoice = {
  number: string;
  buyer: DemoBuyer;
  cadre: "A1" | "A9" | "A12";
  engagementNumber: string;
  marketNumber?: string;
  /** Paid to the factor's account (the "Factor" block and the Factur-X's payee). */
  factor?: boolean;
  comment?: string;
  lines: DemoLine[];
  /** When it was sent ("Valider et envoyer"), or two days before the holder's deadline that is now past; an A9 / A12 invoice goes to the holder first. */
  sentDaysAgo: number | "pastDeadline";
  steps: DemoStep[];
};

const apples: DemoLine = { denomination: "Pommes", reference: "POM-01", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" };
const desks = (quantity: string): DemoLine => ({ denomination: "Tables d'élève réglables", reference: "MOB-TAB", quantity, unit: "C62", unitPriceNet: "189.00", vatRate: "20" });
const chairs: DemoLine = { denomination: "Chaises empilables", reference: "MOB-CHA", quantity: "30", unit: "C62", unitPriceNet: "42.50", vatRate: "20" };
const maintenance = (hours: string): DemoLine => ({ denomination: "Maintenance des postes informatiques", reference: "INF-MNT", quantity: hours, unit: "HUR", unitPriceNet: "65.00", vatRate: "20" });
const paper: DemoLine = { denomination: "Ramettes de papier A4 recyclé", reference: "PAP-A4", quantity: "120", unit: "C62", unitPriceNet: "4.20", vatRate: "20" };
const books: DemoLine = { denomination: "Manuels scolaires de mathématiques", reference: "LIV-MAT", quantity: "25", unit: "C62", unitPriceNet: "24.90", vatRate: "5.5" };
const meals = (quantity: string): DemoLine => ({ denomination: "Repas de restauration scolaire", reference: "RES-REP", quantity, unit: "C62", unitPriceNet: "3.85", vatRate: "10" });
const cleaning: DemoLine = { denomination: "Nettoyage des locaux (forfait mensuel)", reference: "NET-MOIS", quantity: "1", unit: "C62", unitPriceNet: "1450.00", vatRate: "20" };
const works: DemoLine = { denomination: "Peinture des salles de classe", reference: "TRV-PEI", quantity: "85", unit: "MTK", unitPriceNet: "18.00", vatRate: "10" };

const routed = (daysAgo: number): DemoStep => ({ kind: "route", daysAgo });
const agent = (daysAgo: number, action: LifecycleAction, extra: { motif?: string; comment?: string } = {}): DemoStep => ({ kind: "recipient", daysAgo, action, ...extra });

/** Rejection motif of the demo's rejected invoice (seed 004's list), and its comment. */
export const DEMO_REJECTION = {
  number: "CS-2026-006",
  motif: "Montant de la facture erroné",
  comment: "Le bon de commande porte sur 18 tables ; la facture en compte 20. Merci d'émettre une facture conforme à la commande.",
};

export const DEMO_INVOICES: DemoInvoice[] = [
  // Paid: the whole processing by the buyer, Service fait to Mise en paiement.
  {
    number: "CS-2026-001", buyer: "C", cadre: "A1", engagementNumber: "120458", lines: [apples], sentDaysAgo: 42,
    steps: [routed(42), agent(38, "SERVICE_FAIT"), agent(35, "MANDATER"), agent(33, "MISE_A_DISPOSITION_COMPTABLE"), agent(31, "COMPTABILISER"), agent(28, "METTRE_EN_PAIEMENT")],
  },
  {
    number: "CS-2026-002", buyer: "C", cadre: "A1", engagementNumber: "120463", lines: [books, paper], sentDaysAgo: 39,
    steps: [routed(39), agent(36, "SERVICE_FAIT"), agent(33, "MANDATER"), agent(31, "MISE_A_DISPOSITION_COMPTABLE"), agent(29, "COMPTABILISER")],
  },
  {
    number: "CS-2026-003", buyer: "B", cadre: "A1", engagementNumber: "EJ-2026-0117", lines: [maintenance("24")], sentDaysAgo: 37,
    steps: [routed(37), agent(33, "SERVICE_FAIT"), agent(30, "MANDATER"), agent(27, "MISE_A_DISPOSITION_COMPTABLE")],
  },
  {
    number: "CS-2026-004", buyer: "C", cadre: "A1", engagementNumber: "120471", factor: true, lines: [chairs], sentDaysAgo: 34,
    steps: [routed(34), agent(30, "SERVICE_FAIT"), agent(27, "MANDATER")],
  },
  {
    number: "CS-2026-005", buyer: "B", cadre: "A1", engagementNumber: "EJ-2026-0123", lines: [cleaning], sentDaysAgo: 31,
    steps: [routed(31), agent(26, "SERVICE_FAIT")],
  },
  // Rejected with its motif: the supplier asks about it in a sollicitation (seed-demo-invoices.ts).
  {
    number: DEMO_REJECTION.number, buyer: "C", cadre: "A1", engagementNumber: "120480", lines: [desks("20")], sentDaysAgo: 27,
    steps: [routed(27), agent(24, "REJETER", { motif: DEMO_REJECTION.motif, comment: DEMO_REJECTION.comment })],
  },
  // Suspended: waits for the supplier's answer.
  {
    number: "CS-2026-007", buyer: "C", cadre: "A1", engagementNumber: "120486", lines: [meals("640")], sentDaysAgo: 22,
    steps: [routed(22), agent(19, "SUSPENDRE", { motif: "Justificatif absent : joignez la liste des repas servis signée par le collège." })],
  },
  // Suspended, then completed by the supplier: back with the buyer, to process.
  {
    number: "CS-2026-008", buyer: "C", cadre: "A1", engagementNumber: "120492", lines: [meals("580")], sentDaysAgo: 21,
    steps: [
      routed(21),
      agent(18, "SUSPENDRE", { motif: "Le nombre de repas facturés ne correspond pas au relevé du collège." }),
      { kind: "complete", daysAgo: 17, comment: "Relevé corrigé : 580 repas servis en octobre, comme facturé. Le relevé signé a été transmis au collège." },
    ],
  },
  // Sent back À recycler by the buyer: the supplier corrects the recipient's data and sends it again.
  {
    number: "CS-2026-009", buyer: "B", cadre: "A1", engagementNumber: "EJ-2025-0999", lines: [works], sentDaysAgo: 16,
    steps: [routed(16), agent(14, "A_RECYCLER", { motif: "Numéro d'engagement inconnu du service des factures : corrigez-le et renvoyez la facture." })],
  },
  // Made available, to process by the buyers.
  { number: "CS-2026-010", buyer: "C", cadre: "A1", engagementNumber: "120503", lines: [apples, books], sentDaysAgo: 6, steps: [routed(6)] },
  { number: "CS-2026-011", buyer: "B", cadre: "A1", engagementNumber: "EJ-2026-0131", lines: [maintenance("12"), paper], sentDaysAgo: 4, steps: [routed(4)] },
  // Sent today: one on its way to its recipient, one just deposited (their routing waits: see seed-demo-invoices.ts).
  { number: "CS-2026-012", buyer: "C", cadre: "A1", engagementNumber: "120511", lines: [desks("18")], sentDaysAgo: 0.1, steps: [{ kind: "acheminer", daysAgo: 0.1 }, { kind: "hold", daysAgo: 0.1 }] },
  { number: "CS-2026-013", buyer: "B", cadre: "A1", engagementNumber: "EJ-2026-0140", lines: [cleaning], sentDaysAgo: 0.05, steps: [{ kind: "hold", daysAgo: 0.05 }] },
  // A9 (CHORUS SOCIETE sous-traitant of CHORUS DEUX) and A12 (cotraitant, CHORUS DEUX mandataire): the holder decides first.
  {
    number: "CS-2026-014", buyer: "C", cadre: "A9", engagementNumber: "120520", marketNumber: "MARCHE-2026-COL-07", lines: [works], sentDaysAgo: 12,
    steps: [{ kind: "validate", daysAgo: 10, comment: "Travaux conformes au contrat de sous-traitance." }, { kind: "hold", daysAgo: 10 }],
  },
  {
    number: "CS-2026-015", buyer: "B", cadre: "A12", engagementNumber: "EJ-2026-0150", marketNumber: "MARCHE-2026-INF-02", lines: [maintenance("30")], sentDaysAgo: 11,
    steps: [{ kind: "validate", daysAgo: 9 }, { kind: "hold", daysAgo: 9 }],
  },
  {
    number: "CS-2026-016", buyer: "C", cadre: "A9", engagementNumber: "120527", marketNumber: "MARCHE-2026-COL-07", lines: [chairs], sentDaysAgo: 10,
    steps: [{ kind: "refuse", daysAgo: 8, motif: "Fourniture hors du périmètre de la sous-traitance déclarée." }],
  },
  {
    number: "CS-2026-017", buyer: "B", cadre: "A12", engagementNumber: "EJ-2026-0155", marketNumber: "MARCHE-2026-INF-02", lines: [maintenance("8")], sentDaysAgo: 9,
    steps: [{ kind: "refuse", daysAgo: 7, motif: "Prestation déjà facturée par le mandataire." }],
  },
  // Not answered by the holder in time: validated by the platform, the deadline past (sent VALIDATION_DELAY_DAYS + 2 days ago).
  { number: "CS-2026-018", buyer: "C", cadre: "A9", engagementNumber: "120533", marketNumber: "MARCHE-2026-COL-07", lines: [paper], sentDaysAgo: "pastDeadline", steps: [{ kind: "autoValidate", daysAgo: 0 }, { kind: "hold", daysAgo: 0 }] },
  { number: "CS-2026-019", buyer: "B", cadre: "A12", engagementNumber: "EJ-2026-0160", marketNumber: "MARCHE-2026-INF-02", lines: [maintenance("6")], sentDaysAgo: "pastDeadline", steps: [{ kind: "autoValidate", daysAgo: 0 }, { kind: "hold", daysAgo: 0 }] },
  // Waiting in CHORUS DEUX's « Factures à valider » (last: the automatic validation above takes every overdue invoice).
  { number: "CS-2026-020", buyer: "C", cadre: "A9", engagementNumber: "120540", marketNumber: "MARCHE-2026-COL-07", lines: [books], sentDaysAgo: 0.2, steps: [] },
];

/** The flux deposited by lot to BREST METROPOLE BUDGET PRINCIPAL: three invoices accepted, one refused (unknown service). */
export const DEMO_FLUX = {
  uploadName: "lot-novembre.zip",
  files: [
    { number: "CS-LOT-001", serviceCode: "FACTURES", engagementNumber: "EJ-2026-0201", lines: [maintenance("10")] },
    { number: "CS-LOT-002", serviceCode: "FACTURES", engagementNumber: "EJ-2026-0202", lines: [paper] },
    { number: "CS-LOT-003", serviceCode: "FACTURES", engagementNumber: "EJ-2026-0203", lines: [cleaning] },
    { number: "CS-LOT-004", serviceCode: "COMPTABILITE", engagementNumber: "EJ-2026-0204", lines: [chairs] },
  ],
};
