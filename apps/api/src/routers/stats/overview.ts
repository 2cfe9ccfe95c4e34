import { overviewFor, ZStatsOverview } from "@roster/core";
import { readOverview } from "@roster/db";
import { permissionProcedure } from "../../trpc.js";

/** The Overview's cards: opening it takes `access_admin_console`, each card the permission of what it counts (`overviewFor`). */
export const overview = permissionProcedure("access_admin_console")
  .output(ZStatsOverview)
  .query(async ({ ctx }) => overviewFor(await readOverview(ctx.em), (codename) => ctx.actor.permissions.has(codename)));
