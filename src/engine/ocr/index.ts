export * from './ocr-types';
export { OcrModels } from './ocr-models';
export type { OcrModelOptions, DetectOptions } from './ocr-models';
export { DEFAULT_DB_OPTIONS } from './db-postprocess';
export type { DbOptions } from './db-postprocess';
export { defaultModelFiles } from './model-files';
export type { OcrModelFiles } from './model-files';
export { LINE_HEIGHT } from './recognition-input';
