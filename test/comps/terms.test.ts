/**
 * The term table (utils/comps/terms.ts): its integrity, and what it finds in real-looking titles
 * in English, Japanese, Traditional and Simplified Chinese and the European languages.
 *
 * The titles are written the way sellers write them (no spaces in Japanese, full-width and
 * half-width characters, Traditional and Simplified mixed, brands glued to numbers, model codes);
 * the expected concept ids are read from what each title means, not from the program's output.
 */
import { describe, expect, it } from 'vitest';
import { findTerms, foldText } from '../../utils/comps/lexicon';
import { TERMS, type Term, type TermRole } from '../../utils/comps/terms';

const ROLES: readonly TermRole[] = [
  'brand',
  'product',
  'feature',
  'platform',
  'accessory',
  'media',
  'merch',
  'main-unit',
  'colour',
  'edition',
  'variant',
  'line',
];
const LANGUAGES = ['en', 'ja', 'zh', 'eu'] as const;
/** Not printable ASCII: a Japanese or Chinese form (forms hold no control characters). */
const NON_ASCII = /[^ -~]/;
const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

/** Single characters kept as forms because their `not` phrases cover the words they are inside. */
const GUARDED_SINGLE_CHARACTERS = ['靴'];

const formsOf = (term: Term): string[] => LANGUAGES.flatMap((language) => [...(term[language] ?? [])]);
const idsIn = (title: string): string[] => findTerms(foldText(title)).map((hit) => hit.term.id);

/**
 * Terms without a Japanese or Chinese form, and why. Everything else with an identity role must
 * have forms in English, Japanese and Chinese.
 */
