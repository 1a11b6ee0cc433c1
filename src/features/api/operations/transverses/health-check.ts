import { z } from "zod";
import { jsonOperation } from "@/server/api/operation.ts";
import { checkHealth } from "@/server/health.ts";

const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    database: z.object({ status: z.enum(["up", "down"]), latencyMs: z.number().optional(), error: z.string().optional() }),
  })
  .meta({ id: "EtatDuService" });

/** transverses/health-check: whether the API and its database answer (public: no token). */
export const healthCheck = jsonOperation({
  operationId: "healthCheck",
  method: "GET",
  path: "/transverses/health-check",
  tag: "Transverses",
  summary: "État du service",
  description: "Répond sans jeton : l'API et sa base de données sont-elles joignables ?",
  scope: null,
  response: healthSchema,
  run: () => checkHealth(),
});
