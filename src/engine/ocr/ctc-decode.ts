import { CharacterCandidates, Recognition } from './ocr-types';

/** Characters below this probability get alternative readings. */
const ALTERNATIVE_BELOW = 0.9;
/** A second-best symbol needs at least this probability to be offered. */
const ALTERNATIVE_MIN_SCORE = 0.01;
const MAX_ALTERNATIVES = 5;

/** Finds the most likely class of one frame, blank included. */
function argMax(probabilities: Float32Array, offset: number, classes: number): [number, number] {
  let best = 0;
  let bestScore = -1;
  for (let index = 0; index < classes; index += 1) {
    const score = probabilities[offset + index]!;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }

  return [best, bestScore];
}

/** Finds the most likely non-blank class other than `exclude` in one frame. */
function runnerUp(probabilities: Float32Array, offset: number, classes: number, exclude: number): [number, number] {
  let best = -1;
  let bestScore = 0;
  for (let index = 1; index < classes; index += 1) {
    const score = probabilities[offset + index]!;
    if (index !== exclude && score > bestScore) {
      best = index;
      bestScore = score;
    }
  }

  return [best, bestScore];
}

/**
 * Greedy CTC decoding of one item's frames: the best class per frame, repeats merged, blanks
 * (class 0) removed. Each character keeps its peak probability and the strongest other symbol
 * seen in the frames it spans.
 */
export function decodeCtc(
  probabilities: Float32Array,
  frameOffset: number,
  frames: number,
  characterClasses: readonly string[],
): Recognition {
  const classes = characterClasses.length;
  const characters: CharacterCandidates[] = [];
  let previous = 0;

  for (let frame = 0; frame < frames; frame += 1) {
    const offset = (frameOffset + frame) * classes;
    const [best, bestScore] = argMax(probabilities, offset, classes);
    if (best !== 0 && best !== previous) {
      characters.push({ text: characterClasses[best] ?? '', score: bestScore });
    }

    if (best !== 0 && characters.length > 0) {
      const current = characters[characters.length - 1]!;
      current.score = Math.max(current.score, bestScore);
      const [other, otherScore] = runnerUp(probabilities, offset, classes, best);
      if (other > 0 && otherScore > (current.second?.score ?? 0)) {
        current.second = { text: characterClasses[other] ?? '', score: otherScore };
      }
    }
    previous = best;
  }

  const text = characters.map((character) => character.text).join('');
  const score = characters.length === 0 ? 0 : characters.reduce((sum, c) => sum + c.score, 0) / characters.length;
  const alternatives = alternativeReadings(characters);

  return alternatives.length > 0 ? { text, score, alternatives, characters } : { text, score, characters };
}

/**
 * Builds readings that swap uncertain characters for their second-best symbol: one per uncertain
 * character, most likely swap first, then one with the two most likely swaps together.
 */
export function alternativeReadings(characters: readonly CharacterCandidates[]): string[] {
  const swaps = characters
    .map((character, index) => ({ index, second: character.second, score: character.score }))
    .filter((swap) => swap.score < ALTERNATIVE_BELOW && swap.second !== undefined && swap.second.score >= ALTERNATIVE_MIN_SCORE)
    .sort((a, b) => b.second!.score - a.second!.score);

  const texts = characters.map((character) => character.text);
  const readings: string[] = [];
  for (const swap of swaps.slice(0, MAX_ALTERNATIVES - 1)) {
    const swapped = [...texts];
    swapped[swap.index] = swap.second!.text;
    readings.push(swapped.join(''));
  }

  if (swaps.length >= 2) {
    const swapped = [...texts];
    swapped[swaps[0]!.index] = swaps[0]!.second!.text;
    swapped[swaps[1]!.index] = swaps[1]!.second!.text;
    readings.push(swapped.join(''));
  }

  return readings;
}
