import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  backupChoiceSchema,
  backupListingSchema,
  checkEnvelope,
  ImportError,
  migrateListing,
} from '../../storage/backup';
import { MAX_TITLE_LENGTH } from '../../utils/messages';

const listing = {
  site: 'mercari-jp',
  itemId: 'm123',
  url: 'https://jp.mercari.com/item/m123',
  title: 'ニンテンドースイッチ 本体',
  price: { amount: 29800, currency: 'JPY' },
  shipping: null,
  status: 'sold',
  soldAt: '2026-11-03T00:00:00+09:00',
  firstSeenAt: '2026-11-01T10:00:00.000Z',
  lastSeenAt: '2026-11-03T10:00:00.000Z',
  history: [
    {
      observedAt: '2026-11-01T10:00:00.000Z',
      amount: 31000,
      currency: 'JPY',
      shipping: null,
      status: 'active',
    },
    { observedAt: '2026-11-03T10:00:00.000Z', amount: 29800, currency: 'JPY', status: 'sold' },
  ],
};

function codeOf(file: Record<string, unknown>, lists = { listings: true }): string {
  try {
    checkEnvelope(file, lists);
  } catch (error) {
    return error instanceof ImportError ? error.code : `not an ImportError: ${String(error)}`;
  }
  return 'accepted';
}

describe('checkEnvelope (the top-level members but the lists)', () => {
  const envelope = {
    format: 'comps-backup',
    schemaVersion: 2,
    exportedAt: '2026-11-26T09:30:00.000Z',
  };

  it('accepts the current version and the previous one', () => {
    expect(BACKUP_FORMAT).toBe('comps-backup');
    expect(BACKUP_SCHEMA_VERSION).toBe(2);
    expect(checkEnvelope(envelope, { listings: true })).toEqual({ ...envelope, scope: undefined });
    expect(
      checkEnvelope({ ...envelope, schemaVersion: 1, scope: { site: 'ebay' } }, { listings: true }),
    ).toEqual({
      ...envelope,
      schemaVersion: 1,
      scope: { site: 'ebay' },
    });
  });

  it('refuses what is not a Comps backup', () => {
    expect(codeOf({ name: 'package', version: '1.0.0' })).toBe('notOurs');
    expect(codeOf({ ...envelope, format: 'comps-backups' })).toBe('wrongFormat');
  });

  it('refuses a missing, wrong or future schema version', () => {
    expect(codeOf({ ...envelope, schemaVersion: undefined })).toBe('badVersion');
    expect(codeOf({ ...envelope, schemaVersion: 0 })).toBe('badVersion');
    expect(codeOf({ ...envelope, schemaVersion: 1.5 })).toBe('badVersion');
    expect(codeOf({ ...envelope, schemaVersion: '1' })).toBe('badVersion');
    expect(codeOf({ ...envelope, schemaVersion: 3 })).toBe('futureVersion');
  });

  it('refuses a file without its listings or export date', () => {
    expect(codeOf(envelope, { listings: false })).toBe('badRecord');
    expect(codeOf({ ...envelope, exportedAt: 'today' })).toBe('badRecord');
  });
});

describe('migrateListing', () => {
  it("drops version 1's seenOn, whatever it held, and leaves version 2 listings alone", () => {
    expect(migrateListing({ ...listing, seenOn: 'search' }, 1)).toEqual(listing);
    expect(backupListingSchema.parse(migrateListing({ ...listing, seenOn: 'popup' }, 1))).toEqual(listing);
    const current = { ...listing };
    expect(migrateListing(current, 2)).toBe(current);
  });
});

describe('backupListingSchema', () => {
  it('accepts a listing with its history and drops unknown fields', () => {
    const parsed = backupListingSchema.parse({ ...listing, tokens: ['x'], extra: 1 });
    expect(parsed).toEqual(listing);
  });

  it('keeps a hostile title as text', () => {
    const title = '<script>alert(1)</script>=1+1';
    expect(backupListingSchema.parse({ ...listing, title }).title).toBe(title);
  });

  it('names the field that is wrong', () => {
    const path = (value: unknown) => {
      const result = backupListingSchema.safeParse(value);
      return result.success ? 'accepted' : result.error.issues[0]?.path.join('.');
    };
    expect(path({ ...listing, price: { amount: -1, currency: 'JPY' } })).toBe('price.amount');
    expect(path({ ...listing, price: { amount: 1, currency: 'yen' } })).toBe('price.currency');
    expect(path({ ...listing, lastSeenAt: '2026-02-30T00:00:00Z' })).toBe('lastSeenAt');
    expect(path({ ...listing, firstSeenAt: '2026-11-01' })).toBe('firstSeenAt');
    expect(path({ ...listing, url: 'javascript:alert(1)' })).toBe('url');
    expect(path({ ...listing, title: 'x'.repeat(MAX_TITLE_LENGTH + 1) })).toBe('title');
    expect(path({ ...listing, site: 'eBay!' })).toBe('site');
    expect(path({ ...listing, history: [{ ...listing.history[0], amount: Number.NaN }] })).toBe(
      'history.0.amount',
    );
    expect(path({ ...listing, history: [{ ...listing.history[0], shipping: -2 }] })).toBe(
      'history.0.shipping',
    );
    expect(path({ ...listing, history: undefined })).toBe('history');
  });
});

describe('backupChoiceSchema', () => {
  it('accepts a choice and refuses an unknown one', () => {
    const choice = {
      query: 'switch',
      site: 'mercari-jp',
      itemId: 'm1',
      choice: 'exclude',
      at: '2026-11-06T01:00:00Z',
    };
    expect(backupChoiceSchema.parse(choice)).toEqual(choice);
    expect(backupChoiceSchema.safeParse({ ...choice, choice: 'maybe' }).success).toBe(false);
    expect(backupChoiceSchema.safeParse({ ...choice, query: '' }).success).toBe(false);
  });
});
