import type { RgbImage } from '../image/rgb-image';
import { cropQuad } from '../raster/crop-quad';
import type { Quad } from '../types';
import { lineAxis } from './line-geometry';
import type { PageModels } from './page-models';

/** Line crops are cut at the recogniser's input height (PP-OCRv4 recognition and cls v2 use 48). */
export const LINE_CROP_HEIGHT = 48;

/** How many of the longest lines vote on whether the page is upside down. */
const VOTING_LINES = 9;

/** How many lines are read both ways when the classifier's vote is close. */
const TIE_BREAK_LINES = 3;

export interface HalfTurnDecision {
  /** Whether the page must be turned a further 180 degrees. */
  upsideDown: boolean;
  /** Lines whose classifier result was 180 and 0, among the voting lines. */
  votesUpsideDown: number;
  votesUpright: number;
  /** Whether the classifier's vote was close and recognition confidence decided. */
  decidedByRecognition: boolean;
}

/**
 * Decides once for the whole page whether it is upside down. `lines` are the line boxes in the
 * original image, with corners ordered as they would be read if the page were not upside down.
 * The angle classifier looks at the longest lines, which carry the most evidence, and the page
 * follows their majority. When the majority is one line or less, the longest lines are read both
 * ways and the reading with the higher mean recognition score wins.
 */
export async function decideHalfTurn(image: RgbImage, lines: Quad[], models: PageModels): Promise<HalfTurnDecision> {
  const longest = [...lines].sort((left, right) => lineAxis(right).length - lineAxis(left).length);
  const voters = longest.slice(0, VOTING_LINES);
  if (voters.length === 0) {
    return { upsideDown: false, votesUpsideDown: 0, votesUpright: 0, decidedByRecognition: false };
  }

  const crops = voters.map((quad) => cropQuad(image, quad, LINE_CROP_HEIGHT));
  const angles = await models.classifyAngle(crops);
  const votesUpsideDown = angles.filter((result) => result.angle === 180).length;
  const votesUpright = angles.length - votesUpsideDown;
  if (Math.abs(votesUpsideDown - votesUpright) > 1) {
    return { upsideDown: votesUpsideDown > votesUpright, votesUpsideDown, votesUpright, decidedByRecognition: false };
  }

  const upsideDown = await readsBetterUpsideDown(image, longest.slice(0, TIE_BREAK_LINES), crops, models);
  return { upsideDown, votesUpsideDown, votesUpright, decidedByRecognition: true };
}

/** Compares the mean recognition score of the lines read as given and turned by 180 degrees. */
async function readsBetterUpsideDown(
  image: RgbImage,
  lines: Quad[],
  uprightCrops: RgbImage[],
  models: PageModels,
): Promise<boolean> {
  const turnedCrops = lines.map((quad) => cropQuad(image, [quad[2], quad[3], quad[0], quad[1]], LINE_CROP_HEIGHT));
  const readings = await models.recognize([...uprightCrops.slice(0, lines.length), ...turnedCrops]);
  const meanScore = (from: number): number =>
    readings.slice(from, from + lines.length).reduce((sum, reading) => sum + reading.score, 0) / lines.length;

  return meanScore(lines.length) > meanScore(0);
}
