import { reopenDatabase } from '../../storage/db';
import { loadSettings, onSettingsChanged, updateSettings } from '../../storage/settings';
import { warnOnce } from '../../utils/log';

/** The disk is full: capture pauses (the popup and the options page show why) until "Resume". */
export async function markStorageFull(): Promise<void> {
  warnOnce('storage-full', 'The disk is full: capture is paused until space is freed.');
  await updateSettings({ storageFullAt: new Date().toISOString() });
}

/**
 * "Resume" after a full disk starts from a fresh database connection: Firefox leaves the old one
 * failing every transaction (InvalidStateError) until it is reopened, which without this took a
 * browser restart. Returns the function that stops watching.
 */
export function reopenOnResume(db: Parameters<typeof reopenDatabase>[0]): () => void {
  let wasFull: boolean | null = null;
  void loadSettings().then((settings) => {
    wasFull ??= settings.storageFullAt !== null;
  });
  return onSettingsChanged((settings) => {
    const full = settings.storageFullAt !== null;
    if (wasFull && !full) {
      reopenDatabase(db).catch((error: unknown) =>
        warnOnce('resume-reopen', 'Could not reopen the database after a full disk.', error),
      );
    }
    wasFull = full;
  });
}
