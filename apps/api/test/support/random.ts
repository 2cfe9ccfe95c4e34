/** A seeded random source (mulberry32), so that a failing walk can be replayed with its seed. */
export interface Random {
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  /** One to `max` distinct items of these, in random order. */
  some<T>(items: readonly T[], max: number): T[];
  id(): string;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const random: Random = {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error("Nothing to pick from.");
      return item;
    },
    some<T>(items: readonly T[], max: number): T[] {
      const pool = [...items];
      const count = Math.min(pool.length, 1 + int(max));
      const chosen: T[] = [];
      for (let index = 0; index < count; index++) chosen.push(...pool.splice(int(pool.length), 1));
      return chosen;
    },
    id: () => int(36 ** 6).toString(36).padStart(6, "0"),
  };
  return random;
}

/** A stable seed from a text (the walked permission's name). */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
