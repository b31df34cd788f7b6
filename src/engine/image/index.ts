export * from './rgb-image';
export * from './image-limits';
export * from './decode-image';
export { encodeJpeg, encodePng, resizeImage, rotateImage } from './sharp-adapter';
