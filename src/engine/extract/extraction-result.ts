import type { LicenseTextFields } from '../../license';

/** Print layout the extractor recognised, which decides the field order it expects. */
export type LicenseLayout = 'horizontal' | 'vertical' | 'individual-2011' | 'electronic' | 'unknown';

/** The wire text fields read from one page, and whether the page is a business license at all. */
export interface ExtractionResult {
  fields: LicenseTextFields;
  /** False when neither the title 营业执照 nor enough labels or a credit code were found. */
  looksLikeLicense: boolean;
  layout: LicenseLayout;
}
