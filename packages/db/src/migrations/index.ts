/**
 * Committed migrations, listed explicitly so that they run the same from TypeScript sources,
 * a bundle or a test — no folder scanning. Each is one SQL file, applied in a transaction.
 */
import { readFileSync } from "node:fs";
import { Migration } from "@mikro-orm/migrations";
import { packageFile } from "../package-files.js";
import { migrationFiles } from "./files.js";

function sqlMigration(file: string) {
  const text = readFileSync(packageFile(`src/migrations/${file}`), "utf8");
  return class extends Migration {
    override up(): void {
      this.addSql(text);
    }
  };
}

export const migrationsList = migrationFiles.map(({ name, file }) => ({ name, class: sqlMigration(file) }));
