/**
 * Committed migrations, listed explicitly so that they run the same from TypeScript sources,
 * a bundle or a test — no folder scanning. Each is one SQL file, applied in a transaction.
 */
import { readFileSync } from "node:fs";
import { Migration } from "@mikro-orm/migrations";

function sqlMigration(file: string) {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  return class extends Migration {
    override up(): void {
      this.addSql(text);
    }
  };
}

export const migrationsList = [
  { name: "Migration20261126000000SchemaV1", class: sqlMigration("./schema-v1.sql") },
  { name: "Migration20261127000000SchemaV2Exports", class: sqlMigration("./schema-v2-exports.sql") },
  { name: "Migration20261127010000SchemaV3Ordering", class: sqlMigration("./schema-v3-ordering.sql") },
  { name: "Migration20261127020000SchemaV4Search", class: sqlMigration("./schema-v4-search.sql") },
  { name: "Migration20261201000000SchemaV5Trust", class: sqlMigration("./schema-v5-trust.sql") },
  { name: "Migration20261201010000SchemaV6RecoveryEmailLimits", class: sqlMigration("./schema-v6-recovery-email-limits.sql") },
  { name: "Migration20261201020000SchemaV7Sessions", class: sqlMigration("./schema-v7-sessions.sql") },
  { name: "Migration20261202000000SchemaV8Applications", class: sqlMigration("./schema-v8-applications.sql") },
  { name: "Migration20261202010000SchemaV9ListPages", class: sqlMigration("./schema-v9-list-pages.sql") },
  { name: "Migration20261202020000SchemaV10Search", class: sqlMigration("./schema-v10-search.sql") },
];
