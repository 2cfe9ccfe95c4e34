/**
 * Files this package ships beside its code (the SQL migrations, the blueprints), found from the
 * package's own folder rather than from the module reading them: an app's production build
 * compiles this code into its own `dist/`, where paths relative to the module would point
 * nowhere. The package resolves itself by name, from its sources and from such a build alike.
 */
import { createRequire } from "node:module";
import path from "node:path";

const packageDir = path.dirname(createRequire(import.meta.url).resolve("@roster/db/package.json"));

/** The absolute path of a file or folder of @roster/db, from a path relative to the package. */
export function packageFile(relativePath: string): string {
  return path.join(packageDir, relativePath);
}
