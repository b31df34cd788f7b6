/** The stream the progress bar draws on: stderr, and only when it is a terminal. */
export interface ProgressOutput {
  write(text: string): unknown;
  columns?: number;
}

const BAR_WIDTH = 24;

/**
 * A one-line progress bar redrawn in place with a carriage return. It shows counts only, never
 * file names, so its width stays fixed and a long path cannot wrap the line.
 */
export class ProgressBar {
  private drawn = false;

  constructor(
    private readonly output: ProgressOutput,
    private readonly total: number,
  ) {}

  update(done: number, failed: number): void {
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((done / this.total) * BAR_WIDTH);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}`;
    const failures = failed > 0 ? `, ${failed} failed` : '';

    this.output.write(`\r[${bar}] ${done}/${this.total}${failures}`);
    this.drawn = true;
  }

  /** Erases the bar so that later messages start on a clean line. */
  clear(): void {
    if (this.drawn) {
      this.output.write('\r\u001b[2K');
      this.drawn = false;
    }
  }
}
