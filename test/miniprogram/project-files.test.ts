/**
 * @jest-environment jsdom
 *
 * The DevTools folder contract: project.config.json, app.json, sitemap.json and every page and
 * component JSON hold the keys and types WeChat's configuration reference documents
 * (developers.weixin.qq.com/miniprogram/dev/devtools/projectconfig and
 * .../framework/config), every usingComponents path resolves to a component, and every page
 * and component loads in miniprogram-simulate. Faked: `wx` (helpers/fake-wx.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { CompiledMiniprogram, compileMiniprogram } from './helpers/compile-miniprogram';
import { FakeWx, installFakeWx } from './helpers/fake-wx';
import { renderComponent, settle, SimulatedComponent, tap, textOf } from './helpers/harness';
import { COMPANY_FIELDS, TODAY } from './helpers/license-fixtures';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(typeof value).toBe('object');
  expect(value).not.toBeNull();
  expect(Array.isArray(value)).toBe(false);
  return value as Json;
}

const projectConfig = readJson(path.join(REPO_ROOT, 'project.config.json'));
const MINIPROGRAM_ROOT = path.join(REPO_ROOT, String(projectConfig.miniprogramRoot));
const appJson = readJson(path.join(MINIPROGRAM_ROOT, 'app.json'));

/** First-level keys of project.config.json in DevTools' reference, plus those DevTools itself writes. */
const PROJECT_CONFIG_KEYS = new Set([
  'miniprogramRoot', 'qcloudRoot', 'pluginRoot', 'cloudbaseRoot', 'cloudfunctionRoot', 'cloudfunctionTemplateRoot',
  'cloudcontainerRoot', 'compileType', 'setting', 'libVersion', 'appid', 'projectname', 'packOptions', 'debugOptions',
  'watchOptions', 'scripts', 'staticServerOptions', 'editorSetting', 'skeletonConfig', 'srcMiniprogramRoot',
  'description', 'condition', 'simulatorType', 'simulatorPluginLibVersion', 'projectArchitecture',
]);

/** Top-level keys of app.json in the global configuration reference. */
const APP_JSON_KEYS = new Set([
  'entryPagePath', 'pages', 'window', 'tabBar', 'networkTimeout', 'debug', 'functionalPages', 'subpackages',
  'subPackages', 'workers', 'requiredBackgroundModes', 'requiredPrivateInfos', 'plugins', 'preloadRule', 'resizable',
  'usingComponents', 'permission', 'sitemapLocation', 'style', 'useExtendedLib', 'entranceDeclare', 'darkmode',
  'themeLocation', 'lazyCodeLoading', 'singlePage', 'supportedMaterials', 'serviceProviderTicket',
  'embeddedAppIdList', 'halfPage', 'debugOptions', 'enablePassiveEvent', 'resolveAlias', 'renderer',
  'rendererOptions', 'componentFramework', 'miniApp', 'static', 'convertRpxToVw', 'appBar', 'componentPlaceholder',
  '__usePrivacyCheck__',
]);

/** Window keys (app.json `window`, and the top level of a page JSON). */
const WINDOW_KEYS = new Set([
  'navigationBarBackgroundColor', 'navigationBarTextStyle', 'navigationBarTitleText', 'navigationStyle',
  'homeButton', 'backgroundColor', 'backgroundTextStyle', 'backgroundColorTop', 'backgroundColorBottom',
  'enablePullDownRefresh', 'onReachBottomDistance', 'pageOrientation', 'restartStrategy', 'initialRenderingCache',
  'visualEffectInBackground', 'handleWebviewPreload',
]);

/** Keys a page JSON may add to the window keys. */
const PAGE_ONLY_KEYS = new Set(['usingComponents', 'disableScroll', 'style', 'singlePage', 'renderer', 'componentPlaceholder', 'componentFramework']);

const HEX_COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

