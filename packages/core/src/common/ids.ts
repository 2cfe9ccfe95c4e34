import { z } from "zod";

/** `{ids}` inputs of bulk procedures. */
export const ZIds = z.object({ ids: z.array(z.uuid()).min(1, "Select at least one.").max(1000, "At most 1,000 at once.") });
