/** Database pool use as Prometheus gauges, read from the pool when scraped (nothing per query). */
import { Gauge, type Registry } from "prom-client";
import type { Database } from "../orm.js";

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

export function registerPoolMetrics(registry: Registry, database: Database): void {
  const pool = () => (database.orm.em.getKnex().client as { pool?: TarnPool }).pool;
  new Gauge({
    name: "roster_db_pool_connections",
    help: "Database pool connections by state (used, free, waiting requests, max).",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const current = pool();
      if (!current) return;
      this.set({ state: "used" }, current.numUsed());
      this.set({ state: "free" }, current.numFree());
      this.set({ state: "waiting" }, current.numPendingAcquires());
      this.set({ state: "max" }, current.max);
    },
  });
}
