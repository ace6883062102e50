import type { NextConfig } from "next";

// The Next app only renders the UI; apps/web/server/main.ts owns the HTTP server, /api/trpc and
// socket.io, so no server-only package is ever bundled here.
const nextConfig: NextConfig = {
  // Workspace packages export their TypeScript source (`exports: { ".": "./src/index.ts" }`) and
  // import each other with explicit `.ts` extensions; Next compiles them like app code, and both
  // Turbopack and webpack resolve a specifier that names an existing `.ts` file as is.
  transpilePackages: ["@wheelhouse/ui", "@wheelhouse/protocol", "@wheelhouse/channels"],
  reactStrictMode: true,
  // `npm run typecheck` (and so CI) checks this app with the whole monorepo; checking again inside
  // every build would double the build's time on small machines.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
};

export default nextConfig;
