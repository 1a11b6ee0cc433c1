import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages with native code or WebAssembly stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@prisma/adapter-pg", "@pdf-lib/fontkit", "pdfjs-dist"],
  poweredByHeader: false,
  // The benchmarks' and the end-to-end tests' builds: the types are checked by npm run lint (npm test runs it first), not twice.
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_SKIP_TYPECHECK === "1" },
  // Lets two builds of one checkout coexist (e.g. end-to-end runs in parallel): NEXT_DIST_DIR=.next-e2e-2.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // forbidden(): a 403 page when a user opens an espace their structures do not grant.
  // Bodies: the largest a route may take (a batch of 10,000 XML invoices, zipped). Each route's own limit (a login
  // or a sign-up is small, only deposits take megabytes) is enforced before Next.js reads the body, by the HTTP
  // server of scripts/serve.ts (src/server/http/body-limits.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "100mb" } },
  // Static files (src/server/http/page-headers.ts sets the headers of pages and route handlers, not theirs).
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
