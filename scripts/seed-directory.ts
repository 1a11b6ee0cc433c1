// npm run seed:directory [-- <count>]: adds a realistic directory of public structures (50,000 by default)
// to the database, for speed work; running it again adds nothing.
import "./lib/load-env.ts";
import { openDatabase } from "./lib/database.ts";
import { loadDirectory } from "./lib/directory-loader.ts";
import { applyMigrations } from "./lib/migrations.ts";

const count = Number(process.argv[2] ?? 50_000);
if (!Number.isInteger(count) || count <= 0) {
  console.error(`Nombre de structures invalide : « ${process.argv[2]} » (exemple : npm run seed:directory -- 50000).`);
  process.exit(1);
}

const database = await openDatabase();
try {
  await applyMigrations(database.url);
  const started = performance.now();
  const inserted = await loadDirectory(database.url, count);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Annuaire : ${inserted} structures publiques ajoutées sur ${count} (les autres y étaient déjà), en ${seconds} s.`);
} finally {
  await database.stop();
}
