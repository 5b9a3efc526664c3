/**
 * Why the command stopped: a message in words for stderr, and the exit code. `2` is a usage error (the command line
 * itself is wrong: an unknown command or option, a missing argument, a malformed date or format); `1` is bad input
 * (a file or an id the command line names is missing, unreadable or invalid). The error never leaves the process:
 * `run` turns it into stderr and an exit code.
 *
 * @internal
 */
export class CliFailure extends Error {
  /** The process exit code. */
  readonly exitCode: 1 | 2;

  constructor(exitCode: 1 | 2, message: string) {
    super(message);
    this.name = 'CliFailure';
    this.exitCode = exitCode;
  }
}

/** A usage error (exit code 2). @internal */
export const usage = (message: string): CliFailure => new CliFailure(2, message);

/** A bad-input error (exit code 1). @internal */
export const badInput = (message: string): CliFailure => new CliFailure(1, message);
