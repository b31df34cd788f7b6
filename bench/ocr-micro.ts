/**
 * Micro-benchmark of the OCR models on a rendered 2200 × 1650 license-like page: decode,
 * detection at several sizes, line cropping and recognition, with the median of several runs.
 *
 *   node scripts/run-ts.mjs bench/ocr-micro.ts [--runs 5] [--workers 2] [--batch 1] [--threads 2] [--spin 0|1]
 *     [--sides 960,1600]
 *
 * Recognition reads the boxes found at the first detection side.
 */
import { createCanvas } from '@napi-rs/canvas';
import { performance } from 'node:perf_hooks';
import { decodeImage, DecodedImage } from '../src/engine/image';
import { OcrModels } from '../src/engine/ocr';
import { cropQuad } from '../src/engine/raster/crop-quad';

const PAGE_WIDTH = 2200;
const PAGE_HEIGHT = 1650;

const FIELD_LINES = [
  '统一社会信用代码 91320621MA1MRHG205',
  '名称 南通市海安恒顺精密机械制造有限公司',
  '类型 有限责任公司（自然人投资或控股）',
  '法定代表人 王建国',
  '注册资本 人民币伍佰万元整',
  '成立日期 2016年08月15日',
  '营业期限 2016年08月15日至2046年08月14日',
  '住所 海安市城东镇开发大道（中）88号',
];

const SCOPE_PHRASES = [
  '精密机械零部件、五金配件、模具的研发、制造、加工、销售',
  '金属材料、建筑材料、电子产品、日用百货的销售',
  '自营和代理各类商品及技术的进出口业务',
  '国家限定企业经营或禁止进出口的商品和技术除外',
  '机械设备租赁；技术服务、技术开发、技术咨询、技术交流',
  '（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
];

/** Lines as printed: field lines, then business scope phrases wrapped to about 40 characters. */
function pageLines(): string[] {
  const scope: string[] = [];
  for (let round = 0; scope.length < 30; round += 1) {
    const phrase = SCOPE_PHRASES[round % SCOPE_PHRASES.length]!;
    scope.push(round % 2 === 0 ? phrase : `经营范围：${phrase}`);
  }

  return [...FIELD_LINES, ...scope];
}

async function renderPage(lines: string[]): Promise<DecodedImage> {
  const canvas = createCanvas(PAGE_WIDTH, PAGE_HEIGHT);
  const context = canvas.getContext('2d');
  context.fillStyle = '#f7f3ea';
  context.fillRect(0, 0, PAGE_WIDTH, PAGE_HEIGHT);
  context.fillStyle = '#222222';
  context.font = '34px "WenQuanYi Zen Hei"';

  const lineHeight = (PAGE_HEIGHT - 120) / lines.length;
  lines.forEach((line, index) => {
    context.fillText(line, 120, 90 + index * lineHeight);
  });

  return decodeImage(canvas.toBuffer('image/jpeg', 90));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Sample {
  wallMs: number;
  /** CPU time of the whole process, worker threads included. */
  cpuMs: number;
}

async function timed<T>(samples: Sample[], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(cpuStarted);
  samples.push({ wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 });
  return result;
}

function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main(): Promise<void> {
  const runs = numberOption('runs', 5);
  const sidesIndex = process.argv.indexOf('--sides');
  const sides = (sidesIndex >= 0 ? process.argv[sidesIndex + 1]! : '960,1600').split(',').map(Number);
  const settings = {
    detectionThreads: numberOption('threads', 2),
    recognitionWorkers: numberOption('workers', 2),
    recognitionBatchSize: numberOption('batch', 1),
    allowSpinning: numberOption('spin', 0) === 1,
  };

  const lines = pageLines();
  const page = await renderPage(lines);
  const loadStarted = performance.now();
  const models = await OcrModels.load(settings);
  const loadMs = performance.now() - loadStarted;

  const stages = () => Object.fromEntries([...sides.map((side) => `detect${side}`), 'crop', 'recognize'].map((stage) => [stage, [] as Sample[]]));
  const samples: Record<string, Sample[]> = stages();
  const misread: string[] = [];
  let exact = 0;
  let detected = 0;
  for (let run = 0; run < runs + 1; run += 1) {
    const round = run === 0 ? stages() : samples;
    const found = [];
    for (const side of sides) {
      found.push(await timed(round[`detect${side}`]!, () => models.detect(page, { maxSide: side })));
    }
    const boxes = found[0]!;
    const crops = await timed(round.crop!, async () => boxes.map((found) => cropQuad(page, found.box, 48)));
    const results = await timed(round.recognize!, () => models.recognize(crops));

    detected = boxes.length;
    const expected = lines.map((line) => line.replace(/ /g, ''));
    exact = results.filter((result, index) => result.text.replace(/ /g, '') === expected[index]).length;
    misread.splice(0, misread.length, ...results.flatMap((result, index) =>
      result.text.replace(/ /g, '') === expected[index] ? [] : [`  ${expected[index]} -> ${result.text}`],
    ));
  }

  console.log(`settings ${JSON.stringify(settings)}, runs ${runs} after one warm-up`);
  console.log(`page ${PAGE_WIDTH}x${PAGE_HEIGHT}, ${lines.length} printed lines, ${detected} boxes at ${sides[0]}, ${exact} read exactly`);
  console.log(`model load ${loadMs.toFixed(0)} ms`);
  for (const [stage, values] of Object.entries(samples)) {
    const wall = values.map((sample) => sample.wallMs);
    const cpu = values.map((sample) => sample.cpuMs);
    console.log(
      `${stage.padEnd(11)} wall median ${median(wall).toFixed(0)} ms (${wall.map((value) => value.toFixed(0)).join(', ')}), ` +
        `CPU median ${median(cpu).toFixed(0)} ms`,
    );
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  if (misread.length > 0) {
    console.log(`misread lines (printed -> read):\n${misread.join('\n')}`);
  }

  await models.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
