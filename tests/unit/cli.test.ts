// The operator tools, run as real processes against their own data directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-cli-'));
const tsx = path.resolve('node_modules/.bin/tsx');

function run(
  script: 'user' | 'article' | 'seed',
  args: string[],
  input = '',
  env: Record<string, string | undefined> = {},
) {
  const result = spawnSync(tsx, ['--conditions=react-server', `scripts/${script}.ts`, ...args], {
    input,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: dir,
      DATABASE_PATH: path.join(dir, 'newsroom.db'),
      NEWSROOM_URL: 'https://news.example.test',
      ...env,
    },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

const ADMIN = [
  'add',
  '--email',
  'chief@example.test',
  '--name',
  'Rosa M',
  '--full-name',
  'Rosa Marquez',
  '--role',
  'admin',
];

beforeAll(() => {
  const created = run('user', ADMIN, 'a long enough password\n');
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run user', () => {
  it('lists the account it created', () => {
    const { code, stdout } = run('user', ['list']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/admin\s+chief@example\.test\s+Rosa M\s+Rosa Marquez\s+can sign in/);
  });

  it('refuses a missing --email with usage on stderr', () => {
    const { code, stderr, stdout } = run(
      'user',
      ['add', '--name', 'Al B', '--full-name', 'Al Bee', '--role', 'editor'],
      'password123456\n',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/Missing --email/);
    expect(stderr).toMatch(/Usage:/);
    expect(stdout).toBe('');
  });

  it('refuses an unknown role', () => {
    const { code, stderr } = run(
      'user',
      ['add', '--email', 'x@example.test', '--name', 'Al B', '--full-name', 'Al Bee', '--role', 'boss'],
      'password123456\n',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/--role must be one of journalist, editor, admin \(got "boss"\)/);
  });

  it('refuses an empty password on standard input and creates nobody', () => {
    const { code, stderr } = run(
      'user',
      ['add', '--email', 'y@example.test', '--name', 'Al B', '--full-name', 'Al Bee', '--role', 'editor'],
      '',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/No password on standard input/);
    expect(run('user', ['list']).stdout).not.toMatch(/y@example\.test/);
  });

  it('refuses a short password with the rule', () => {
    const { code, stderr } = run(
      'user',
      ['add', '--email', 'z@example.test', '--name', 'Al B', '--full-name', 'Al Bee', '--role', 'editor'],
      'short\n',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/password: Password must be at least 10 characters long/);
  });

  it('refuses a second account with the same email', () => {
    const { code, stderr } = run('user', ADMIN, 'another long password\n');
    expect(code).toBe(1);
    expect(stderr).toMatch(/already exists/);
  });
});

const GOOD = {
  title: 'Fine',
  body: '<p>ok</p>',
  author: 'chief@example.test',
  section: 'Transport',
  publishedAt: '2026-02-01T08:00:00Z',
};

describe('npm run article', () => {
  it('imports a file and prints the new article URL', () => {
    const target = file('one.json', {
      title: 'Tram line extension opens',
      body: '<p>The line runs to the harbour.</p>',
      author: 'chief@example.test',
      section: 'Transport',
      publishedAt: '2026-02-01T08:00:00Z',
    });
    const { code, stdout } = run('article', ['import', target]);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('https://news.example.test/articles/tram-line-extension-opens');
  });

  it('prints the address from SITE_URL, the one the site itself uses', () => {
    const target = file('site-url.json', { ...GOOD, title: 'Ferry timetable changes' });
    const { code, stdout } = run('article', ['import', target], '', {
      SITE_URL: 'https://www.port-meridian.test/',
      NEWSROOM_URL: undefined,
    });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('https://www.port-meridian.test/articles/ferry-timetable-changes');
  });

  it('does not guess localhost:3000 when no address is configured: it prints the path and says so', () => {
    const target = file('no-url.json', { ...GOOD, title: 'Harbour crane retired' });
    const { code, stdout, stderr } = run('article', ['import', target], '', {
      SITE_URL: undefined,
      NEWSROOM_URL: undefined,
      PORT: undefined,
    });
    expect(code).toBe(0);
    expect(stdout.trim()).toBe('/articles/harbour-crane-retired');
    expect(stderr).toMatch(/site address is not configured[\s\S]*set SITE_URL/);
  });

  it('refuses a SITE_URL that is not a URL before importing anything', () => {
    const target = file('bad-url.json', { ...GOOD, title: 'Never imported' });
    const { code, stdout, stderr } = run('article', ['import', target], '', { SITE_URL: 'news.example' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/SITE_URL="news\.example" is not an absolute URL/);
    expect(stdout).toBe('');
    const again = run('article', ['import', target]);
    expect(again.stdout.trim()).toBe('https://news.example.test/articles/never-imported');
  });

  it('refuses a missing file', () => {
    const { code, stderr } = run('article', ['import', path.join(dir, 'missing.json')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/File not found: .*missing\.json/);
  });

  it('refuses a file that is not JSON', () => {
    const { code, stderr } = run('article', ['import', file('broken.json', '{"title": "x",')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/file: is not valid JSON/);
  });

  it('names the item and field of a bad article and imports none of the batch', () => {
    const good = {
      title: 'Fine',
      body: '<p>ok</p>',
      author: 'chief@example.test',
      section: 'Transport',
      publishedAt: '2026-02-01T08:00:00Z',
    };
    const target = file('batch.json', [good, { ...good, publishedAt: '2026-02-01 08:00' }]);
    const { code, stderr, stdout } = run('article', ['import', target]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/item 2: publishedAt: must be ISO 8601 with a timezone offset/);
    expect(stdout).toBe('');
    const again = run('article', ['import', file('fine.json', good)]);
    expect(again.stdout.trim()).toBe('https://news.example.test/articles/fine');
  });

  it('explains usage when the command is missing', () => {
    const { code, stderr } = run('article', []);
    expect(code).toBe(1);
    expect(stderr).toMatch(/No command given[\s\S]*Usage:/);
  });
});

describe('npm run seed', () => {
  it('adds the requested number of synthetic articles, reusing the existing author', () => {
    const { code, stdout } = run('seed', ['--articles', '250']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Added 250 articles \(1 authors, \d+ sections\)/);
  });

  it('refuses a count that is not a positive whole number', () => {
    const { code, stderr } = run('seed', ['--articles', 'ten']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--articles must be a whole number/);
  });
});
