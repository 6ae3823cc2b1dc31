/**
 * One-off data steps that `npm run db:migrate` runs after the migrations:
 * work a migration's SQL cannot do, such as counting what is already stored
 * into tables a migration adds. Each step works through its items in a
 * stable order and records the last one done in MaintenanceStep, so a step
 * stopped half-way (a crash, a restart) resumes after it; a finished step
 * never runs again. Items must be safe to redo: the one in progress at a
 * crash is.
 */
import type { Database } from "./client";

export type MaintenanceStepDefinition = {
  /** Recorded in MaintenanceStep: never rename a step that has shipped. */
  name: string;
  /** What it does, for the log. */
  description: string;
  /** The ids to work through, in ascending order, after `cursor` (all when null). */
  itemsAfter: (database: Database, cursor: string | null) => Promise<string[]>;
  doItem: (database: Database, id: string) => Promise<void>;
  /** Runs once after the last item. */
  finish?: (database: Database) => Promise<void>;
};

/** Runs every step not yet finished, resuming each where it stopped; returns the names of the steps run. */
export async function runMaintenanceSteps(
  database: Database,
  steps: readonly MaintenanceStepDefinition[],
  log: (message: string) => void = () => {},
): Promise<string[]> {
  const ran: string[] = [];
  for (const step of steps) {
    const record = await database.maintenanceStep.upsert({ where: { name: step.name }, update: {}, create: { name: step.name } });
    if (record.finishedAt) continue;
    const items = await step.itemsAfter(database, record.cursor);
    log(`${step.description}: ${items.length} to do${record.cursor ? " (resuming)" : ""}`);
    for (const id of items) {
      await step.doItem(database, id);
      await database.maintenanceStep.update({ where: { name: step.name }, data: { cursor: id } });
    }
    await step.finish?.(database);
    await database.maintenanceStep.update({ where: { name: step.name }, data: { finishedAt: new Date() } });
    ran.push(step.name);
  }
  return ran;
}