function checkWindow(window: Json, where: string): void {
  for (const [key, value] of Object.entries(window)) {
    expect({ where, key, known: WINDOW_KEYS.has(key) }).toEqual({ where, key, known: true });
    if (key === 'navigationBarBackgroundColor' || key === 'backgroundColor') {
      expect({ where, key, value, hex: HEX_COLOR.test(String(value)) }).toEqual({ where, key, value, hex: true });
    }
    if (key === 'navigationBarTextStyle') {
      expect(['black', 'white']).toContain(value);
    }
    if (key === 'navigationBarTitleText') {
      expect(typeof value).toBe('string');
    }
  }
}

/** Resolves a usingComponents path the way the framework does: absolute from the root, or relative. */
function resolveComponentPath(fromJsonFile: string, value: string): string {
  return value.startsWith('/') ? path.join(MINIPROGRAM_ROOT, value) : path.join(path.dirname(fromJsonFile), value);
}

function hasScript(base: string): boolean {
  return existsSync(`${base}.ts`) || existsSync(`${base}.js`);
}

/** Checks the usingComponents of one JSON file and of every component it reaches. */
function checkUsingComponents(jsonFile: string, seen: Set<string>): void {
  const json = readJson(jsonFile);
  const using = json.usingComponents ?? {};
  expect(typeof using).toBe('object');
  expect(Array.isArray(using)).toBe(false);

  for (const [tag, value] of Object.entries(using as Json)) {
    // Tag names are lower-case letters, digits, hyphens and underscores, and may not start with wx-.
    expect(tag).toMatch(/^[a-z][a-z0-9_-]*$/);
    expect(tag.startsWith('wx-')).toBe(false);
    expect(typeof value).toBe('string');

    const base = resolveComponentPath(jsonFile, String(value));
    expect({ tag, json: existsSync(`${base}.json`), wxml: existsSync(`${base}.wxml`), script: hasScript(base) }).toEqual({
      tag,
      json: true,
      wxml: true,
      script: true,
    });
    expect(readJson(`${base}.json`).component).toBe(true);

    if (!seen.has(base)) {
      seen.add(base);
      checkUsingComponents(`${base}.json`, seen);
    }
  }
}

function listComponentFolders(): string[] {
  const root = path.join(MINIPROGRAM_ROOT, 'components');
  return readdirSync(root)
    .filter((name) => statSync(path.join(root, name)).isDirectory())
    .map((name) => `components/${name}/index`);
}

describe('project.config.json', () => {
  test('only documented first-level keys', () => {
    for (const key of Object.keys(projectConfig)) {
      expect({ key, known: PROJECT_CONFIG_KEYS.has(key) }).toEqual({ key, known: true });
    }
  });

  test('roots are relative and exist', () => {
    for (const key of ['miniprogramRoot', 'cloudfunctionRoot']) {
      const value = projectConfig[key];
      expect(typeof value).toBe('string');
      expect(path.isAbsolute(String(value))).toBe(false);
      expect(statSync(path.join(REPO_ROOT, String(value))).isDirectory()).toBe(true);
    }
    expect(existsSync(path.join(MINIPROGRAM_ROOT, 'app.json'))).toBe(true);
  });

  test('compiles TypeScript as a Mini Program', () => {
    expect(projectConfig.compileType).toBe('miniprogram');
    const setting = projectConfig.setting as Json;
    expect(Array.isArray(setting.useCompilerPlugins)).toBe(true);
    expect(setting.useCompilerPlugins).toContain('typescript');
    for (const plugin of setting.useCompilerPlugins as unknown[]) {
      expect(['typescript', 'less', 'sass']).toContain(plugin);
    }
  });

  test('appid and base library version', () => {
    expect(String(projectConfig.appid)).toMatch(/^wx[0-9a-f]{16}$/);
    const version = String(projectConfig.libVersion);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);

    // wx.onNeedPrivacyAuthorization, which the consent prompt relies on, needs base library 2.32.3.
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
    expect(major * 1_000_000 + minor * 1_000 + patch).toBeGreaterThanOrEqual(2_032_003);
  });
});

