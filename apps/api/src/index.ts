/** What other packages may import: the router's type for clients, and the server for tests. */
export type { AppRouter } from "./router.js";
export { appRouter } from "./router.js";
export { startServer, type RunningServer, type ServerOptions } from "./server.js";
export { appConfigFrom } from "./app-config.js";
export { readEnv } from "./env.js";
export { createCallerFactory } from "./trpc.js";
