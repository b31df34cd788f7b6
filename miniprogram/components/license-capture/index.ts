/**
 * <license-capture>: photograph or choose a business license, compress and upload it, recognise it
 * with the bizlicenseOcr cloud function, and let the merchant check and correct every field.
 *
 * Events: `confirm` with {@link ConfirmDetail}; `cancel` with `{}`; `contactadmin` with
 * `{ errcode, errmsg }` when the merchant taps 联系管理员 so that the host can open its support page.
 */
import type { LicenseTextFieldName, LicenseTextFields, WireReply } from '../../lib/bizlicense';
import { LICENSE_TEXT_FIELDS } from '../../lib/bizlicense';
import { CameraPermission, openCameraSetting, requestCameraPermission } from '../../services/camera-permission';
import { preparePhotoForUpload, PreparedPhoto } from '../../services/image-compression';
import {
  createUploadPath,
  recognizeLicense,
  RecognitionCancelledError,
  RecognitionHandle,
  UploadHandle,
  uploadLicensePhoto,
} from '../../services/license-service';
import { chooseFromAlbum, chooseFromChat, takePhoto } from '../../services/media-picker';
import { listenForPrivacyConsent, openPrivacyGuide, PRIVACY_AGREE_BUTTON_ID, PrivacyConsent } from '../../services/privacy-consent';
import { buildCertOutline } from '../../utils/cert-outline';
import { ACTION_BUTTON_TEXT, Failure, failureFor, isFailureError } from '../../utils/failure';
import { checkLicenseForm, FormCheck } from '../../utils/form-checks';
import { buildFormRows, ConfirmDetail, findConfirmBlock, listChanges, normalizeFields } from './confirm-form';

/** The screens of the flow. */
type Phase = 'start' | 'camera' | 'camera-denied' | 'preparing' | 'uploading' | 'recognizing' | 'confirm' | 'failed';

/** The source of a photo, so that 重新拍摄 returns there. */
type PhotoSource = 'camera' | 'album' | 'chat';

/** State that the WXML does not render, kept per component instance. */
interface FlowState {
  source?: PhotoSource;
  photo?: PreparedPhoto;
  fileID?: string;
  upload?: UploadHandle;
  recognition?: RecognitionHandle;
  recognized: LicenseTextFields;
  confirmed: LicenseTextFields;
  reply?: WireReply;
  check?: FormCheck;
  acknowledgedCreditCode?: string;
  privacy?: PrivacyConsent;
  /** Increased whenever the flow restarts, so that a late callback of an old run is ignored. */
  run: number;
}

const flows = new WeakMap<object, FlowState>();

/** The photo's width on screen: 690rpx of the 750rpx-wide page. */
const PHOTO_WIDTH_RPX = 690;

function windowWidth(): number {
  const info = typeof wx.getWindowInfo === 'function' ? wx.getWindowInfo() : wx.getSystemInfoSync();
  return info.windowWidth;
}

function textFieldsOf(reply: WireReply): LicenseTextFields {
  const fields: LicenseTextFields = {};
  for (const field of LICENSE_TEXT_FIELDS) {
    const value = reply[field];
    if (typeof value === 'string') {
      fields[field] = value;
    }
  }
  return fields;
}

function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