const NO_JA: Record<string, string> = {
  dji: 'written DJI in Japan; no katakana in use',
  jbl: 'written JBL in Japan',
  wii: 'ウィー is inside スウィーツ and ウィーク; Japanese sellers write Wii',
};
const NO_ZH: Record<string, string> = {
  oppo: 'Chinese sellers write OPPO in Latin letters; it has no Chinese name',
  jbl: 'written JBL everywhere',
  'air-max': 'written Air Max',
  technics: 'written Technics; 松下 is Panasonic, its parent',
  gopro: 'written GoPro everywhere',
  korg: 'written KORG everywhere',
  epiphone: 'written Epiphone; no settled Chinese name',
  funko: 'written Funko / Funko Pop',
  amiibo: 'written amiibo',
  supreme: 'written Supreme; no Chinese name in use',
  zara: 'written ZARA',
  'new-era': 'written New Era',
  champion: '冠军 is any champion: left out (see the term)',
  zippo: 'written Zippo; 之宝 is inside 镇店之宝',
  hoka: 'written HOKA',
  'dr-martens': '马丁靴 is the boot style in general, listed under boots',
  ugg: 'written UGG; 雪地靴 is the boot style, listed under boots',
  montbell: 'written mont-bell',
  brompton: 'written Brompton; 小布 is a nickname too short to be safe',
  nespresso: 'written Nespresso',
  irobot: 'written iRobot',
  roomba: '伦巴 is the rumba dance',
  bose: '博士 is "professor" in Japanese card names (see the term)',
  'bao-bao': 'written BAO BAO',
  'mega-drive': 'written MD / Mega Drive; "md" alone is also MiniDisc',
  'pc-engine': 'written PC Engine',
  dunk: 'written Dunk',
};
describe('term table integrity', () => {
  it('has a few hundred terms', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(300);
  });

  it('has unique, well-formed ids and valid roles', () => {
    const ids = TERMS.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const term of TERMS) {
      expect(term.id, term.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ROLES, term.id).toContain(term.role);
    }
  });

  it('implies only existing ids, never itself, without cycles', () => {
    const byId = new Map(TERMS.map((term) => [term.id, term]));
    for (const term of TERMS) {
      for (const implied of term.implies ?? []) {
        expect(byId.has(implied), `${term.id} implies ${implied}`).toBe(true);
        expect(implied, term.id).not.toBe(term.id);
      }
      // Walk the implications: a cycle would come back to the term.
      const seen = new Set<string>();
      const stack = [...(term.implies ?? [])];
      while (stack.length > 0) {
        const id = stack.pop() as string;
        expect(id, `${term.id} implies itself through a cycle`).not.toBe(term.id);
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(byId.get(id)?.implies ?? []));
      }
    }
  });

  it('gives every form and `not` phrase some text after folding, and no form twice in one language', () => {
    for (const term of TERMS) {
      for (const language of LANGUAGES) {
        const forms = term[language] ?? [];
        for (const form of forms) expect(foldText(form), `${term.id} ${language}`).not.toBe('');
        // As written: 蘋果 and 苹果 fold to one form but are both listed on purpose.
        const written = forms.map((form) => form.normalize('NFKC').toLowerCase());
        expect(new Set(written).size, `${term.id} ${language} repeats a form`).toBe(written.length);
      }
      for (const phrase of term.not ?? []) expect(foldText(phrase), term.id).not.toBe('');
    }
  });

  it('never shares a folded form between two terms', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of TERMS) {
      for (const form of new Set(formsOf(term).map(foldText))) {
        const other = owner.get(form);
        if (other && other !== term.id) clashes.push(`"${form}": ${other} and ${term.id}`);
        owner.set(form, term.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never lists as `not` a phrase that is a form of some term (the form would win, the `not` would do nothing)', () => {
    const forms = new Map<string, string>();
    for (const term of TERMS) for (const form of formsOf(term)) forms.set(foldText(form), term.id);
    const dead: string[] = [];
    for (const term of TERMS) {
      for (const phrase of term.not ?? []) {
        const form = forms.get(foldText(phrase));
        if (form) dead.push(`${term.id} not "${phrase}" is a form of ${form}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('has no single Han or kana character as a form (they match inside other words), but for guarded ones', () => {
    for (const term of TERMS) {
      for (const form of formsOf(term)) {
        const folded = foldText(form);
        if (!HAN_OR_KANA.test(folded) || [...folded].length > 1) continue;
        // Allowed only with `not` phrases for the words it is inside (靴下, 靴紐…).
        expect(GUARDED_SINGLE_CHARACTERS, `${term.id} "${form}"`).toContain(folded);
        expect(
          (term.not ?? []).filter((phrase) => foldText(phrase).includes(folded)).length,
          form,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('finds every form on its own as its own term, whole', () => {
    const wrong: string[] = [];
    for (const term of TERMS) {
      for (const form of formsOf(term)) {
        const folded = foldText(form);
        const hits = findTerms(folded);
        const whole =
          hits.length === 1 &&
          hits[0]?.term.id === term.id &&
          hits[0].start === 0 &&
          hits[0].end === folded.length;
        if (!whole)
          wrong.push(`${term.id} "${form}" → ${hits.map((hit) => hit.term.id).join(',') || 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has `not` phrases that contain a form of their term and hide it', () => {
    const wrong: string[] = [];
    for (const term of TERMS) {
      const forms = formsOf(term).map(foldText);
      for (const phrase of term.not ?? []) {
        const folded = foldText(phrase);
        const contains = forms.some((form) =>
          NON_ASCII.test(form) ? folded.includes(form) : containsWords(folded, form),
        );
        if (!contains) wrong.push(`${term.id} not "${phrase}" contains none of its forms`);
        if (findTerms(folded).some((hit) => hit.term.id === term.id))
          wrong.push(`${term.id} not "${phrase}" does not hide it`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names brands, products, features, platforms, accessories and media in English, Japanese and Chinese', () => {
    const identity = new Set<TermRole>([
      'brand',
      'product',
      'feature',
      'platform',
      'accessory',
      'media',
      'main-unit',
    ]);
    const missing: string[] = [];
    for (const term of TERMS) {
      if (!identity.has(term.role)) continue;
      if (!term.en?.length) missing.push(`${term.id}: en`);
      if (!term.ja?.length && !(term.id in NO_JA)) missing.push(`${term.id}: ja`);
      if (!term.zh?.length && !(term.id in NO_ZH)) missing.push(`${term.id}: zh`);
    }
    expect(missing).toEqual([]);
  });

  it('lists as exceptions only terms that exist and really lack the language', () => {
    const byId = new Map(TERMS.map((term) => [term.id, term]));
    for (const [id, reason] of Object.entries(NO_JA)) {
      expect(reason, id).not.toBe('');
      expect(byId.get(id)?.ja, id).toBeUndefined();
    }
    for (const [id, reason] of Object.entries(NO_ZH)) {
      expect(reason, id).not.toBe('');
      expect(byId.get(id)?.zh, id).toBeUndefined();
    }
  });

  it('covers every role with several terms, and colours and variants in Japanese too', () => {
    const count = (role: TermRole) => TERMS.filter((term) => term.role === role).length;
    expect(count('brand')).toBeGreaterThanOrEqual(100);
    expect(count('platform')).toBeGreaterThanOrEqual(30);
    expect(count('product')).toBeGreaterThanOrEqual(60);
    expect(count('accessory')).toBeGreaterThanOrEqual(20);
    expect(count('media')).toBeGreaterThanOrEqual(5);
    expect(count('colour')).toBeGreaterThanOrEqual(20);
    expect(count('variant')).toBeGreaterThanOrEqual(8);
    for (const term of TERMS.filter((t) => t.role === 'colour'))
      expect(term.ja?.length, term.id).toBeGreaterThan(0);
  });
});

/** Whether the words of `form` appear in sequence in `text` (the last one may be an English plural). */
function containsWords(text: string, form: string): boolean {
  const words = text.split(/[\s\-/]+/);
  const wanted = form.split(/[\s\-/]+/);
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (
      wanted.every((word, k) => {
        const written = words[i + k] as string;
        if (written === word) return true;
        return k === wanted.length - 1 && (written === `${word}s` || written === `${word}es`);
      })
    ) {
      return true;
    }
  }
  return false;
}

/**
 * A title and what it names. `find`: exactly these concepts (order and repeats aside);
 * `some`: at least these; `none`: never these.
 */
interface Case {
  t: string;
  find?: string[];
  some?: string[];
  none?: string[];
}

function check(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.t, () => {
      const ids = idsIn(c.t);
      if (c.find) expect([...new Set(ids)].sort()).toEqual([...new Set(c.find)].sort());
      for (const id of c.some ?? []) expect(ids).toContain(id);
      for (const id of c.none ?? []) expect(ids).not.toContain(id);
    });
  }
}

describe('English titles (eBay, Carousell)', () => {
  // biome-ignore format: one title per line
  check([
    { t: 'Sony WH-1000XM4 Wireless Noise Cancelling Headphones - Black', find: ['sony', 'wireless', 'noise-cancelling', 'headphones', 'black'] },
    { t: 'Replacement Ear Pads Cushions for Sony WH-1000XM4 Headphones', find: ['replacement-part', 'ear-pads', 'sony', 'headphones'] },
    { t: 'Nintendo Switch OLED Model Console White Joy-Con', find: ['nintendo-switch', 'oled', 'main-unit', 'white', 'joy-con'] },
    { t: 'Hard Carrying Case for Nintendo Switch Lite - Blue', find: ['case', 'nintendo-switch', 'lite', 'blue'] },
    { t: 'Super Mario Odyssey (Nintendo Switch, 2017)', find: ['mario', 'nintendo-switch'] },
    { t: 'The Legend of Zelda: Breath of the Wild - Nintendo Switch', find: ['zelda', 'nintendo-switch'] },
    { t: 'PS5 Console Disc Edition 825GB with DualSense Controller', find: ['playstation-5', 'main-unit', 'disc-edition', 'dualsense', 'controller'] },
    { t: 'Sony PlayStation 5 Digital Edition Slim 1TB', find: ['sony', 'playstation-5', 'digital-edition', 'slim'] },
    { t: 'Apple iPhone 15 Pro Max 256GB Natural Titanium Unlocked', find: ['apple', 'iphone', 'pro', 'max', 'natural-titanium', 'sim-free'] },
    { t: 'Apple AirPods Pro 2nd Generation with MagSafe Charging Case', find: ['apple', 'airpods', 'pro', 'charging-case'] },
    // "Aluminum Case" is the watch's body in Apple's names, not a case sold for it.
    { t: 'Apple Watch Series 9 GPS 45mm Midnight Aluminum Case Midnight Sport Band', find: ['apple-watch', 'midnight', 'strap'] },
    { t: 'Pokemon TCG Scarlet & Violet 151 Booster Box Sealed', find: ['pokemon', 'trading-card', 'booster'] },
    { t: 'Charizard ex 199/165 Special Illustration Rare Pokemon Card 151', find: ['charizard', 'pokemon', 'trading-card'] },
    { t: 'Chanel Classic Flap Bag Medium Black Caviar Gold Hardware', find: ['chanel', 'bag', 'medium', 'black', 'caviar-leather', 'gold', 'matelasse'] },
    { t: 'Louis Vuitton Neverfull MM Monogram Tote Bag', find: ['louis-vuitton', 'tote-bag', 'neverfull'] },
    { t: 'Nike Air Jordan 1 Retro High OG Chicago Size 10', find: ['nike', 'air-jordan', 'high'] },
    { t: 'Jordan 1 Retro High OG Chicago 2015', find: ['air-jordan', 'high'] },
    { t: 'Nike Air Max 90 Sneakers White Mens', find: ['nike', 'air-max', 'sneakers', 'white'] },
    { t: 'Nike Dunk Low Panda Black White', find: ['nike', 'dunk', 'black', 'white', 'low'] },
    { t: "Vintage Levi's 501 Jeans 32x30 Made in USA", find: ['levis', 'jeans'] },
    { t: 'Champion Reverse Weave Hoodie Grey Large', find: ['champion', 'reverse-weave', 'hoodie', 'grey', 'large'] },
    { t: 'Canon EOS R6 Mirrorless Camera Body Only', find: ['canon', 'mirrorless-camera', 'main-unit'] },
    { t: 'Sony FE 24-70mm f/2.8 GM Lens', find: ['sony', 'lens'] },
    { t: 'Fujifilm X100V Digital Camera Silver', find: ['fujifilm', 'camera', 'silver'] },
    { t: 'Rolex Submariner Date 126610LN Automatic Watch', find: ['rolex', 'automatic', 'watch', 'submariner'] },
    { t: 'Pink Floyd - The Dark Side Of The Moon Vinyl LP Record', find: ['pink-floyd', 'vinyl'] },
    { t: 'Taylor Swift 1989 CD Album', find: ['cd'] },
    { t: 'LEGO Star Wars Millennium Falcon 75192', find: ['lego', 'star-wars'] },
    { t: 'Dyson V11 Cordless Vacuum Cleaner', find: ['dyson', 'wireless', 'vacuum'] },
    { t: 'Bose QuietComfort 45 Bluetooth Wireless Headphones', find: ['bose', 'bluetooth', 'wireless', 'headphones'] },
    { t: 'Samsung Galaxy S23 Ultra 256GB Phantom Black', find: ['galaxy', 'ultra', 'black'] },
    { t: 'Google Pixel 8 Pro 128GB Obsidian Unlocked', find: ['pixel', 'pro', 'sim-free'] },
    { t: 'Xbox Series X 1TB Console', find: ['xbox-series-x', 'main-unit'] },
    { t: 'Nintendo 3DS XL Red with Charger', find: ['nintendo-3ds', 'red', 'charger'] },
    { t: 'Game Boy Advance SP Cobalt Blue', find: ['game-boy-advance-sp', 'blue'] },
    { t: 'Nintendo Game & Watch Super Mario Bros', find: ['nintendo', 'game-and-watch', 'mario'] },
    { t: 'Screen Protector Tempered Glass for iPhone 14 (3 Pack)', find: ['screen-protector', 'iphone'] },
    { t: 'USB-C Charging Cable 6ft for Samsung Galaxy', find: ['charger', 'galaxy'] },
    { t: 'Joy-Con Charging Dock Station for Nintendo Switch', find: ['joy-con', 'dock', 'nintendo-switch'] },
    { t: 'Apple Pencil 2nd Generation', find: ['apple-pencil'] },
    { t: 'Magic Keyboard for iPad Pro 11', find: ['keyboard', 'ipad', 'pro'] },
    { t: 'Mario Kart 8 Deluxe Nintendo Switch Game', find: ['mario', 'nintendo-switch', 'game'] },
    { t: 'Super Mario Galaxy Nintendo Wii', find: ['mario', 'wii'] },
    { t: 'Switch Lite Coral Console Only', find: ['nintendo-switch', 'lite', 'main-unit'] },
    { t: 'Oculus Quest 2 128GB VR Headset', find: ['meta-quest', 'vr-headset'] },
    { t: 'Hello Kitty Plush Toy Sanrio 12 inch', find: ['hello-kitty', 'plush', 'sanrio'] },
    { t: 'Funko Pop Vinyl Figure Naruto #727', find: ['funko', 'figure', 'naruto'] },
    { t: 'Hatsune Miku Nendoroid 33 Good Smile Company', find: ['hatsune-miku', 'nendoroid', 'good-smile'] },
    { t: 'Harry Potter Hardcover Book Set', find: ['harry-potter', 'book'] },
    { t: 'Sony Walkman NW-A306 Black', find: ['sony', 'walkman', 'black'] },
    { t: 'Marshall Stanmore II Bluetooth Speaker', find: ['marshall', 'bluetooth', 'speaker'] },
    { t: 'Yamaha P-45 Digital Piano 88 Keys', find: ['yamaha', 'piano'] },
    { t: 'Fender Player Stratocaster Electric Guitar', find: ['fender', 'electric-guitar'] },
    { t: 'Coach Tabby Shoulder Bag 26 Leather', find: ['coach', 'shoulder-bag', 'leather'] },
    { t: 'Gucci GG Marmont Matelasse Mini Bag Pink', find: ['gucci', 'mini', 'bag', 'pink', 'matelasse'] },
    { t: 'Prada Re-Edition 2005 Nylon Shoulder Bag', find: ['prada', 'shoulder-bag'] },
    { t: 'North Face Nuptse 1996 Down Jacket Black 700', find: ['the-north-face', 'down-jacket', 'black'] },
    { t: "Arc'teryx Beta AR Jacket Gore-Tex", find: ['arcteryx', 'jacket'] },
    { t: 'Tiffany & Co. Return to Tiffany Heart Tag Necklace Silver', find: ['tiffany', 'necklace', 'silver'] },
    { t: 'Starbucks Tumbler Japan Sakura 2024', find: ['starbucks', 'tumbler'] },
    { t: 'MacBook Air M2 13 inch Midnight 8GB 256GB', find: ['macbook', 'air', 'midnight'] },
    { t: 'iPad mini 6 Wi-Fi 64GB Purple', find: ['ipad', 'mini', 'purple'] },
    { t: 'iPhone 14 Pro Max 128GB Deep Purple', find: ['iphone', 'pro', 'max', 'purple'] },
    { t: 'GoPro HERO12 Black', find: ['gopro', 'black'] },
    { t: 'DJI Mini 3 Pro Drone with RC', find: ['dji', 'mini', 'pro', 'drone'] },
    { t: 'Garmin Forerunner 265 Smartwatch', find: ['garmin', 'smartwatch'] },
    { t: 'Anker PowerCore 10000 Portable Charger Power Bank', find: ['anker', 'power-bank'] },
    { t: 'Logitech MX Master 3S Wireless Mouse', find: ['logitech', 'wireless', 'mouse'] },
    { t: 'Razer BlackWidow V4 Mechanical Gaming Keyboard', find: ['razer', 'gaming', 'keyboard'] },
    { t: 'NVIDIA GeForce RTX 4090 Founders Edition Graphics Card', find: ['nvidia', 'graphics-card'] },
    { t: 'Mickey Mouse Disney Vintage Watch', find: ['mickey', 'disney', 'watch'] },
    { t: 'Star Wars Black Series Darth Vader Action Figure', find: ['star-wars', 'black', 'figure'] },
    { t: 'Gundam RG 1/144 Model Kit Bandai', find: ['gundam', 'model-kit', 'bandai'] },
    { t: 'Hot Wheels Diecast 1:64 Lot', find: ['hot-wheels', 'diecast'] },
    { t: 'Tamagotchi Original Gen 1 Bandai', find: ['tamagotchi', 'bandai'] },
    { t: 'Beats Studio Pro Wireless Headphones', find: ['beats', 'pro', 'wireless', 'headphones'] },
    { t: 'Audio-Technica AT-LP60X Turntable', find: ['audio-technica', 'turntable'] },
    { t: 'Shure SM58 Microphone', find: ['shure', 'microphone'] },
    { t: 'Sennheiser HD 650 Open Back Headphones', find: ['sennheiser', 'headphones'] },
    { t: 'Nintendo 64 Console with Controller', find: ['nintendo-64', 'main-unit', 'controller'] },
    { t: 'Sega Dreamcast Console Bundle', find: ['sega', 'dreamcast', 'main-unit'] },
    { t: 'Steam Deck OLED 512GB', find: ['steam-deck', 'oled'] },
    { t: 'PSP 3000 Piano Black', find: ['psp', 'black'] },
    { t: 'Polaroid Now Instant Camera', find: ['polaroid', 'instant-camera'] },
    { t: 'Instax Mini 12 Film Pack', find: ['instax', 'mini'] },
    { t: 'Leica M6 Film Camera Body Only', find: ['leica', 'film-camera', 'main-unit'] },
    { t: 'KitchenAid Stand Mixer Artisan 5qt Red', find: ['kitchenaid', 'blender', 'red'] },
    { t: 'Instant Pot Air Fryer Lid', find: ['air-fryer'] },
    { t: 'Cartier Love Bracelet 18K Yellow Gold', find: ['cartier', 'bracelet'] },
    { t: 'Wedding Band 14k White Gold Size 7', find: ['ring'] },
    { t: 'Rock Band 4 PS4 Game', find: ['playstation-4', 'game'] },
    { t: 'Kindle Paperwhite 11th Gen', find: ['kindle', 'paperwhite'] },
    { t: 'SanDisk 128GB microSD Card for Nintendo Switch', find: ['memory-card', 'nintendo-switch'] },
    { t: 'Guinness World Record 2024 Book', find: ['book'] },
  ]);
});

describe('English: words that mean something else in these titles', () => {
  // biome-ignore format: one title per line
  check([
    { t: 'Pencil Case Pokemon Pikachu', find: ['pokemon', 'pikachu'] },
    { t: 'Samsonite Suitcase Carry On Luggage 55cm', find: ['suitcase'] },
    { t: 'Long Sleeve T-Shirt Band Tee Nirvana', find: ['t-shirt'] },
    { t: 'Light Switch Cover Plate Brass', none: ['nintendo-switch'] },
    { t: 'Rubber Band Bracelet Kit', find: ['bracelet'] },
    { t: 'Coach Jacket Supreme Black Large', find: ['jacket', 'supreme', 'black', 'large'] },
    { t: 'Michael Jordan 1986 Fleer Rookie Card #57', find: ['trading-card'] },
    { t: 'Blue-Eyes White Dragon LOB-001 1st Edition Yu-Gi-Oh', find: ['yu-gi-oh', 'first-edition'] },
    { t: "Guns N' Roses Appetite for Destruction Vinyl", find: ['vinyl'] },
    { t: 'Case Closed Vol 1 Manga', find: ['book'] },
    { t: 'Stand By Me Doraemon Blu-ray', find: ['doraemon', 'dvd'] },
    { t: 'Ring Fit Adventure Nintendo Switch', find: ['nintendo-switch'] },
    { t: 'Contact Lens Case Travel Kit', find: [] },
    { t: 'Sleeping Bag Coleman -5C', find: ['coleman'] },
    { t: 'Dust Jacket only for Harry Potter first edition', find: ['harry-potter', 'first-edition'] },
    { t: 'Guardians of the Galaxy Vol 3 Blu-ray', find: ['dvd'] },
    { t: 'Kodak Portra 400 35mm Film 3 Rolls', find: [] },
    { t: 'Gift Card Amazon $50', find: [] },
    { t: 'Ethernet Switch 8 Port Gigabit', find: [] },
    { t: 'Microwave Safe Bowl Set', find: [] },
    { t: 'Skin Care Set Shiseido', find: ['shiseido'] },
    { t: 'Lamb Skin Leather Gloves', find: ['lambskin', 'leather'] },
    { t: 'Pokemon Ultra Ball Trainer Card', find: ['pokemon', 'trading-card'] },
    { t: 'Contact Lens Solution', find: [] },
    { t: 'Boxing Ring Rope', find: [] },
    { t: 'Vintage Game Worn Jersey Lakers', find: [] },
    { t: 'Jumper Cables 10ft Heavy Duty', find: [] },
    { t: 'Golf Tee Pack of 100', find: [] },
    { t: 'Celine Dion Falling Into You CD', find: ['cd'] },
  ]);
});

describe('Japanese titles (メルカリ, ヤフオク, Yahoo!フリマ)', () => {
  // biome-ignore format: one title per line
  check([
    { t: 'ソニー WH-1000XM4 ワイヤレスノイズキャンセリングヘッドホン ブラック', find: ['sony', 'wireless', 'noise-cancelling', 'headphones', 'black'] },
    { t: 'SONY ヘッドホン イヤーパッド 交換用 WH-1000XM3', find: ['sony', 'headphones', 'ear-pads', 'replacement-part'] },
    { t: 'ニンテンドースイッチ 有機ELモデル 本体 ホワイト', find: ['nintendo-switch', 'oled', 'main-unit', 'white'] },
    { t: 'Switch ドック 純正 ドックのみ', find: ['nintendo-switch', 'dock'] },
    { t: '任天堂 スイッチ ジョイコン ネオンブルー ネオンレッド', find: ['nintendo', 'nintendo-switch', 'joy-con', 'blue', 'red'] },
    { t: 'シャネル マトラッセ チェーンショルダーバッグ ラムスキン ブラック ゴールド金具', find: ['chanel', 'shoulder-bag', 'lambskin', 'black', 'gold', 'matelasse'] },
    { t: 'CHANEL22 ハンドバッグ', find: ['chanel', 'bag'] },
    { t: 'ルイヴィトン モノグラム ネヴァーフル MM トートバッグ', find: ['louis-vuitton', 'tote-bag', 'neverfull'] },
    { t: 'ルイ・ヴィトン ポシェット アクセソワール', find: ['louis-vuitton', 'shoulder-bag'] },
    { t: 'ポケモンカード ピカチュウ プロモ 未開封', find: ['pokemon', 'trading-card', 'pikachu'] },
    { t: '遊戯王 ブルーアイズホワイトドラゴン レリーフ', find: ['yu-gi-oh'] },
    { t: 'iPhone15 Pro 256GB ナチュラルチタニウム SIMフリー', find: ['iphone', 'pro', 'natural-titanium', 'sim-free'] },
    { t: 'iPhone13 ケース 手帳型 スマホケース', find: ['iphone', 'case', 'smartphone'] },
    { t: 'ゲームボーイアドバンス 本体 ジャンク', find: ['game-boy-advance', 'main-unit'] },
    { t: 'PS4 ソフト まとめ売り 5本', find: ['playstation-4', 'game'] },
    { t: 'ソフトバンク iPhone12 64GB ホワイト 判定○', find: ['iphone', 'white'] },
    { t: 'プレステ5 デジタルエディション 本体', find: ['playstation-5', 'digital-edition', 'main-unit'] },
    { t: 'ナイキ エアジョーダン1 レトロ ハイ シカゴ 27cm', find: ['nike', 'air-jordan', 'high'] },
    { t: 'ナイキ エアマックス90 スニーカー ホワイト', find: ['nike', 'air-max', 'sneakers', 'white'] },
    { t: 'ノースフェイス ヌプシ ダウンジャケット ブラック', find: ['the-north-face', 'down-jacket', 'black'] },
    { t: 'モンクレール ダウン メンズ 2', find: ['moncler', 'down-jacket'] },
    { t: 'アプリ ダウンロードコード 未使用', find: ['download-code'] },
    { t: 'Daft Punk Random Access Memories 10th Anniversary Edition 3LP', find: ['vinyl'] },
    { t: 'Daft Punk ‎– Random Access Memories 2xLP EU press', find: ['vinyl'] },
    { t: 'Pink Floyd The Wall 2CD remastered', find: ['cd', 'pink-floyd'] },
    { t: 'キヤノン EOS Kiss X10 ダブルズームキット 一眼レフ', find: ['canon', 'dslr'] },
    { t: 'ニコン Z5 ミラーレス一眼 ボディ', find: ['nikon', 'mirrorless-camera', 'main-unit'] },
    { t: 'フジフイルム X100V デジカメ シルバー', find: ['fujifilm', 'camera', 'silver'] },
    { t: '写ルンです フィルムカメラ', find: ['film-camera'] },
    { t: 'ロレックス サブマリーナ 自動巻き 腕時計 メンズ', find: ['rolex', 'automatic', 'watch', 'submariner'] },
    { t: 'セイコー 掛け時計 電波', find: ['seiko'] },
    { t: 'カシオ G-SHOCK DW-5600 デジタル 腕時計', find: ['casio', 'g-shock', 'watch'] },
    { t: 'スーツケース Mサイズ リモワ', find: ['suitcase', 'rimowa'] },
    { t: 'キーケース エルメス', find: ['key-case', 'hermes'] },
    { t: 'ペンケース 筆箱 無印良品', find: ['muji'] },
    { t: 'ミニ財布 グッチ GG', find: ['wallet', 'gucci'] },
    { t: 'ミニオン ぬいぐるみ USJ', find: ['plush'] },
    { t: 'ウルトラマン ソフビ 当時物', find: ['ultraman', 'figure'] },
    { t: 'プラスチック 収納ケース 3段', find: [] },
    { t: 'プロジェクター 小型 Wi-Fi', find: ['projector'] },
    { t: 'スイッチライト ターコイズ 本体のみ', find: ['nintendo-switch', 'lite', 'main-unit'] },
    { t: 'ペンライト 推し活 ライブ', find: [] },
    { t: 'ライトニングケーブル 1m 純正', find: ['cable'] },
    { t: 'モバイルバッテリー 10000mAh Anker', find: ['power-bank', 'anker'] },
    { t: 'iPhone 12 バッテリー最大容量 89%', find: ['iphone'] },
    { t: 'ルンバ i7 ロボット掃除機', find: ['roomba', 'robot-vacuum'] },
    { t: 'ダイソン V10 コードレス掃除機', find: ['dyson', 'wireless', 'vacuum'] },
    { t: 'バルミューダ トースター', find: ['balmuda', 'toaster'] },
    { t: '象印 炊飯器 5.5合', find: ['zojirushi', 'rice-cooker'] },
    { t: 'ヤマハ アコギ FG830', find: ['yamaha', 'acoustic-guitar'] },
    { t: 'フェンダー ストラトキャスター エレキギター', find: ['fender', 'electric-guitar'] },
    { t: 'BOSS エフェクター', find: ['effects-pedal'] },
    { t: 'ドラム式洗濯機 パナソニック', find: ['panasonic'] },
    { t: '鬼滅の刃 缶バッジ 炭治郎', find: ['demon-slayer', 'badge'] },
    { t: 'ちいかわ ぬいぐるみ マスコット', find: ['chiikawa', 'plush'] },
    { t: 'アクスタ 呪術廻戦 五条悟', find: ['acrylic-stand', 'jujutsu-kaisen'] },
    { t: 'キーホルダー サンリオ クロミ', find: ['keychain', 'sanrio', 'kuromi'] },
    { t: 'クリアファイル ハイキュー', find: ['clear-file'] },
    { t: 'マイクロSDカード 128GB', find: ['memory-card'] },
    { t: 'SDカード 64GB', find: ['memory-card'] },
    { t: 'ワンピース 花柄 ロング', find: [] },
    { t: 'ドラゴンボール フィギュア 一番くじ', find: ['dragon-ball', 'figure'] },
    { t: 'ガンダム プラモデル HG', find: ['gundam', 'model-kit'] },
    { t: 'ノートパソコン Lenovo ThinkPad X1', find: ['laptop', 'lenovo', 'thinkpad'] },
    { t: 'エアコン 6畳 ダイキン', find: ['air-conditioner'] },
    { t: 'スタバ タンブラー 限定', find: ['starbucks', 'tumbler'] },
    { t: 'Nintendo Switch ソフト マリオカート8 デラックス', find: ['nintendo-switch', 'game', 'mario'] },
    { t: 'あつまれどうぶつの森 Switch', find: ['animal-crossing', 'nintendo-switch'] },
    { t: 'ドラクエ11 PS4', find: ['dragon-quest', 'playstation-4'] },
    { t: 'モンハン ライズ スイッチ', find: ['monster-hunter', 'nintendo-switch'] },
    { t: 'バンドTシャツ ニルヴァーナ 古着', find: ['t-shirt'] },
    { t: 'Apple Watch バンド 45mm レザー', find: ['apple-watch', 'strap', 'leather'] },
    { t: '時計ベルト 20mm', find: ['strap'] },
    { t: 'ソニー ウォークマン NW-A306', find: ['sony', 'walkman'] },
    { t: 'レコード ビートルズ LP盤', find: ['vinyl'] },
    { t: 'ジャケット傷あり CD 邦楽', find: ['cd'] },
    { t: 'ピンクフロイド 狂気 レコード', find: ['pink-floyd', 'vinyl'] },
    { t: 'ヘッドホン ブルートゥース 有線', find: ['headphones', 'bluetooth'] },
    { t: 'ゲーミングチェア 黒', find: ['gaming', 'chair'] },
    { t: 'ＰＳ５ 本体 新品', find: ['playstation-5', 'main-unit'] },
    { t: 'ﾆﾝﾃﾝﾄﾞｰｽｲｯﾁ ｿﾌﾄ', find: ['nintendo-switch', 'game'] },
    { t: 'イヤホン AirPods Pro 第2世代 ケースのみ', find: ['earbuds', 'airpods', 'pro'] },
    { t: '純正 充電器 ACアダプター', find: ['charger'] },
    { t: 'スマホリング バンカーリング', find: ['grip'] },
    { t: 'ショルダーストラップ 単品', find: ['strap'] },
    { t: 'オフショルダー ニット トップス', find: ['sweater'] },
    { t: 'スプリングコート ベージュ', find: ['coat', 'beige'] },
    { t: 'PS VITA 本体 PCH-2000', find: ['ps-vita', 'main-unit'] },
    { t: 'DSソフト ポケモン', find: ['nintendo-ds', 'game', 'pokemon'] },
    { t: 'ファミコン カセット スーパーマリオブラザーズ', find: ['famicom', 'game', 'mario'] },
    { t: 'スーファミ 本体', find: ['super-famicom', 'main-unit'] },
    { t: 'リーバイス 501 ジーンズ ビンテージ', find: ['levis', 'jeans'] },
    { t: 'ティファニー オープンハート ネックレス シルバー925', find: ['tiffany', 'necklace', 'silver'] },
    { t: 'エルメス スカーフ カレ90', find: ['hermes', 'scarf'] },
    { t: 'プラダ リュック ナイロン', find: ['prada', 'backpack'] },
    { t: 'コーチ 長財布 レザー', find: ['coach', 'wallet', 'leather'] },
    { t: 'カメラバッグ 一眼レフ用', find: ['bag', 'dslr'] },
    { t: 'レンズフード キヤノン EF', find: ['lens-cap', 'canon'] },
    { t: '三脚 ベルボン', find: ['tripod'] },
    { t: 'ポケモントレーナー 帽子', find: ['pokemon', 'hat'] },
    { t: 'スウィーツ 詰め合わせ', find: [] },
    { t: 'ブレザー 紺 学生服', find: ['jacket'] },
    { t: 'パテントレザー パンプス', find: ['leather', 'heels'] },
    { t: 'モデルガン 東京マルイ', find: [] },
  ]);
});

describe('Chinese titles, Traditional (露天, 蝦皮, Carousell)', () => {
  // biome-ignore format: one title per line
  check([
    { t: '索尼 WH-1000XM4 無線降噪耳機 二手', find: ['sony', 'wireless', 'noise-cancelling', 'headphones'] },
    { t: '任天堂 Switch 主機 OLED 白色 台灣公司貨', find: ['nintendo', 'nintendo-switch', 'main-unit', 'oled', 'white'] },
    { t: '蘋果 iPhone 14 Pro 256G 深紫色', find: ['apple', 'iphone', 'pro', 'purple'] },
    { t: '香奈兒 CF 黑色 荔枝皮 鏈條包', find: ['chanel', 'black', 'shoulder-bag', 'matelasse'] },
    { t: 'Switch 保護殼 透明 水晶殼', find: ['nintendo-switch', 'case', 'transparent'] },
    { t: 'AirPods Pro 2 耳塞套 替換', find: ['airpods', 'pro', 'ear-tips', 'replacement-part'] },
    { t: 'PS5 遊戲片 艾爾登法環 中文版', find: ['playstation-5', 'game'] },
    { t: '寶可夢卡牌 皮卡丘 中文版', find: ['pokemon', 'trading-card', 'pikachu'] },
    { t: '遊戲王 卡片 青眼白龍', find: ['yu-gi-oh', 'trading-card'] },
    { t: '卡片機 Canon G7X', find: ['compact-camera', 'canon'] },
    { t: '富士 拍立得 instax mini 12', find: ['fujifilm', 'instant-camera', 'instax', 'mini'] },
    { t: 'BOSE 藍牙喇叭 SoundLink', find: ['bose', 'bluetooth', 'speaker'] },
    { t: '路易威登 LV 老花 後背包', find: ['louis-vuitton', 'backpack'] },
    { t: '愛迪達 運動鞋 42號', find: ['adidas', 'sneakers'] },
    { t: '北臉 羽絨外套 黑色', find: ['the-north-face', 'down-jacket', 'black'] },
    { t: '鋼彈 模型 HG 萬代', find: ['gundam', 'model-kit', 'bandai'] },
    { t: 'iPhone 13 手機殼 手機膜', find: ['iphone', 'case', 'screen-protector'] },
    { t: '蘋果手錶 錶帶 42mm', find: ['apple-watch', 'strap'] },
    { t: '行動電源 10000mAh 小米', find: ['power-bank', 'xiaomi'] },
    { t: '電池健康 87% iPhone 12', find: ['iphone'] },
    { t: '筆記型電腦 華碩 ROG 電競', find: ['laptop', 'asus', 'gaming'] },
    { t: '耳罩式耳機 鐵三角', find: ['headphones', 'audio-technica'] },
    { t: '抗藍光眼鏡', find: ['eyeglasses'] },
    { t: '黑膠唱片 披頭四', find: ['vinyl'] },
    { t: '遙控器 原廠', find: ['remote'] },
    { t: '吹風機 戴森 Supersonic', find: ['hair-dryer', 'dyson'] },
    { t: '掃地機器人 小米', find: ['robot-vacuum', 'xiaomi'] },
    { t: '配件齊全 任天堂 Switch Lite', find: ['nintendo', 'nintendo-switch', 'lite'] },
    { t: '單眼相機 Nikon D750 機身', find: ['dslr', 'nikon', 'main-unit'] },
    { t: '鏡頭蓋 58mm', find: ['lens-cap'] },
    { t: '漫畫 鬼滅之刃 全套', find: ['book', 'demon-slayer'] },
    { t: '三麗鷗 酷洛米 娃娃', find: ['sanrio', 'kuromi'] },
    { t: '史努比 馬克杯', find: ['snoopy', 'mug'] },
    { t: 'Dr. Martens 馬丁靴 1460 8孔', find: ['dr-martens', 'boots'] },
    { t: '勞力士 手錶 自動上鍊', find: ['rolex', 'watch', 'automatic'] },
    { t: 'Sony 新力 PS4 Pro 主機', find: ['sony', 'playstation-4', 'pro', 'main-unit'] },
    { t: '哆啦A夢 公仔', find: ['doraemon', 'figure'] },
    { t: '電視劇 DVD 全集', find: ['dvd'] },
  ]);
});

describe('Chinese titles, Simplified (闲鱼)', () => {
  // biome-ignore format: one title per line
  check([
    { t: '索尼 WH-1000XM5 头戴式降噪耳机 黑色 99新', find: ['sony', 'noise-cancelling', 'headphones', 'black'] },
    { t: '任天堂switch 卡带 塞尔达传说 王国之泪', find: ['nintendo', 'nintendo-switch', 'game', 'zelda'] },
    { t: '苹果 AirPods Pro2 无线耳机 单耳', some: ['apple', 'airpods', 'wireless', 'headphones'] },
    { t: '小米手机 13 Ultra 12+256 黑色', find: ['xiaomi', 'smartphone', 'ultra', 'black'] },
    { t: '华为 MatePad 平板电脑 保护套', find: ['huawei', 'tablet', 'case'] },
    { t: '乐高 星球大战 75192 千年隼', find: ['lego', 'star-wars'] },
    { t: '耐克 Air Force 1 空军一号 白色 42', find: ['nike', 'air-force-1', 'white'] },
    { t: '闲置 戴森吹风机 HD08', find: ['dyson', 'hair-dryer'] },
    { t: '苹果充电器 20W 快充头', find: ['apple', 'charger'] },
    { t: '显卡 RTX3060 12G', find: ['graphics-card'] },
    { t: '机械键盘 罗技 G913 无线', find: ['keyboard', 'logitech', 'wireless'] },
    { t: '蓝牙耳机 降噪 入耳式', find: ['bluetooth', 'headphones', 'noise-cancelling'] },
    { t: '香奈儿 CF 羊皮 金扣 中号', find: ['chanel', 'lambskin', 'medium', 'matelasse'] },
    { t: '手机支架 桌面 懒人', find: ['smartphone', 'stand'] },
    { t: 'ps5光驱版 国行 主机', find: ['playstation-5', 'disc-edition', 'main-unit'] },
    { t: '宝可梦卡牌 简中 补充包', find: ['pokemon', 'trading-card', 'booster'] },
    { t: '电池健康95% iPhone13', find: ['iphone'] },
    { t: '美少女战士 手办', find: ['sailor-moon', 'figure'] },
    { t: '初音未来 粘土人', find: ['hatsune-miku', 'nendoroid'] },
    { t: '电饭煲 象印', find: ['rice-cooker', 'zojirushi'] },
    { t: '空气炸锅 九阳', find: ['air-fryer'] },
    { t: '游戏王 卡牌', find: ['yu-gi-oh', 'trading-card'] },
    { t: '游戏机 掌机', find: ['console', 'main-unit'] },
    { t: '卡西欧 G-SHOCK 手表 运动', find: ['casio', 'g-shock', 'watch'] },
    { t: '三星 Galaxy S24 Ultra 钛灰', find: ['samsung', 'galaxy', 'ultra', 'titanium-gray'] },
    { t: '一加 12 手机', find: ['oneplus', 'smartphone'] },
    { t: '微单 索尼 A7M4 机身', find: ['mirrorless-camera', 'sony', 'main-unit'] },
    { t: '布丁狗 公仔', find: ['pompompurin', 'figure'] },
    { t: '抗蓝光 钢化膜 iPad', find: ['screen-protector', 'ipad'] },
    { t: '电视机 小米 65寸', find: ['television', 'xiaomi'] },
    { t: '配件 原装 全新', find: ['replacement-part'] },
    { t: '乔丹体育 跑鞋', find: ['sneakers'] },
  ]);
});

describe('European titles (Kleinanzeigen, Leboncoin, Wallapop, eBay.de/fr/it/es)', () => {
  // biome-ignore format: one title per line
  check([
    { t: 'Nintendo Switch Konsole Neon mit 2 Spielen', find: ['nintendo-switch', 'main-unit', 'game'] },
    { t: 'Sony WH-1000XM4 Kopfhörer kabellos schwarz', find: ['sony', 'headphones', 'wireless', 'black'] },
    { t: 'Coque iPhone 13 Pro silicone noir', find: ['case', 'iphone', 'pro', 'black'] },
    { t: 'Funda para Samsung Galaxy S21 azul', find: ['case', 'galaxy', 'blue'] },
    { t: 'Cuffie Bluetooth Sony nere', find: ['headphones', 'bluetooth', 'sony', 'black'] },
    { t: 'Sac à main Louis Vuitton Speedy 30', find: ['bag', 'louis-vuitton', 'speedy'] },
    { t: 'Zapatillas Nike Air Max 90 blancas talla 42', find: ['sneakers', 'nike', 'air-max', 'white'] },
    { t: 'Manette PS4 DualShock 4 sans fil', find: ['controller', 'playstation-4', 'wireless'] },
    { t: 'Ladegerät für MacBook Pro 61W', find: ['charger', 'macbook', 'pro'] },
    { t: 'Jeu Nintendo Switch Mario Kart 8 Deluxe', find: ['game', 'nintendo-switch', 'mario'] },
    { t: 'Objektiv Canon EF 50mm 1.8', find: ['lens', 'canon'] },
    { t: 'Appareil photo Fujifilm X-T3 boîtier nu', find: ['camera', 'fujifilm', 'main-unit'] },
    { t: 'Vinilo Pink Floyd The Wall', find: ['vinyl', 'pink-floyd'] },
    { t: 'Handy Samsung Galaxy A54 ohne Simlock', find: ['smartphone', 'galaxy', 'sim-free'] },
    { t: 'Cargador original Apple 20W USB-C', find: ['charger', 'apple'] },
    { t: 'Custodia iPad Air 5', find: ['case', 'ipad', 'air'] },
    { t: 'Juego de sábanas 150 algodón', find: [] },
    { t: 'Batterie électronique Roland TD-07', none: ['battery'] },
    { t: 'Armband Apple Watch 45mm Leder braun', find: ['apple-watch', 'leather', 'brown'] },
    { t: 'Montre Seiko automatique', find: ['watch', 'seiko', 'automatic'] },
    { t: 'Bolso Gucci Marmont negro', find: ['bag', 'gucci', 'black'] },
    { t: 'Rucksack The North Face Borealis', find: ['backpack', 'the-north-face'] },
    { t: 'Pull Ralph Lauren laine', find: ['ralph-lauren', 'wool'] },
    { t: 'Schuhe Adidas Samba Gr. 42', find: ['shoes', 'adidas'] },
    { t: 'Fahrrad Brompton M6L', find: ['bicycle', 'brompton'] },
    { t: 'Mando PS5 DualSense blanco', find: ['controller', 'playstation-5', 'dualsense', 'white'] },
    { t: 'Kindersitz Cybex Sirona', find: ['car-seat'] },
    { t: 'Poussette Yoyo Babyzen', find: ['stroller'] },
    { t: 'Jean Paul Gaultier parfum', find: [] },
    { t: 'Mando a distancia Samsung TV', find: ['remote', 'samsung', 'television'] },
  ]);
});

describe('a model read the same in every script', () => {
  // The same headphone, listed by a Japanese, a Taiwanese, a mainland and an English seller.
  const titles = [
    'Sony WH-1000XM4 Wireless Noise Cancelling Headphones',
    'ソニー WH-1000XM4 ワイヤレスノイズキャンセリングヘッドホン',
    '索尼 WH-1000XM4 無線降噪耳機',
    '索尼 WH-1000XM4 无线降噪耳机',
    'Sony WH-1000XM4 Kopfhörer kabellos Noise Cancelling',
  ];
  it('gives one set of concepts for all of them', () => {
    for (const title of titles) {
      expect([...new Set(idsIn(title))].sort(), title).toEqual([
        'headphones',
        'noise-cancelling',
        'sony',
        'wireless',
      ]);
    }
  });

  it('folds a Chanel bag in katakana, Traditional and Simplified to the same concepts', () => {
    for (const title of [
      'Chanel shoulder bag black',
      'シャネル ショルダーバッグ ブラック',
      '香奈兒 單肩包 黑色',
      '香奈儿 单肩包 黑色',
    ]) {
      expect([...new Set(idsIn(title))].sort(), title).toEqual(['black', 'chanel', 'shoulder-bag']);
    }
  });
});
