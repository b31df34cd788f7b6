import { LicenseTextFieldName } from '../src/license/wire-schema';
import { MachineInfo } from './machine-info';
import { EXACT_FIELDS, FieldScore, percentile } from './metrics';

/** The outcome of one benchmark image. */
export interface SampleResult {
  id: string;
  capture: string;
  layout: string;
  width: number;
  height: number;
  /** 0 for a reading, otherwise the error code the engine returned. */
  errcode: number;
  score: FieldScore;
  /** Largest corner error as a fraction of the diagonal; undefined when no corners were returned. */
  cornerError?: number;
  seconds: number;
}

/** Figures of the whole run that are not per image. */
export interface RunFacts {
  seed: number;
  count: number;
  detectMaxSide: number;
  modelLoadSeconds: number;
  peakRssMiB: number;
  /** One-minute load averages when the run started and ended; above the core count, times are inflated. */
  loadAverages: [number, number];
  machine: MachineInfo;
}

function ratio(hits: number, total: number): string {
  return total === 0 ? '–' : `${((hits / total) * 100).toFixed(1)}%`;
}

function seconds(values: number[], fraction: number): string {
  return values.length === 0 ? '–' : percentile(values, fraction).toFixed(2);
}

function countExact(results: SampleResult[], fields: readonly LicenseTextFieldName[]): { hits: number; total: number } {
  let hits = 0;
  let total = 0;
  for (const result of results) {
    for (const name of fields) {
      const matched = result.score.exact[name];
      if (matched !== undefined) {
        total += 1;
        hits += matched ? 1 : 0;
      }
    }
  }
  return { hits, total };
}

function scopeErrorRate(results: SampleResult[]): string {
  let edits = 0;
  let length = 0;
  for (const { score } of results) {
    edits += score.scopeEdits?.edits ?? 0;
    length += score.scopeEdits?.length ?? 0;
  }
  return length === 0 ? '–' : `${((edits / length) * 100).toFixed(2)}%`;
}

function cornerSummary(results: SampleResult[]): { mean: string; within: string } {
  const errors = results.map((result) => result.cornerError ?? Number.POSITIVE_INFINITY);
  const found = errors.filter(Number.isFinite);
  const mean = found.length === 0 ? '–' : `${((found.reduce((a, b) => a + b, 0) / found.length) * 100).toFixed(2)}%`;

  return { mean, within: ratio(errors.filter((error) => error <= 0.02).length, errors.length) };
}

function summaryRow(label: string, results: SampleResult[]): string {
  const exact = countExact(results, EXACT_FIELDS);
  const credit = countExact(results, ['reg_num']);
  const corners = cornerSummary(results);
  const times = results.map((result) => result.seconds);
  const failed = results.filter((result) => result.errcode !== 0).length;
  const extra = results.reduce((sum, result) => sum + result.score.extraFields.length, 0);

  return `| ${label} | ${results.length} | ${failed} | ${ratio(exact.hits, exact.total)} | ${extra} | ${ratio(credit.hits, credit.total)} | ` +
    `${scopeErrorRate(results)} | ${corners.mean} | ${corners.within} | ${seconds(times, 0.5)} | ${seconds(times, 0.95)} |`;
}

function groupBy(results: SampleResult[], key: (result: SampleResult) => string): Map<string, SampleResult[]> {
  const groups = new Map<string, SampleResult[]>();
  for (const result of results) {
    const group = groups.get(key(result)) ?? [];
    group.push(result);
    groups.set(key(result), group);
  }
  return groups;
}

/** Names the size class that the timing targets are set for. */
function sizeClass(result: SampleResult): string {
  const megapixels = (result.width * result.height) / 1e6;
  if (megapixels >= 8) {
    return '≥ 8 MP (12 MP phone photos)';
  }
  return megapixels >= 2 ? '2–8 MP (2200×1650 renders)' : '< 2 MP (screenshots)';
}

/** Formats the benchmark's figures as Markdown tables. */
export function formatReport(results: SampleResult[], facts: RunFacts): string {
  const byCapture = groupBy(results, (result) => result.capture);
  const lines: string[] = [];

  lines.push(
    `Run: ${facts.count} generated images, seed ${facts.seed}, detection long side ${facts.detectMaxSide} px, ` +
      `${facts.machine.date}. Machine: ${facts.machine.cpuModel}, ${facts.machine.cores} cores, ` +
      `${facts.machine.memoryGiB} GiB, Node ${facts.machine.node}, onnxruntime-node ${facts.machine.onnxruntime}. ` +
      `Model load ${facts.modelLoadSeconds.toFixed(2)} s; peak RSS ${facts.peakRssMiB} MiB. ` +
      `Load average (1 min) ${facts.loadAverages[0].toFixed(1)} at the start and ${facts.loadAverages[1].toFixed(1)} at the end ` +
      `(above ${facts.machine.cores}, other processes shared the cores and times are inflated).`,
    '',
    '| capture | images | failed | exact fields | extra fields | credit code | scope CER | corner error (mean) | corners ≤ 2% | median s | p95 s |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    summaryRow('all', results),
  );
  for (const [capture, group] of byCapture) {
    lines.push(summaryRow(capture, group));
  }

  const captures = [...byCapture.keys()];
  lines.push('', `| field | all | ${captures.join(' | ')} |`, `|---|---|${captures.map(() => '---|').join('')}`);
  for (const name of EXACT_FIELDS) {
    const cells = [results, ...captures.map((capture) => byCapture.get(capture)!)].map((group) => {
      const { hits, total } = countExact(group, [name]);
      return total === 0 ? '–' : `${ratio(hits, total)} (${total})`;
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }

  lines.push('', '| image size | images | median s | p95 s |', '|---|---|---|---|');
  for (const [label, group] of groupBy(results, sizeClass)) {
    const times = group.map((result) => result.seconds);
    lines.push(`| ${label} | ${group.length} | ${seconds(times, 0.5)} | ${seconds(times, 0.95)} |`);
  }

  return `${lines.join('\n')}\n`;
}