describe('app.json', () => {
  test('only documented keys', () => {
    for (const key of Object.keys(appJson)) {
      expect({ key, known: APP_JSON_KEYS.has(key) }).toEqual({ key, known: true });
    }
  });

  test('pages exist with all their files', () => {
    const pages = appJson.pages as unknown[];
    expect(Array.isArray(pages)).toBe(true);
    expect(pages.length).toBeGreaterThan(0);
    expect(new Set(pages).size).toBe(pages.length);

    for (const page of pages) {
      expect(typeof page).toBe('string');
      expect(String(page)).toMatch(/^[^/].*[^/]$/);
      expect(path.extname(String(page))).toBe('');
      const base = path.join(MINIPROGRAM_ROOT, String(page));
      expect({ page, json: existsSync(`${base}.json`), wxml: existsSync(`${base}.wxml`), script: hasScript(base) }).toEqual({
        page,
        json: true,
        wxml: true,
        script: true,
      });
    }
  });

  test('window keys and types', () => {
    checkWindow(appJson.window as Json, 'app.json window');
  });

  test('privacy check and sitemap', () => {
    expect(appJson.__usePrivacyCheck__).toBe(true);
    expect(appJson.style).toBe('v2');

    const sitemap = readJson(path.join(MINIPROGRAM_ROOT, String(appJson.sitemapLocation)));
    expect(Array.isArray(sitemap.rules)).toBe(true);
    for (const rule of sitemap.rules as Json[]) {
      expect(['allow', 'disallow']).toContain(rule.action);
      expect(typeof rule.page).toBe('string');
    }
  });
});

describe('page and component JSON', () => {
  test('pages declare usingComponents', () => {
    // Pages built with Component() need a usingComponents section, even an empty one.
    for (const page of appJson.pages as string[]) {
      const json = readJson(path.join(MINIPROGRAM_ROOT, `${page}.json`));
      expect({ page, usingComponents: typeof json.usingComponents }).toEqual({ page, usingComponents: 'object' });
      expect(json.component).toBeUndefined();
      for (const key of Object.keys(json)) {
        expect({ page, key, known: WINDOW_KEYS.has(key) || PAGE_ONLY_KEYS.has(key) }).toEqual({ page, key, known: true });
      }
      checkWindow(Object.fromEntries(Object.entries(json).filter(([key]) => WINDOW_KEYS.has(key))), page);
    }
  });

  test('usingComponents resolve to components', () => {
    const seen = new Set<string>();
    for (const page of appJson.pages as string[]) {
      checkUsingComponents(path.join(MINIPROGRAM_ROOT, `${page}.json`), seen);
    }
    expect([...seen].map((base) => path.relative(MINIPROGRAM_ROOT, base))).toContain('components/license-capture/index');
  });

  test('every component declares component true', () => {
    const components = listComponentFolders();
    expect(components).toContain('components/license-capture/index');
    for (const component of components) {
      const json = readJson(path.join(MINIPROGRAM_ROOT, `${component}.json`));
      expect({ component, flag: json.component }).toEqual({ component, flag: true });
    }
  });
});

describe('source boundaries', () => {
  function listSources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        return entry.name === 'lib' ? [] : listSources(full);
      }
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
    });
  }

  test('only license-service touches wx.cloud', () => {
    const users = listSources(MINIPROGRAM_ROOT)
      .filter((file) => /\bwx\.cloud\b/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(MINIPROGRAM_ROOT, file));

    expect(users).toEqual(['services/license-service.ts']);
  });
});

