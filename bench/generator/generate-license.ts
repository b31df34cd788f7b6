/**
 * Generates one synthetic license sample: draws the license, takes the requested kind of picture of it
 * and returns the JPEG with the printed values and the license's corners as truth.
 */
import type { Quad } from '../../src/engine/types';
import type { LicenseTextFields } from '../../src/license';
import { captureSample } from './capture/capture';
import { buildLicenseContent } from './content';
import { registerLicenseFonts } from './draw/fonts';
import { renderLicense } from './draw/render-license';
import { pickPrintStyle } from './draw/style';
import { Random } from './random';
import type { Capture, EntityKind, LicenseLayout, SampleSpec } from './spec';

export interface GeneratedSample {
  id: string;
  jpeg: Buffer;
  width: number;
  height: number;
  /**
   * Exactly the strings printed on the license, under WeChat's wire names. `reg_num` is the bare code
   * without a copy suffix such as `(1-1)`, because WeChat returns the code alone.
   */
  truth: LicenseTextFields;
  /**
   * The license's own corners (left-top, right-top, right-bottom, left-bottom of the upright license)
   * in output image pixels. On a rotated capture the license's left-top can be anywhere in the image.
   */
  corners: Quad;
  layout: LicenseLayout;
  entity: EntityKind;
  capture: Capture;
  seed: number;
}

/** Generates the sample a spec describes; the same spec always gives byte-identical output. */
export async function generateLicense(spec: SampleSpec): Promise<GeneratedSample> {
  registerLicenseFonts();
  const random = new Random(spec.seed);
  const content = buildLicenseContent(spec, random.fork());
  const style = pickPrintStyle(random.fork());
  const captured = captureSample(spec, random.fork(), (width) =>
    renderLicense(spec.layout, content, style, random.fork(), width, `SAMPLE 样本 ${spec.id} ${spec.seed}`),
  );

  return {
    id: spec.id,
    jpeg: captured.jpeg,
    width: captured.width,
    height: captured.height,
    truth: content.truth,
    corners: captured.corners,
    layout: spec.layout,
    entity: spec.entity,
    capture: spec.capture,
    seed: spec.seed,
  };
}
