// The bench seed of npm run bench:tracking, generated in SQL (INSERT … SELECT generate_series) so that a million
// invoices take minutes: supplier structures with one gestionnaire each (espace Factures émises), public structures
// with one service and one agent each (espace Factures reçues), and invoices spread over them the way real traffic
// is: a few large suppliers and buyers, many small ones (index = floor(count × u²)).
import pg from "pg";
import { applyMigrations } from "./migrations.ts";
import { seedDatabase } from "./seed.ts";
import { throwawayDatabase, type ThrowawayDatabase } from "./throwaway-database.ts";

export type TrackingBenchSize = { suppliers: number; publics: number; invoices: number };
/** A bench user and how many invoices their structure sent (supplier) or received (public agent). */
export type TrackingBenchUser = { userId: string; invoices: number };

const BATCH = 100_000;
const DAY = "interval '1 day'";

/** Shares of the statuses (once past the A9/A12 validation): mostly Mise à disposition onwards, as in the seeds' dashboards. */
const STATUS_SHARES: [string, number][] = [
  ["BROUILLON", 0.01],
  ["DEPOSEE", 0.02],
  ["EN_COURS_ACHEMINEMENT", 0.005],
  ["MISE_A_DISPOSITION", 0.15],
  ["SUSPENDUE", 0.02],
  ["COMPLETEE", 0.005],
  ["A_RECYCLER", 0.01],
  ["REJETEE", 0.04],
  ["SERVICE_FAIT", 0.08],
  ["MANDATEE", 0.07],
  ["MISE_A_DISPOSITION_COMPTABLE", 0.03],
  ["COMPTABILISEE", 0.1],
  ["MISE_EN_PAIEMENT", 0.46],
];

/** CASE expression picking a status from a uniform draw `u` along the cumulative shares. */
function statusCase(u: string): string {
  let cumulative = 0;
  const branches = STATUS_SHARES.slice(0, -1).map(([status, share]) => {
    cumulative += share;
    return `WHEN ${u} < ${cumulative.toFixed(4)} THEN '${status}'`;
  });
  return `CASE ${branches.join(" ")} ELSE '${STATUS_SHARES.at(-1)![0]}' END`;
}

/** Structures of one kind, each with a gestionnaire principal (ACTIF) and its espaces; a map table rank → ids. */
async function insertParties(client: pg.Client, kind: "PRIVEE" | "PUBLIQUE", count: number) {
  const table = kind === "PRIVEE" ? "bench_suppliers" : "bench_publics";
  const prefix = kind === "PRIVEE" ? "919" : "219";
  const label = kind === "PRIVEE" ? "FOURNISSEUR BANC" : "COLLECTIVITE BANC";
  const espaces = kind === "PRIVEE" ? ["FACTURES_EMISES", "FACTURES_A_VALIDER", "MON_COMPTE"] : ["FACTURES_RECUES", "MON_COMPTE"];
  await client.query(`CREATE UNLOGGED TABLE ${table} (n int PRIMARY KEY, structure_id uuid NOT NULL, user_id uuid NOT NULL, service_id uuid)`);
  await client.query(
    `INSERT INTO ${table} (n, structure_id, user_id, service_id)
     SELECT n, gen_random_uuid(), gen_random_uuid(), ${kind === "PUBLIQUE" ? "gen_random_uuid()" : "NULL"} FROM generate_series(0, $1::int - 1) AS n`,
    [count],
  );
  await client.query(
    `INSERT INTO structures (id, identifier_type, identifier, raison_sociale, kind, status, adresse, code_postal, ville, search_text, updated_at,
                             engagement_obligatoire, service_obligatoire)
     SELECT structure_id, 'SIRET', '${prefix}' || lpad(n::text, 11, '0'), '${label} ' || n, '${kind}', 'ACTIF', n || ' rue du Banc',
            lpad((1000 + n % 95000)::text, 5, '0'), 'BANCVILLE', '${prefix}' || lpad(n::text, 11, '0') || ' ${label} ' || n, now(),
            ${kind === "PUBLIQUE"}, ${kind === "PUBLIQUE"}
     FROM ${table}`,
  );
  if (kind === "PUBLIQUE") {
    await client.query(`INSERT INTO services (id, structure_id, code, libelle) SELECT service_id, structure_id, 'FACTURES', 'Service des factures' FROM ${table}`);
  }
  const who = kind === "PRIVEE" ? "fournisseur" : "agent";
  await client.query(
    `INSERT INTO users (id, login_email, nom, prenom, adresse, code_postal, ville, status, updated_at)
     SELECT user_id, '${who}-' || n || '@banc.example', 'Banc', '${who} ' || n, n || ' rue du Banc', '75001', 'PARIS', 'ACTIF', now() FROM ${table}`,
  );
  await client.query(
    `INSERT INTO rattachements (id, user_id, structure_id, role, status) SELECT gen_random_uuid(), user_id, structure_id, 'GESTIONNAIRE_PRINCIPAL', 'ACTIF' FROM ${table}`,
  );
  await client.query(
    `INSERT INTO structure_espaces (id, structure_id, espace) SELECT gen_random_uuid(), structure_id, e::"Espace" FROM ${table}, unnest($1::text[]) AS e`,
    [espaces],
  );
}

