import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client.ts";
import { statementNamer } from "./statement-names.ts";

/**
 * jit=off on every connection: PostgreSQL compiles a query to machine code when its estimated cost passes
 * jit_above_cost, and a subquery per row inflates the estimate of short queries. The Tableau de bord of a supplier with
 * 10,000 invoices spent 10-36 ms compiling a query that runs in 8-14 ms (decision 0025). The portal's queries are short.
 * Statements are prepared once per connection (statement-names.ts).
 */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString, max: poolSize, options: "-c jit=off" }, { statementNameGenerator: statementNamer() });
  return new PrismaClient({ adapter });
}
