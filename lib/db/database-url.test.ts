import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded SQLite file under data/", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({
      provider: "sqlite",
      url: "file:/srv/app/data/tracker.db",
      filePath: "/srv/app/data/tracker.db",
    });
  });

  it("resolves a relative file: URL against the working directory", () => {
    expect(parseDatabaseUrl("file:./tmp/x.db", "/srv/app")).toMatchObject({ provider: "sqlite", filePath: "/srv/app/tmp/x.db" });
  });

  it("recognises PostgreSQL URLs", () => {
    const url = "postgresql://tracker:secret@127.0.0.1:5432/tracker";
    expect(parseDatabaseUrl(url)).toEqual({ provider: "postgresql", url });
    expect(parseDatabaseUrl("postgres://u@h/db").provider).toBe("postgresql");
  });

  it.each([
    ["mysql://root@localhost/db", /must be a SQLite file URL .* or a PostgreSQL URL/],
    ["", /set but empty/],
    ["file:", /has no path/],
    ["postgresql://", /not a valid PostgreSQL URL/],
  ])("rejects %j with one clear line", (raw, message) => {
    expect(() => parseDatabaseUrl(raw)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(raw)).toThrow(message);
  });

  it("never repeats a password in the error", () => {
    expect(() => parseDatabaseUrl("mysql://root:hunter2@localhost/db")).toThrow(/root:\*\*\*@/);
    expect(() => parseDatabaseUrl("mysql://root:hunter2@localhost/db")).not.toThrow(/hunter2/);
  });
});
