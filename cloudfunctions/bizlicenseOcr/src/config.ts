import { z } from 'zod';

/** Settings of the cloud function, read once from its environment variables at cold start. */
export interface FunctionConfig {
  /**
   * Whether a call without an OPENID (console, HTTP API, another function) may recognise any
   * cloud-storage fileID. Calls from the Mini Program are always limited to their own folder.
   * @default false
   */
  readonly allowAnyFileID: boolean;
}

const configSchema = z.object({
  BIZLICENSE_ALLOW_ANY_FILEID: z
    .enum(['true', 'false'], {
      error: 'BIZLICENSE_ALLOW_ANY_FILEID must be "true" or "false"; unset it to keep the default (false)',
    })
    .optional(),
});

export type ConfigResult =
  | { success: true; config: FunctionConfig }
  | { success: false; issues: string[] };

/**
 * Validates the function's environment variables in one pass. Every invalid variable is reported
 * with its name, so one deploy fixes them all.
 */
export function readFunctionConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    return { success: false, issues: parsed.error.issues.map((issue) => issue.message) };
  }

  const config: FunctionConfig = Object.freeze({
    allowAnyFileID: parsed.data.BIZLICENSE_ALLOW_ANY_FILEID === 'true',
  });
  return { success: true, config };
}
