import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseUrl, isLocalDatabase, providerOf, sqliteFilePath, sqliteSynchronous } from "../../lib/db/config";

describe("database configuration", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(databaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_DATABASE_URL);
    expect(providerOf(DEFAULT_DATABASE_URL)).toBe("sqlite");
    expect(sqliteFilePath(DEFAULT_DATABASE_URL)).toBe(path.resolve("data/closeread.db"));
  });

  it("selects PostgreSQL from DATABASE_URL", () => {
    expect(providerOf(databaseUrl({ DATABASE_URL: "postgresql://u@db.example.org/x" }))).toBe("postgresql");
    expect(providerOf("postgres://localhost/x")).toBe("postgresql");
  });

  it("rejects other URLs with a message naming the scheme only", () => {
    expect(() => providerOf("mysql://root:secret@host/db")).toThrow(/mysql:…/);
    expect(() => providerOf("mysql://root:secret@host/db")).not.toThrow(/secret/);
  });

  it("treats only this machine's servers as local", () => {
    expect(isLocalDatabase("file:./x.db")).toBe(true);
    expect(isLocalDatabase("postgresql://postgres@127.0.0.1:5432/test")).toBe(true);
    expect(isLocalDatabase("postgresql://postgres@localhost/test")).toBe(true);
    expect(isLocalDatabase("postgresql://app@db.school.example/prod")).toBe(false);
  });

  it("commits to SQLite at FULL durability unless SQLITE_SYNCHRONOUS asks for NORMAL", () => {
    expect(sqliteSynchronous({})).toBe("FULL");
    expect(sqliteSynchronous({ SQLITE_SYNCHRONOUS: " normal " })).toBe("NORMAL");
    expect(sqliteSynchronous({ SQLITE_SYNCHRONOUS: "Full" })).toBe("FULL");
    expect(() => sqliteSynchronous({ SQLITE_SYNCHRONOUS: "off" })).toThrow(/full or normal/);
  });
});
