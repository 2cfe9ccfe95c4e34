/**
 * Committed migrations, listed explicitly so that they run the same from TypeScript sources,
 * a bundle or a test — no folder scanning.
 */
import { readFileSync } from "node:fs";
import { Migration } from "@mikro-orm/migrations";

function sql(file: string): string {
  return readFileSync(new URL(file, import.meta.url), "utf8");
}

class Migration20261126000000SchemaV1 extends Migration {
  override up(): void {
    this.addSql(sql("./schema-v1.sql"));
  }
}

class Migration20261127000000SchemaV2Exports extends Migration {
  override up(): void {
    this.addSql(sql("./schema-v2-exports.sql"));
  }
}

export const migrationsList = [
  { name: "Migration20261126000000SchemaV1", class: Migration20261126000000SchemaV1 },
  { name: "Migration20261127000000SchemaV2Exports", class: Migration20261127000000SchemaV2Exports },
];
