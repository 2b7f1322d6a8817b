// Offsets to 1-based line and column (UTF-16 units, like ESLint).
// \r\n, a lone \r and \n each end a line.

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Line and column of offsets; the line starts are found when first asked, so a draft without findings never scans for them. */
export function lineIndex(text: string): { locate(offset: number): Position; lineText(line: number): string } {
  let found: number[] | undefined;
  const lineStarts = (): number[] => (found ??= findLineStarts(text));
  const lineOf = (offset: number): number => {
    const starts = lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    locate(offset) {
      const line = lineOf(offset);
      return { line: line + 1, column: offset - lineStarts()[line]! + 1 };
    },
    lineText(line) {
      const starts = lineStarts();
      const start = starts[line - 1] ?? text.length;
      const next = starts[line] ?? text.length + 1;
      return text.slice(start, next).replace(/\r?\n$|\r$/, '');
    },
  };
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) starts.push(i + 1);
  }
  return starts;
}
