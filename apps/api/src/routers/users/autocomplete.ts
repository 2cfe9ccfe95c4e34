import { z } from "zod";
import { autocompleteUsers } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

const ZSuggestion = z.object({
  label: z.string(),
  insert: z.string(),
  kind: z.enum(["field", "operator", "value", "keyword"]),
  detail: z.string().optional(),
  replace: z.object({ start: z.number().int(), end: z.number().int() }),
});

export const autocomplete = permissionProcedure("view_user")
  .input(z.object({ text: z.string().max(5000), cursor: z.number().int().min(0) }))
  .output(z.object({ suggestions: z.array(ZSuggestion) }))
  .query(({ ctx, input }) => autocompleteUsers(ctx.em, input.text, Math.min(input.cursor, input.text.length)));
