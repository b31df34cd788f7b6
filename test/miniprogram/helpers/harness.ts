/**
 * Loads compiled Mini Program components into miniprogram-simulate and drives them as a merchant
 * would: taps, typing, and waiting for the asynchronous wx callbacks to settle.
 */
import path from 'node:path';

// miniprogram-simulate ships no types that fit strict TypeScript well; the tests use this subset.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate') as {
  load(componentPath: string, tagName: string, options: { rootPath: string }): string;
  render(id: string, properties?: Record<string, unknown>): SimulatedComponent;
  sleep(ms: number): Promise<void>;
};

/**
 * The part of a DOM element the tests read. The root tsconfig has no DOM library, because only these
 * suites run under jsdom, so the shape is declared here.
 */
export interface DomElement {
  textContent: string | null;
  innerHTML: string;
}

/** The part of a miniprogram-simulate component the tests use. */
export interface SimulatedComponent {
  dom: DomElement;
  data: Record<string, unknown>;
  instance: Record<string, unknown>;
  attach(parent: unknown): void;
  detach(): void;
  querySelector(selector: string): SimulatedNode | undefined;
  querySelectorAll(selector: string): SimulatedNode[];
  addEventListener(name: string, listener: (event: { detail: unknown }) => void): void;
  setData(data: Record<string, unknown>): void;
}

export interface SimulatedNode {
  dom: DomElement;
  data?: Record<string, unknown>;
  dispatchEvent(name: string, options?: { detail?: unknown }): void;
}

/** Loads and attaches the component at `relativePath` (without extension) of a compiled Mini Program. */
export function renderComponent(root: string, relativePath: string, properties: Record<string, unknown> = {}): SimulatedComponent {
  const tagName = path.basename(path.dirname(relativePath));
  // miniprogram-simulate runs a component's .js with require() and then deletes it from
  // require.cache, but jest keeps its own module registry. Without a reset, a second load would
  // find the file already run, Component() would not be called and nothing would be registered.
  jest.resetModules();
  const id = simulate.load(path.join(root, relativePath), tagName, { rootPath: root });
  const component = simulate.render(id, properties);
  const { document } = globalThis as unknown as { document: { createElement(tagName: string): unknown } };
  component.attach(document.createElement('parent-wrapper'));
  return component;
}

/** Waits until `condition` holds, letting timers and callbacks run; fails with `description` otherwise. */
export async function waitFor(condition: () => boolean, description: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for: ${description}`);
    }
    await simulate.sleep(1);
  }
}

/** Lets pending timers and Promise callbacks run. */
export function settle(ms = 5): Promise<void> {
  return simulate.sleep(ms);
}

/**
 * Taps the first element matching `selector` and lets the handler start; fails when there is none.
 * miniprogram-simulate delivers the tap to the handler asynchronously.
 */
export async function tap(component: SimulatedComponent, selector: string): Promise<void> {
  const node = component.querySelector(selector);
  if (!node) {
    throw new Error(`nothing to tap: no element matches ${selector}`);
  }
  node.dispatchEvent('tap');
  await settle();
}

/** Types `value` into the input or textarea matching `selector`, as a bindinput event. */
export async function typeInto(component: SimulatedComponent, selector: string, value: string): Promise<void> {
  const node = component.querySelector(selector);
  if (!node) {
    throw new Error(`nothing to type into: no element matches ${selector}`);
  }
  node.dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } });
  await settle();
}

/** Returns the trimmed text of the first element matching `selector`, or undefined when there is none. */
export function textOf(component: SimulatedComponent, selector: string): string | undefined {
  return component.querySelector(selector)?.dom.textContent?.trim();
}
