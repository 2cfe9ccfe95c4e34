import { z } from "zod";
import { signUpFlow } from "@roster/db";
import { publicProcedure } from "../../trpc.js";

/** For the login page's "Sign up": the brand's enrollment flow, when it runs without an invitation. */
export const signUp = publicProcedure
  .input(z.object({}).optional())
  .output(z.object({ slug: z.string() }).nullable())
  .query(({ ctx }) => signUpFlow(ctx.em, ctx.origin.brand));
