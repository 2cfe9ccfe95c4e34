/**
 * A minimal tRPC-over-HTTP client for the benchmark: plain JSON (the API has no transformer),
 * one keep-alive connection per concurrent caller, queries as GET `?input=`, mutations as POST.
 * It keeps the session cookie it is given, so that it can act as a browser for sign-in.
 */
import http from "node:http";

export class TrpcCallError extends Error {
  override name = "TrpcCallError";
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
  ) {
    super(`${path}: ${code} ${message}`);
  }
}

interface TrpcEnvelope {
  result?: { data: unknown };
  error?: { message: string; data?: { code?: string } };
}

export interface TrpcClientOptions {
  baseUrl: string;
  bearer?: string;
  /** Sends `Origin` (cookie-authenticated mutations need it) and keeps cookies. */
  browser?: boolean;
}

export class TrpcClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly cookies = new Map<string, string>();
  private readonly url: URL;

  constructor(private readonly options: TrpcClientOptions) {
    this.url = new URL(options.baseUrl);
  }

  query<T>(path: string, input?: unknown): Promise<T> {
    const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return this.send<T>("GET", path, `/trpc/${path}${search}`, undefined);
  }

  mutate<T>(path: string, input?: unknown): Promise<T> {
    return this.send<T>("POST", path, `/trpc/${path}`, JSON.stringify(input ?? null));
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  close(): void {
    this.agent.destroy();
  }

  private send<T>(method: "GET" | "POST", procedure: string, target: string, body: string | undefined): Promise<T> {
    const headers: http.OutgoingHttpHeaders = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.options.bearer) headers.authorization = `Bearer ${this.options.bearer}`;
    if (this.options.browser) headers.origin = this.url.origin;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
    return new Promise<T>((resolve, reject) => {
      const request = http.request({ host: this.url.hostname, port: this.url.port, method, path: target, headers, agent: this.agent }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          this.keepCookies(response.headers["set-cookie"]);
          try {
            const envelope = JSON.parse(Buffer.concat(chunks).toString("utf8")) as TrpcEnvelope;
            if (envelope.error) reject(new TrpcCallError(procedure, envelope.error.data?.code ?? String(response.statusCode), envelope.error.message));
            else resolve(envelope.result?.data as T);
          } catch {
            reject(new TrpcCallError(procedure, String(response.statusCode), "the response was not JSON"));
          }
        });
      });
      request.on("error", reject);
      request.end(body);
    });
  }

  private keepCookies(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair] = line.split(";");
      const index = pair?.indexOf("=") ?? -1;
      if (!pair || index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = decodeURIComponent(pair.slice(index + 1).trim());
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