/**
 * Invoices from..to: draws per row (supplier, buyer, status, age, amount, cadre), then the columns. A9/A12 invoices
 * have the next supplier as holder of the contract; some wait for it (A_VALIDER_1) or were refused (REFUSEE_1).
 * Invoices that are not yet routed are recent; the others spread over two years.
 */
async function insertInvoices(client: pg.Client, size: TrackingBenchSize, from: number, to: number) {
  await client.query(
    `WITH draw AS MATERIALIZED (
       SELECT i, floor($3::int * power(random(), 2))::int AS s, floor($4::int * power(random(), 2))::int AS p,
              random() AS u_status, random() AS u_age, random() AS u_progress, random() AS u_amount, random() AS u_cadre, random() AS u_misc
       FROM generate_series($1::int, $2::int) AS i
     ), shaped AS MATERIALIZED (
       SELECT d.*,
              CASE WHEN u_cadre < 0.88 THEN 'A1' WHEN u_cadre < 0.90 THEN 'A2' WHEN u_cadre < 0.96 THEN 'A9' ELSE 'A12' END AS cadre,
              CASE WHEN u_cadre >= 0.90 AND u_status < 0.08 THEN 'A_VALIDER_1'
                   WHEN u_cadre >= 0.90 AND u_status < 0.11 THEN 'REFUSEE_1'
                   WHEN u_cadre >= 0.90 AND u_status < 0.12 THEN 'VALIDEE_1'
                   ELSE ${statusCase("u_status")} END AS status,
              round(exp(ln(10) + u_amount * ln(20000))::numeric, 2) AS net
       FROM draw d
     ), dated AS MATERIALIZED (
       SELECT sh.*,
              now() - (CASE WHEN status IN ('BROUILLON', 'DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'A_VALIDER_1', 'VALIDEE_1') THEN u_age * 5 ELSE u_age * 730 END) * ${DAY} AS sent
       FROM shaped sh
     )
     INSERT INTO invoices (id, supplier_structure_id, recipient_structure_id, recipient_service_id, validator_structure_id, validation_deadline,
                           created_by_id, deposit_mode, cadre, type, engagement_number, invoice_number, temporary_number, sent_number,
                           invoice_date, total_net, total_vat, total_gross, amount_due, status, status_changed_at, sent_at, received_at,
                           payment_delay_days, payment_due_date, created_at, updated_at)
     SELECT gen_random_uuid(), s.structure_id, p.structure_id, p.service_id,
            CASE WHEN cadre IN ('A9', 'A12') THEN v.structure_id END,
            CASE WHEN status = 'A_VALIDER_1' THEN sent + 15 * ${DAY} END,
            s.user_id,
            (ARRAY['SAISIE','SAISIE','SAISIE','SAISIE','PDF_NON_SIGNE','PDF_NON_SIGNE','PDF_NON_SIGNE','XML_STRUCTURE','XML_STRUCTURE','XML_MIXTE'])[1 + floor(u_misc * 10)::int]::"DepositMode",
            cadre::"CadreFacturation",
            (CASE WHEN u_misc < 0.05 THEN 'AVOIR' ELSE 'FACTURE' END)::"InvoiceType",
            (10000 + (i::bigint * 7919) % 990000)::text,
            'FB' || lpad(i::text, 8, '0'),
            'TMP2015' || lpad(i::text, 14, '0'),
            CASE WHEN status <> 'BROUILLON' THEN 'FB' || lpad(i::text, 8, '0') END,
            (sent - floor(u_misc * 10) * ${DAY})::date,
            net, round(net * 0.2, 2), round(net * 1.2, 2), round(net * 1.2, 2),
            status::"InvoiceStatus",
            CASE WHEN status IN ('BROUILLON', 'DEPOSEE', 'A_VALIDER_1') THEN sent
                 ELSE least(now(), sent + u_progress * 60 * ${DAY}) END,
            CASE WHEN status <> 'BROUILLON' THEN sent END,
            CASE WHEN status NOT IN ('BROUILLON', 'DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'A_VALIDER_1', 'VALIDEE_1', 'REFUSEE_1') THEN sent + interval '1 minute' END,
            -- The délai de paiement (docs/payment-delays.md) of a received invoice that is not an avoir: 30 days.
            CASE WHEN status NOT IN ('BROUILLON', 'DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'A_VALIDER_1', 'VALIDEE_1', 'REFUSEE_1') AND u_misc >= 0.05 THEN 30 END,
            CASE WHEN status NOT IN ('BROUILLON', 'DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'A_VALIDER_1', 'VALIDEE_1', 'REFUSEE_1') AND u_misc >= 0.05
                 THEN ((sent + interval '1 minute') AT TIME ZONE 'Europe/Paris')::date + 30 END,
            sent - interval '1 hour', now()
     FROM dated
     JOIN bench_suppliers s ON s.n = dated.s
     JOIN bench_suppliers v ON v.n = (dated.s + 1) % $3::int
     JOIN bench_publics p ON p.n = dated.p`,
    [from, to, size.suppliers, size.publics],
  );
}

