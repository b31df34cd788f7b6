import { BizLicenseError } from '../../../src/license/bizlicense-error';
import { ErrorResult } from '../../../src/license/error-result';
import { mapSdkError, WechatCloudSdk } from '../../../src/providers/wechat-cloud';
import { CallLogger, writeLogLine } from './call-log';
import { readFunctionConfig } from './config';
import { createHandler, FunctionHandler, requestIdOf, toErrorResult } from './handler';

export interface StartOptions {
  env: Record<string, string | undefined>;
  /** Loads and wraps wx-server-sdk; may throw when the package is missing. */
  loadSdk: () => WechatCloudSdk;
  logger: CallLogger;
  clock: () => Date;
}

/** A handler for a function that could not start: every call returns the same error result. */
function createFailedHandler(result: ErrorResult, options: StartOptions): FunctionHandler {
  return async (_event, context) => {
    writeLogLine(options.logger, {
      requestId: requestIdOf(context) ?? 'unknown',
      action: 'start',
      outcome: 'error',
      errcode: result.errcode,
      durationMs: 0,
    });
    return result;
  };
}

/** Builds the result for a failed start: a CloudSDKError keeps its mapped code, anything else is INTERNAL_ERROR. */
function startupErrorResult(error: unknown): ErrorResult {
  const errCode = (error as { errCode?: unknown } | undefined)?.errCode;
  if (typeof errCode === 'number') {
    return toErrorResult(mapSdkError(error));
  }

  const detail = "wx-server-sdk failed to load or initialise; check the function's package.json";
  return new BizLicenseError('INTERNAL_ERROR', detail, { cause: error }).toResult();
}

/**
 * Runs the cold-start steps once: validate the configuration, load wx-server-sdk and call
 * `cloud.init`. A failed step never throws out of the module. Instead the returned handler reports
 * it on every call: INTERNAL_ERROR naming the variable for configuration, the mapped SDK error for
 * a failed load or init.
 */
export function startFunction(options: StartOptions): FunctionHandler {
  const config = readFunctionConfig(options.env);
  if (!config.success) {
    const detail = `invalid configuration: ${config.issues.join('; ')}`;
    writeLogLine(options.logger, { action: 'start', outcome: 'error', detail });
    return createFailedHandler(new BizLicenseError('INTERNAL_ERROR', detail).toResult(), options);
  }

  let sdk: WechatCloudSdk;
  try {
    sdk = options.loadSdk();
    sdk.init();
  } catch (error) {
    const result = startupErrorResult(error);
    writeLogLine(options.logger, { action: 'start', outcome: 'error', errcode: result.errcode });
    return createFailedHandler(result, options);
  }

  return createHandler({ sdk, clock: options.clock, logger: options.logger, config: config.config });
}
