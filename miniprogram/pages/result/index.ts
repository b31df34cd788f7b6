/**
 * The demo result page: shows what the host page received with `confirm`, as a merchant-facing
 * summary and as the raw JSON a developer would store. Built with Component() for miniprogram-simulate.
 */
import type { ConfirmDetail } from '../../components/license-capture/confirm-form';
import { lookupWarning } from '../../lib/bizlicense';
import { fieldLabel, FORM_FIELD_ORDER } from '../../utils/field-labels';
import { CONFIRMED_LICENSE_KEY } from '../../utils/demo-storage';

interface SummaryRow {
  field: string;
  label: string;
  value: string;
}

/** Builds the rows the page shows from a confirm detail. */
export function summarize(detail: ConfirmDetail): { rows: SummaryRow[]; warnings: string[]; changeCount: number } {
  const kind = detail.interpretation.entityKind;
  const isRegistrationNumber = detail.interpretation.creditCode?.kind === 'registration-number';
  const rows = FORM_FIELD_ORDER.filter((field) => detail.fields[field] !== undefined).map((field) => ({
    field,
    label: fieldLabel(field, kind, isRegistrationNumber),
    value: detail.fields[field] ?? '',
  }));
  const warnings = detail.interpretation.warnings.map((code) => lookupWarning(code)?.message ?? code);

  return { rows, warnings, changeCount: detail.changes.length };
}

Component({
  data: {
    received: false,
    rows: [] as SummaryRow[],
    warnings: [] as string[],
    changeCount: 0,
    json: '',
  },

  lifetimes: {
    attached() {
      const detail = wx.getStorageSync(CONFIRMED_LICENSE_KEY) as ConfirmDetail | '';
      if (!detail) {
        return;
      }
      this.setData({ received: true, ...summarize(detail), json: JSON.stringify(detail, null, 2) });
    },
  },

  methods: {
    onRestart() {
      wx.removeStorageSync(CONFIRMED_LICENSE_KEY);
      wx.redirectTo({ url: '/pages/index/index' });
    },
  },
});
