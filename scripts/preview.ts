/**
 * npm run preview [-- --dir dist --base /archive/ --port 4321 --host 127.0.0.1]
 * Serves the built site as a static host would (src/deploy/static-host.ts): under the base
 * path (default BASE_PATH, as the build used it), with 404.html, directory index, content
 * types, Content-Security-Policy and Cache-Control headers of docs/deploy.md. Ctrl-C stops it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { commandLine, failOnConfig, usageError } from '../src/cli.ts';
import { basePath, ConfigError } from '../src/config.ts';
import { startStaticHost } from '../src/deploy/static-host.ts';
import { displayPath } from '../src/content/problems.ts';

const USAGE = '用法：npm run preview [-- --dir dist --base /archive/ --port 4321 --host 127.0.0.1]';
const { values } = commandLine(
  {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
  USAGE,
);
/** --base, else BASE_PATH: checked by the rule the build uses (src/config.ts), a bad one refused in one line, exit 2. */
function base(): string {
  try {
    return values.base === undefined ? basePath() : basePath({ BASE_PATH: values.base });
  } catch (error) {
    if (values.base !== undefined && error instanceof ConfigError) usageError(error.message.replace(/^环境变量 BASE_PATH=/, '--base '), USAGE);
    failOnConfig(error);
    throw error;
  }
}
const under = base();

const dir = path.resolve(values.dir);
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`${values.dir} 中没有构建好的站点，请先运行 npm run build（no built site in ${values.dir}）`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`端口须为 0–65535 的整数：${values.port}`);
  process.exit(2);
}
try {
  const host = await startStaticHost({ dir, base: under, port, host: values.host });
  console.log(`预览 ${displayPath(dir)}：${host.url}  （Ctrl-C 停止）`);
} catch (e) {
  console.error(`无法启动预览：${(e as Error).message}`);
  process.exit(1);
}
