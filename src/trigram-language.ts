// franc's trigram detector restricted to Swedish, Danish and English. Same
// algorithm and models (src/language-models.ts, copied from franc's data), so
// results equal `francAll(text, { only: [...] })`, without building models for
// 187 languages at import (that costs ~70 ms of a ~150 ms run).
import { expressions } from 'franc/expressions.js';
import { TRIGRAM_MODELS } from './language-models.js';

type Code = keyof typeof TRIGRAM_MODELS;
export type TrigramTuple = [string, number];

const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

let models: Map<Code, Map<string, number>> | undefined;

function loadModels(): Map<Code, Map<string, number>> {
  if (models) return models;
  models = new Map();
  for (const [code, model] of Object.entries(TRIGRAM_MODELS) as [Code, string][]) {
    const trigrams = model.split('|');
    const ranks = new Map<string, number>();
    for (let rank = trigrams.length - 1; rank >= 0; rank--) ranks.set(trigrams[rank]!, rank);
    models.set(code, ranks);
  }
  return models;
}

/** Trigram counts, rarest first (as trigram-utils' asTuples). */
function trigramTuples(value: string): TrigramTuple[] {
  const clean = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const padded = ` ${clean} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}

function topScript(value: string): string | undefined {
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) [top, topCount] = [script, count];
  }
  return top;
}

/** Like franc's `francAll(value, { only, minLength })` for `only` within swe, dan, eng. */
export function francAll(value: string, options: { only: readonly string[]; minLength?: number }): TrigramTuple[] {
  const und: TrigramTuple[] = [['und', 1]];
  if (!value || value.length < (options.minLength ?? MIN_LENGTH)) return und;
  const sample = value.slice(0, MAX_LENGTH);
  // All three languages are written in Latin script; any other script gives `und`, as in franc.
  if (topScript(sample) !== 'Latin') return und;
  const trigrams = trigramTuples(sample);
  const distances: TrigramTuple[] = [];
  for (const [code, model] of loadModels()) {
    if (!options.only.includes(code)) continue;
    let distance = 0;
    for (const [trigram, count] of trigrams) {
      const rank = model.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    distances.push([code, distance]);
  }
  if (!distances.length) return und;
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  return distances.map(([code, d]) => [code, 1 - (d - min) / max || 0]);
}
