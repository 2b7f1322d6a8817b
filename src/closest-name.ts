// "Did you mean": the known name nearest to a misspelt one, by edit distance.

/** The nearest of `known`, or null when none is close enough to be a typo. */
export function closestName(name: string, known: Iterable<string>): string | null {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best && bestDistance <= Math.max(2, best.length / 3) ? best : null;
}

/** `; did you mean "x"?`, or '' when nothing is close. */
export function didYouMean(name: string, known: Iterable<string>): string {
  const best = closestName(name, known);
  return best ? `; did you mean "${best}"?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
