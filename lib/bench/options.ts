export type BenchOptions = {
  sizes: number[];
  /** Measured seconds per endpoint and size. */
  seconds: number;
  /** Unmeasured load per endpoint first, so caches and the JIT are warm. */
  warmupSeconds: number;
  connections: number;
  /** The app's port; the static server uses the next one. */
  port: number;
  seed: number;
  /** Reuse an existing .next build instead of running `next build`. */
  skipBuild: boolean;
};

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: [100, 10_000, 100_000],
  seconds: 15,
  warmupSeconds: 3,
  connections: 10,
  port: 3400,
  seed: 20170525,
  skipBuild: false,
};

/** `--quick`: the same steps with second-long loads, to check that everything runs. */
const QUICK = { seconds: 3, warmupSeconds: 2 };

export class BenchOptionsError extends Error {
  override name = "BenchOptionsError";
}

function positiveInteger(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new BenchOptionsError(`${flag} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}

/** Reads `npm run bench -- [--quick] [--seconds=N] [--warmup=N] [--connections=N] [--sizes=a,b] [--port=N] [--seed=N] [--skip-build]`. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS, ...(args.includes("--quick") ? QUICK : {}) };
  for (const arg of args) {
    const [flag, value = ""] = arg.split("=", 2) as [string, string?];
    switch (flag) {
      case "--quick":
        break;
      case "--skip-build":
        options.skipBuild = true;
        break;
      case "--seconds":
        options.seconds = positiveInteger(flag, value);
        break;
      case "--warmup":
        options.warmupSeconds = positiveInteger(flag, value);
        break;
      case "--connections":
        options.connections = positiveInteger(flag, value);
        break;
      case "--port":
        options.port = positiveInteger(flag, value);
        break;
      case "--seed":
        options.seed = positiveInteger(flag, value);
        break;
      case "--sizes":
        options.sizes = value.split(",").map((size) => positiveInteger(flag, size.trim())).sort((a, b) => a - b);
        break;
      default:
        throw new BenchOptionsError(`Unknown option "${arg}" (known: --quick, --seconds=N, --warmup=N, --connections=N, --sizes=a,b,c, --port=N, --seed=N, --skip-build)`);
    }
  }
  return options;
}
