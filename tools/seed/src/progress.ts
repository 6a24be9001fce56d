/**
 * A progress line per phase: rewritten in place (`\r`) on a terminal, printed every 5% otherwise (CI logs).
 * The clock and the output come in, so the rendering is tested without a terminal or waiting.
 */
interface ProgressOutput {
  /** Whether the output is a terminal (a line can be rewritten in place). */
  isTTY: boolean;
  write(text: string): void;
}

export interface ProgressOptions {
  out: ProgressOutput;
  /** Milliseconds; `Date.now` by default. */
  now?: () => number;
  /** A terminal line is redrawn at most this often (the last one always). */
  redrawMs?: number;
  /** Without a terminal, a line every this many percent. */
  stepPercent?: number;
}

const BAR_WIDTH = 20;

/** 45 → “45秒”, 125 → “2分05秒”, 7260 → “2小时01分”. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}秒`;
  if (s < 3600) return `${Math.floor(s / 60)}分${String(s % 60).padStart(2, '0')}秒`;
  return `${Math.floor(s / 3600)}小时${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}分`;
}

/** Items per second: whole numbers from 100 up, one decimal below. */
export function formatRate(perSecond: number): string {
  return perSecond >= 100 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
}

/** The line of a phase: label, bar, done/total, percent, rate and (while running) the time left. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, finished: boolean): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const parts = [label, bar, `${done}/${total}`, `${Math.floor(share * 100)}%`, `${formatRate(rate)}/秒`];
  if (finished) parts.push(`用时 ${formatDuration(seconds)}`);
  else parts.push(rate > 0 ? `剩余约 ${formatDuration((total - done) / rate)}` : '剩余时间估算中');
  return parts.join('  ');
}

/** One phase's progress. */
export class PhaseProgress {
  private done = 0;
  private readonly started: number;
  private lastDraw = -Infinity;
  private nextStep: number;
  private finishedAt: number | null = null;

  constructor(
    readonly label: string,
    readonly total: number,
    private readonly options: Required<ProgressOptions>,
  ) {
    this.started = options.now();
    this.nextStep = options.stepPercent;
    if (options.out.isTTY) this.draw(false);
  }

  /** Counts `n` more items done. */
  add(n = 1): void {
    this.done += n;
    const now = this.options.now();
    if (this.options.out.isTTY) {
      if (now - this.lastDraw >= this.options.redrawMs) this.draw(false);
      return;
    }
    const percent = this.total > 0 ? (this.done / this.total) * 100 : 100;
    if (percent >= this.nextStep && this.done < this.total) {
      this.options.out.write(`${this.line(false)}\n`);
      while (this.nextStep <= percent) this.nextStep += this.options.stepPercent;
    }
  }

  /** Ends the phase with its final line; returns how long it took in milliseconds. */
  finish(): number {
    if (this.finishedAt === null) {
      this.finishedAt = this.options.now();
      this.options.out.write(this.options.out.isTTY ? `\r${this.line(true)}\x1b[K\n` : `${this.line(true)}\n`);
    }
    return this.finishedAt - this.started;
  }

  private draw(finished: boolean): void {
    this.lastDraw = this.options.now();
    this.options.out.write(`\r${this.line(finished)}\x1b[K`);
  }

  private line(finished: boolean): string {
    return progressLine(
      this.label,
      this.done,
      this.total,
      (this.finishedAt ?? this.options.now()) - this.started,
      finished,
    );
  }
}

/** Starts phases on one output. */
export function progressReporter(options: ProgressOptions): (label: string, total: number) => PhaseProgress {
  const full: Required<ProgressOptions> = { now: Date.now, redrawMs: 200, stepPercent: 5, ...options };
  return (label, total) => new PhaseProgress(label, total, full);
}
