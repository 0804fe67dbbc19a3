/**
 * The ingest's write, step 3 of 3 (plan.ts → swap.ts → lock): acquireIngestLock makes a
 * second concurrent ingest refuse, naming the first, and rolls back a swap an earlier ingest
 * left half done before anything else runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayPath } from '../content/problems.ts';
import { jsonText } from '../content/write.ts';
import { IngestError } from './errors.ts';
import { LOCK_FILE } from './plan.ts';
import { recoverInterruptedCommit, writeError } from './swap.ts';
import { processAlive } from '../processes.ts';
import { localTime } from './today.ts';

export interface IngestLock {
  /** The lock file. */
  file: string;
  /** Whether an interrupted earlier commit was rolled back when the lock was taken. */
  recovered: boolean;
  release(): void;
}

/**
 * Take content/.ingest.lock (created exclusively, holding pid, host, start time and command).
 * A lock whose process is gone (same host) is stale and taken over; a live one is refused.
 */
export function acquireIngestLock(contentDir: string, command = process.argv.slice(1).join(' ')): IngestLock {
  const file = path.join(contentDir, LOCK_FILE);
  try {
    fs.mkdirSync(contentDir, { recursive: true });
  } catch (error) {
    throw writeError(error, contentDir, '无法建立 content/ 文件夹');
  }
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), command };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      try {
        fs.writeSync(fd, jsonText(holder));
      } catch (error) {
        // A lock that names no one would block the next run: never leave one behind.
        fs.closeSync(fd);
        fs.rmSync(file, { force: true });
        throw writeError(error, contentDir, '无法写入导入锁文件，导入没有开始');
      }
      fs.closeSync(fd);
      break;
    } catch (error) {
      if (error instanceof IngestError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError(error, contentDir, '无法在 content/ 中建立导入锁文件，导入没有开始');
      const other = readLockHolder(file);
      if (attempt === 0 && other && other.host === os.hostname() && !processAlive(other.pid)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      throw new IngestError({
        file: displayPath(file),
        message: other
          ? `另一个导入正在进行：进程 ${other.pid}（${other.host}，开始于 ${localTime(other.startedAt)}，命令 ${other.command || '未知'}）（another ingest is running）`
          : '另一个导入正在进行（锁文件存在但读不出持有者）（another ingest is running）',
        hint: '请等它结束后再运行；如果确定没有导入在运行（例如机器重启过），删除这个锁文件后重试',
      });
    }
  }
  let recovered = false;
  try {
    recovered = recoverInterruptedCommit(contentDir);
  } catch (error) {
    releaseLock(file);
    throw error;
  }
  return { file, recovered, release: () => releaseLock(file) };
}

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
  command: string;
}

function readLockHolder(file: string): LockHolder | null {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return typeof data.pid === 'number' ? data : null;
  } catch {
    return null;
  }
}


function releaseLock(file: string): void {
  if (readLockHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
}
