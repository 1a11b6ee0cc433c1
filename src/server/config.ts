// Every setting the server reads from the environment, in one place (documented in .env.example).
function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} doit être un entier positif (reçu « ${raw} »).`);
  return value;
}

export const config = {
  get databaseUrl() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL manque : lancez le portail avec « npm start », qui la fournit.");
    return url;
  },
  /** Shows the State's brand block (Marianne, « République française ») only on an official deployment. */
  officialDeployment: process.env.OFFICIAL_DEPLOYMENT === "true",
  serviceName: process.env.SERVICE_NAME ?? "Portail de facturation électronique",
  sessionMaxAgeSeconds: integer("SESSION_MAX_AGE_MINUTES", 60) * 60,
  login: {
    maxFailuresPerAccount: integer("LOGIN_MAX_FAILURES", 5),
    maxFailuresPerIp: integer("LOGIN_MAX_FAILURES_PER_IP", 20),
    lockMinutes: integer("LOGIN_LOCK_MINUTES", 15),
  },
};
