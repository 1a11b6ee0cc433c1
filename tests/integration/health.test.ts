import { describe, expect, it } from "vitest";
import { checkHealth } from "@/server/health.ts";
import { createPrismaClient } from "@/server/prisma-client.ts";
import { freePort } from "../../scripts/lib/processes.ts";

describe("health", () => {
  it("reports the database up", async () => {
    const health = await checkHealth();
    expect(health.status).toBe("ok");
    expect(health.database.status).toBe("up");
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("reports the database down when it cannot be reached", async () => {
    const unreachable = createPrismaClient(`postgresql://personne@127.0.0.1:${await freePort()}/rien`, 1);
    const health = await checkHealth(unreachable);
    await unreachable.$disconnect();
    expect(health.status).toBe("degraded");
    expect(health.database.status).toBe("down");
    expect(health.database.error).toBeTruthy();
  });
});
