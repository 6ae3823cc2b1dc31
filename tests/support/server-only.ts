// Stand-in for the "server-only" package under Vitest: tests run as server code.
export {};
