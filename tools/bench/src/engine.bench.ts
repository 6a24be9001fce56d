import 'reflect-metadata';
import { evaluate, schemeTemplates, ScoreFacts } from '@jifen/rules';

/**
 * How fast the pure engine scores one member's year: the ledger rescores a member on every state
 * change, so this bounds how many entries a second one process can keep scored.
 * `npm run bench:engine` (builds first).
 */
function yearOfEntries(): ScoreFacts {
  const entries: ScoreFacts['entries'] = [];
  for (let m = 1; m <= 12; m++) {
    const date = `2026-${String(m).padStart(2, '0')}-05`;
    entries.push({ id: `dues${m}`, item: 'dues', date }, { id: `day${m}`, item: 'activityDay', date });
    if (m % 3 === 0)
      entries.push({ id: `lecture${m}`, item: 'partyLecture', date }, { id: `assembly${m}`, item: 'assembly', date });
    entries.push({ id: `volunteer${m}`, item: 'volunteerTeam', date, points: 1, leading: m % 2 === 0 });
  }
  return { period: '2026', asOf: '2026-12-31', memberKind: 'FULL', entries };
}

function measure(code: string, facts: ScoreFacts, runs: number): void {
  const rules = schemeTemplates.find((t) => t.code === code)!.rules;
  for (let i = 0; i < runs / 10; i++) evaluate(rules, facts);
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) evaluate(rules, facts);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${code.padEnd(22)} ${String(facts.entries.length).padStart(3)} 条记录  每次 ${((ms * 1000) / runs).toFixed(1).padStart(6)} µs  每秒 ${Math.round(runs / (ms / 1000))} 次`,
  );
}

measure('town-attendance', yearOfEntries(), 20_000);
measure('town-attendance', { ...yearOfEntries(), period: '2026-H1', asOf: '2026-06-30' }, 20_000);
