/** A cloned test database opened through the ORM, for tests of services and tasks. */
import { openDatabase, type Database } from "../orm.js";
import { createTestDatabase } from "./test-database.js";

export interface OpenTestDatabase {
  url: string;
  database: Database;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<OpenTestDatabase> {
  const testDatabase = await createTestDatabase();
  const database = await openDatabase({ url: testDatabase.url, poolMax: 3 });
  return {
    url: testDatabase.url,
    database,
    async close() {
      await database.close();
      await testDatabase.drop();
    },
  };
}
