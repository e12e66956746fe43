/**
 * `sidenote analyze <file.html>… [--url <url>]`: the same src/core pipeline as the extension, in Node.
 * One file prints one pretty JSON object; several print one compact object per line.
 */
import { analyzeFile } from './analyze-file';

const USAGE = 'usage: sidenote analyze <file.html>… [--url <url>]';

export function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (command !== 'analyze') {
    process.stderr.write(`sidenote: ${command ? `unknown command "${command}"` : 'missing command'}\n${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--url') {
      url = rest[++i];
      if (!url) {
        process.stderr.write(`sidenote: --url needs a value\n${USAGE}\n`);
        return 2;
      }
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg.startsWith('--')) {
      process.stderr.write(`sidenote: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write(`sidenote: no input files\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const result = analyzeFile(file, url);
      process.stdout.write(files.length === 1 ? JSON.stringify(result, null, 2) + '\n' : JSON.stringify(result) + '\n');
    } catch (err) {
      process.stderr.write(`sidenote: ${err instanceof Error ? err.message : String(err)}\n`);
      status = 1;
    }
  }
  return status;
}
