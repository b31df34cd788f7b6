import { WireReply } from '../license/wire-schema';

/** An image handed to a provider: its bytes, or a URL that the provider's service downloads itself. */
export type ImageInput =
  | { kind: 'bytes'; bytes: Buffer; contentType?: 'image/jpeg' | 'image/png' | 'image/webp' | string }
  | { kind: 'url'; url: string };

/**
 * A recognition backend. Every provider returns the same wire reply (snake_case keys, `errcode` 0)
 * and throws a {@link BizLicenseError} with a registry code for every expected failure, so callers
 * can switch providers without changing their code.
 */
export interface RecognitionProvider {
  /** A short identifier for logs, such as "wechat-cloud" or "offline". */
  readonly name: string;
  recognize(image: ImageInput): Promise<WireReply>;
}
