// JUnit XML for CI test reports: one testcase per file, failing when the file
// has findings (warnings too: JUnit has no warning state), listing each one.
import type { Formatter } from '../types.js';
import { byFile, displayPath, oneLine, severityName } from './shared.js';

/** Text safe in XML attributes and content; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = {
  name: 'junit',
  format(results, context) {
    const cases: string[] = [];
    let failures = 0;
    const files = byFile(results);
    for (const [filePath, group] of files) {
      const name = escapeXml(displayPath(filePath, context.cwd));
      const lines = group.flatMap((result) =>
        result.messages.map((m) => {
          const where = result.entry ? `${result.entry} ${m.line}:${m.column}` : `${m.line}:${m.column}`;
          return `${where} ${severityName(m)} ${oneLine(m.message)} [${m.ruleId}]`;
        }),
      );
      if (!lines.length) {
        cases.push(`    <testcase classname="replylint" name="${name}" time="0"/>`);
        continue;
      }
      failures++;
      const errors = group.reduce((n, r) => n + r.errorCount, 0);
      const warnings = group.reduce((n, r) => n + r.warningCount, 0);
      const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
      cases.push(
        `    <testcase classname="replylint" name="${name}" time="0">\n` +
          `      <failure message="${summary}" type="replylint">${escapeXml(lines.join('\n'))}</failure>\n` +
          `    </testcase>`,
      );
    }
    const counts = `tests="${files.size}" failures="${failures}" errors="0"`;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="replylint" ${counts}>`,
      `  <testsuite name="replylint" ${counts} time="0">`,
      ...cases,
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n');
  },
};
