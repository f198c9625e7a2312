/** A content problem: what is wrong, where, and how to fix it. */
export interface Problem {
  /** Path of the file, relative to the project (e.g. "content/sources/x.yaml"). */
  file: string;
  /** Dotted field path within the record, when the problem is in one field. */
  field?: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return p.field ? `${where}: field "${p.field}": ${p.message}` : `${where}: ${p.message}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
