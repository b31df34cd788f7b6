/**
 * The only module that imports onnxruntime-node in the main thread (the recognition workers load
 * it by the path this module resolves). Sessions run CPU-only in sequential execution mode,
 * which measured faster than parallel mode for these models.
 */
import * as ort from 'onnxruntime-node';

/** A loaded model with one float32 input and one float32 output. */
export interface OnnxModel {
  run(input: Float32Array, dims: readonly number[]): Promise<TensorOutput>;
  release(): Promise<void>;
}

export interface TensorOutput {
  data: Float32Array;
  dims: number[];
}

/** Absolute path of onnxruntime-node's entry point, for worker threads to `require`. */
export function onnxRuntimeEntryPath(): string {
  return require.resolve('onnxruntime-node');
}

/** Loads a model from a file path with the given number of intra-op threads. */
export async function loadOnnxModel(modelPath: string, intraOpThreads: number): Promise<OnnxModel> {
  const session = await ort.InferenceSession.create(modelPath, {
    executionProviders: ['cpu'],
    executionMode: 'sequential',
    intraOpNumThreads: intraOpThreads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const inputName = session.inputNames[0]!;
  const outputName = session.outputNames[0]!;

  return {
    async run(input, dims) {
      const feeds = { [inputName]: new ort.Tensor('float32', input, dims) };
      const results = await session.run(feeds);
      const output = results[outputName]!;

      return { data: output.data as Float32Array, dims: [...output.dims] };
    },
    async release() {
      await session.release();
    },
  };
}
