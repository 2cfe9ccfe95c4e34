import { defineConfig } from "vitest/config";

// Solid's default build under Node is the server renderer, where effects never run; the console's
// data primitives are tested on the browser build, as they run in the console.
export default defineConfig({
  resolve: { conditions: ["browser", "development"] },
  ssr: { resolve: { conditions: ["browser", "development"] } },
  test: { environment: "node", include: ["test/**/*.test.ts"], server: { deps: { inline: [/solid-js/] } } },
});
