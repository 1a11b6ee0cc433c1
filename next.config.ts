import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages with native code or WebAssembly stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@prisma/adapter-pg", "@pdf-lib/fontkit"],
  poweredByHeader: false,
  // Lets two builds of one checkout coexist (e.g. end-to-end runs in parallel): NEXT_DIST_DIR=.next-e2e-2.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // forbidden(): a 403 page when a user opens an espace their structures do not grant.
  experimental: { authInterrupts: true },
};

export default nextConfig;
