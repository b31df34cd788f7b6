/**
 * The one structured log line written per call. It contains no personal data: no OPENID, no fileID
 * or URL, no image bytes and no recognised field values.
 */
export interface CallLogRecord {
  requestId: string;
  /** `recognize`, `createUploadPath`, or `invalid` when the event could not be parsed. */
  action: string;
  outcome: 'ok' | 'error';
  errcode: number;
  durationMs: number;
  /** `fileID`, `imgUrl`, `img`, or `none` for events without an image. */
  source: string;
  /** Whether the caller had an OPENID (a Mini Program user). */
  hasOpenid: boolean;
  /** The invocation source from getWXContext(), such as `wx_client` or `scf`. */
  callerSource: string;
  /** For INTERNAL_ERROR only: the class name of the unexpected error, never its message. */
  errorName?: string;
}

/**
 * The logger the handler writes to. A pino logger fits this shape; the deployed function uses
 * {@link jsonLineLogger} so that the bundle does not carry pino and its worker-thread transports.
 */
export interface CallLogger {
  info(record: object): void;
}

/** Writes each record as one JSON line on stdout, which the CloudBase log service collects. */
export const jsonLineLogger: CallLogger = {
  info(record) {
    console.log(JSON.stringify(record));
  },
};

/** Writes a record and swallows a logger failure, so that logging can never fail a call. */
export function writeLogLine(logger: CallLogger, record: object): void {
  try {
    logger.info(record);
  } catch {
    // A broken logger must not turn a finished call into a thrown error.
  }
}
