/**
 * bizlicense's library entry: the wire schema, error registry and interpretation of license
 * values, the recognition providers, and the offline OCR engine.
 *
 * @example
 * import { createOfflineProvider, addInterpretation } from 'bizlicense';
 *
 * const provider = createOfflineProvider();
 * const reply = await provider.recognize({ kind: 'bytes', bytes: await readFile('license.jpg') });
 * console.log(addInterpretation(reply).interpretation.creditCode);
 * await provider.close();
 */
export * from './license';

// NOTE: importing this entry loads sharp and onnxruntime-node through the offline engine. Code that
// needs only the schema and interpretation (such as the Mini Program bundle) imports src/license.

export type { ImageInput, RecognitionProvider } from './providers/provider';
export { createOfflineProvider } from './providers/offline';
export type { OfflineProvider, OfflineProviderOptions } from './providers/offline';
export { adaptWxServerSdk, createWechatCloudProvider, loadWxServerSdk } from './providers/wechat-cloud';
export type { WechatCloudSdk } from './providers/wechat-cloud';
export { addInterpretation, recognizeWithInterpretation } from './providers/recognize-with-interpretation';
export type { InterpretedReply } from './providers/recognize-with-interpretation';

export { createOfflineEngine } from './engine/offline-engine';
export type { OfflineEngine, OfflineEngineOptions, RecognizeOptions } from './engine/offline-engine';
export { DEFAULT_IMAGE_LIMITS } from './engine/image/image-limits';
export type { ImageLimits } from './engine/image/image-limits';
export type { DebugSink } from './engine/debug';
export type { RgbImage } from './engine/image/rgb-image';
export type { OcrPage, Point as PagePoint, Quad, TextLine } from './engine/types';
