/** Types of the API's answers, inferred from the client so that they follow the router. */
import type { trpc } from "./trpc";

export type Me = NonNullable<Awaited<ReturnType<typeof trpc.auth.me.query>>>;
export type { TFlowChallenge, TFlowResult, TPromptField } from "@roster/core";
