import { describe, expect, it } from "vitest";
import { requestOrigin } from "./origin";

describe("requestOrigin", () => {
  it("is the host the browser addressed, not the host Next.js puts in request.url", () => {
    const request = new Request("http://localhost:3303/api/auth/sign-in/email", { headers: { host: "127.0.0.1:3303", "x-forwarded-proto": "http" } });
    expect(requestOrigin(request)).toBe("http://127.0.0.1:3303");
  });

  it("follows a TLS-terminating proxy", () => {
    const request = new Request("http://localhost:3000/x", { headers: { host: "localhost:3000", "x-forwarded-host": "tracker.example.org", "x-forwarded-proto": "https" } });
    expect(requestOrigin(request)).toBe("https://tracker.example.org");
  });
});
