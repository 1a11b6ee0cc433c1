import type { PrismaClient } from "@/generated/prisma/client.ts";
import { config } from "./config.ts";
import { createPrismaClient } from "./prisma-client.ts";

// One client per process; in development, hot reload would otherwise open a new pool on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(config.databaseUrl);
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
