/**
 * Fixed specs of the committed samples: the test fixtures and the example photos. Kept apart from
 * bench/make-fixtures.ts so tests can regenerate and compare them without writing files.
 */
import type { SampleSpec } from './spec';

/** Test fixtures: one of every layout and capture, 1400 px on the long side to keep the repository small. */
export const FIXTURE_SPECS: readonly SampleSpec[] = [
  { id: 'horizontal-company-clean', seed: 1001, layout: 'horizontal-2019', entity: 'company', capture: 'clean' },
  { id: 'horizontal-partnership-copy-photographed', seed: 1002, layout: 'horizontal-2019', entity: 'partnership', capture: 'photographed', copy: true },
  { id: 'vertical-branch-rotated', seed: 1003, layout: 'vertical-copy-2014', entity: 'branch', capture: 'rotated' },
  { id: 'individual-2011-photographed', seed: 1004, layout: 'individual-2011', entity: 'individual', capture: 'photographed' },
  { id: 'electronic-sole-proprietorship-screenshot', seed: 1005, layout: 'electronic', entity: 'sole-proprietorship', capture: 'screenshot' },
  { id: 'horizontal-cooperative-low-light-wrong-check', seed: 1006, layout: 'horizontal-2019', entity: 'cooperative', capture: 'low-light', wrongCheckChar: true },
  { id: 'vertical-joint-stock-screen-recapture', seed: 1007, layout: 'vertical-copy-2014', entity: 'joint-stock', capture: 'screen-recapture' },
].map((spec) => ({ ...spec, outputLongSide: 1400 }) as SampleSpec);

export interface ExampleSpec {
  spec: SampleSpec;
  description: string;
}

/** Example photos for the README and for trying `bizlicense scan`; each stays under 400 KB. */
export const EXAMPLE_SPECS: readonly ExampleSpec[] = [
  {
    spec: { id: 'license-horizontal-clean', seed: 2001, layout: 'horizontal-2019', entity: 'company', capture: 'clean', outputLongSide: 1600 },
    description: '2019 版横版营业执照正本，有限责任公司，平整扫描件。',
  },
  {
    spec: { id: 'license-horizontal-copy-photo', seed: 2002, layout: 'horizontal-2019', entity: 'partnership', capture: 'photographed', copy: true, outputLongSide: 1600 },
    description: '横版营业执照副本，有限合伙企业，手机俯拍，带透视、阴影和噪点。',
  },
  {
    spec: { id: 'license-vertical-copy-photo', seed: 2003, layout: 'vertical-copy-2014', entity: 'individual', capture: 'photographed', outputLongSide: 1600 },
    description: '2014–2018 版竖版营业执照副本，个体工商户，手机拍摄。',
  },
  {
    spec: { id: 'license-electronic-screenshot', seed: 2004, layout: 'electronic', entity: 'company', capture: 'screenshot', outputLongSide: 1600 },
    description: '电子营业执照的手机截图。',
  },
];