Component({
  options: {
    styleIsolation: 'isolated',
  },

  properties: {
    /** The date to judge expiry against, `YYYY-MM-DD`; empty means today in Asia/Shanghai. */
    today: { type: String, value: '' },
    /** How long to wait for the cloud function, in ms; its own timeout is 20 s. */
    recognizeTimeoutMs: { type: Number, value: 25000 },
    /** How many times one upload is tried before the failure is shown. */
    uploadAttempts: { type: Number, value: 3 },
    /** The pause before an upload is tried again, in ms. */
    uploadRetryDelayMs: { type: Number, value: 1000 },
  },

  data: {
    phase: 'start' as Phase,
    privacyPromptVisible: false,
    privacyAgreeButtonId: PRIVACY_AGREE_BUTTON_ID,
    photoPath: '',
    statusText: '',
    uploadPercent: 0,
    failure: null as (Failure & { actionText: string }) | null,
    failureDetailVisible: false,
    rows: [] as ReturnType<typeof buildFormRows>,
    outlineEdges: [] as Array<{ style: string }>,
    photoHeightPx: 0,
    creditCodeNeedsAcknowledgement: false,
    creditCodeAcknowledged: false,
    confirmBlockMessage: '',
    canConfirm: false,
  },

  lifetimes: {
    attached() {
      const flow: FlowState = { recognized: {}, confirmed: {}, run: 0 };
      flows.set(this, flow);
      flow.privacy = listenForPrivacyConsent(() => this.setData({ privacyPromptVisible: true }));
    },

    detached() {
      const flow = flows.get(this);
      flow?.upload?.abort();
      flow?.recognition?.cancel();
      flows.delete(this);
    },
  },

  methods: {
    flow(): FlowState {
      const flow = flows.get(this);
      if (!flow) {
        throw new Error('license-capture used before attached or after detached');
      }
      return flow;
    },

    /** Starts a new run and returns its number; callbacks of older runs compare and stop. */
    restart(): number {
      const flow = this.flow();
      flow.upload?.abort();
      flow.recognition?.cancel();
      flow.run += 1;
      flow.upload = undefined;
      flow.recognition = undefined;
      return flow.run;
    },

    isCurrent(run: number): boolean {
      return flows.get(this)?.run === run;
    },

    showFailure(failure: Failure) {
      this.setData({
        phase: 'failed',
        failure: { ...failure, actionText: ACTION_BUTTON_TEXT[failure.action] },
        failureDetailVisible: false,
      });
    },

    showError(error: unknown) {
      if (error instanceof RecognitionCancelledError) {
        return;
      }
      if (isFailureError(error)) {
        this.showFailure(error.failure);
        return;
      }
      const errMsg = (error as { errMsg?: string; message?: string })?.errMsg ?? String((error as Error)?.message ?? error);
      this.showFailure(failureFor('INTERNAL_ERROR', errMsg));
    },

    // --- Choosing or taking the photo ---

    async onOpenCamera() {
      const permission: CameraPermission = await requestCameraPermission().catch((): CameraPermission => 'denied');
      this.setData({ phase: permission === 'granted' ? 'camera' : 'camera-denied' });
    },

    onCameraError() {
      this.setData({ phase: 'camera-denied' });
    },

    async onOpenSetting() {
      const permission = await openCameraSetting().catch((): CameraPermission => 'denied');
      this.setData({ phase: permission === 'granted' ? 'camera' : 'camera-denied' });
    },

    async onShutter() {
      try {
        const path = await takePhoto();
        await this.processPhoto(path, 'camera');
      } catch (error) {
        this.showError(error);
      }
    },

    async onChooseAlbum() {
      try {
        const path = await chooseFromAlbum();
        if (path !== undefined) {
          await this.processPhoto(path, 'album');
        }
      } catch (error) {
        this.showError(error);
      }
    },

    async onChooseChat() {
      try {
        const path = await chooseFromChat();
        if (path !== undefined) {
          await this.processPhoto(path, 'chat');
        }
      } catch (error) {
        this.showError(error);
      }
    },

    onBackToStart() {
      this.restart();
      this.setData({ phase: 'start', failure: null });
    },

    onCancel() {
      this.restart();
      this.triggerEvent('cancel', {});
    },

    // --- Privacy consent ---

    onPrivacyAgree() {
      this.flow().privacy?.agree();
      this.setData({ privacyPromptVisible: false });
    },

    onPrivacyDisagree() {
      this.flow().privacy?.disagree();
      this.setData({ privacyPromptVisible: false });
    },

    onOpenPrivacyGuide() {
      openPrivacyGuide();
    },

    // --- Compress, upload, recognise ---

    /**
     * Runs compression, upload and recognition for a new photo. A failure is shown only while its
     * run is current, so that a late error of an abandoned photo does not cover the screen.
     */
    async processPhoto(path: string, source: PhotoSource) {
      const run = this.restart();
      const flow = this.flow();
      flow.source = source;
      flow.photo = undefined;
      flow.fileID = undefined;
      this.setData({ phase: 'preparing', photoPath: path, statusText: '正在压缩照片…', uploadPercent: 0, failure: null });

      try {
        const photo = await preparePhotoForUpload(path);
        if (!this.isCurrent(run)) {
          return;
        }
        flow.photo = photo;
        this.setData({ photoPath: photo.filePath });
        await this.uploadAndRecognize(run);
      } catch (error) {
        if (this.isCurrent(run)) {
          this.showError(error);
        }
      }
    },

    async uploadAndRecognize(run: number) {
      const flow = this.flow();
      const photo = flow.photo;
      if (!photo) {
        this.setData({ phase: 'start' });
        return;
      }

      this.setData({ phase: 'uploading', statusText: '正在上传照片…', uploadPercent: 0 });
      const cloudPath = await createUploadPath(photo.extension);
      if (!this.isCurrent(run)) {
        return;
      }

      const fileID = await this.uploadWithRetry(run, cloudPath, photo.filePath);
      if (fileID === undefined) {
        return;
      }
      flow.fileID = fileID;
      await this.recognize(run);
    },

    /** Uploads with up to `uploadAttempts` tries; resolves undefined when the run was abandoned. */
    async uploadWithRetry(run: number, cloudPath: string, filePath: string): Promise<string | undefined> {
      const attempts = Math.max(1, Math.floor(this.data.uploadAttempts));

      for (let attempt = 1; ; attempt += 1) {
        const handle = uploadLicensePhoto(cloudPath, filePath, (update) => {
          if (this.isCurrent(run)) {
            this.setData({ uploadPercent: update.progress });
          }
        });
        this.flow().upload = handle;

        try {
          const fileID = await handle.fileID;
          return this.isCurrent(run) ? fileID : undefined;
        } catch (error) {
          if (!this.isCurrent(run)) {
            return undefined;
          }
          if (attempt >= attempts) {
            throw error;
          }
        }

        this.setData({ uploadPercent: 0, statusText: `上传失败，正在重试（第 ${attempt + 1} 次，共 ${attempts} 次）…` });
        await sleep(this.data.uploadRetryDelayMs);
        if (!this.isCurrent(run)) {
          return undefined;
        }
      }
    },

    async recognize(run: number) {
      const flow = this.flow();
      if (flow.fileID === undefined) {
        return;
      }

      this.setData({ phase: 'recognizing', statusText: '正在识别营业执照…' });
      const handle = recognizeLicense(flow.fileID, this.data.recognizeTimeoutMs);
      flow.recognition = handle;

      const { reply } = await handle.license;
      if (!this.isCurrent(run)) {
        return;
      }
      flow.recognition = undefined;
      this.showConfirmForm(reply);
    },

    onCancelRecognition() {
      this.restart();
      this.setData({ phase: 'start', statusText: '' });
    },

    // --- Failure actions ---

    async onFailureAction() {
      const failure = this.data.failure;
      if (!failure) {
        return;
      }

      switch (failure.action) {
        case 'retake-photo':
          if (this.flow().source === 'camera') {
            await this.onOpenCamera();
          } else {
            this.onBackToStart();
          }
          return;
        case 'choose-another-image':
          this.onBackToStart();
          return;
        case 'retry-later':
          await this.retryFailedStep();
          return;
        case 'contact-admin':
        case 'fix-request':
          this.setData({ failureDetailVisible: true });
          this.triggerEvent('contactadmin', { errcode: failure.errcode, errmsg: failure.errmsg });
          return;
      }
    },

    /** Repeats the step that failed: recognition when the photo was uploaded, else the upload. */
    async retryFailedStep() {
      const flow = this.flow();
      const run = this.restart();
      this.setData({ failure: null });

      try {
        if (flow.fileID !== undefined) {
          await this.recognize(run);
        } else if (flow.photo) {
          await this.uploadAndRecognize(run);
        } else {
          this.setData({ phase: 'start' });
        }
      } catch (error) {
        if (this.isCurrent(run)) {
          this.showError(error);
        }
      }
    },

    // --- The confirm form ---

    showConfirmForm(reply: WireReply) {
      const flow = this.flow();
      flow.reply = reply;
      flow.recognized = textFieldsOf(reply);
      flow.confirmed = { ...flow.recognized };
      flow.acknowledgedCreditCode = undefined;

      const displayWidth = (windowWidth() * PHOTO_WIDTH_RPX) / 750;
      const outline = buildCertOutline(reply.cert_position, reply.img_size, displayWidth);
      this.setData({
        phase: 'confirm',
        statusText: '',
        outlineEdges: outline ? outline.edges.map((edge) => ({ style: edge.style })) : [],
        photoHeightPx: outline ? outline.displayHeight : 0,
      });
      this.refreshForm();
    },

    refreshForm() {
      const flow = this.flow();
      const check = checkLicenseForm(flow.confirmed, this.data.today || undefined);
      flow.check = check;

      const creditCode = (flow.confirmed.reg_num ?? '').trim();
      const block = findConfirmBlock(check, creditCode, flow.acknowledgedCreditCode);
      this.setData({
        rows: buildFormRows(flow.recognized, flow.confirmed, check),
        creditCodeNeedsAcknowledgement: check.creditCodeFailsCheck,
        creditCodeAcknowledged: check.creditCodeFailsCheck && flow.acknowledgedCreditCode === creditCode,
        confirmBlockMessage: block?.message ?? '',
        canConfirm: block === undefined,
      });
    },

    onFieldInput(event: WechatMiniprogram.Input) {
      const field = event.currentTarget.dataset.field as LicenseTextFieldName;
      if (!LICENSE_TEXT_FIELDS.includes(field)) {
        return;
      }
      this.flow().confirmed[field] = event.detail.value;
      this.refreshForm();
    },

    onAcknowledgeCreditCode(event: WechatMiniprogram.CustomEvent<{ value: string[] }>) {
      const flow = this.flow();
      const checked = event.detail.value.includes('acknowledged');
      flow.acknowledgedCreditCode = checked ? (flow.confirmed.reg_num ?? '').trim() : undefined;
      this.refreshForm();
    },

    onConfirm() {
      const flow = this.flow();
      this.refreshForm();
      if (!this.data.canConfirm || flow.fileID === undefined) {
        return;
      }

      const fields = normalizeFields(flow.confirmed);
      const check = checkLicenseForm(fields, this.data.today || undefined);
      const detail: ConfirmDetail = {
        fields,
        interpretation: check.interpretation,
        changes: listChanges(normalizeFields(flow.recognized), fields),
        fileID: flow.fileID,
      };
      this.triggerEvent('confirm', detail);
    },

    onRetake() {
      if (this.flow().source === 'camera') {
        void this.onOpenCamera();
      } else {
        this.onBackToStart();
      }
    },
  },
});

