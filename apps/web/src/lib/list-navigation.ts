/** Arrow keys in a suggestion list: move the active index, wrapping at both ends. */
export function moveActive(current: number, count: number, delta: number): number {
  if (count <= 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}
