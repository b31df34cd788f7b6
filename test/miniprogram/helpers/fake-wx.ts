/**
 * A fake of the `wx` global and `wx.cloud`, shaped like the real APIs at the boundary the Mini
 * Program calls, as miniprogram-api-typings 5.2.3 declares them. Options take `success`/`fail`
 * callbacks, results carry `errMsg`, and `fail` receives `{ errMsg: '<api>:fail <reason>' }`.
 * `uploadFile` returns an UploadTask with `onProgressUpdate`, and `callFunction` succeeds with
 * `{ result }`. Callbacks run asynchronously, as on a phone.
 *
 * What is faked: the phone's files (a table of paths with byte size, pixel size and format), the
 * JPEG encoder (a size model, see {@link jpegBytes}), the camera, the album, chat files, the
 * permission settings, and CloudBase (upload and the cloud function are test-supplied handlers).
 */

/** An image file on the fake phone. */
export interface FakeImage {
  size: number;
  width: number;
  height: number;
  /** As `wx.getImageInfo` reports it: jpeg, png, heic, gif … */
  type: string;
}

/** One recorded call of a wx API with the options it received, callbacks left out. */
export interface RecordedCall {
  api: string;
  options: Record<string, unknown>;
}

type Options = Record<string, unknown> & {
  success?: (result: unknown) => void;
  fail?: (error: { errMsg: string }) => void;
  complete?: (result: unknown) => void;
};

/**
 * Returns the byte size the fake encoder gives a JPEG: 0.05 + 0.45·(quality/100)² bytes per pixel.
 * This is an estimate of what phone encoders produce for a photographed document.
 */
export function jpegBytes(width: number, height: number, quality: number): number {
  return Math.round(width * height * (0.05 + 0.45 * (quality / 100) ** 2));
}

/**
 * What the fake cloud function does for one call: succeed with a `result`, fail with a wx errMsg,
 * never reply, or wait in {@link FakeWx.heldCalls} until the test settles it.
 */
export type CloudFunctionOutcome = { result: unknown } | { failErrMsg: string } | 'never' | 'hold';

/** What one upload does: succeed, or fail with an errMsg after some progress. */
export type UploadOutcome = 'success' | { failErrMsg: string };

export class FakeWx {
  readonly calls: RecordedCall[] = [];
  readonly files = new Map<string, FakeImage>();
  readonly storage = new Map<string, unknown>();

  /** `scope.camera` in getSetting: undefined until the merchant decides. */
  cameraSetting: boolean | undefined = undefined;
  /** Whether the merchant allows the camera in the prompt that `wx.authorize` shows. */
  allowsCameraWhenAsked = true;
  /** Whether the merchant switches the camera on in `wx.openSetting`. */
  enablesCameraInSettings = false;
  /**
   * Multiplies every encoded size, for photos that compress badly (fine noise, heavy texture);
   * 1 means the plain size model.
   */
  encodedSizeFactor = 1;
  /** Whether `compressedWidth` is supported (base library 2.26.0 and later). */
  supportsCompressedWidth = true;

  /** The errMsg the album fails with instead of returning a photo, such as a declined privacy guide. */
  albumFailErrMsg: string | undefined;
  /** The next photo the album, chat or camera returns; undefined means the merchant cancels. */
  nextAlbumPhoto: string | undefined;
  nextChatFile: string | undefined;
  nextCameraPhoto: string | undefined;

  /** Decides each call of the cloud function. */
  cloudFunction: (name: string, data: Record<string, unknown>) => CloudFunctionOutcome = () => ({
    result: { errcode: -1, errmsg: 'no fake cloud function set', message: '识别服务繁忙，请稍后重试。' },
  });
  /** Calls answered with 'hold', in order, with a way to settle each later. */
  readonly heldCalls: Array<{ data: Record<string, unknown>; settle: (outcome: { result: unknown } | { failErrMsg: string }) => void }> = [];
  /** Decides each upload, in order; uploads beyond the list succeed. */
  uploadOutcomes: UploadOutcome[] = [];

