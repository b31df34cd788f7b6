/** The error object that wx APIs pass to `fail`. */
export interface WxError {
  errMsg: string;
  errCode?: number;
}

/** The `success` and `fail` callbacks that {@link callWx} hands to a wx API. */
export interface WxCallbacks<Result> {
  success: (result: Result) => void;
  fail: (error: WxError) => void;
}

/**
 * Calls a callback-style wx API and returns a Promise of its `success` result, for example
 * `callWx<GetImageInfoSuccessCallbackResult>((callbacks) => wx.getImageInfo({ src, ...callbacks }))`.
 * The callback form is used because not every API or base library version returns a Promise.
 */
export function callWx<Result>(start: (callbacks: WxCallbacks<Result>) => void): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    start({
      success: (result) => resolve(result),
      fail: (error) => reject(toWxError(error)),
    });
  });
}

/** Normalises what a `fail` callback or a throw delivered into a WxError. */
export function toWxError(error: unknown): WxError {
  if (typeof error === 'object' && error !== null && typeof (error as WxError).errMsg === 'string') {
    return error as WxError;
  }
  if (error instanceof Error) {
    return { errMsg: error.message };
  }
  return { errMsg: String(error) };
}
