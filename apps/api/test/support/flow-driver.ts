/**
 * Drives any flow as an attacker would: answers each challenge with what the attacker knows (its
 * own password and TOTP seed, names of other accounts, fresh usernames), until the flow ends or
 * asks what the attacker cannot answer (an emailed link, a passkey).
 */
import { generateSync } from "otplib";
import type { TFlowResult } from "@roster/core";
import type { TestClient } from "../../src/testing/test-client.js";
import type { Random } from "./random.js";

export interface AttackerKnowledge {
  /** Names the identification stage may be told: the attacker's own first, its victims', unknown ones. */
  names: string[];
  /** The only password the attacker knows: its own. */
  password: string;
  /** The attacker's own TOTP seed. */
  totpSecret: string;
  /** The attacker's email address, for prompts. */
  email: string;
}

const maxSteps = 12;

function answer(result: Extract<TFlowResult, { type: "challenge" }>, knows: AttackerKnowledge, random: Random, identified: boolean): Record<string, unknown> | null {
  const totp = () => generateSync({ secret: knows.totpSecret, epoch: Math.floor(Date.now() / 1000) });
  switch (result.component) {
    case "identification":
      // First as itself, mostly (it can prove that), then as anyone: the switch is the attack.
      return { uid: !identified && random.next() < 0.6 ? (knows.names[0] ?? "") : random.pick(identified ? knows.names.slice(1) : knows.names) };
    case "password":
      return { password: knows.password };
    case "authenticator_validate":
      return { code: random.pick([totp(), "000000"]) };
    case "authenticator_totp":
      // Setting up a device: the attacker answers with the seed it was shown, whoever's device it is.
      return { code: result.secret ? generateSync({ secret: result.secret, epoch: Math.floor(Date.now() / 1000) }) : "000000" };
    case "authenticator_static":
      return {};
    case "prompt": {
      const fresh = `walk-new-${random.id()}`;
      const values: Record<string, unknown> = {};
      for (const field of result.fields ?? []) {
        if (field.type === "password") values[field.name] = "Walked-password-1";
        else if (field.name === "username") values[field.name] = random.pick([fresh, fresh, ...knows.names]);
        else if (field.type === "email" || field.name === "email") values[field.name] = knows.email;
        else values[field.name] = `walk ${random.id()}`;
      }
      return values;
    }
    default:
      // email (a link to a mailbox the attacker does not read), webauthn, consent: nothing to say.
      return null;
  }
}

/** Runs the flow from its start (with a link's token, if any); returns every result it got. */
export async function driveFlow(browser: TestClient, slug: string, knows: AttackerKnowledge, random: Random, token?: string): Promise<TFlowResult[]> {
  const results: TFlowResult[] = [await browser.api.flows.execute.mutate({ slug, restart: true, ...(token ? { token } : {}) })];
  let identified = false;
  for (let step = 0; step < maxSteps; step++) {
    const last = results[results.length - 1];
    if (last?.type !== "challenge") break;
    // A refused password or code would be refused again: the attacker knows no other.
    if (step > 0 && last.error && last.component !== "prompt") break;
    const response = answer(last, knows, random, identified);
    if (last.component === "identification") identified = true;
    if (!response) break;
    results.push(await browser.api.flows.execute.mutate({ slug, response }));
  }
  return results;
}
