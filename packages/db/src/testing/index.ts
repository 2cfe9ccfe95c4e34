export { createTestDatabase, type TestDatabase } from "./test-database.js";
export { openTestDatabase, type OpenTestDatabase } from "./open-test-database.js";
// Tests reach below the services: raw SQL to arrange and inspect rows, and the entities.
export { sql, sqlCount } from "../sql.js";
export * from "../entities/index.js";
