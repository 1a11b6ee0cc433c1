// npm run bench:entry [-- <existing invoices>]: times "Valider et envoyer" on a throw-away database holding the demo
// data and, for the supplier CHORUS SOCIETE, 100,000 invoices already sent (by default). 1,000 invoices of 10 lines
// are saved as drafts then sent through the use cases, as Simon Pellegrin; only sendInvoice is timed (it includes
// the Factur-X PDF, the CII XML and the deposit receipt). Prints the figures, the last line as JSON, with the
// process CPU and the SQL statements (BEGIN and COMMIT included) per send: on a loaded machine, those two are what
// compare from one run to another. `npm run bench:entry -- <existing> <sent>` for a shorter run.
import "./lib/load-env.ts";
import pg from "pg";
import type { InvoiceFormInput } from "../src/features/invoices/common/schemas.ts";
import { applyMigrations } from "./lib/migrations.ts";
import { throwawayDatabase } from "./lib/throwaway-database.ts";
import { seedDatabase } from "./lib/seed.ts";
import { percentile } from "./lib/percentile.ts";

const EXISTING = Number(process.argv[2] ?? 100_000);
const SENT = Number(process.argv[3] ?? 1000);
const WARM_UP = 20;
const LINES = 10;
const BATCH = 20_000;

type BenchParties = { supplierId: string; userId: string; recipients: { structureId: string; serviceId: string; engagement: (i: number) => string }[] };

async function benchParties(client: pg.Client): Promise<BenchParties> {
  const one = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0] as Record<string, string>;
  const supplier = await one(`SELECT id FROM structures WHERE identifier = $1`, ["FRCHORUSSOCIETE"]);
  const user = await one(`SELECT id FROM users WHERE login_email = $1`, ["simon.pellegrin@chorus-societe.example"]);
  const recipient = async (identifier: string, serviceCode: string) =>
    one(`SELECT s.id AS "structureId", v.id AS "serviceId" FROM structures s JOIN services v ON v.structure_id = s.id WHERE s.identifier = $1 AND v.code = $2`, [identifier, serviceCode]);
  const brest = await recipient("24290031400012", "FACTURES");
  const cotesDArmor = await recipient("22220001600327", "COLLEGE");
  return {
    supplierId: supplier.id,
    userId: user.id,
    recipients: [
      { structureId: brest.structureId, serviceId: brest.serviceId, engagement: (i) => `BM${i}` },
      { structureId: cotesDArmor.structureId, serviceId: cotesDArmor.serviceId, engagement: (i) => String(10_000 + (i % 90_000)) },
    ],
  };
}

/**
 * The supplier's past invoices, straight in SQL (generate_series, by batches): sent over 2016 (a year whose TMP
 * numbers the use cases will not give again), in the statuses that follow a deposit, one line and one history row each.
 */
async function insertExistingInvoices(client: pg.Client, parties: BenchParties, count: number) {
  const recipient = parties.recipients[0];
  for (let from = 1; from <= count; from += BATCH) {
    const to = Math.min(count, from + BATCH - 1);
    await client.query(
      `WITH inserted AS (
         INSERT INTO invoices (id, supplier_structure_id, recipient_structure_id, recipient_service_id, created_by_id, engagement_number,
                               invoice_number, temporary_number, sent_number, invoice_date, total_net, total_vat, total_gross, amount_due,
                               status, status_changed_at, sent_at, created_at, updated_at)
         SELECT gen_random_uuid(), $1, $2, $3, $4, 'BM' || i, 'H' || lpad(i::text, 9, '0'), 'TMP2016' || lpad(i::text, 14, '0'),
                'H' || lpad(i::text, 9, '0'), (at::date), 100 + i % 900, (100 + i % 900) * 0.2, (100 + i % 900) * 1.2, (100 + i % 900) * 1.2,
                (ARRAY['DEPOSEE','MISE_A_DISPOSITION','SERVICE_FAIT','MANDATEE','MISE_EN_PAIEMENT','SUSPENDUE','REJETEE'])[1 + i % 7]::"InvoiceStatus",
                at, at, at, at
         FROM generate_series($5::int, $6::int) AS i, LATERAL (SELECT timestamp '2016-01-01' + i * interval '5 minutes' AS at) AS moment
         RETURNING id, status, created_by_id, supplier_structure_id, sent_at, total_net
       ), lines AS (
         INSERT INTO invoice_lines (id, invoice_id, position, denomination, quantity, unit, unit_price_net, vat_rate, line_net)
         SELECT gen_random_uuid(), id, 1, 'Prestation', 1, 'C62', total_net, 20, total_net FROM inserted
       )
       INSERT INTO invoice_history (id, invoice_id, status, actor_id, actor_structure_id, created_at)
       SELECT gen_random_uuid(), id, status, created_by_id, supplier_structure_id, sent_at FROM inserted`,
      [parties.supplierId, recipient.structureId, recipient.serviceId, parties.userId, from, to],
    );
  }
  await client.query("ANALYZE invoices; ANALYZE invoice_lines; ANALYZE invoice_history");
}

