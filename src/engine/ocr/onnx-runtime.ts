/**
 * The only module that imports onnxruntime-node in the main thread (the recognition workers load
 * it by the path this module resolves). Sessions run CPU-only in sequential execution mode,
 * which measured faster than parallel mode for these models with onnxruntime-node 1.31.1 on a
 * 2-core machine.
 */
import * as ort from 'onnxruntime-node';

/** A loaded model with one float32 input and one float32 output. */
export interface OnnxModel {
  /** True once the model can run no more, for example after a worker thread crashed. */
  readonly failed?: boolean;
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

/**
 * Session options shared by the main thread and the recognition workers. With `allowSpinning`
 * false, idle intra-op threads sleep instead of busy-waiting, which keeps them from taking CPU
 * from the other session or from other processes on a busy machine.
 */
export function sessionOptions(intraOpThreads: number, allowSpinning: boolean): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: ['cpu'],
    executionMode: 'sequential',
    intraOpNumThreads: intraOpThreads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
    extra: { session: { intra_op: { allow_spinning: allowSpinning ? '1' : '0' } } },
  };
}

/** Loads a model from a file path with the given number of intra-op threads. */
export async function loadOnnxModel(modelPath: string, intraOpThreads: number, allowSpinning = false): Promise<OnnxModel> {
  const session = await ort.InferenceSession.create(modelPath, sessionOptions(intraOpThreads, allowSpinning));
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
