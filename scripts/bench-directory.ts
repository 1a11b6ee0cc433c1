// npm run bench:directory [-- <count>]: times "Rechercher une structure publique" on a throw-away database
// holding the demo data and a generated directory (50,000 public structures by default). Prints a table
// per kind of search, then, last, one line of JSON with the overall p50 / p95.
import "./lib/load-env.ts";
import { generateDirectory, type GeneratedStructure } from "./bench/directory-generator.ts";
import type { DirectorySearchInput } from "../src/features/directory/schemas.ts";
import { loadDirectory } from "./lib/directory-loader.ts";
import { applyMigrations } from "./lib/migrations.ts";
import { throwawayDatabase } from "./lib/throwaway-database.ts";
import { seedDatabase } from "./lib/seed.ts";
import { percentile } from "./lib/percentile.ts";

const STRUCTURES = Number(process.argv[2] ?? 50_000);
const ROUNDS = 1000;

type Query = { kind: string; input: DirectorySearchInput };

/** The mix of searches, drawn from the generated directory so that most of them find something. */
function queryMix(directory: GeneratedStructure[]): Query[] {
  const at = (i: number) => directory[(i * 7919) % directory.length];
  const firstWord = (s: GeneratedStructure) => s.ville.split(/[ -]/)[0];
  const kinds: [string, (i: number) => DirectorySearchInput][] = [
    ["SIRET exact", (i) => ({ identifiant: at(i).identifier })],
    ["SIRET préfixe *", (i) => ({ identifiant: `${at(i).identifier.slice(0, 6 + (i % 4))}*` })],
    ["SIRET *milieu*", (i) => ({ identifiant: `*${at(i).identifier.slice(4, 10)}*` })],
    ["1 mot (ville)", (i) => ({ texte: firstWord(at(i)).toLowerCase() })],
    ["2 mots", (i) => ({ texte: `${at(i).raisonSociale.split(" ")[0]} ${firstWord(at(i))}` })],
    ["motif * (BREST*)", (i) => ({ texte: `${firstWord(at(i)).slice(0, 5)}*` })],
    ["code postal", (i) => ({ texte: at(i).codePostal })],
    ["mot rare", (i) => ({ texte: at(i).raisonSociale.split(" ").at(-1)!.toLowerCase() + " " + at(i).codePostal })],
    ["mot fréquent", (i) => ({ texte: ["commune", "college", "lycée", "syndicat", "ccas"][i % 5] })],
    ["mot fréquent, page 2 à 20", (i) => ({ texte: ["commune", "college", "lycée"][i % 3], page: 2 + (i % 19), parPage: [5, 10, 20][i % 3] })],
    ["SIRET + nom", (i) => ({ identifiant: `${at(i).identifier.slice(0, 2)}*`, texte: firstWord(at(i)) })],
  ];
  const perKind = Math.ceil(ROUNDS / kinds.length);
  return kinds.flatMap(([kind, build]) => Array.from({ length: perKind }, (_, i) => ({ kind, input: build(i + 1) })));
}

const ms = (value: number) => Math.round(value * 100) / 100;

const database = await throwawayDatabase("bench_directory");
try {
  console.log(`Base jetable ; migrations, données de démonstration et ${STRUCTURES} structures générées…`);
  await applyMigrations(database.url);
  await seedDatabase(database.url);
  const loadStarted = performance.now();
  await loadDirectory(database.url, STRUCTURES);
  console.log(`Annuaire chargé en ${((performance.now() - loadStarted) / 1000).toFixed(1)} s.`);

  // The use case reads DATABASE_URL when its module loads: point it at the throw-away database first.
  process.env.DATABASE_URL = database.url;
  const { searchPublicDirectory } = await import("../src/features/directory/use-cases/search-public-directory.ts");
  const { db } = await import("../src/server/db.ts");

  const queries = queryMix(generateDirectory(STRUCTURES));
  for (const query of queries.filter((_, i) => i % 5 === 0)) await searchPublicDirectory(query.input); // warm-up

  const timings = new Map<string, { ms: number[]; found: number[] }>();
  for (const query of queries) {
    const started = performance.now();
    const result = await searchPublicDirectory(query.input);
    const elapsed = performance.now() - started;
    const entry = timings.get(query.kind) ?? { ms: [], found: [] };
    entry.ms.push(elapsed);
    entry.found.push(result.total);
    timings.set(query.kind, entry);
  }
  await db.$disconnect();
  // The batch deposit's own connections too: dropping the database would end them, and their loss be logged after the figures.
  await (await import("../src/features/invoices/batch/data/pg-pool.ts")).closeBatchPgPool();

  console.table(
    [...timings].map(([kind, { ms: values, found }]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        recherche: kind,
        n: values.length,
        "p50 ms": ms(percentile(sorted, 50)),
        "p95 ms": ms(percentile(sorted, 95)),
        "max ms": ms(sorted.at(-1)!),
        "résultats (moy.)": Math.round(found.reduce((a, b) => a + b, 0) / found.length),
      };
    }),
  );
  const all = [...timings.values()].flatMap((entry) => entry.ms).sort((a, b) => a - b);
  console.log(JSON.stringify({ p50_ms: ms(percentile(all, 50)), p95_ms: ms(percentile(all, 95)), n: all.length, structures: STRUCTURES }));
} finally {
  await database.drop();
}
