/**
 * Jest environment for suites that run onnxruntime-node.
 *
 * Jest gives every test file its own global realm, so `Float32Array` inside a test differs from
 * the one Node's native addons use. onnxruntime-node builds output tensors from native typed
 * arrays and its `instanceof Float32Array` check then fails with "A float32 tensor's data must be
 * type of function Float32Array()". This environment hands the test realm the outer realm's
 * typed-array constructors so both sides agree.
 *
 * Use it with a docblock at the top of the test file:
 *   /** @jest-environment ./test/engine/ocr/onnx-test-environment.js *\/
 */
const NodeEnvironment = require('jest-environment-node').TestEnvironment;

const TYPED_ARRAYS = [
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'BigInt64Array',
  'BigUint64Array',
];

class OnnxTestEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = OnnxTestEnvironment;