describe('loading in miniprogram-simulate', () => {
  let compiled: CompiledMiniprogram;
  let fake: FakeWx;

  beforeAll(() => {
    compiled = compileMiniprogram();
  });

  afterAll(() => compiled.remove());

  beforeEach(() => {
    fake = installFakeWx();
  });

  test.each([...listComponentFolders(), ...(appJson.pages as string[])])('%s loads and renders', (relativePath) => {
    const component = renderComponent(compiled.root, relativePath);
    expect(component.dom.innerHTML.length).toBeGreaterThan(0);
  });

  test('app.ts initialises wx.cloud', () => {
    let appOptions: { onLaunch?: () => void } = {};
    (globalThis as unknown as { App: (options: object) => void }).App = (options) => {
      appOptions = options;
    };
    jest.isolateModules(() => {
      require(path.join(compiled.root, 'app.js'));
    });
    appOptions.onLaunch?.();

    expect(fake.callsOf('cloud.init').map((call) => call.options)).toEqual([{ env: 'your-env-id', traceUser: true }]);
  });

  test('home page embeds the capture step', async () => {
    const page = renderComponent(compiled.root, 'pages/index/index');
    expect(textOf(page, '.step.current')).toBe('2 营业执照');
    // A custom component's nodes sit in its own tree, reached through the component's node.
    const capture = page.querySelector('.capture') as unknown as SimulatedComponent;
    expect(textOf(capture, '.title')).toBe('上传营业执照');

    await tap(capture, '.cancel');
    expect(page.data.skipped).toBe(true);
    expect(textOf(page, '.skipped .hint')).toBe('您选择了暂不上传营业执照，可稍后在“商户资料”中补充。');

    await tap(page, '.resume');
    expect(page.data.skipped).toBe(false);
    expect(textOf(page.querySelector('.capture') as unknown as SimulatedComponent, '.title')).toBe('上传营业执照');
  });

  test('home page hands confirm to result page', async () => {
    const page = renderComponent(compiled.root, 'pages/index/index');
    const capture = page.querySelector('.capture') as unknown as SimulatedComponent;
    const detail = { fields: { enterprise_name: '海安示例信息科技有限公司' }, interpretation: {}, changes: [], fileID: 'cloud://x/y.jpg' };

    (capture.instance.triggerEvent as (name: string, detail: unknown) => void)('confirm', detail);
    await settle();

    expect(fake.storage.get('bizlicense:confirmed')).toEqual(detail);
    expect(fake.callsOf('navigateTo').map((call) => call.options)).toEqual([{ url: '/pages/result/index' }]);
  });

  test('result page shows what the host received', async () => {
    const lib = require(path.join(compiled.root, 'lib', 'bizlicense.js'));
    const detail = {
      fields: { ...COMPANY_FIELDS, reg_num: '91320621MA1MRHG207' },
      interpretation: lib.interpretLicense({ ...COMPANY_FIELDS, reg_num: '91320621MA1MRHG207' }, { today: TODAY }),
      changes: [{ field: 'reg_num', recognized: '91320621MA1MRHG205', confirmed: '91320621MA1MRHG207' }],
      fileID: 'cloud://test-env-1a2b.7465-test-env-1a2b-1300000000/bizlicense/oTEST/20261205/a.jpg',
    };
    fake.storage.set('bizlicense:confirmed', detail);

    const page = renderComponent(compiled.root, 'pages/result/index');
    await settle();

    expect(textOf(page, '.title')).toBe('已提交营业执照信息');
    expect(textOf(page, '.hint')).toBe('您修改了 1 项识别结果。');
    expect(textOf(page, '.row-reg_num .label')).toBe('统一社会信用代码');
    expect(textOf(page, '.row-reg_num .value')).toBe('91320621MA1MRHG207');
    expect(textOf(page, '.warning')).toBe(
      '统一社会信用代码校验位不符，可能识别有误，请与执照逐位核对；部分 2016 年前发放的代码也可能如此。',
    );
    expect(JSON.parse(String(page.data.json))).toEqual(detail);

    await tap(page, '.restart');
    expect(fake.storage.has('bizlicense:confirmed')).toBe(false);
    expect(fake.callsOf('redirectTo').map((call) => call.options)).toEqual([{ url: '/pages/index/index' }]);
  });

  test('result page without data', () => {
    const page = renderComponent(compiled.root, 'pages/result/index');

    expect(textOf(page, '.empty')).toBe('还没有提交营业执照信息。');
  });
});
