/** Imports an example recovery flow from its YAML and sets it on the default brand, as an admin would. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestClient } from "@roster/api/testing";

const blueprints = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/db/blueprints");

export async function useRecoveryFlow(admin: TestClient, file: "recovery-email-verification.yaml" | "recovery-link-only.yaml"): Promise<{ slug: string }> {
  const flow = await admin.api.flows.import.mutate({ yaml: fs.readFileSync(path.join(blueprints, file), "utf8") });
  const brands = await admin.api.brands.list.query({});
  const brand = brands.items.find((candidate) => candidate.default);
  if (!brand) throw new Error("No default brand");
  await admin.api.brands.update.mutate({ id: brand.id, flowRecovery: flow.id });
  return { slug: flow.slug };
}
