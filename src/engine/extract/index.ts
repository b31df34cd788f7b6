export { extractLicenseFields } from './extract-license-fields';
export type { ExtractionResult, LicenseLayout } from './extraction-result';