const MOTIFS = ["Montant de la facture erroné", "SE/EJ incorrect (renvoi possible)", "Justificatif absent ou insuffisant", "Double facturation", "Autres"];

/**
 * The history: the deposit (or the submission to the holder of the contract) by the supplier's user, then, when the
 * invoice moved on, its current status by the platform, the buyer's agent or the holder, with a motif when one is due.
 */
async function insertHistory(client: pg.Client) {
  await client.query(
    `INSERT INTO invoice_history (id, invoice_id, status, actor_id, actor_structure_id, created_at)
     SELECT gen_random_uuid(), id, CASE WHEN validator_structure_id IS NOT NULL THEN 'A_VALIDER_1' ELSE 'DEPOSEE' END::"InvoiceStatus",
            created_by_id, supplier_structure_id, sent_at
     FROM invoices WHERE sent_at IS NOT NULL AND temporary_number LIKE 'TMP2015%'`,
  );
  await client.query(
    `INSERT INTO invoice_history (id, invoice_id, status, actor_id, actor_structure_id, motif, comment, created_at)
     SELECT gen_random_uuid(), i.id, i.status,
            CASE WHEN i.status IN ('EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION') THEN NULL
                 WHEN i.status IN ('COMPLETEE') THEN i.created_by_id
                 WHEN i.status = 'VALIDEE_1' AND hashtext(i.id::text) % 2 = 0 THEN NULL -- validation automatique hors délai
                 WHEN i.status IN ('VALIDEE_1', 'REFUSEE_1') THEN v.user_id
                 ELSE p.user_id END,
            CASE WHEN i.status IN ('EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION') THEN NULL
                 WHEN i.status IN ('COMPLETEE') THEN i.supplier_structure_id
                 WHEN i.status = 'VALIDEE_1' AND hashtext(i.id::text) % 2 = 0 THEN NULL
                 WHEN i.status IN ('VALIDEE_1', 'REFUSEE_1') THEN i.validator_structure_id
                 ELSE i.recipient_structure_id END,
            CASE WHEN i.status IN ('SUSPENDUE', 'REJETEE', 'A_RECYCLER', 'REFUSEE_1') THEN ($1::text[])[1 + abs(hashtext(i.id::text)) % cardinality($1::text[])] END,
            CASE WHEN i.status IN ('SUSPENDUE', 'REJETEE', 'A_RECYCLER', 'REFUSEE_1') THEN 'Commentaire du banc de mesure' END,
            i.status_changed_at
     FROM invoices i
     JOIN bench_publics p ON p.structure_id = i.recipient_structure_id
     LEFT JOIN bench_suppliers v ON v.structure_id = i.validator_structure_id
     WHERE i.status NOT IN ('BROUILLON', 'DEPOSEE', 'A_VALIDER_1') AND i.temporary_number LIKE 'TMP2015%'`,
    [MOTIFS],
  );
}

