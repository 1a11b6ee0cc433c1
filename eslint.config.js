// ESLint over src/, tests/, e2e/ and scripts/ (npm run lint): the recommended rules of ESLint, typescript-eslint
// (without type information, so that it stays fast: tsc --noEmit checks the types) and Next.js, and the repository's
// own rules (eslint-rules/).
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";
import local from "./eslint-rules/index.js";

export default tseslint.config(
  { ignores: ["src/generated/**", "tests/architecture/fixtures/**", ".next*/**", "node_modules/**", ".data/**"] },
  {
    files: ["{src,tests,e2e,scripts,eslint-rules}/**/*.{ts,tsx,mjs,js}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { local },
    rules: {
      // An unused binding is dead code, except the `_`-named ones that say "left out on purpose".
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Control characters in a pattern are how inputs, XML and paths refuse them: always on purpose here.
      "no-control-regex": "off",
    },
  },
  {
    // What Next.js builds: its own rules (pages, images, links, scripts).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  {
    files: ["src/features/**/use-cases/**/*.{ts,tsx}"],
    rules: { "local/one-use-case-per-file": "error" },
  },
);
