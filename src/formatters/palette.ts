// Colours for formatters. chalk is loaded only when colour is on, so piped
// and CI runs never pay for it.
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const plain: Palette = {
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
  underline: (s) => s,
};

let colours: Palette | undefined;

/** Installs chalk as the colour palette (called by the CLI when colour is on). */
export async function loadColours(): Promise<void> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  colours = {
    red: (s) => chalk.red(s),
    yellow: (s) => chalk.yellow(s),
    green: (s) => chalk.green(s),
    dim: (s) => chalk.dim(s),
    bold: (s) => chalk.bold(s),
    underline: (s) => chalk.underline(s),
  };
}

export function paint(color: boolean): Palette {
  return color && colours ? colours : plain;
}