/** Seeds the bench data into the (migrated) database at `databaseUrl`; `log` reports the progress. */
export async function seedTrackingBench(databaseUrl: string, size: TrackingBenchSize, log: (line: string) => void = () => {}): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // A throw-away database: no need to wait for the disk at each commit; big sorts for the index updates.
    await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'; SELECT setseed(0.42)");
    await insertParties(client, "PRIVEE", size.suppliers);
    await insertParties(client, "PUBLIQUE", size.publics);
    log(`${size.suppliers} fournisseurs et ${size.publics} structures publiques créés.`);
    // The counts of received invoices (received_invoice_counts, decision 0022) are kept by a row trigger: one upsert
    // per received invoice would add about a third to these inserts. Off while they run, then counted at once, as the
    // migration that created them does.
    await client.query("ALTER TABLE invoices DISABLE TRIGGER received_invoice_counts_on_insert");
    for (let from = 1; from <= size.invoices; from += BATCH) {
      const to = Math.min(size.invoices, from + BATCH - 1);
      await insertInvoices(client, size, from, to);
      log(`${to} factures…`);
    }
    await client.query("ALTER TABLE invoices ENABLE TRIGGER received_invoice_counts_on_insert");
    await client.query(
      `DELETE FROM received_invoice_counts;
       INSERT INTO received_invoice_counts (recipient_structure_id, recipient_service_id, status, invoices)
       SELECT recipient_structure_id, recipient_service_id, status, count(*)::int FROM invoices
       WHERE received_at IS NOT NULL AND recipient_structure_id IS NOT NULL GROUP BY 1, 2, 3`,
    );
    await insertHistory(client);
    await client.query("DROP TABLE bench_suppliers, bench_publics");
    log("Historique écrit ; VACUUM ANALYZE…");
    // The visibility map too: the lists' counts are index-only scans, as on a database that autovacuum keeps.
    await client.query("VACUUM (ANALYZE) invoices, invoice_history, received_invoice_counts, structures, services, users, rattachements, structure_espaces");
  } finally {
    await client.end();
  }
}

/** The bench's supplier users and public agents (by their logins), with their structure's invoice counts. */
export async function trackingBenchUsers(databaseUrl: string): Promise<{ suppliers: TrackingBenchUser[]; recipients: TrackingBenchUser[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const users = async (login: string, column: string) =>
      (
        await client.query<{ user_id: string; invoices: number }>(
          `SELECT u.id AS user_id, (SELECT count(*)::int FROM invoices i WHERE i.${column} = r.structure_id) AS invoices
           FROM users u JOIN rattachements r ON r.user_id = u.id WHERE u.login_email LIKE $1 ORDER BY u.login_email`,
          [login],
        )
      ).rows.map((row) => ({ userId: row.user_id, invoices: row.invoices }));
    return { suppliers: await users("fournisseur-%@banc.example", "supplier_structure_id"), recipients: await users("agent-%@banc.example", "recipient_structure_id") };
  } finally {
    await client.end();
  }
}

/**
 * The database a bench times: `externalUrl` when given (already seeded: neither seeded nor dropped), else a throw-away
 * one with the migrations, the demo data and the bench seed of `invoices` invoices.
 */
export async function trackingBenchDatabase(label: string, externalUrl: string | undefined, invoices: number): Promise<ThrowawayDatabase> {
  if (externalUrl) return { url: externalUrl, drop: async () => {} };
  const database = await throwawayDatabase(label);
  try {
    console.log(`Base jetable ; migrations, données de démonstration et ${invoices} factures…`);
    const started = performance.now();
    await applyMigrations(database.url);
    await seedDatabase(database.url, "Banc-de-mesure-2026!");
    await seedTrackingBench(database.url, { suppliers: 10_000, publics: 5_000, invoices }, (line) => console.log(`  ${((performance.now() - started) / 1000).toFixed(0)} s : ${line}`));
    console.log(`Jeu de données chargé en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return database;
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** `count` users: half drawn uniformly, half in proportion to their invoices (busy structures consult more). */
export function sampleUsers(users: TrackingBenchUser[], count: number, next: () => number): TrackingBenchUser[] {
  const total = users.reduce((sum, user) => sum + user.invoices, 0);
  const weighted = () => {
    let target = next() * total;
    for (const user of users) if ((target -= user.invoices) < 0) return user;
    return users.at(-1)!;
  };
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? users[Math.floor(next() * users.length)] : weighted()));
}
