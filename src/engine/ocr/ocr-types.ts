import { Quad } from '../types';

/** A text box found by detection, in the coordinates of the image passed to `detect`. */
export interface DetectedBox {
  box: Quad;
  /** Mean text probability inside the box before it was enlarged, 0–1. */
  score: number;
}

/** The two most likely symbols for one recognised character. */
export interface CharacterCandidates {
  text: string;
  score: number;
  /** The next most likely non-blank symbol at the same position, if any has probability > 0. */
  second?: { text: string; score: number };
}

/** The recognised text of one crop. */
export interface Recognition {
  text: string;
  /** Mean of the characters' probabilities, 0–1; 0 when no character was read. */
  score: number;
  /**
   * Other readings, most likely first, made by swapping low-confidence characters for their
   * second-best symbol. Absent when every character is confident.
   */
  alternatives?: string[];
  /** Per-character top-2 symbols, in reading order. */
  characters?: CharacterCandidates[];
}

export interface AngleClassification {
  angle: 0 | 180;
  score: number;
}
