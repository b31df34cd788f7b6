/**
 * The demo host: a merchant-onboarding flow whose second step embeds <license-capture>. Built with
 * Component() rather than Page() so that miniprogram-simulate can load it in tests.
 */
import type { ConfirmDetail } from '../../components/license-capture/confirm-form';
import { CONFIRMED_LICENSE_KEY } from '../../utils/demo-storage';

Component({
  data: {
    skipped: false,
  },

  methods: {
    onLicenseConfirmed(event: WechatMiniprogram.CustomEvent<ConfirmDetail>) {
      wx.setStorageSync(CONFIRMED_LICENSE_KEY, event.detail);
      wx.navigateTo({ url: '/pages/result/index' });
    },

    onLicenseSkipped() {
      this.setData({ skipped: true });
    },

    onResume() {
      this.setData({ skipped: false });
    },

    onContactAdmin(event: WechatMiniprogram.CustomEvent<{ errcode: number; errmsg: string }>) {
      wx.showModal({
        title: '联系管理员',
        content: `请将错误码 ${event.detail.errcode} 告知平台客服。`,
        showCancel: false,
      });
    },
  },
});
