/**
 * The console signed in as the admin on the realistic directory, with the worker and a mailbox
 * (its export and outbox need both): the setting of the screenshot tour and the dark-mode checks.
 */
import { startMailbox } from "./mailbox.js";
import { seedRealisticDirectory, type RealisticDirectory } from "./realistic-directory.js";
import { startConsole, type ConsoleSession } from "./start-console.js";

export interface RealisticConsole {
  ui: ConsoleSession;
  seeded: RealisticDirectory;
  close: () => Promise<void>;
}

export async function startRealisticConsole(): Promise<RealisticConsole> {
  const mailbox = await startMailbox();
  let seeded: RealisticDirectory | undefined;
  try {
    const ui = await startConsole({
      environment: { worker: true, smtpUrl: mailbox.server.url, env: { ROSTER_MAIL_CAPTURE_DIR: mailbox.directory } },
      seed: async (environment) => {
        seeded = await seedRealisticDirectory(environment);
      },
    });
    if (!seeded) throw new Error("The realistic directory was not seeded.");
    return {
      ui,
      seeded,
      close: async () => {
        await ui.close();
        await mailbox.close();
      },
    };
  } catch (error) {
    await mailbox.close();
    throw error;
  }
}