const VAT_RATES = ["20", "10", "5.5", "2.1"];

/** The i-th invoice of the run: 10 lines with mixed rates, units and discounts, to one of the demo recipients. */
function benchInvoice(parties: BenchParties, i: number): InvoiceFormInput {
  const recipient = parties.recipients[i % parties.recipients.length];
  return {
    supplierStructureId: parties.supplierId,
    recipientIsState: false,
    recipientStructureId: recipient.structureId,
    recipientServiceId: recipient.serviceId,
    cadre: "A1",
    currency: "EUR",
    type: "FACTURE",
    vatRegime: "DEBITS",
    engagementNumber: recipient.engagement(i),
    paymentMode: "VIREMENT",
    invoiceNumber: `BENCH-${String(i).padStart(6, "0")}`,
    invoiceDate: "2026-11-23",
    comment: "Facture du banc de mesure",
    lines: Array.from({ length: LINES }, (_, n) => ({
      reference: `REF-${n + 1}`,
      denomination: `Article ${n + 1} de la facture ${i}`,
      quantity: String(1 + ((i + n) % 7)) + (n % 3 === 0 ? ",5" : ""),
      unit: n % 2 === 0 ? "C62" : "KGM",
      unitPriceNet: `${10 + ((i * 7 + n) % 90)}.${String((i + n) % 100).padStart(2, "0")}`,
      discountNet: n % 4 === 0 ? "1.00" : "",
      vatRate: VAT_RATES[n % VAT_RATES.length],
    })),
  };
}

const ms = (value: number) => Math.round(value * 100) / 100;

/**
 * The statements sent to PostgreSQL while `counting` is set: every pooled connection is a pg.Client. With
 * BENCH_ENTRY_SQL=1, those of the last send are printed (which reads are repeated, which could merge).
 */
const statements = { counting: false, count: 0, last: [] as string[] };
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (statements.counting) {
    statements.count++;
    const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string })?.text;
    statements.last.push(String(text).replace(/\s+/g, " ").slice(0, 240));
  }
  return (clientQuery as (...rest: unknown[]) => unknown).apply(this, args);
} as typeof clientQuery;

const database = await throwawayDatabase("bench_entry");
try {
  console.log(`Base jetable ; migrations, données de démonstration et ${EXISTING} factures existantes…`);
  await applyMigrations(database.url);
  await seedDatabase(database.url, "Banc-de-mesure-2026!");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const parties = await benchParties(client);
  const loadStarted = performance.now();
  await insertExistingInvoices(client, parties, EXISTING);
  const existing = Number((await client.query(`SELECT count(*) FROM invoices WHERE supplier_structure_id = $1`, [parties.supplierId])).rows[0].count);
  await client.end();
  console.log(`${existing} factures existantes chargées en ${((performance.now() - loadStarted) / 1000).toFixed(1)} s.`);

  // The use cases read DATABASE_URL when their modules load: point it at the throw-away database first.
  process.env.DATABASE_URL = database.url;
  const { saveInvoiceDraft } = await import("../src/features/invoices/entry/use-cases/save-invoice-draft.ts");
  const { sendInvoice } = await import("../src/features/invoices/entry/use-cases/send-invoice.ts");
  const { db } = await import("../src/server/db.ts");

  let cpuMicros = 0;
  const send = async (i: number) => {
    const input = benchInvoice(parties, i);
    const draft = await saveInvoiceDraft({ userId: parties.userId, input });
    const cpu = process.cpuUsage();
    statements.last = [];
    statements.counting = true;
    const started = performance.now();
    await sendInvoice({ userId: parties.userId, input: { ...input, invoiceId: draft.invoiceId } });
    const elapsed = performance.now() - started;
    statements.counting = false;
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
    return elapsed;
  };
  for (let i = 1; i <= WARM_UP; i++) await send(SENT + i); // JIT, fonts, connection pool
  cpuMicros = 0;
  statements.count = 0;
  const timings: number[] = [];
  for (let i = 1; i <= SENT; i++) timings.push(await send(i));
  await db.$disconnect();
  if (process.env.BENCH_ENTRY_SQL) console.log(statements.last.map((text, n) => `${n + 1}. ${text}`).join("\n"));

  const sorted = [...timings].sort((a, b) => a - b);
  const result = {
    p50_ms: ms(percentile(sorted, 50)),
    p95_ms: ms(percentile(sorted, 95)),
    max_ms: ms(sorted.at(-1)!),
    cpu_ms_per_send: ms(cpuMicros / 1000 / timings.length),
    queries_per_send: ms(statements.count / timings.length),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    n: timings.length,
    existing_invoices: existing,
  };
  console.table([{ "valider et envoyer": `${LINES} lignes`, n: result.n, "p50 ms": result.p50_ms, "p95 ms": result.p95_ms, "max ms": result.max_ms, "CPU ms": result.cpu_ms_per_send, requêtes: result.queries_per_send, "RSS max Mo": result.peak_rss_mb }]);
  console.log(JSON.stringify(result));
} finally {
  await database.drop();
}
