import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/generated/**",
      "**/next-env.d.ts",
      "e2e/test-results/**",
      "e2e/playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["**/*.{js,mjs}"], languageOptions: { globals: globals.node } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description", "ts-ignore": true }],
    },
  },
  {
    // Configuration is read and validated once, in each app's config module.
    files: ["packages/**/*.ts", "apps/web/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through the app's config module." }],
    },
  },
  {
    // The Docker Engine is reached only through packages/runtime.
    files: ["**/*.{ts,tsx}"],
    ignores: ["packages/runtime/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "dockerode", message: "Use @wheelhouse/runtime." }] }],
    },
  },
);
