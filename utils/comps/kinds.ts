/**
 * What kind of thing a matching listing is, relative to what the query asks for:
 *  - item: the thing itself;
 *  - accessory: a part, accessory or consumable (its type: "case", "dock", "ear-pads"…);
 *  - media: a game, disc or book for a platform;
 *  - bundle: several items sold together (a lot, a console with games);
 *  - packaging: the box, manual or case alone;
 *  - made-for: something else that names the item only as what it fits ("… for Switch",
 *    "<game> - Nintendo Switch"), or, for a query naming a bare platform, a title that says much
 *    else and never "the device itself";
 *  - other-model: another model of the line (XM5 for XM4, iPhone 15 Pro for iPhone 15, Switch 2
 *    for Switch), or another product of the brand (a crewneck for a hoodie);
 *  - merch: merchandise of the franchise (a poster, a figure, a mug) when the query is not;
 *  - imitation: a fake, replica or copy;
 *  - service: a repair or another service offered, not an item ("Reparación de pantalla iPhone 14").
 * The query gets a kind by the same reading ("ear pads" → accessory ear-pads, "dock" → dock),
 * and the reference describes the listings of the query's own kind (reference.ts).
 * Pure: reads the facts analysis.ts stored with each listing.
 */
import type { TitleFacts } from './analysis';
import { withImplied } from './lexicon';
import { isSpecificCode, type MatchResult, type Query } from './match';

export type KindId =
  | 'item'
  | 'accessory'
  | 'media'
  | 'merch'
  | 'bundle'
  | 'packaging'
  | 'made-for'
  | 'other-model'
  | 'imitation'
  | 'service';

export interface Kind {
  id: KindId;
  /** Accessory type ("dock"), media type ("game"), packaging ("box"). */
  type?: string;
}

/**
 * How many other words (analysis.ts `content`) a title naming a platform may have and still be
 * the device itself ("Nintendo Switch Neon Red" yes; "Mario Kart 8 Deluxe Nintendo Switch" no).
 */
export const BARE_CONTENT = 2;

/**
 * Words before the platform that make a title something for it: one may be a console's own
 * ("Japanese Nintendo Switch"), two are a name ("Halo Infinite").
 */
const LEAD_WORDS = 2;

/** Accessory types that say little on their own: a more specific type named beside them wins. */
const GENERIC_ACCESSORIES = new Set(['replacement-part', 'adapter', 'cable']);

/**
 * The accessory a title is: the last specific one it names, as the head noun comes last in
 * English and Japanese compounds ("Joy-Con cover", "ジョイコンカバー" are covers).
 */
function primaryAccessory(types: readonly string[]): string | undefined {
  return types.findLast((type) => !GENERIC_ACCESSORIES.has(type)) ?? types[0];
}

/**
 * The kind a title has on its own, whatever the query: its packaging alone, an accessory (a set of
 * accessories is still accessories: "ジョイコンカバー 2個セット"), a lot of several items, media,
 * or an item.
 */
export function ownKind(facts: TitleFacts): Kind {
  if (facts.packaging) return { id: 'packaging', type: facts.packaging };
  const accessory = primaryAccessory(facts.accessories);
  if (accessory) return { id: 'accessory', type: accessory };
  if (facts.lot) return { id: 'bundle' };
  if (facts.merch.length > 0) return { id: 'merch', type: facts.merch[0] };
  if (facts.media.length > 0) return { id: 'media', type: facts.media[0] };
  return { id: 'item' };
}

/** What the query asks for, from its own words; media or merchandise named in a query is the item asked for. */
export function queryKind(facts: TitleFacts): Kind {
  const kind = ownKind(facts);
  return kind.id === 'media' || kind.id === 'merch' ? { id: 'item' } : kind;
}

const sorted = (values: readonly string[]) => [...values].sort().join(' ');

const PREMIUM_PRINTINGS = ['first-edition', 'shadowless'];

/** Media that sell something about a work, not the work: set apart unless asked for. */
const NOT_THE_WORK = ['download-code', 'guidebook'];

/** Another model: a code of the family, other variants, a newer platform, another product. */
function isOtherModel(query: Query, facts: TitleFacts, match: MatchResult): boolean {
  if (match.otherModel) return true;
  // An accessory listing several models ("iPhone 17/Air/Pro/Pro Max") fits each of them, the plain
  // model too, not a model it does not list (a "16 Pro Max" case is not a 16 Pro's); for the plain
  // model ("iPhone 16 case", "Switch dock") a variant named (an OLED dock) is another model.
  const asked = sorted(query.facts.variants);
  const variantsFit =
    facts.accessories.length > 0 && (query.facts.variants.length > 0 || facts.models)
      ? (facts.models ?? [facts.variants]).some((model) => sorted(model) === asked)
      : asked === sorted(facts.variants);
  if (!variantsFit) return true;
  // A first printing (a card's or a book's "1st Edition", a Base Set card's Shadowless print) sells
  // for many times the others: unless the query asks for it, it is another thing to price.
  if (
    PREMIUM_PRINTINGS.some(
      (printing) => facts.editions.includes(printing) && !query.facts.editions.includes(printing),
    )
  )
    return true;
  // "Switch 2" for "Switch", "Series S" for "Series X", PS4 for PS5: another platform of the family.
  const queryPlatforms = new Set(query.facts.platforms);
  const namesAll = query.facts.platforms.every((platform) => facts.platforms.includes(platform));
  for (const platform of facts.platforms) {
    if (queryPlatforms.has(platform) || facts.accessories.length > 0 || namesAll) continue;
    for (const asked of queryPlatforms) {
      const mine = withImplied([platform]);
      const theirs = withImplied([asked]);
      if (mine.has(asked) || theirs.has(platform)) {
        if (mine.has(asked)) return true;
        continue;
      }
      if ([...mine].some((id) => theirs.has(id))) return true;
    }
  }
  // A crewneck for a hoodie: the query names a product the candidate is not (implied kinds count),
  // unless the model code says it is the same thing (耳机 is earbuds and headphones alike).
  if (!match.sharedCode && query.facts.products.length > 0 && facts.products.length > 0) {
    const candidateProducts = withImplied(facts.products);
    if (!query.facts.products.some((product) => candidateProducts.has(product))) return true;
  }
  return false;
}

