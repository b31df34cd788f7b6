/**
 * The JSON truth file written next to each generated JPEG.
 */
import type { Quad } from '../../src/engine/types';
import type { LicenseTextFields } from '../../src/license';
import type { GeneratedSample } from './generate-license';
import type { SampleSpec } from './spec';

export interface SampleRecord {
  id: string;
  /** File name of the image, next to this record. */
  image: string;
  layout: SampleSpec['layout'];
  entity: SampleSpec['entity'];
  capture: SampleSpec['capture'];
  seed: number;
  copy: boolean;
  wrongCheckChar: boolean;
  phoneSize: boolean;
  width: number;
  height: number;
  /** Printed values under wire names; `reg_num` is the bare code without a `(1-1)` copy suffix. */
  truth: LicenseTextFields;
  /** License corners in image pixels: left-top, right-top, right-bottom, left-bottom of the upright license. */
  corners: Quad;
}

export function toSampleRecord(spec: SampleSpec, sample: GeneratedSample): SampleRecord {
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    id: spec.id,
    image: `${spec.id}.jpg`,
    layout: spec.layout,
    entity: spec.entity,
    capture: spec.capture,
    seed: spec.seed,
    copy: spec.copy === true || spec.layout === 'vertical-copy-2014',
    wrongCheckChar: spec.wrongCheckChar === true,
    phoneSize: spec.phoneSize === true,
    width: sample.width,
    height: sample.height,
    truth: sample.truth,
    corners: sample.corners.map((point) => ({ x: round(point.x), y: round(point.y) })) as Quad,
  };
}
