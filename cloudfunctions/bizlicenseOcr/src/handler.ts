import { randomBytes } from 'node:crypto';

import { isBizLicenseError } from '../../../src/license/bizlicense-error';
import { ErrorResult, errorResult } from '../../../src/license/error-result';
import { todayInShanghai } from '../../../src/license/today';
import { addInterpretation, InterpretedReply } from '../../../src/providers/recognize-with-interpretation';
import { createWechatCloudProvider, WechatCallerContext, WechatCloudSdk } from '../../../src/providers/wechat-cloud';
import { CallLogger, CallLogRecord, writeLogLine } from './call-log';
import { FunctionConfig } from './config';
import { parseEvent, ParsedEvent } from './event';
import { recognizeEvent } from './recognize';
import { createUploadPath, UploadPathResult } from './upload-path';

/** Everything the handler needs from outside, so tests can pass fakes. */
export interface HandlerDeps {
  sdk: WechatCloudSdk;
  /** Returns the current time; used for durations and the date in upload paths. */
  clock: () => Date;
  logger: CallLogger;
  config: FunctionConfig;
  /** Returns `bytes` random bytes as hex; defaults to node:crypto. */
  randomHex?: (bytes: number) => string;
}

/** The result of `main`: a recognised license with its interpretation, an upload path, or an error result. */
export type FunctionResult = InterpretedReply | UploadPathResult | ErrorResult;

export type FunctionHandler = (event: unknown, context?: unknown) => Promise<FunctionResult>;

function defaultRandomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}

/** Reads the SCF request id from the handler's context, if there is one. */
export function requestIdOf(context: unknown): string | undefined {
  if (typeof context !== 'object' || context === null) {
    return undefined;
  }
  const requestId = (context as { request_id?: unknown }).request_id;
  return typeof requestId === 'string' && requestId !== '' ? requestId : undefined;
}

/** Turns any failure into an error result; only registry-coded errors keep their code. */
export function toErrorResult(error: unknown): ErrorResult {
  if (isBizLicenseError(error)) {
    return error.toResult();
  }

  const wechat = error as { name?: unknown; toResult?: unknown };
  if (wechat?.name === 'WechatCloudError' && typeof wechat.toResult === 'function') {
    return (wechat.toResult as () => ErrorResult)();
  }

  return errorResult('INTERNAL_ERROR');
}

function errorNameOf(error: unknown): string {
  if (error instanceof Error) {
    return error.name;
  }
  return typeof error;
}

function safeCallerContext(sdk: WechatCloudSdk): WechatCallerContext {
  try {
    return sdk.getCallerContext();
  } catch {
    return {};
  }
}

/**
 * Builds the cloud function's `main(event, context)`. It never throws: every failure, including
 * a throw from the SDK, the clock or the logger, becomes an error result. Each call writes one log
 * line unless the logger itself fails.
 */
export function createHandler(deps: HandlerDeps): FunctionHandler {
  const randomHex = deps.randomHex ?? defaultRandomHex;
  const provider = createWechatCloudProvider(deps.sdk);

  async function run(parsed: ParsedEvent, caller: WechatCallerContext): Promise<FunctionResult> {
    if (parsed.action === 'createUploadPath') {
      return createUploadPath(parsed.event, caller.OPENID, deps.clock(), randomHex);
    }

    const reply = await recognizeEvent(parsed, caller, { sdk: deps.sdk, provider, config: deps.config });
    return addInterpretation(reply, todayInShanghai(deps.clock()));
  }

  async function handle(event: unknown, context: unknown): Promise<FunctionResult> {
    const startedAt = deps.clock().getTime();
    const caller = safeCallerContext(deps.sdk);
    const record: CallLogRecord = {
      requestId: requestIdOf(context) ?? randomHex(8),
      action: 'invalid',
      outcome: 'ok',
      errcode: 0,
      durationMs: 0,
      source: 'none',
      hasOpenid: caller.OPENID !== undefined,
      callerSource: caller.SOURCE ?? 'unknown',
    };

    let result: FunctionResult;
    try {
      const parsed = parseEvent(event);
      record.action = parsed.action;
      record.source = parsed.action === 'recognize' ? parsed.source : 'none';
      result = await run(parsed, caller);
    } catch (error) {
      result = toErrorResult(error);
      if (result.errcode === errorResult('INTERNAL_ERROR').errcode) {
        record.errorName = errorNameOf(error);
      }
    }

    record.outcome = result.errcode === 0 ? 'ok' : 'error';
    record.errcode = result.errcode;
    record.durationMs = deps.clock().getTime() - startedAt;
    writeLogLine(deps.logger, record);
    return result;
  }

  return async function main(event: unknown, context?: unknown): Promise<FunctionResult> {
    try {
      return await handle(event, context);
    } catch (error) {
      // Only a failing clock or random source gets here; the call still returns a result.
      const result = errorResult('INTERNAL_ERROR');
      writeLogLine(deps.logger, {
        requestId: requestIdOf(context) ?? 'unknown',
        action: 'invalid',
        outcome: 'error',
        errcode: result.errcode,
        errorName: errorNameOf(error),
      });
      return result;
    }
  };
}
