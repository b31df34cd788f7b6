#!/usr/bin/env node
// Deploys the bizlicenseOcr cloud function with @cloudbase/cli: check the environment id, build,
// then `tcb fn deploy bizlicenseOcr -e <env> --force`. The CLI is not a project dependency; npx
// fetches the pinned version on first use.
//
// Usage: TCB_ENV_ID=<your-env-id> npm run deploy
// Log in once beforehand with `npx --yes --package=@cloudbase/cli@2.12.10 tcb login`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The @cloudbase/cli release this script and cloudbaserc.json were written against. */
const CLOUDBASE_CLI = '@cloudbase/cli@2.12.10';

/** CloudBase environment ids are letters, digits and hyphens, such as `prod-1a2b3c`. */
const ENV_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    fail(`could not start ${command}: ${result.error.message}`);
  }
  if (result.status !== 0) {
    fail(`${command} ${args.join(' ')} exited with status ${result.status}`);
  }
}

const envId = (process.env.TCB_ENV_ID ?? '').trim();
if (envId === '') {
  fail(
    'TCB_ENV_ID is not set. Set it to your CloudBase environment id (shown in the WeChat DevTools ' +
      'cloud console), for example: TCB_ENV_ID=prod-1a2b3c npm run deploy',
  );
}
if (!ENV_ID_PATTERN.test(envId)) {
  fail(`TCB_ENV_ID "${envId}" is not an environment id; use letters, digits and hyphens only.`);
}

run('npm', ['run', 'build']);
// The package has several bins (tcb, cloudbase), so name the one to run.
run('npx', ['--yes', `--package=${CLOUDBASE_CLI}`, 'tcb', 'fn', 'deploy', 'bizlicenseOcr', '-e', envId, '--force']);
console.log(
  `deploy: bizlicenseOcr deployed to ${envId}. If the first call returns -604101, open DevTools, ` +
    'right-click cloudfunctions/bizlicenseOcr and choose 更新权限配置 to apply config.json.',
);
