import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
}

describe('project.config.json', () => {
  const config = readJson('project.config.json');

  test('has the DevTools folder contract', () => {
    expect(config.miniprogramRoot).toBe('miniprogram/');
    expect(config.cloudfunctionRoot).toBe('cloudfunctions/');
    expect(config.compileType).toBe('miniprogram');
    expect((config.setting as Record<string, unknown>).useCompilerPlugins).toEqual(['typescript']);
  });

  test('has a placeholder appid and a libVersion', () => {
    expect(config.appid).toBe('wx0000000000000000');
    expect(config.libVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('cloudbaserc.json', () => {
  const rc = readJson('cloudbaserc.json');
  const functions = rc.functions as Array<Record<string, unknown>>;
  const ocr = functions.find((fn) => fn.name === 'bizlicenseOcr') as Record<string, unknown>;

  test('takes the env id from TCB_ENV_ID', () => {
    expect(rc.version).toBe('2.0');
    expect(rc.envId).toBe('{{env.TCB_ENV_ID}}');
    expect(rc.functionRoot).toBe('cloudfunctions');
  });

  test('pins runtime, handler and timeout', () => {
    expect(ocr.runtime).toBe('Nodejs18.15');
    expect(ocr.handler).toBe('index.main');
    expect(ocr.timeout).toBe(20);
    expect(ocr.installDependency).toBe(true);
  });

  test('keeps sources out of the upload', () => {
    expect(ocr.ignore).toEqual(expect.arrayContaining(['src/**', '*.ts', 'node_modules/**']));
  });

  test('bundle target matches the runtime', () => {
    const runtimeMajor = /^Nodejs(\d+)\./.exec(String(ocr.runtime))?.[1];
    const script = readFileSync(path.join(root, 'scripts', 'build-cloudfunction.mjs'), 'utf8');

    expect(script).toContain(`target: 'node${runtimeMajor}'`);
  });
});

describe('function folder', () => {
  test('package.json pins wx-server-sdk 4.0.2', () => {
    const pkg = readJson('cloudfunctions/bizlicenseOcr/package.json');

    expect(pkg.main).toBe('index.js');
    expect(pkg.dependencies).toEqual({ 'wx-server-sdk': '4.0.2' });
  });

  test('config.json grants ocr.businessLicense', () => {
    expect(readJson('cloudfunctions/bizlicenseOcr/config.json')).toEqual({ permissions: { openapi: ['ocr.businessLicense'] } });
  });
});

describe('deploy.mjs', () => {
  /** Runs the script with a given TCB_ENV_ID; it must stop before building or calling the CLI. */
  function runDeploy(envId: string | undefined) {
    const env = { ...process.env };
    delete env.TCB_ENV_ID;
    if (envId !== undefined) {
      env.TCB_ENV_ID = envId;
    }
    return spawnSync(process.execPath, [path.join(root, 'scripts', 'deploy.mjs')], { cwd: root, env, encoding: 'utf8' });
  }

  test('missing TCB_ENV_ID stops with a message', () => {
    const result = runDeploy(undefined);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TCB_ENV_ID is not set');
    expect(result.stdout).not.toContain('npm run build');
  });

  test('malformed TCB_ENV_ID stops with a message', () => {
    const result = runDeploy('prod env;rm');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not an environment id');
    expect(result.stdout).not.toContain('npm run build');
  });
});

describe('deploy.mjs commands', () => {
  /**
   * Runs the script with `npm` and `npx` replaced by shell scripts that record their arguments, so
   * the exact commands are checked without building or reaching CloudBase.
   */
  function runWithRecordingTools(buildStatus: number) {
    const binDir = mkdtempSync(path.join(tmpdir(), 'bizlicense-deploy-'));
    const record = path.join(binDir, 'calls.txt');
    for (const [tool, status] of [['npm', buildStatus], ['npx', 0]] as const) {
      const script = path.join(binDir, tool);
      writeFileSync(script, `#!/bin/sh\necho "${tool} $*" >> "${record}"\nexit ${status}\n`);
      chmodSync(script, 0o755);
    }

    const env = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`, TCB_ENV_ID: 'prod-1a2b3c' };
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'deploy.mjs')], { cwd: root, env, encoding: 'utf8' });
    const calls = existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : [];
    rmSync(binDir, { recursive: true, force: true });
    return { result, calls };
  }

  test('builds then deploys with the pinned CLI', () => {
    const { result, calls } = runWithRecordingTools(0);

    expect(result.status).toBe(0);
    expect(calls).toEqual([
      'npm run build',
      'npx --yes --package=@cloudbase/cli@2.12.10 tcb fn deploy bizlicenseOcr -e prod-1a2b3c --force',
    ]);
  });

  test('failed build stops before deploying', () => {
    const { result, calls } = runWithRecordingTools(2);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run build exited with status 2');
    expect(calls).toEqual(['npm run build']);
  });
});
