export { startTestApp, adminPassword, adminToken, type TestApp, type TestAppOptions } from "./test-app.js";
export { createTestClient, errorOf, signIn, type TestClient } from "./test-client.js";
export { prepareRefreshGrantBench, runRefreshGrantLoad, type RefreshGrantBench, type RefreshGrantLoad } from "./oauth-bench.js";
