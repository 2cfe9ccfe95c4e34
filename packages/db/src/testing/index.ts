export { createTestDatabase, type TestDatabase } from "./test-database.js";
export { openTestDatabase, type OpenTestDatabase } from "./open-test-database.js";
