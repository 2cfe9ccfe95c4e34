/**
 * `flows.examples`: the importable blueprints shipped in `packages/db/blueprints`, each with its
 * flow's name and its leading comment as the description.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { TFlowExample } from "@roster/core";
import { parse } from "yaml";
import { packageFile } from "../../package-files.js";

const blueprintsDirectory = packageFile("blueprints");

export async function listFlowExamples(): Promise<TFlowExample[]> {
  const files = (await readdir(blueprintsDirectory)).filter((file) => file.endsWith(".yaml") || file.endsWith(".yml")).sort();
  return Promise.all(
    files.map(async (file) => {
      const yaml = await readFile(path.join(blueprintsDirectory, file), "utf8");
      return { file, name: flowName(yaml) ?? file, description: leadingComment(yaml), yaml };
    }),
  );
}

function leadingComment(yaml: string): string {
  const lines: string[] = [];
  for (const line of yaml.split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, "").trim());
  }
  return lines.join(" ").trim();
}

function flowName(yaml: string): string | null {
  const data = parse(yaml) as { flow?: { name?: unknown } } | null;
  return typeof data?.flow?.name === "string" ? data.flow.name : null;
}
