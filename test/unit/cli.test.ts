import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TSX = join('node_modules', '.bin', 'tsx');
const FIXTURE = join('test', 'fixtures', 'small-dataset.json');

function cli(script: 'review' | 'validate', args: string[], tz = 'UTC') {
  const r = spawnSync(TSX, [join('scripts', 'cli', `${script}.ts`), ...args], {
    encoding: 'utf8', env: { ...process.env, TZ: tz },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run review', () => {
  it('prints the same JSON review in UTC, Los Angeles and Tokyo', () => {
    const runs = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo'].map((tz) =>
      cli('review', [FIXTURE, '--quarter', '2021-Q3', '--format', 'json'], tz));
    for (const r of runs) expect(r.code).toBe(0);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
    const review = JSON.parse(runs[0]!.stdout);
    expect(Object.keys(review)).toEqual([
      'quarter', 'asOf', 'totals', 'previous', 'byZone', 'byDestination', 'byBuyingOffice', 'reconciliation', 'flags',
    ]);
    expect(review.totals).toEqual({ exports: 7, carats: 520, valueUsd: 61500, pricePerCarat: 118.27 });
  }, 30_000);

  it('honours --as-of and writes csv and md', () => {
    const early = JSON.parse(cli('review', [FIXTURE, '--quarter', '2021-Q3', '--as-of', '2021-09-19']).stdout);
    expect(early.asOf).toBe('2021-09-19');
    expect(early.reconciliation.overdue).toBe(0);
    const csv = cli('review', [FIXTURE, '--quarter', '2021-Q3', '--format', 'csv']).stdout;
    expect(csv.split('\n')[0]).toBe('section,id,name,metric,value');
    expect(csv).toContain('byZone,z1,Alpha,valueUsd,49000\n');
    const md = cli('review', [FIXTURE, '--quarter', '2021-Q3', '--format', 'md']).stdout;
    expect(md).toContain('| Alpha | 4 | 420.00 | 49,000.00 | 116.67 |');
  }, 30_000);

  it('answers a bad argument or file with one line on stderr and exit 2', () => {
    const cases = [
      [[FIXTURE, '--quarter', '2021-Q7'], /^review: --quarter must be written YYYY-Qn/],
      [[FIXTURE], /^review: --quarter is required/],
      [[FIXTURE, '--quarter', '2021-Q3', '--format', 'xml'], /^review: --format must be json, csv or md/],
      [[FIXTURE, '--quarter', '2031-Q1'], /^review: 2031-Q1 is not a quarter of this regime/],
      [['missing.json', '--quarter', '2021-Q3'], /^review: cannot read missing\.json: no such file/],
    ] as const;
    for (const [args, message] of cases) {
      const r = cli('review', [...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  }, 60_000);
});

describe('npm run validate', () => {
  it('exits 0 on a valid file and lists data-quality warnings', () => {
    const r = cli('validate', [FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 data-quality warning(s).');
  }, 30_000);

  it('exits 1 and prints path-precise errors for a structurally broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, meta: { title: 'x', synthetic: 'yes' } }));
    const r = cli('validate', [file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error meta.synthetic: expected true or false, got the text "yes"');
  }, 30_000);
});
