import { Worker } from 'node:worker_threads';
import { onnxRuntimeEntryPath, OnnxModel, sessionOptions, TensorOutput } from './onnx-runtime';

/**
 * Source of each worker thread. It is evaluated as a string so that it runs the same way from
 * ts-jest, the esbuild bundle of scripts/run-ts.mjs and compiled output, none of which share a
 * worker file path. The worker loads one session with one intra-op thread and runs whatever
 * tensors the main thread posts.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.runtimePath);

async function main() {
  let session;
  try {
    session = await ort.InferenceSession.create(workerData.modelPath, workerData.sessionOptions);
  } catch (error) {
    parentPort.postMessage({ kind: 'load-failed', message: String((error && error.message) || error) });
    return;
  }
  parentPort.postMessage({ kind: 'ready' });

  parentPort.on('message', async (job) => {
    if (job.kind === 'close') {
      await session.release();
      parentPort.close();
      return;
    }
    try {
      const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', job.input, job.dims) };
      const output = (await session.run(feeds))[session.outputNames[0]];
      parentPort.postMessage({ kind: 'result', id: job.id, data: output.data, dims: Array.from(output.dims) });
    } catch (error) {
      parentPort.postMessage({ kind: 'run-failed', id: job.id, message: String((error && error.message) || error) });
    }
  });
}

main();
`;

interface Job {
  id: number;
  input: Float32Array;
  dims: readonly number[];
  resolve: (output: TensorOutput) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  job: Job | null;
}

type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'load-failed'; message: string }
  | { kind: 'result'; id: number; data: Float32Array; dims: number[] }
  | { kind: 'run-failed'; id: number; message: string };

/** Starts one worker and resolves once its session has loaded. */
function startWorker(modelPath: string): Promise<Worker> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { runtimePath: onnxRuntimeEntryPath(), modelPath, sessionOptions: sessionOptions(1, false) },
  });

  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage): void => {
      worker.off('error', onError);
      worker.off('message', onMessage);
      if (message.kind === 'ready') {
        worker.unref();
        resolve(worker);
      } else {
        void worker.terminate();
        reject(new Error(`worker could not load ${modelPath}: ${'message' in message ? message.message : message.kind}`));
      }
    };
    const onError = (error: Error): void => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
  });
}

/**
 * Runs one model in several worker threads, one job per worker at a time, so that independent
 * batches (for example recognition line batches) use every core. Idle workers do not keep the
 * process alive.
 */
export async function loadOnnxWorkerPool(modelPath: string, workerCount: number): Promise<OnnxModel> {
  const started = await Promise.allSettled(Array.from({ length: workerCount }, () => startWorker(modelPath)));
  const failure = started.find((result) => result.status === 'rejected');
  if (failure !== undefined) {
    await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.terminate() : undefined)));
    throw (failure as PromiseRejectedResult).reason;
  }

  const workers: PoolWorker[] = started.map((result) => ({
    worker: (result as PromiseFulfilledResult<Worker>).value,
    job: null,
  }));
  const queue: Job[] = [];
  let nextId = 0;
  let closedError: Error | null = null;

  const dispatch = (): void => {
    for (const slot of workers) {
      if (slot.job === null && queue.length > 0) {
        const job = queue.shift()!;
        slot.job = job;
        slot.worker.ref();
        slot.worker.postMessage({ kind: 'run', id: job.id, input: job.input, dims: job.dims });
      }
    }
  };

  const finish = (slot: PoolWorker): Job | null => {
    const job = slot.job;
    slot.job = null;
    slot.worker.unref();
    return job;
  };

  for (const slot of workers) {
    slot.worker.on('message', (message: WorkerMessage) => {
      const job = finish(slot);
      if (message.kind === 'result') {
        job?.resolve({ data: message.data, dims: message.dims });
      } else {
        job?.reject(new Error(`worker inference failed: ${'message' in message ? message.message : message.kind}`));
      }
      dispatch();
    });
    // A worker that crashes or exits takes the whole pool down. Pending and later jobs reject,
    // so no caller waits on a dead worker or gets a partial result.
    const fail = (error: Error): void => {
      closedError ??= error;
      finish(slot)?.reject(error);
      queue.splice(0).forEach((job) => job.reject(error));
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (exitCode) => fail(new Error(`ONNX worker thread exited with code ${exitCode}`)));
  }

  return {
    get failed() {
      return closedError !== null;
    },
    run(input, dims) {
      if (closedError !== null) {
        return Promise.reject(closedError);
      }
      return new Promise<TensorOutput>((resolve, reject) => {
        queue.push({ id: nextId++, input, dims, resolve, reject });
        dispatch();
      });
    },
    async release() {
      closedError = new Error('the worker pool was closed');
      queue.splice(0).forEach((job) => job.reject(closedError!));
      await Promise.all(workers.map((slot) => slot.worker.terminate()));
    },
  };
}