/**
 * The candidate names the query's subject only as what it fits: every subject token it holds is
 * in a "for X" / "X用" clause.
 */
function onlyFits(query: Query, tokens: readonly string[], facts: TitleFacts): boolean {
  const asked = new Set(
    query.kind.id === 'accessory' ? query.facts.accessories.map((type) => `c:${type}`) : [],
  );
  const subject = query.units.filter((unit) => !asked.has(unit));
  const held = subject.filter((unit) => tokens.includes(unit));
  if (held.length === 0) return false;
  const fits = new Set(facts.fits);
  // "オイスターブレス 116610LN用": the model's own code only as what a part is for.
  const codes = query.codes.filter((code) => isSpecificCode(code) && tokens.includes(code));
  if (codes.length > 0 && codes.every((code) => fits.has(code))) return true;
  return held.every((unit) => fits.has(unit));
}

/** The kind of a matching listing (its tokens and facts) relative to the query. */
export function kindOf(query: Query, tokens: readonly string[], facts: TitleFacts, match: MatchResult): Kind {
  if (facts.imitation && !query.facts.imitation) return { id: 'imitation' };
  if (facts.service && !query.facts.service) return { id: 'service' };
  // A query for the body alone ("α7III ボディ") does not count the camera with its kit lens.
  if (query.facts.mainUnit && facts.lensKit && !query.facts.lensKit) return { id: 'bundle' };
  const own = ownKind(facts);
  if (own.id === 'packaging') return own;
  // Another grade of the card ("psa 9", "raw") is a group of its own, with its own median.
  if (isOtherModel(query, facts, match))
    return match.grade ? { id: 'other-model', type: match.grade } : { id: 'other-model' };
  if (own.id === 'accessory') {
    // A DualSense is the controller a "PS5 controller" query asks for: types imply others.
    const asked = query.kind.id === 'accessory' ? query.kind.type : undefined;
    return asked && own.type && withImplied([own.type]).has(asked) ? { id: 'accessory', type: asked } : own;
  }
  if (own.id === 'bundle') return own;
  if (own.id === 'merch' && query.facts.merch.length === 0) return own;
  // Games, discs and books are "something for it" only when the query is a bare platform; for a
  // game's title a cartridge without its box ("Cartridge Only", ソフトのみ) is the game.
  if (own.id === 'media' && query.platformOnly) return own;
  // A download code (DLC, ダウンロード版) or a strategy guide is not the work itself: a game's
  // query does not count them unless it names them.
  const notTheWork = facts.media.find(
    (type) => NOT_THE_WORK.includes(type) && !query.facts.media.includes(type),
  );
  if (own.id === 'media' && notTheWork) return { id: 'media', type: notTheWork };
  // A CD is not the vinyl a query asks for: the format named decides.
  if (
    own.id === 'media' &&
    query.facts.media.length > 0 &&
    !facts.media.some((type) => query.facts.media.includes(type))
  )
    return own;
  if (onlyFits(query, tokens, facts)) return { id: 'made-for' };
  if (query.platformOnly && !facts.mainUnit && namesSomethingForIt(facts)) return { id: 'made-for' };
  return { id: 'item' };
}

/**
 * For a bare platform query, a title that is not the device itself: it says much else ("Mario Kart
 * 8 Deluxe Nintendo Switch"), or names something before the platform ("Halo Infinite Xbox Series
 * X": a console's colour or size comes after), or names two platforms of one family, neither the
 * other's ("Forza Horizon 5 (Xbox Series X / Xbox One)": what runs on both).
 */
function namesSomethingForIt(facts: TitleFacts): boolean {
  if (facts.content > BARE_CONTENT || (facts.lead ?? 0) >= LEAD_WORDS) return true;
  return facts.platforms.some((platform) =>
    facts.platforms.some((other) => other !== platform && generationsOfOneFamily(platform, other)),
  );
}

function generationsOfOneFamily(a: string, b: string): boolean {
  const ofA = withImplied([a]);
  const ofB = withImplied([b]);
  if (ofA.has(b) || ofB.has(a)) return false;
  return [...ofA].some((id) => id !== a && ofB.has(id));
}

/** A case sold alone is the case a query for a case asks for, be it a game's or a headphone's. */
function normalKind(kind: Kind): Kind {
  return kind.id === 'packaging' && kind.type === 'case' ? { id: 'accessory', type: 'case' } : kind;
}

export function sameKind(a: Kind, b: Kind): boolean {
  const x = normalKind(a);
  const y = normalKind(b);
  return x.id === y.id && (x.id === 'item' || x.id === 'bundle' || x.id === 'imitation' || x.type === y.type);
}
