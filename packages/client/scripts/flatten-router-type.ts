/**
 * After `tsc -p tsconfig.build.json`: rewrites dist/router.d.ts, which tsc leaves as an import of
 * `@roster/api`, as the router's procedures written out: for each one its kind, its input and its
 * output as the compiler resolves them (plain object types from the zod schemas), and the error
 * shape of the error formatter. The result needs only `@trpc/server`'s types, so a service that
 * installs @roster/client never compiles the server, MikroORM or graphile-worker.
 * Fails, naming the procedure, when a type cannot be written out without a server import.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(packageDir, "src", "router.ts");
const target = path.join(packageDir, "dist", "router.d.ts");

const config = ts.getParsedCommandLineOfConfigFile(path.join(packageDir, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")); } });
if (!config) throw new Error("packages/client/tsconfig.json could not be read.");
const program = ts.createProgram([source], config.options);
const checker = program.getTypeChecker();
const file = program.getSourceFile(source);
const alias = file?.statements.find((statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === "RosterRouter");
if (!alias) throw new Error("src/router.ts has no type RosterRouter.");

const routerType = checker.getTypeAtLocation(alias.name);

function property(type: ts.Type, name: string, where: string): ts.Type {
  const symbol = type.getProperty(name);
  if (!symbol) throw new Error(`${where} has no property ${name}.`);
  return checker.getTypeOfSymbol(symbol);
}

/** Types that contain themselves (JSON values), written once as a named alias. */
const recursive = new Map<ts.Type, string>();
const aliases: string[] = [];
const inProgress = new Set<ts.Type>();

function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

function isLibraryType(type: ts.Type): boolean {
  const declaration = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0];
  return declaration !== undefined && program.isSourceFileDefaultLibrary(declaration.getSourceFile());
}

/**
 * Writes a type out in full: named types of the workspace (interfaces, aliases) become the object
 * types they stand for, so that the text needs no import; only the standard library's names stay.
 */
function written(type: ts.Type, where: string): string {
  const simple = ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.BigInt | ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Never | ts.TypeFlags.Unknown | ts.TypeFlags.Literal;
  if (type.flags & ts.TypeFlags.Any) throw new Error(`${where}: an \`any\` type; give the schema a type.`);
  if (type.flags & simple) return checker.typeToString(type);
  if (type.isUnion()) return type.types.map((member) => parenthesized(member, where)).join(" | ");
  if (type.isIntersection()) return type.types.map((member) => parenthesized(member, where)).join(" & ");
  if (!(type.flags & ts.TypeFlags.Object)) throw new Error(`${where}: cannot write out ${checker.typeToString(type)}.`);
  if (checker.isArrayType(type)) return `Array<${written(checker.getTypeArguments(type as ts.TypeReference)[0] as ts.Type, where)}>`;
  if (checker.isTupleType(type)) return `[${checker.getTypeArguments(type as ts.TypeReference).map((element) => written(element, where)).join(", ")}]`;
  if (isLibraryType(type)) return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  const known = recursive.get(type);
  if (known) return known;
  if (inProgress.has(type)) {
    const name = `RecursiveType${recursive.size + 1}`;
    recursive.set(type, name);
    return name;
  }
  inProgress.add(type);
  const members = checker.getPropertiesOfType(type).map((symbol) => {
    const optional = symbol.flags & ts.SymbolFlags.Optional ? "?" : "";
    return `${propertyName(symbol.getName())}${optional}: ${written(checker.getTypeOfSymbol(symbol), `${where}.${symbol.getName()}`)}`;
  });
  for (const index of checker.getIndexInfosOfType(type)) members.push(`[key: ${checker.typeToString(index.keyType)}]: ${written(index.type, `${where}[key]`)}`);
  if (type.getCallSignatures().length > 0) throw new Error(`${where}: a function type has no JSON form.`);
  inProgress.delete(type);
  const text = members.length === 0 ? "{}" : `{ ${members.join("; ")} }`;
  const name = recursive.get(type);
  if (!name) return text;
  aliases.push(`type ${name} = ${text};`);
  return name;
}

function parenthesized(type: ts.Type, where: string): string {
  const text = written(type, where);
  return type.isUnion() || type.isIntersection() ? `(${text})` : text;
}

const builders = new Set<string>();

function record(type: ts.Type, prefix: string, indent: string): string {
  const lines: string[] = [];
  for (const symbol of checker.getPropertiesOfType(type)) {
    const name = symbol.getName();
    const where = prefix ? `${prefix}.${name}` : name;
    const member = checker.getTypeOfSymbol(symbol);
    const definition = member.getProperty("_def") ? checker.getTypeOfSymbol(member.getProperty("_def") as ts.Symbol) : undefined;
    if (definition?.getProperty("procedure")) {
      const kind = checker.typeToString(property(definition, "type", where));
      const types = property(definition, "$types", where);
      const builder = kind === '"query"' ? "TRPCQueryProcedure" : kind === '"mutation"' ? "TRPCMutationProcedure" : "TRPCSubscriptionProcedure";
      builders.add(builder);
      lines.push(`${indent}${name}: ${builder}<{ input: ${written(property(types, "input", where), `${where} input`)}; output: ${written(property(types, "output", where), `${where} output`)}; meta: object }>;`);
    } else {
      lines.push(`${indent}${name}: {\n${record(member, where, `${indent}  `)}\n${indent}};`);
    }
  }
  return lines.join("\n");
}

const definition = property(routerType, "_def", "RosterRouter");
const rootTypes = property(property(definition, "_config", "RosterRouter._def"), "$types", "RosterRouter._def._config");
const errorShape = written(property(rootTypes, "errorShape", "the error shape"), "the error shape");
const procedures = record(property(definition, "record", "RosterRouter._def"), "", "  ");

const output = `/**
 * The Roster API router as a client sees it: every procedure with its input and output, written
 * out from the server's zod schemas when @roster/client was built. Generated; do not edit.
 */
import type { ${["TRPCBuiltRouter", ...[...builders].sort()].join(", ")} } from "@trpc/server";

/** What a failed call carries (\`error.data\` holds \`code\`, \`httpStatus\`, \`fieldErrors\`, \`queryError\`). */
export type RosterErrorShape = ${errorShape};

${aliases.join("\n")}

export type RosterRouter = TRPCBuiltRouter<{ ctx: object; meta: object; errorShape: RosterErrorShape; transformer: false }, {
${procedures}
}>;
`;
fs.writeFileSync(target, output);
console.log(`${path.relative(process.cwd(), target)}: ${output.length} characters`);
