/** Suggests the closest known name for a typo, like "usrname" → "username". */
const MAX_DISTANCE = 2;

export function closestName(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = MAX_DISTANCE + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(input.toLowerCase(), candidate);
    // A distance as long as the input would "correct" any short word into anything.
    if (distance < bestDistance && distance < input.length) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
