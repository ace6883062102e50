/**
 * The tRPC API as a script would call it, signed in as one user: for setting a scene quickly, and
 * for checking that what the UI hides the server refuses too.
 */
import { E2E_URL } from "./server";

export interface ApiResult {
  status: number;
  data: unknown;
  message?: string;
}

export class Api {
  private constructor(readonly cookie: string) {}

  static async signIn(username: string, password: string): Promise<Api> {
    const res = await fetch(`${E2E_URL}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: E2E_URL },
      body: JSON.stringify({ json: { username, password } }),
    });
    if (res.status !== 200) throw new Error(`signing in as ${username}: ${res.status} ${await res.text()}`);
    return new Api((res.headers.get("set-cookie") ?? "").split(";")[0] ?? "");
  }

  query(path: string, input: unknown): Promise<ApiResult> {
    return this.send(fetch(`${E2E_URL}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { headers: { cookie: this.cookie } }));
  }

  mutate(path: string, input: unknown): Promise<ApiResult> {
    const headers = { cookie: this.cookie, origin: E2E_URL, "content-type": "application/json", "x-wheelhouse-csrf": "1" };
    return this.send(fetch(`${E2E_URL}/api/trpc/${path}`, { method: "POST", headers, body: JSON.stringify({ json: input }) }));
  }

  /** The result's data, failing loudly when the call did not succeed. */
  async must<T>(call: Promise<ApiResult>): Promise<T> {
    const res = await call;
    if (res.status !== 200) throw new Error(`${res.status}: ${res.message}`);
    return res.data as T;
  }

  private async send(pending: Promise<Response>): Promise<ApiResult> {
    const res = await pending;
    const body = (await res.json()) as { result?: { data: { json: unknown } }; error?: { json: { message: string } } };
    return { status: res.status, data: body.result?.data.json, message: body.error?.json.message };
  }
}
