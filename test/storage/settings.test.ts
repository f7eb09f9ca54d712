import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  sanitizeSettings,
  shopCurrencyOf,
  withShopCurrency,
} from '../../storage/settings';

afterEach(() => fakeBrowser.reset());

// The per-shop currency (settings.shopCurrencies: origin → ISO 4217 code). Whatever is stored,
// reading the settings never throws and keeps every valid entry.
describe('settings: shop currencies', () => {
  it('is empty by default: no shop has a currency (no bare "$" is read)', () => {
    expect(DEFAULT_SETTINGS.shopCurrencies).toEqual({});
    expect(shopCurrencyOf(sanitizeSettings(undefined), 'https://www.fye.com')).toBeNull();
  });

  it.each([
    ['an array', ['USD']],
    ['a string', 'USD'],
    ['null', null],
    ['a number', 7],
  ])('a stored map that is %s becomes {}, the other settings kept', (_name, value) => {
    const settings = sanitizeSettings({ shopCurrencies: value, enabledOrigins: ['https://www.fye.com'] });
    expect(settings.shopCurrencies).toEqual({});
    expect(settings.enabledOrigins).toEqual(['https://www.fye.com']);
  });

  it('drops bad entries one by one and keeps the good ones', () => {
    const settings = sanitizeSettings({
      shopCurrencies: {
        'https://www.fye.com': 'USD',
        'https://www.anyeluz.com': 'COP',
        'https://lower.example': 'usd',
        'https://long.example': 'USDT',
        'https://number.example': 840,
        'https://null.example': null,
        'not an origin': 'EUR',
        'https://path.example/p/1': 'EUR',
        'ftp://files.example': 'EUR',
      },
    });
    expect(settings.shopCurrencies).toEqual({
      'https://www.fye.com': 'USD',
      'https://www.anyeluz.com': 'COP',
    });
  });

  it('does not take "__proto__" or inherited names for shops', () => {
    const raw = JSON.parse('{"shopCurrencies":{"__proto__":{"x":"USD"},"https://a.example":"EUR"}}');
    const settings = sanitizeSettings(raw);
    expect(settings.shopCurrencies).toEqual({ 'https://a.example': 'EUR' });
    expect(shopCurrencyOf(settings, 'toString')).toBeNull();
    expect(shopCurrencyOf(settings, 'https://a.example')).toBe('EUR');
  });

  it('loads from a storage holding garbage without throwing', async () => {
    await fakeBrowser.storage.local.set({
      settings: { shopCurrencies: { 'https://x.example': { code: 'USD' } } },
    });
    expect((await loadSettings()).shopCurrencies).toEqual({});
  });

  it('withShopCurrency sets, replaces and clears one shop, leaving the others', () => {
    const one = withShopCurrency({}, 'https://a.example', 'USD');
    expect(one).toEqual({ 'https://a.example': 'USD' });
    const two = withShopCurrency(one, 'https://b.example', 'COP');
    expect(withShopCurrency(two, 'https://a.example', 'EUR')).toEqual({
      'https://a.example': 'EUR',
      'https://b.example': 'COP',
    });
    expect(withShopCurrency(two, 'https://a.example', null)).toEqual({ 'https://b.example': 'COP' });
    // Not a code: the shop's entry is cleared rather than a bad one stored.
    expect(withShopCurrency(two, 'https://a.example', 'dollars')).toEqual({ 'https://b.example': 'COP' });
  });
});
