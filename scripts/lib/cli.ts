// What the operator CLI tools share: reading a secret from a pipe or a terminal, and turning the
// data layer's errors into clear lines on stderr with exit code 1.
import { closeDb } from '../../db';
import { ValidationError } from '../../lib/errors';
import { PermissionError } from '../../db/people/permissions';

/** A failure the operator can fix; printed as one line. */
export class CliError extends Error {}
/** A malformed command line; printed with the usage text. */
export class UsageError extends CliError {}

/** The whole of standard input, for `echo secret | npm run user -- add …`. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads one line from the terminal without echoing it. */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let answer = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          done();
          process.stderr.write('\n');
          return resolve(answer);
        }
        if (char === '\u0003') {
          done();
          process.stderr.write('\n');
          return reject(new CliError('Cancelled.'));
        }
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1);
        else answer += char;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
    stdin.on('data', onData);
  });
}

/**
 * A new password: the first line of a pipe, or typed twice at a terminal. A pipe is for scripts,
 * so there is nobody to ask twice.
 */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const password = (await readStdin()).split(/\r?\n/)[0] ?? '';
    if (!password) throw new CliError('No password on standard input (it was empty).');
    return password;
  }
  const first = await promptHidden('Password: ');
  if (!first) throw new CliError('No password given.');
  const second = await promptHidden('Repeat password: ');
  if (first !== second) throw new CliError('The two passwords do not match.');
  return first;
}

/** Runs a CLI command, printing expected failures as readable messages with exit code 1. */
export function runCli(main: () => Promise<void>, usage: string): void {
  main()
    .then(() => {
      closeDb();
    })
    .catch((error: unknown) => {
      closeDb();
      if (error instanceof UsageError || isParseArgsError(error)) {
        console.error(`Error: ${(error as Error).message}\n\n${usage}`);
      } else if (error instanceof CliError || error instanceof PermissionError) {
        console.error(`Error: ${error.message}`);
      } else if (error instanceof ValidationError) {
        console.error('Error: nothing was changed because of the following problems:');
        for (const [field, messages] of Object.entries(error.fieldErrors))
          for (const message of messages) console.error(`  ${field ? `${field}: ` : ''}${message}`);
      } else {
        console.error(error);
      }
      process.exitCode = 1;
    });
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