  /** The listener the page registered with `wx.onNeedPrivacyAuthorization`. */
  privacyListener: ((resolve: (answer: unknown) => void, info: { referrer: string }) => void) | undefined;
  readonly privacyAnswers: unknown[] = [];

  private tempCounter = 0;
  private uploadCount = 0;

  /** Adds a file to the fake phone and returns its path. */
  addFile(path: string, image: FakeImage): string {
    this.files.set(path, image);
    return path;
  }

  callsOf(api: string): RecordedCall[] {
    return this.calls.filter((call) => call.api === api);
  }

  private record(api: string, options: Options): void {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(options)) {
      if (typeof value !== 'function') {
        copy[key] = value;
      }
    }
    this.calls.push({ api, options: copy });
  }

  private newTempPath(extension: string): string {
    this.tempCounter += 1;
    return `http://tmp/fake-${this.tempCounter}.${extension}`;
  }

  private succeed(options: Options, result: Record<string, unknown>): void {
    setTimeout(() => {
      options.success?.(result);
      options.complete?.(result);
    }, 0);
  }

  private failWith(options: Options, errMsg: string): void {
    setTimeout(() => {
      options.fail?.({ errMsg });
      options.complete?.({ errMsg });
    }, 0);
  }

  /** Builds the object to install as the global `wx`. */
  build(): Record<string, unknown> {
    const files = this.files;
    const wx: Record<string, unknown> = {
      canIUse: (schema: string) => (schema === 'compressImage.object.compressedWidth' ? this.supportsCompressedWidth : true),
      getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, pixelRatio: 2, screenWidth: 375, screenHeight: 667 }),
      getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 667, SDKVersion: '3.7.0' }),

      getImageInfo: (options: Options) => {
        this.record('getImageInfo', options);
        const image = this.files.get(String(options.src));
        if (!image) {
          this.failWith(options, 'getImageInfo:fail file not found');
          return;
        }
        this.succeed(options, { width: image.width, height: image.height, type: image.type, orientation: 'up', path: options.src, errMsg: 'getImageInfo:ok' });
      },

      getFileSystemManager: () => ({
        getFileInfo: (options: Options) => {
          this.record('getFileInfo', options);
          const image = this.files.get(String(options.filePath));
          if (!image) {
            this.failWith(options, `getFileInfo:fail no such file or directory ${String(options.filePath)}`);
            return;
          }
          this.succeed(options, { size: image.size, errMsg: 'getFileInfo:ok' });
        },
      }),

      compressImage: (options: Options) => {
        this.record('compressImage', options);
        const image = this.files.get(String(options.src));
        if (!image) {
          this.failWith(options, 'compressImage:fail file not found');
          return;
        }
        const quality = typeof options.quality === 'number' ? options.quality : 80;
        const width = typeof options.compressedWidth === 'number' ? options.compressedWidth : image.width;
        const height = typeof options.compressedHeight === 'number' ? options.compressedHeight : image.height;
        // Like the real API, quality does nothing for a PNG: it comes back the same size.
        const size = image.type === 'png' ? image.size : jpegBytes(width, height, quality) * this.encodedSizeFactor;
        const path = this.addFile(this.newTempPath(image.type === 'png' ? 'png' : 'jpg'), { size, width, height, type: image.type });
        this.succeed(options, { tempFilePath: path, errMsg: 'compressImage:ok' });
      },

      createOffscreenCanvas: (options: { type: string; width: number; height: number }) => {
        this.calls.push({ api: 'createOffscreenCanvas', options: { ...options } });
        const drawn: string[] = [];
        const canvas = {
          width: options.width,
          height: options.height,
          drawn,
          getContext: () => ({
            fillStyle: '',
            fillRect: () => drawn.push('fillRect'),
            drawImage: (image: { src: string }) => drawn.push(`drawImage ${image.src}`),
          }),
          createImage: () => {
            const image = {
              width: 0,
              height: 0,
              onload: () => undefined,
              onerror: () => undefined,
              currentSrc: '',
              get src() {
                return this.currentSrc;
              },
              set src(value: string) {
                this.currentSrc = value;
                const file = files.get(value);
                setTimeout(() => {
                  if (file) {
                    this.width = file.width;
                    this.height = file.height;
                    this.onload();
                  } else {
                    this.onerror();
                  }
                }, 0);
              },
            };
            return image;
          },
        };
        return canvas;
      },

      canvasToTempFilePath: (options: Options) => {
        this.record('canvasToTempFilePath', options);
        const canvas = options.canvas as { width: number; height: number; drawn: string[] } | undefined;
        if (!canvas || !canvas.drawn.some((step) => step.startsWith('drawImage'))) {
          this.failWith(options, 'canvasToTempFilePath:fail canvas is empty');
          return;
        }
        const width = typeof options.destWidth === 'number' ? options.destWidth : canvas.width;
        const height = typeof options.destHeight === 'number' ? options.destHeight : canvas.height;
        const quality = typeof options.quality === 'number' ? options.quality * 100 : 100;
        const type = options.fileType === 'jpg' ? 'jpeg' : 'png';
        const path = this.addFile(this.newTempPath(options.fileType === 'jpg' ? 'jpg' : 'png'), {
          size: jpegBytes(width, height, quality) * this.encodedSizeFactor,
          width,
          height,
          type,
        });
        this.succeed(options, { tempFilePath: path, errMsg: 'canvasToTempFilePath:ok' });
      },

      chooseMedia: (options: Options) => {
        this.record('chooseMedia', options);
        if (this.albumFailErrMsg !== undefined) {
          this.failWith(options, this.albumFailErrMsg);
          return;
        }
        const path = this.nextAlbumPhoto;
        const image = path === undefined ? undefined : this.files.get(path);
        if (path === undefined || !image) {
          this.failWith(options, 'chooseMedia:fail cancel');
          return;
        }
        this.succeed(options, {
          tempFiles: [{ tempFilePath: path, size: image.size, width: image.width, height: image.height, duration: 0, thumbTempFilePath: '', fileType: 'image' }],
          type: 'image',
          errMsg: 'chooseMedia:ok',
        });
      },

      chooseMessageFile: (options: Options) => {
        this.record('chooseMessageFile', options);
        const path = this.nextChatFile;
        const image = path === undefined ? undefined : this.files.get(path);
        if (path === undefined || !image) {
          this.failWith(options, 'chooseMessageFile:fail cancel');
          return;
        }
        this.succeed(options, {
          tempFiles: [{ path, size: image.size, name: 'license.jpg', type: 'image', time: 1764800000 }],
          errMsg: 'chooseMessageFile:ok',
        });
      },

      createCameraContext: () => ({
        takePhoto: (options: Options) => {
          this.record('takePhoto', options);
          if (this.nextCameraPhoto === undefined) {
            this.failWith(options, 'takePhoto:fail camera is not ready');
            return;
          }
          this.succeed(options, { tempImagePath: this.nextCameraPhoto, errMsg: 'takePhoto:ok' });
        },
      }),

      getSetting: (options: Options) => {
        this.record('getSetting', options);
        const authSetting: Record<string, boolean> = {};
        if (this.cameraSetting !== undefined) {
          authSetting['scope.camera'] = this.cameraSetting;
        }
        this.succeed(options, { authSetting, errMsg: 'getSetting:ok' });
      },

      authorize: (options: Options) => {
        this.record('authorize', options);
        if (this.cameraSetting === false || !this.allowsCameraWhenAsked) {
          this.cameraSetting = false;
          this.failWith(options, 'authorize:fail auth deny');
          return;
        }
        this.cameraSetting = true;
        this.succeed(options, { errMsg: 'authorize:ok' });
      },

      openSetting: (options: Options) => {
        this.record('openSetting', options);
        if (this.enablesCameraInSettings) {
          this.cameraSetting = true;
        }
        this.succeed(options, { authSetting: { 'scope.camera': this.cameraSetting === true }, errMsg: 'openSetting:ok' });
      },

      onNeedPrivacyAuthorization: (listener: FakeWx['privacyListener']) => {
        this.calls.push({ api: 'onNeedPrivacyAuthorization', options: {} });
        this.privacyListener = listener;
      },
      openPrivacyContract: (options: Options) => {
        this.record('openPrivacyContract', options);
        this.succeed(options, { errMsg: 'openPrivacyContract:ok' });
      },

      setStorageSync: (key: string, value: unknown) => this.storage.set(key, JSON.parse(JSON.stringify(value))),
      getStorageSync: (key: string) => (this.storage.has(key) ? this.storage.get(key) : ''),
      removeStorageSync: (key: string) => this.storage.delete(key),
      navigateTo: (options: Options) => this.record('navigateTo', options),
      redirectTo: (options: Options) => this.record('redirectTo', options),
      showModal: (options: Options) => this.record('showModal', options),

      cloud: this.buildCloud(),
    };

    return wx;
  }

  private answerCall(options: Options, outcome: { result: unknown } | { failErrMsg: string }): void {
    if ('failErrMsg' in outcome) {
      this.failWith(options, outcome.failErrMsg);
      return;
    }
    this.succeed(options, { result: outcome.result, errMsg: 'cloud.callFunction:ok', requestID: 'fake-request-id' });
  }

  private buildCloud(): Record<string, unknown> {
    return {
      init: (options: Record<string, unknown>) => this.calls.push({ api: 'cloud.init', options: { ...options } }),

      callFunction: (options: Options) => {
        this.record('cloud.callFunction', options);
        const outcome = this.cloudFunction(String(options.name), (options.data ?? {}) as Record<string, unknown>);
        if (outcome === 'never') {
          return;
        }
        if (outcome === 'hold') {
          this.heldCalls.push({ data: (options.data ?? {}) as Record<string, unknown>, settle: (later) => this.answerCall(options, later) });
          return;
        }
        this.answerCall(options, outcome);
      },

      uploadFile: (options: Options) => {
        this.record('cloud.uploadFile', options);
        const outcome = this.uploadOutcomes[this.uploadCount] ?? 'success';
        this.uploadCount += 1;

        const listeners: Array<(update: Record<string, number>) => void> = [];
        const image = this.files.get(String(options.filePath));
        const total = image?.size ?? 0;
        let aborted = false;

        const report = (progress: number) => {
          const update = { progress, totalBytesSent: Math.round((total * progress) / 100), totalBytesExpectedToSend: total };
          listeners.forEach((listener) => listener(update));
        };

        setTimeout(() => {
          if (aborted) {
            return;
          }
          report(50);
          if (!image) {
            options.fail?.({ errMsg: 'cloud.uploadFile:fail file not found' });
            return;
          }
          if (outcome !== 'success') {
            options.fail?.({ errMsg: outcome.failErrMsg });
            return;
          }
          report(100);
          options.success?.({
            fileID: `cloud://test-env-1a2b.7465-test-env-1a2b-1300000000/${String(options.cloudPath)}`,
            statusCode: 204,
            errMsg: 'cloud.uploadFile:ok',
          });
        }, 0);

        return {
          onProgressUpdate: (listener: (update: Record<string, number>) => void) => listeners.push(listener),
          offProgressUpdate: () => listeners.splice(0, listeners.length),
          onHeadersReceived: () => undefined,
          offHeadersReceived: () => undefined,
          abort: () => {
            aborted = true;
            options.fail?.({ errMsg: 'cloud.uploadFile:fail abort' });
          },
        };
      },
    };
  }
}

/** Installs a new FakeWx as the global `wx` (after miniprogram-simulate installed its own) and returns it. */
export function installFakeWx(): FakeWx {
  const fake = new FakeWx();
  (globalThis as unknown as { wx: unknown }).wx = fake.build();
  return fake;
}
