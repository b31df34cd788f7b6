import { Point } from '../types';
import { convexHull, minAreaRect, RotatedRect, rectCorners } from './min-area-rect';
import { DetectedBox } from './ocr-types';

/** Settings of the differentiable-binarisation (DB) box extraction. */
export interface DbOptions {
  /** Probability above which a pixel counts as text. @default 0.3 */
  threshold: number;
  /** Minimum mean probability inside a box. @default 0.6 */
  boxThreshold: number;
  /** How far boxes grow: offset distance = area × ratio / perimeter. @default 1.6 */
  unclipRatio: number;
  /** Boxes whose short side is below this many map pixels are dropped. @default 3 */
  minSize: number;
  /** At most this many components are turned into boxes, largest first. @default 1000 */
  maxCandidates: number;
}

export const DEFAULT_DB_OPTIONS: Readonly<DbOptions> = Object.freeze({
  threshold: 0.3,
  boxThreshold: 0.6,
  unclipRatio: 1.6,
  minSize: 3,
  maxCandidates: 1000,
});

interface ProbabilityMap {
  data: Float32Array;
  width: number;
  height: number;
}

/** A connected component: its pixel indices are `members[start..end)`. */
interface Component {
  start: number;
  end: number;
}

interface Components {
  members: Int32Array;
  list: Component[];
}

/**
 * Finds 8-connected components of pixels above the threshold by breadth-first search. One
 * Int32Array serves as the queue of every search and, afterwards, as the member list of every
 * component, because each pixel joins at most one component.
 */
function findComponents(map: ProbabilityMap, threshold: number): Components {
  const { data, width, height } = map;
  const size = width * height;
  const unvisited = new Uint8Array(size);
  for (let index = 0; index < size; index += 1) {
    unvisited[index] = data[index]! > threshold ? 1 : 0;
  }

  const members = new Int32Array(size);
  const list: Component[] = [];
  let tail = 0;
  for (let seed = 0; seed < size; seed += 1) {
    if (unvisited[seed] === 0) {
      continue;
    }

    const start = tail;
    unvisited[seed] = 0;
    members[tail++] = seed;
    for (let head = start; head < tail; head += 1) {
      const pixel = members[head]!;
      const x = pixel % width;
      const y = (pixel - x) / width;
      const xFrom = Math.max(x - 1, 0);
      const xTo = Math.min(x + 1, width - 1);
      const yFrom = Math.max(y - 1, 0);
      const yTo = Math.min(y + 1, height - 1);
      for (let ny = yFrom; ny <= yTo; ny += 1) {
        for (let nx = xFrom; nx <= xTo; nx += 1) {
          const neighbour = ny * width + nx;
          if (unvisited[neighbour] === 1) {
            unvisited[neighbour] = 0;
            members[tail++] = neighbour;
          }
        }
      }
    }

    if (tail - start >= 4) {
      list.push({ start, end: tail });
    }
  }

  return { members, list };
}

/** Hull of a component from the outer pixel corners of each row's leftmost and rightmost pixel. */
function componentHull(component: Component, members: Int32Array, width: number): Point[] {
  let minY = Infinity;
  let maxY = -Infinity;
  for (let index = component.start; index < component.end; index += 1) {
    const y = Math.floor(members[index]! / width);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }

  const rows = maxY - minY + 1;
  const rowMin = new Int32Array(rows).fill(width);
  const rowMax = new Int32Array(rows).fill(-1);
  for (let index = component.start; index < component.end; index += 1) {
    const pixel = members[index]!;
    const x = pixel % width;
    const row = (pixel - x) / width - minY;
    rowMin[row] = Math.min(rowMin[row]!, x);
    rowMax[row] = Math.max(rowMax[row]!, x);
  }

  const points: Point[] = [];
  for (let row = 0; row < rows; row += 1) {
    if (rowMax[row]! < 0) {
      continue;
    }
    const y = row + minY;
    const left = rowMin[row]!;
    const right = rowMax[row]! + 1;
    points.push({ x: left, y }, { x: left, y: y + 1 }, { x: right, y }, { x: right, y: y + 1 });
  }

  return convexHull(points);
}

/** Mean probability of the map pixels whose centres lie inside the rectangle. */
function meanInside(map: ProbabilityMap, rect: RotatedRect): number {
  const reachX = Math.abs(rect.ux) * rect.halfLong + Math.abs(rect.uy) * rect.halfShort;
  const reachY = Math.abs(rect.uy) * rect.halfLong + Math.abs(rect.ux) * rect.halfShort;
  const x0 = Math.max(0, Math.floor(rect.cx - reachX));
  const x1 = Math.min(map.width - 1, Math.ceil(rect.cx + reachX));
  const y0 = Math.max(0, Math.floor(rect.cy - reachY));
  const y1 = Math.min(map.height - 1, Math.ceil(rect.cy + reachY));

  let sum = 0;
  let count = 0;
  for (let y = y0; y <= y1; y += 1) {
    const dy = y + 0.5 - rect.cy;
    for (let x = x0; x <= x1; x += 1) {
      const dx = x + 0.5 - rect.cx;
      const along = dx * rect.ux + dy * rect.uy;
      const across = -dx * rect.uy + dy * rect.ux;
      if (Math.abs(along) <= rect.halfLong && Math.abs(across) <= rect.halfShort) {
        sum += map.data[y * map.width + x]!;
        count += 1;
      }
    }
  }

  return count === 0 ? 0 : sum / count;
}

/**
 * Grows a rectangle by the DB "unclip" offset. Offsetting a rectangle's outline by d and taking
 * the minimum-area rectangle again adds d to each half-length, so no polygon clipper is needed.
 */
function unclip(rect: RotatedRect, ratio: number): RotatedRect {
  const long = rect.halfLong * 2;
  const short = rect.halfShort * 2;
  const offset = (long * short * ratio) / (2 * (long + short));

  return { ...rect, halfLong: rect.halfLong + offset, halfShort: rect.halfShort + offset };
}

/**
 * Turns a DB probability map into text boxes scaled to an image of `targetWidth` × `targetHeight`:
 * threshold, connected components, minimum-area rectangle, box score, unclip, rescale.
 */
export function extractBoxes(
  map: ProbabilityMap,
  targetWidth: number,
  targetHeight: number,
  options: DbOptions = DEFAULT_DB_OPTIONS,
): DetectedBox[] {
  const { members, list } = findComponents(map, options.threshold);
  const components = list
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .slice(0, options.maxCandidates);
  const scaleX = targetWidth / map.width;
  const scaleY = targetHeight / map.height;

  const boxes: DetectedBox[] = [];
  for (const component of components) {
    const rect = minAreaRect(componentHull(component, members, map.width));
    if (rect === null || rect.halfShort * 2 < options.minSize) {
      continue;
    }

    const score = meanInside(map, rect);
    if (score < options.boxThreshold) {
      continue;
    }

    const grown = unclip(rect, options.unclipRatio);
    if (grown.halfShort * 2 < options.minSize + 2) {
      continue;
    }

    const box = rectCorners(grown).map((corner) => ({
      x: Math.min(Math.max(corner.x * scaleX, 0), targetWidth),
      y: Math.min(Math.max(corner.y * scaleY, 0), targetHeight),
    })) as DetectedBox['box'];
    boxes.push({ box, score });
  }

  return boxes.sort((a, b) => a.box[0].y - b.box[0].y || a.box[0].x - b.box[0].x);
}
