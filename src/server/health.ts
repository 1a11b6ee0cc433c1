import type { PrismaClient } from "@/generated/prisma/client.ts";
import { db } from "./db.ts";

export type Health = { status: "ok" | "degraded"; database: { status: "up" | "down"; latencyMs?: number; error?: string } };

export async function checkHealth(client: Pick<PrismaClient, "$queryRaw"> = db): Promise<Health> {
  const started = performance.now();
  try {
    await client.$queryRaw`SELECT 1`;
    return { status: "ok", database: { status: "up", latencyMs: Math.round((performance.now() - started) * 10) / 10 } };
  } catch (error) {
    const message = error instanceof Error ? error.message.trim().split("\n")[0] || error.name : String(error);
    return { status: "degraded", database: { status: "down", error: message || "base injoignable" } };
  }
}
