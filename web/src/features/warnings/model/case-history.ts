import { beijingDateTime } from '../../../lib/beijing-time';
import { eventKindLabels, measureLabels, outcomeLabels, stepLabels } from './labels';

/** What the case page's history reads of a case (the fields of WarningCase it needs). */
export interface HistoryFacts {
  interviewedOn?: unknown;
  interviewedBy?: string | null;
  interviewNote?: string | null;
  helperName?: string | null;
  pairedOn?: unknown;
  plan?: string | null;
  plannedOn?: unknown;
  rectifyDeadline?: unknown;
  outcome?: string | null;
  outcomeOn?: unknown;
  outcomeBy?: string | null;
  outcomeNote?: string | null;
  history: { seq: number; kind: string; periodKey: string; note: string; recordedBy: string; recordedAt: string }[];
  planRevisions: {
    seq: number;
    revisedOn: unknown;
    revisedBy: string;
    reason: string;
    deadline: unknown;
    planBefore: string;
    deadlineBefore: unknown;
    recordedAt: string;
  }[];
  disposals: {
    steps: {
      seq: number;
      measure: string;
      step: string;
      decidedOn: unknown;
      decidedBy: string;
      note?: string | null;
      participants?: string[];
      approval?: boolean | null;
      result?: boolean | null;
      vote?: { eligible: number; present: number; inFavour: number; against: number; abstain: number } | null;
      recordedByName: string;
      recordedAt: string;
    }[];
  }[];
}

/** One line of a case's history: the day it happened on, what, who (names) and when it was entered (Beijing time). */
export interface HistoryLine {
  key: string;
  on: string;
  what: string;
  who: string;
  detail: string;
  entered: string | null;
}

/** A Date scalar (YYYY-MM-DD) as text. */
const day = (value: unknown) => (value == null ? '—' : String(value));
const beijingDay = (iso: string) => beijingDateTime(iso).slice(0, 10);

type StepFacts = HistoryFacts['disposals'][number]['steps'][number];

/** What a disposal step carried, in words: the two talkers, the approval, the assembly's vote, the note. */
function stepDetail(s: StepFacts): string {
  const parts: string[] = [];
  if (s.participants && s.participants.length > 0) parts.push(`谈话人：${s.participants.join('、')}`);
  if (s.approval != null) parts.push(s.approval ? '同意' : '不同意');
  if (s.vote)
    parts.push(
      `有表决权 ${s.vote.eligible} 人，到会 ${s.vote.present} 人，赞成 ${s.vote.inFavour}、反对 ${s.vote.against}、弃权 ${s.vote.abstain}`,
    );
  if (s.note) parts.push(s.note);
  return parts.join('；');
}

/**
 * A case's full history, oldest first: the ratings' lines (预警, 下一期得分, 再次预警…, with who confirmed them) and
 * each step of the case (约谈, 结对, 整改计划 and its revisions, 认定, 处置 steps), with the names they were given.
 * Lines of the same day keep the order of the procedure.
 */
export function caseHistory(c: HistoryFacts): HistoryLine[] {
  const lines: HistoryLine[] = c.history.map((e) => ({
    key: `event-${e.seq}`,
    on: beijingDay(e.recordedAt),
    what: eventKindLabels[e.kind] ?? '评定办理',
    who: e.recordedBy,
    detail: e.note,
    entered: beijingDateTime(e.recordedAt),
  }));
  if (c.interviewedOn)
    lines.push({
      key: 'interview',
      on: day(c.interviewedOn),
      what: '书记约谈',
      who: c.interviewedBy ?? '—',
      detail: c.interviewNote ?? '',
      entered: null,
    });
  if (c.pairedOn)
    lines.push({
      key: 'helper',
      on: day(c.pairedOn),
      what: '结对帮扶',
      who: c.helperName ?? '—',
      detail: `帮扶人：${c.helperName ?? '—'}`,
      entered: null,
    });
  if (c.plannedOn) {
    const first = c.planRevisions[0];
    lines.push({
      key: 'plan',
      on: day(c.plannedOn),
      what: '制定整改计划',
      who: '—',
      detail: first
        ? `${first.planBefore}（整改期限 ${day(first.deadlineBefore)}）`
        : `${c.plan ?? ''}（整改期限 ${day(c.rectifyDeadline)}）`,
      entered: null,
    });
  }
  for (const r of c.planRevisions)
    lines.push({
      key: `revision-${r.seq}`,
      on: day(r.revisedOn),
      what: `修订整改计划（第 ${r.seq} 次）`,
      who: r.revisedBy,
      detail: `理由：${r.reason}；整改期限 ${day(r.deadline)}`,
      entered: beijingDateTime(r.recordedAt),
    });
  if (c.outcome && c.outcomeOn)
    lines.push({
      key: 'outcome',
      on: day(c.outcomeOn),
      what: `认定整改结果：${outcomeLabels[c.outcome] ?? '—'}`,
      who: c.outcomeBy ?? '—',
      detail: c.outcomeNote ?? '',
      entered: null,
    });
  for (const s of c.disposals.flatMap((d) => d.steps))
    lines.push({
      key: `step-${s.seq}`,
      on: day(s.decidedOn),
      what: `${measureLabels[s.measure] ?? '处置'}：${stepLabels[s.step] ?? '步骤'}`,
      who: `${s.decidedBy}（登记：${s.recordedByName}）`,
      detail: stepDetail(s),
      entered: beijingDateTime(s.recordedAt),
    });
  return lines
    .map((line, order) => ({ line, order }))
    .sort((a, b) => (a.line.on < b.line.on ? -1 : a.line.on > b.line.on ? 1 : a.order - b.order))
    .map(({ line }) => line);
}
