/** @jest-environment ./test/engine/ocr/onnx-test-environment.js */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { createOfflineEngine } from '../../../src/engine/offline-engine';

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'license-horizontal-copy-photo.jpg');

const engine = createOfflineEngine();

afterAll(() => engine.close());

describe('example photo through the real pipeline', () => {
  // The partnership copy prints 合伙期限 2007年5月26日至2057年5月25日 with 5日 wrapped onto a line
  // of its own, right above the label 主要经营场所.
  test('wrapped term keeps its tail', async () => {
    const reply = await engine.recognize(readFileSync(EXAMPLE));

    expect(reply.valid_period).toBe('2007年5月26日至2057年5月25日');
    expect(reply.registered_date).toBe('2007年5月26日');
    expect(reply.address).toBe('海门市泓远县长江巷781号5号楼201室');
  });
});
