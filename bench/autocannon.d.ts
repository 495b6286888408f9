// autocannon ships no types; this declares the part of its programmatic API the benchmark uses.
declare module "autocannon" {
  type Client = { on(event: "response", listener: (status: number, bytes: number, milliseconds: number) => void): void };
  type Options = {
    url: string;
    method?: "GET" | "POST";
    body?: string;
    headers?: Record<string, string>;
    duration: number;
    connections: number;
    timeout?: number;
    setupClient?: (client: Client) => void;
  };
  type Result = { requests: { total: number }; errors: number; timeouts: number; non2xx: number; "2xx": number };
  export default function autocannon(options: Options): Promise<Result>;
}
