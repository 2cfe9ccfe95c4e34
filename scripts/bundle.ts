/**
 * `tsx ../../scripts/bundle.ts src/main.ts`: the production build of a Node entry point, run in
 * the folder of the package that owns it. Writes `dist/<entry>.js` (ES modules, source maps
 * pointing at the .ts files) with the workspace packages it imports (@roster/core, @roster/db, …)
 * compiled in, and every package from node_modules left external, loaded from node_modules at
 * run time. A dynamic `import()` becomes a chunk of its own, loaded only when it runs.
 *
 * pnpm lets a package resolve only its own dependencies, so an external that some bundled
 * workspace code imports must also be a dependency of the package being built (its own, not one
 * it finds in the root's node_modules), at the same version: the build fails, naming it, when it
 * is not. Tree shaking decides which externals that is: the workspace packages declare
 * `"sideEffects": false`, so a module none of the entry's code uses is left out with its imports.
 */
import fs from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import * as esbuild from "esbuild";

const entries = process.argv.slice(2);
if (entries.length === 0) throw new Error("usage: tsx scripts/bundle.ts <entry.ts>…");
const packageDir = process.cwd();
const outdir = path.join(packageDir, "dist");

/** Marks the resolutions this plugin asks esbuild for, so that it does not answer them itself. */
const ownLookup = Symbol("own lookup");

interface External {
  /** The bundled files that import it. */
  importers: Set<string>;
  /** The file the bundled code means, and the one the package being built resolves it to (null: none). */
  meant: string;
  found: Promise<string | null>;
}
const externals = new Map<string, External>();

const workspaceCodeOnly: esbuild.Plugin = {
  name: "workspace-code-only",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === ownLookup) return undefined;
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      const lookup = async (resolveDir: string) => {
        const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir, pluginData: ownLookup });
        return result.errors.length > 0 ? null : result.path;
      };
      const meant = await lookup(args.resolveDir);
      if (meant === null) return undefined;
      // A workspace package resolves (through its node_modules link) to its own sources: compile it in.
      if (!meant.split(path.sep).includes("node_modules")) return { path: meant };
      let external = externals.get(args.path);
      if (!external) {
        external = { importers: new Set(), meant, found: lookup(packageDir) };
        externals.set(args.path, external);
      }
      external.importers.add(args.importer);
      return { path: args.path, external: true };
    });
  },
};

/** `@scope/name` or `name`, without a subpath. */
function packageName(specifier: string): string {
  return specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
}

/** The externals the output still imports (tree shaking drops the others) that would not load from this package. */
async function unresolvableExternals(metafile: esbuild.Metafile): Promise<string[]> {
  const outputs = Object.values(metafile.outputs);
  const imported = new Set(outputs.flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path)));
  const included = new Set(outputs.flatMap((output) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => path.resolve(file))));
  const problems: string[] = [];
  for (const [specifier, external] of externals) {
    if (!imported.has(specifier)) continue;
    const name = packageName(specifier);
    const declared = fs.existsSync(path.join(packageDir, "node_modules", name));
    const found = declared ? await external.found : null;
    if (found === external.meant) continue;
    const importers = [...external.importers].filter((file) => included.has(file)).map((file) => path.relative(packageDir, file));
    const problem = found === null ? "is not a dependency of this package" : `resolves here to another copy (${found})`;
    const importedBy = importers.length > 2 ? `${importers.slice(0, 2).join(", ")} and ${importers.length - 2} more` : importers.join(" and ");
    problems.push(`${specifier}, imported by ${importedBy}, ${problem}: add "${name}": "catalog:" to the dependencies in ${path.join(packageDir, "package.json")}.`);
  }
  return problems;
}

const started = Date.now();
fs.rmSync(outdir, { recursive: true, force: true });
const result = await esbuild
  .build({
    entryPoints: entries,
    outbase: path.dirname(path.resolve(entries[0] ?? "")),
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    // Stack traces need the mappings only; leaving the sources out keeps the maps (which Node holds in memory) small.
    sourcesContent: false,
    // MikroORM names each entity after its class: keep the class names esbuild would rename on a clash.
    keepNames: true,
    plugins: [workspaceCodeOnly],
    metafile: true,
    logLevel: "warning",
  })
  // esbuild has printed the errors.
  .catch(() => process.exit(1));
const problems = await unresolvableExternals(result.metafile);
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith(".js"));
const kilobytes = Math.round(outputs.reduce((sum, [, output]) => sum + output.bytes, 0) / 1024);
console.log(`${path.relative(process.cwd(), outdir)}: ${outputs.length} file(s), ${kilobytes} KB, in ${Date.now() - started} ms`);
