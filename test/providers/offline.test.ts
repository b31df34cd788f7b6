/** @jest-environment ./test/engine/ocr/onnx-test-environment.js */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { createOfflineEngine } from '../../src/engine/offline-engine';
import { interpretationSchema } from '../../src/license/interpretation-schema';
import { WireReply } from '../../src/license/wire-schema';
import { createOfflineProvider } from '../../src/providers/offline';
import { addInterpretation, recognizeWithInterpretation } from '../../src/providers/recognize-with-interpretation';
import { pdfBytes } from '../engine/image/bad-image-bytes';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'licenses');

/** A reply shaped like WeChat's documented sample, with a credit code that passes its check. */
const SAMPLE_REPLY: WireReply = {
  errcode: 0,
  errmsg: 'ok',
  reg_num: '91320621MA1MRHG205',
  enterprise_name: '某某某某有限公司',
  registered_capital: '人民币伍佰万元整',
  registered_date: '2018年1月1日',
  valid_period: '2018年01月01日至2028年12月31日',
};

describe('offline provider', () => {
  test('url input is rejected', async () => {
    const provider = createOfflineProvider();

    await expect(provider.recognize({ kind: 'url', url: 'https://example.com/license.jpg' })).rejects.toMatchObject({
      name: 'BizLicenseError',
      code: 'URL_INPUT_UNSUPPORTED',
      errcode: 710015,
    });
    await provider.close();
  });

  test('bad bytes keep their code', async () => {
    const provider = createOfflineProvider();

    await expect(provider.recognize({ kind: 'bytes', bytes: pdfBytes() })).rejects.toMatchObject({
      code: 'UNSUPPORTED_IMAGE_TYPE',
    });
    await expect(provider.recognize({ kind: 'bytes', bytes: Buffer.alloc(0) })).rejects.toMatchObject({
      code: 'IMAGE_EMPTY',
    });
    expect(provider.name).toBe('offline');
    await provider.close();
  });

  test('limits reach the engine', async () => {
    const provider = createOfflineProvider({ limits: { maxBytes: 10 } });

    await expect(provider.recognize({ kind: 'bytes', bytes: pdfBytes() })).rejects.toMatchObject({
      code: 'IMAGE_TOO_LARGE',
    });
    await provider.close();
  });

  test('license bytes give the interpreted reply', async () => {
    const provider = createOfflineProvider();
    const fixture = JSON.parse(readFileSync(path.join(FIXTURES, 'horizontal-company-clean.json'), 'utf8')) as {
      truth: Record<string, string>;
    };
    const bytes = readFileSync(path.join(FIXTURES, 'horizontal-company-clean.jpg'));

    const interpreted = await recognizeWithInterpretation(provider, { kind: 'bytes', bytes }, '2024-06-01');

    expect(interpreted).toMatchObject({ errcode: 0, errmsg: 'ok', ...fixture.truth });
    expect(interpreted.interpretation.creditCode).toMatchObject({ value: fixture.truth.reg_num, valid: true });
    await provider.close();
  });

  test('shared engine stays open after close', async () => {
    const engine = createOfflineEngine();
    const provider = createOfflineProvider({ engine });
    const models = await engine.models();

    await provider.close();

    await expect(engine.models()).resolves.toBe(models);
    await engine.close();
    await expect(engine.models()).rejects.toMatchObject({ code: 'ENGINE_FAILED' });
  });
});

describe('addInterpretation', () => {
  test('adds a schema-valid interpretation', () => {
    const interpreted = addInterpretation(SAMPLE_REPLY, '2024-06-01');

    expect(interpretationSchema.parse(interpreted.interpretation)).toEqual(interpreted.interpretation);
    expect(interpreted.reg_num).toBe('91320621MA1MRHG205');
    expect(interpreted.interpretation.creditCode).toMatchObject({ kind: 'uscc', valid: true });
    expect(interpreted.interpretation.registeredCapital).toMatchObject({ amount: 5_000_000, currency: 'CNY' });
    expect(interpreted.interpretation.warnings).not.toContain('license_expired');
  });

  test('today decides expiry', () => {
    const interpreted = addInterpretation(SAMPLE_REPLY, '2029-01-01');

    expect(interpreted.interpretation.warnings).toContain('license_expired');
  });
});
