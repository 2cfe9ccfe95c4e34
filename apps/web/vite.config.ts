import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

const api = "http://localhost:9000";

/**
 * The dev server forwards API calls to the running API. The API only accepts cookie mutations
 * whose Origin is its public URL; the browser talks to this proxy as its own origin, so the proxy
 * presents the API's origin, as the built console served by the API would.
 */
const proxied = {
  target: api,
  configure: (proxy: { on: (event: "proxyReq", listener: (request: { setHeader: (name: string, value: string) => void }) => void) => void }) => {
    proxy.on("proxyReq", (request) => request.setHeader("origin", api));
  },
};

/**
 * `@roster/core` is pure code (no I/O, nothing runs on import), so its modules the console does not
 * use are dropped: importing a rule such as `suggestSlug` does not bring every zod schema along.
 */
const mayHaveSideEffects = (id: string) => !id.includes("/packages/core/");

export default defineConfig({
  plugins: [solid()],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", rollupOptions: { treeshake: { moduleSideEffects: mayHaveSideEffects } } },
  // Uploaded application icons are served by the API beside the console's own /applications pages.
  server: { proxy: { "/trpc": proxied, "/exports": proxied, "^/applications/[^/]+/icon(/|$)": proxied } },
});
