/**
 * Synthetic business licenses with ground truth, for tests and the offline engine's benchmark.
 */
export { generateLicense, type GeneratedSample } from './generate-license';
export { benchmarkSpecs } from './benchmark-specs';
export { toSampleRecord, type SampleRecord } from './sample-record';
export {
  CAPTURES,
  ENTITY_KINDS,
  LICENSE_LAYOUTS,
  type Capture,
  type EntityKind,
  type LicenseLayout,
  type SampleSpec,
} from './spec';
