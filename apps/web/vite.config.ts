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

export default defineConfig({
  plugins: [solid()],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  server: { proxy: { "/trpc": proxied, "/exports": proxied } },
});
