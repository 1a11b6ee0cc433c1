import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages with native code or WebAssembly stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@prisma/adapter-pg", "@pdf-lib/fontkit", "pdfjs-dist"],
  poweredByHeader: false,
  // Lets two builds of one checkout coexist (e.g. end-to-end runs in parallel): NEXT_DIST_DIR=.next-e2e-2.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // forbidden(): a 403 page when a user opens an espace their structures do not grant.
  // Deposits: one invoice file (20 MB at most) or a batch of up to 10,000 XML invoices, zipped.
  // The proxy buffers request bodies too (10 MB by default, then TRUNCATES them): same limit.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "100mb" }, proxyClientMaxBodySize: "100mb" },
};

export default nextConfig;
