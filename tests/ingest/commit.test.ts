import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireIngestLock,
  commitContent,
  LOCK_FILE,
  MANIFEST_FILE,
  manifestText,
  planWrite,
  readManifest,
  recoverInterruptedCommit,
  sha256,
  type PlanOptions,
} from '../../src/ingest/commit.ts';
import { IngestError } from '../../src/ingest/errors.ts';

const CHILD = path.resolve('tests/fixtures/commit-child.ts');

let root: string;
let content: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-commit-'));
  content = path.join(root, 'content');
  fs.mkdirSync(path.join(content, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(content, 'sources', '000_a25d01534798cd06.txt'), '榜样引领树标杆 示范带动共奋进\n');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const ARTICLE_1 = 'articles/2025/2025-12-28/01-01.md';
const ARTICLE_2 = 'articles/2025/2025-12-28/01-02.md';
const PHOTO = 'photos/2025/2025-12-28/01-02-p1.json';
const ISSUE = 'issues/2025/2025-12-28.json';

function firstRun(): Map<string, string> {
  return new Map([
    [ISSUE, '{\n  "id": "2025-12-28"\n}\n'],
    [ARTICLE_1, '---\nheadline: 榜样引领树标杆 示范带动共奋进\n---\n社会以关爱致敬劳模，劳模用奉献回馈社会。\n'],
    [ARTICLE_2, '---\nheadline: 我市召开重点项目推进会\n---\n本报讯（记者 王五）……\n'],
    [PHOTO, '{\n  "caption": "图为劳模工作室"\n}\n'],
  ]);
}

/** Every file and folder under a directory, with file contents: what "left as it was" compares. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      const rel = path.relative(dir, full);
      if (e.isDirectory()) {
        out[rel + '/'] = '';
        walk(full);
      } else out[rel] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function ingest(files: Map<string, string>, options: PlanOptions = {}) {
  const plan = planWrite(content, files, readManifest(content), options);
  const result = commitContent(content, plan);
  return { plan, result };
}

const statuses = (plan: ReturnType<typeof planWrite>) => Object.fromEntries(plan.files.map((f) => [f.path, `${f.status}/${f.action}`]));
const read = (rel: string) => fs.readFileSync(path.join(content, rel), 'utf8');
const write = (rel: string, text: string) => fs.writeFileSync(path.join(content, rel), text);

describe('planWrite + commitContent', () => {
  it('writes a first ingest and records what it wrote in a sorted manifest', () => {
    const { plan, result } = ingest(firstRun());
    expect(result).toEqual({ written: 4, removed: 0 });
    expect(Object.values(statuses(plan))).toEqual(Array(4).fill('new/write'));
    for (const [rel, text] of firstRun()) expect(read(rel)).toBe(text);
    const manifestFile = read(MANIFEST_FILE);
    expect(manifestFile.endsWith('}\n')).toBe(true);
    const manifest = JSON.parse(manifestFile);
    expect(Object.keys(manifest.files)).toEqual([ARTICLE_1, ARTICLE_2, ISSUE, PHOTO]);
    expect(manifest.files[ARTICLE_1]).toBe(sha256(firstRun().get(ARTICLE_1)!));
    expect(manifestFile).toBe(manifestText(readManifest(content)));
    expect(fs.existsSync(path.join(content, '.ingest-commit'))).toBe(false);
    expect(read('sources/000_a25d01534798cd06.txt')).toBe('榜样引领树标杆 示范带动共奋进\n');
  });

  it('does nothing at all when a re-ingest produces the same files', () => {
    ingest(firstRun());
    const before = snapshot(content);
    const inode = fs.statSync(path.join(content, ARTICLE_1)).ino;
    const { plan, result } = ingest(firstRun());
    expect(plan.changed).toBe(false);
    expect(result).toEqual({ written: 0, removed: 0 });
    expect(Object.values(statuses(plan))).toEqual(Array(4).fill('unchanged/keep'));
    expect(snapshot(content)).toEqual(before);
    expect(fs.statSync(path.join(content, ARTICLE_1)).ino).toBe(inode);
  });

  it('replaces what the ingest wrote when its output changes, leaving other files alone', () => {
    ingest(firstRun());
    const files = firstRun();
    files.set(ARTICLE_2, '---\nheadline: 我市召开重点项目推进会\n---\n本报讯（记者 王五）改过的解析。\n');
    const { plan } = ingest(files);
    expect(statuses(plan)[ARTICLE_2]).toBe('changed-by-ingest/write');
    expect(statuses(plan)[ARTICLE_1]).toBe('unchanged/keep');
    expect(read(ARTICLE_2)).toContain('改过的解析');
    expect(readManifest(content).files[ARTICLE_2]).toBe(sha256(files.get(ARTICLE_2)!));
  });

  it('keeps a hand edit across re-ingests with a warning, and overwrites it only with force', () => {
    ingest(firstRun());
    const edited = read(ARTICLE_1).replace('劳模用奉献', '劳动模范用奉献');
    write(ARTICLE_1, edited);
    const files = firstRun();
    files.set(ARTICLE_1, files.get(ARTICLE_1)! + '\n新的一段。\n');

    for (let run = 0; run < 2; run++) {
      const { plan } = ingest(files);
      expect(statuses(plan)[ARTICLE_1]).toBe('edited-by-hand/keep');
      expect(read(ARTICLE_1)).toBe(edited);
      expect(plan.warnings).toHaveLength(1);
      expect(plan.warnings[0]).toContain('01-01.md');
      expect(plan.warnings[0]).toContain('--force');
      // The new reading is offered against the person's text once, the run it first appears …
      const kept = plan.files.find((f) => f.path === ARTICLE_1)!;
      expect(kept.edited === edited && kept.text === files.get(ARTICLE_1)).toBe(run === 0);
      // … and the manifest records that reading: the file stays "edited", the reading is not offered again.
      expect(readManifest(content).files[ARTICLE_1]).toBe(sha256(files.get(ARTICLE_1)!));
    }

    const { plan } = ingest(files, { force: true });
    expect(statuses(plan)[ARTICLE_1]).toBe('edited-by-hand/write');
    expect(read(ARTICLE_1)).toBe(files.get(ARTICLE_1));
    expect(ingest(files).plan.changed).toBe(false);
  });

  it('treats a file that was never in the manifest and differs as a hand edit', () => {
    fs.mkdirSync(path.join(content, 'articles/2025/2025-12-28'), { recursive: true });
    write(ARTICLE_1, '人写的稿件\n');
    write(ARTICLE_2, firstRun().get(ARTICLE_2)!);
    const { plan } = ingest(firstRun());
    expect(statuses(plan)[ARTICLE_1]).toBe('edited-by-hand/keep');
    expect(statuses(plan)[ARTICLE_2]).toBe('unchanged/keep');
    expect(read(ARTICLE_1)).toBe('人写的稿件\n');
    // What the ingest would have written is recorded, so the file reads as edited from now on.
    expect(readManifest(content).files[ARTICLE_1]).toBe(sha256(firstRun().get(ARTICLE_1)!));
    expect(statuses(ingest(firstRun()).plan)[ARTICLE_1]).toBe('edited-by-hand/keep');
    expect(readManifest(content).files[ARTICLE_2]).toBe(sha256(firstRun().get(ARTICLE_2)!));
  });

  it('removes files the ingest no longer produces, and empty folders, but keeps edited and hand-made ones', () => {
    ingest(firstRun());
    fs.mkdirSync(path.join(content, 'articles/2025/2025-12-29'), { recursive: true });
    write('articles/2025/2025-12-29/01-01.md', '手工新建的稿件\n');
    const files = firstRun();
    files.delete(ARTICLE_2);
    files.delete(PHOTO);
    const { plan, result } = ingest(files);
    expect(statuses(plan)[ARTICLE_2]).toBe('stale/remove');
    expect(statuses(plan)[PHOTO]).toBe('stale/remove');
    expect(result.removed).toBe(2);
    expect(fs.existsSync(path.join(content, ARTICLE_2))).toBe(false);
    expect(fs.existsSync(path.join(content, 'photos'))).toBe(false);
    expect(read('articles/2025/2025-12-29/01-01.md')).toBe('手工新建的稿件\n');
    expect(Object.keys(readManifest(content).files)).toEqual([ARTICLE_1, ISSUE]);
  });

  it('keeps a stale file a person edited, until force', () => {
    ingest(firstRun());
    write(ARTICLE_2, read(ARTICLE_2) + '编者按：此稿有误。\n');
    const files = firstRun();
    files.delete(ARTICLE_2);
    const { plan } = ingest(files);
    expect(statuses(plan)[ARTICLE_2]).toBe('edited-by-hand/keep');
    expect(plan.warnings[0]).toContain('01-02.md');
    expect(read(ARTICLE_2)).toContain('编者按');
    expect(ingest(files, { force: true }).plan.files.find((f) => f.path === ARTICLE_2)!.action).toBe('remove');
    expect(fs.existsSync(path.join(content, ARTICLE_2))).toBe(false);
  });

  it('leaves a file a person deleted deleted, until force', () => {
    ingest(firstRun());
    fs.rmSync(path.join(content, PHOTO));
    const { plan } = ingest(firstRun());
    expect(statuses(plan)[PHOTO]).toBe('deleted-by-hand/keep');
    expect(plan.warnings[0]).toContain('01-02-p1.json');
    expect(fs.existsSync(path.join(content, PHOTO))).toBe(false);
    ingest(firstRun(), { force: true });
    expect(read(PHOTO)).toBe(firstRun().get(PHOTO));
  });

  it('limits stale removal to the scope the run is responsible for', () => {
    ingest(firstRun());
    const onlyIssue = new Map([[ISSUE, firstRun().get(ISSUE)!]]);
    const { plan } = ingest(onlyIssue, { scope: (rel) => rel.startsWith('issues/') });
    expect(plan.changed).toBe(false);
    expect(read(ARTICLE_1)).toBe(firstRun().get(ARTICLE_1));
  });

  it('copies new sources byte for byte in the same commit, and never removes a source', () => {
    ingest(firstRun());
    const gb = new Uint8Array([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x0d, 0x0a]); // 本报讯 CRLF in GB18030
    const copies = new Map([['sources/005_new.txt', gb]]);
    const plan = planWrite(content, firstRun(), readManifest(content), { copies });
    expect(statuses(plan)['sources/005_new.txt']).toBe('source-added/write');
    commitContent(content, plan);
    expect(fs.readFileSync(path.join(content, 'sources/005_new.txt')).equals(Buffer.from(gb))).toBe(true);
    expect(read('sources/000_a25d01534798cd06.txt')).toBe('榜样引领树标杆 示范带动共奋进\n');
    expect(readManifest(content).files['sources/005_new.txt']).toBeUndefined();
    // Same bytes again: nothing to do; other bytes under the same name: replaced.
    expect(planWrite(content, firstRun(), readManifest(content), { copies }).changed).toBe(false);
    const again = planWrite(content, firstRun(), readManifest(content), { copies: new Map([['sources/005_new.txt', new Uint8Array([0x41])]]) });
    expect(statuses(again)['sources/005_new.txt']).toBe('source-replaced/write');
    // A run that produces nothing removes entries, never sources.
    ingest(new Map());
    expect(fs.readdirSync(path.join(content, 'sources')).sort()).toEqual(['000_a25d01534798cd06.txt', '005_new.txt']);
    for (const bad of ['sources/a/b.txt', 'articles/x.txt', 'sources/.hidden', 'sources/../x.txt']) {
      expect(() => planWrite(content, new Map(), readManifest(content), { copies: new Map([[bad, gb]]) })).toThrow(/sources/);
    }
  });

  it('a failed commit copies no source', () => {
    const before = snapshot(content);
    const plan = planWrite(content, firstRun(), readManifest(content), { copies: new Map([['sources/005_new.txt', new Uint8Array([0x41, 0x0a])]]) });
    expect(() => commitContent(content, plan, { onStep: (s) => { if (s === 'swap-in:sources') throw new Error('disk full'); } })).toThrow('disk full');
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses paths outside its part of content/', () => {
    for (const bad of ['../escape.md', '/etc/passwd', 'articles/../../x', 'sources/000_a25d01534798cd06.txt', MANIFEST_FILE, 'articles\\x.md', 'a//b']) {
      expect(() => planWrite(content, new Map([[bad, 'x']]), readManifest(content))).toThrow(/outside/);
    }
  });

  it('refuses a broken manifest, naming it', () => {
    write(MANIFEST_FILE, '{"version": 1, "files": {"a": "nothex"}}');
    expect(() => readManifest(content)).toThrow(IngestError);
    write(MANIFEST_FILE, '{not json');
    try {
      readManifest(content);
      expect.unreachable();
    } catch (error) {
      expect((error as IngestError).format()).toContain('.ingest-manifest.json');
    }
  });
});

describe('commitContent is atomic', () => {
  function secondRun(): Map<string, string> {
    const files = firstRun();
    files.set(ARTICLE_1, files.get(ARTICLE_1)! + '\n第二段。\n');
    files.delete(PHOTO);
    files.set('sections/2025/2025-12-28-01.json', '{\n  "id": "2025-12-28-01"\n}\n');
    files.set('ids.json', '{}\n');
    return files;
  }

  it('leaves content/ exactly as it was whatever step fails', () => {
    ingest(firstRun());
    const before = snapshot(content);
    const steps: string[] = [];
    const probe = path.join(root, 'probe');
    fs.cpSync(content, probe, { recursive: true });
    commitContent(probe, planWrite(probe, secondRun(), readManifest(probe)), { onStep: (s) => steps.push(s) });
    // Entries are swapped in a year's folder at a time (swap.ts swapUnit).
    expect(steps).toContain('swap-in:articles/2025');
    expect(steps).toContain('swap-out:photos/2025');
    expect(steps).toContain('swap-in:sections/2025');
    expect(steps).not.toContain('swap-in:articles');
    expect(steps.length).toBeGreaterThan(10);

    for (const failing of steps.filter((s) => s !== 'cleanup')) {
      const plan = planWrite(content, secondRun(), readManifest(content));
      expect(() =>
        commitContent(content, plan, {
          onStep: (s) => {
            if (s === failing) throw new Error(`injected failure at ${s}`);
          },
        }),
      ).toThrow(`injected failure at ${failing}`);
      expect(snapshot(content), `after a failure at ${failing}`).toEqual(before);
      expect(fs.existsSync(path.join(content, '.ingest-commit'))).toBe(false);
    }
    ingest(secondRun());
    expect(snapshot(content)).toEqual(snapshot(probe));
  });

  it('a failure during cleanup, after the commit point, leaves the new content', () => {
    ingest(firstRun());
    const plan = planWrite(content, secondRun(), readManifest(content));
    expect(() => commitContent(content, plan, { onStep: (s) => { if (s === 'cleanup') throw new Error('boom'); } })).toThrow('boom');
    expect(recoverInterruptedCommit(content)).toBe(false);
    expect(read(ARTICLE_1)).toContain('第二段');
    expect(fs.existsSync(path.join(content, PHOTO))).toBe(false);
  });

  it('an ingest killed in the middle of the swap is rolled back by the next one', () => {
    ingest(firstRun());
    const before = snapshot(content);
    const filesJson = path.join(root, 'files.json');
    fs.writeFileSync(filesJson, JSON.stringify(Object.fromEntries(secondRun())));
    for (const step of ['swap-out:articles/2025', 'swap-in:articles/2025', 'swap-out:photos/2025', 'swap-in:sections/2025']) {
      const child = spawnSync(process.execPath, [CHILD, 'crash', content, filesJson, step], { encoding: 'utf8' });
      expect(child.signal, child.stderr).toBe('SIGKILL');
      expect(snapshot(content), `killed at ${step}`).not.toEqual(before);
      expect(fs.existsSync(path.join(content, LOCK_FILE))).toBe(true);

      // The dead process's lock is stale; taking it rolls the half-done swap back.
      const lock = acquireIngestLock(content, 'test');
      expect(lock.recovered).toBe(true);
      lock.release();
      expect(snapshot(content), `recovered after ${step}`).toEqual(before);
    }
    const done = spawnSync(process.execPath, [CHILD, 'ingest', content, filesJson], { encoding: 'utf8' });
    expect(done.status, done.stderr).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ recovered: false });
    expect(read(ARTICLE_1)).toContain('第二段');
  });
});

describe('acquireIngestLock', () => {
  it('refuses a second lock in the same process and allows it after release', () => {
    const lock = acquireIngestLock(content, 'npm run ingest');
    const held = JSON.parse(fs.readFileSync(lock.file, 'utf8'));
    expect(held).toMatchObject({ pid: process.pid, host: os.hostname(), command: 'npm run ingest' });
    expect(() => acquireIngestLock(content)).toThrow(new RegExp(`进程 ${process.pid}`));
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
    acquireIngestLock(content).release();
  });

  it('makes a concurrent ingest in another process refuse, naming the holder, and takes over once it is dead', async () => {
    const holder = spawn(process.execPath, [CHILD, 'hold', content], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d) => String(d).includes('locked') && resolve());
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      const filesJson = path.join(root, 'files.json');
      fs.writeFileSync(filesJson, JSON.stringify(Object.fromEntries(firstRun())));
      const before = snapshot(content);
      const second = spawnSync(process.execPath, [CHILD, 'ingest', content, filesJson], { encoding: 'utf8' });
      expect(second.status).toBe(2);
      expect(second.stderr).toContain(`.ingest.lock: 另一个导入正在进行：进程 ${holder.pid}`);
      expect(second.stderr).toContain('commit-child hold');
      // When it started, as the machine's clock reads it, not an ISO time in UTC.
      expect(second.stderr).toMatch(/开始于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}，/);
      expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(snapshot(content)).toEqual(before);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.once('exit', resolve));
    }
    const lock = acquireIngestLock(content, 'after the holder died');
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('does not take over a lock held on another machine', () => {
    fs.writeFileSync(
      path.join(content, LOCK_FILE),
      JSON.stringify({ pid: 999999, host: 'newsroom-pc', startedAt: '2025-12-28T08:00:00Z', command: 'npm run ingest' }),
    );
    expect(() => acquireIngestLock(content)).toThrow(/newsroom-pc/);
  });
});
