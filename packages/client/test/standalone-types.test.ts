/**
 * The built types stand alone: dist imports nothing of the server, and a service that installs
 * the package compiles its calls, typed, without reading one file of @roster/api, @roster/db,
 * @roster/core, MikroORM or graphile-worker.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(packageDir, "dist");
const consumerDir = path.join(packageDir, ".tmp", `standalone-consumer-${process.pid}`);
const serverCode = /@roster\/(api|db|core)|@mikro-orm|graphile-worker|apps\/api|packages\/(db|core)\//;

afterAll(() => fs.rmSync(consumerDir, { recursive: true, force: true }));

describe("the built @roster/client", () => {
  it("has declarations that import only @trpc packages and each other", () => {
    const declarations = fs.readdirSync(dist).filter((file) => file.endsWith(".d.ts"));
    expect(declarations).toContain("router.d.ts");
    const imported = declarations.flatMap((file) => [...fs.readFileSync(path.join(dist, file), "utf8").matchAll(/(?:from|import\()\s*["']([^"']+)["']/g)].map((match) => match[1]));
    expect(imported.filter((specifier) => !/^(@trpc\/(client|server)(\/.*)?|\.\/[\w-]+\.js)$/.test(specifier ?? ""))).toEqual([]);
    for (const file of declarations) expect(fs.readFileSync(path.join(dist, file), "utf8")).not.toMatch(serverCode);
  });

  it("compiles a typed service against the built output alone", () => {
    const installed = path.join(consumerDir, "node_modules", "@roster", "client");
    fs.mkdirSync(installed, { recursive: true });
    fs.cpSync(dist, path.join(installed, "dist"), { recursive: true });
    fs.copyFileSync(path.join(packageDir, "package.json"), path.join(installed, "package.json"));
    fs.writeFileSync(path.join(consumerDir, "package.json"), JSON.stringify({ type: "module" }));
    fs.copyFileSync(path.join(packageDir, "test", "fixtures", "standalone-consumer.ts.txt"), path.join(consumerDir, "service.ts"));

    const program = ts.createProgram([path.join(consumerDir, "service.ts")], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2023,
      // @trpc/server's own declarations use the Disposable types.
      lib: ["lib.es2023.d.ts", "lib.esnext.disposable.d.ts", "lib.dom.d.ts"],
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => `${diagnostic.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
    const read = program.getSourceFiles().map((file) => file.fileName);
    expect(read.filter((file) => serverCode.test(file))).toEqual([]);
    expect(read).toContain(path.join(installed, "dist", "router.d.ts"));
  });
});
