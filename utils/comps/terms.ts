/**
 * The term table: words that name the same thing across languages, so that a Japanese seller's
 * "ソニー … ヘッドホン", a Taiwanese seller's "索尼 … 耳機" and an English "Sony … Headphones" meet,
 * and so that the engine knows what kind of thing a word names (an accessory, a game, the console
 * itself, a colour, a model variant).
 *
 * Each term is one concept with the forms it takes in titles. Forms are matched on the text as
 * the engine sees it (utils/comps/text.ts `normalize`, then Traditional Chinese folded to
 * Simplified: see chinese.ts), so write them in any case and either Chinese script:
 *  - Latin forms match whole words; a form of several words matches them in sequence; an English
 *    plural (+s, +es) of the last word matches too ("case" finds "cases").
 *  - CJK forms match anywhere inside a run of Japanese or Chinese text (titles have no spaces).
 *  - `not` lists longer phrases that contain a form but name something else ("スーツケース" is a
 *    suitcase, not a case; "pencil case" is not a phone case): inside them the term is not found.
 *    A `not` phrase hides every term inside it, whichever term lists it.
 *  - A brand or platform glued to a number ("CHANEL22", "iPhone15") is found too.
 *
 * Roles: what the engine does with a term (utils/comps/kinds.ts, match.ts):
 *  - brand, product, feature: identity words, matched across languages as one unit each;
 *  - line: a product line or series ("reverse weave"): a query naming one wants comps that do;
 *  - platform: a product others make games and accessories for (a console, a phone line): a
 *    query naming only a platform wants the device itself, not what is made for it;
 *  - accessory: a part, accessory or consumable; the term id is the accessory type ("dock"),
 *    so "dock" in a query asks for docks;
 *  - media: games, software, discs, books: what is played or read on a platform;
 *  - merch: merchandise of a franchise (posters, figures, mugs, plush): not the thing itself,
 *    unless the query asks for merchandise;
 *  - main-unit: words that say "the device itself" (本体, console);
 *  - colour, edition: narrow the comps when enough of them match (reference.ts), never required
 *    to match ("Slim", "Digital Edition", a size: the same model in another edition);
 *  - variant: a model variant (Pro, Lite, OLED): a comp must have the same variants as the query.
 *
 * How to add a term (the rules test/comps/terms.test.ts enforces or that review keeps):
 *  - One concept per term, and a form names that concept alone: a compound that names two
 *    concepts ("蓝牙耳机" = Bluetooth + earphones) is not a form, or it would hide both words. A
 *    compound is a form only when it names one thing its parts would misread: a "camera bag" is a
 *    bag, not a camera; スマホホルダー is a stand (ホルダー alone is no form); "Joy-Con strap" is a strap.
 *  - A word that also means something else in titles gets `not` phrases for those meanings, or is
 *    no form at all. Single Han or kana characters are not forms (本 is inside 日本, 黒 inside
 *    黒ずみ "stains"), 靴 alone excepted, with its `not`s; katakana of two or three letters get
 *    `not` phrases (プロ → プロテイン).
 *  - A wrong accessory, media or main-unit hit changes what a listing is taken for (the item is
 *    set aside), so those roles get the strictest review; a wrong brand or colour hit costs less.
 *  - Chinese: write the Traditional and the Simplified form where sellers use either (they fold to
 *    one, but the table is read by people). Japanese: the katakana sellers write, with the long
 *    vowel, ヴ/ブ and ・ variants (・ becomes a space when normalised).
 *  - `implies` gives the wider concept ("shoulder-bag" → "bag", "ps5" → "sony"). kinds.ts reads it
 *    for products (a shoulder bag is a bag) and platforms (Switch 2 is another model of Switch).
 *
 * Deliberately NOT forms (ambiguous in titles; the comment on a term says more where it matters):
 *  - single characters: 白 黒 赤 青 (白書, 黒ずみ "stains", 赤字…), 本 (日本), 包, 鞋, 卡, 表, 鞄; only 靴 is
 *    kept, with `not`s for 靴下 and its kin;
 *  - Japanese: ワンピース (a dress, and the One Piece manga), リング (スプリング, ペアリング…), ホルダー
 *    (キーホルダー, クリアホルダー), コード (code as often as cord), フィルム (camera film), チェキ (an
 *    idol's instant photo), ハードディスク (a recorder's specification), クリーナー (any cleaner), トナー
 *    (skin toner), デジタル一眼 (mirrorless and DSLR alike), ウィー (スウィーツ), エヴァ (フォーエヴァー),
 *    博士 (Bose in Taiwan, "professor" in Pokémon card names), 手袋 (a handbag in Hong Kong, gloves in Japan);
 *  - Chinese: 冠军 (any champion), 魔声 (Monster, not Beats), 手环 (a fitness band in the mainland, a
 *    bangle in Taiwan), 硬盘 (a computer's specification), 卡包 (a card wallet or a booster pack), 伦巴 (rumba);
 *  - English: "mount" (lens mounts), "holder", "album", "amp" (also "&amp;"), "gpu", "hard drive"
 *    (specifications), "purse" (a wallet in Britain, a handbag in America), "pc" ("2 pcs"), "xl"
 *    (clothing sizes), "jersey", "support" (the verb), "phone case" and other compounds of two terms;
 *  - European: "bracelet" as a strap (jewellery in English), "armband" (a German bracelet or watch
 *    strap), "batterie"/"batería"/"batteria" (also a drum kit), "juego" (also "a set of"), "braun" as
 *    the Braun brand (German for brown), "collar", "kette", "bonnet", "mantel", "rock" (music).
 */

export type TermRole =
  | 'brand'
  | 'product'
  | 'feature'
  | 'line'
  | 'platform'
  | 'accessory'
  | 'media'
  | 'merch'
  | 'main-unit'
  | 'colour'
  | 'edition'
  | 'variant';

export interface Term {
  /** Concept id, lower-case ASCII with hyphens; for accessories the accessory type. */
  id: string;
  role: TermRole;
  en?: readonly string[];
  ja?: readonly string[];
  /** Chinese, Traditional or Simplified (both are folded to Simplified before matching). */
  zh?: readonly string[];
  /** German, French, Spanish, Italian, Dutch, Portuguese… (the European sites' languages). */
  eu?: readonly string[];
  /** Longer phrases that contain one of the forms but are not this term. */
  not?: readonly string[];
  /** Other concepts this one implies: a platform implies its maker ("PS5" → Sony). */
  implies?: readonly string[];
}

// biome-ignore format: a table reads best one term per line
export const TERMS: readonly Term[] = [
  // ── Brands: electronics, computers, phones ──────────────────────────────────────────────────
  { id: 'sony', role: 'brand', en: ['sony'], ja: ['ソニー'], zh: ['索尼', '新力'] },
  { id: 'nintendo', role: 'brand', en: ['nintendo'], ja: ['任天堂', 'ニンテンドー', 'ニンテンドウ'], zh: ['任天堂'] },
  { id: 'apple', role: 'brand', en: ['apple'], ja: ['アップル'], zh: ['苹果', '蘋果'] },
  { id: 'samsung', role: 'brand', en: ['samsung'], ja: ['サムスン', 'サムソン'], zh: ['三星'] },
  { id: 'microsoft', role: 'brand', en: ['microsoft'], ja: ['マイクロソフト'], zh: ['微软', '微軟'] },
  { id: 'google', role: 'brand', en: ['google'], ja: ['グーグル'], zh: ['谷歌'] },
  { id: 'xiaomi', role: 'brand', en: ['xiaomi'], ja: ['シャオミ'], zh: ['小米'] },
  { id: 'huawei', role: 'brand', en: ['huawei'], ja: ['ファーウェイ'], zh: ['华为', '華為'] },
  { id: 'oppo', role: 'brand', en: ['oppo'], ja: ['オッポ'] },
  { id: 'oneplus', role: 'brand', en: ['oneplus', 'one plus'], ja: ['ワンプラス'], zh: ['一加'] },
  { id: 'motorola', role: 'brand', en: ['motorola'], ja: ['モトローラ'], zh: ['摩托罗拉', '摩托羅拉'] },
  { id: 'nokia', role: 'brand', en: ['nokia'], ja: ['ノキア'], zh: ['诺基亚', '諾基亞'] },
  { id: 'lg', role: 'brand', en: ['lg', 'lg electronics'], ja: ['エルジー'], zh: ['乐金', '樂金'] },
  { id: 'asus', role: 'brand', en: ['asus'], ja: ['エイスース'], zh: ['华硕', '華碩'] },
  { id: 'acer', role: 'brand', en: ['acer'], ja: ['エイサー'], zh: ['宏碁'] },
  // 联想 is also the verb "to associate", rare in a title.
  { id: 'lenovo', role: 'brand', en: ['lenovo'], ja: ['レノボ'], zh: ['联想', '聯想'] },
  // デル is inside モデル ("model"), which is in half the Japanese electronics titles.
  { id: 'dell', role: 'brand', en: ['dell'], ja: ['デル'], zh: ['戴尔', '戴爾'], not: ['モデル', 'デルタ', 'アンデルセン'] },
  // "HP" is also a Pokémon card's hit points ("HP 120"): a brand hit there costs little.
  { id: 'hp', role: 'brand', en: ['hp', 'hewlett packard'], ja: ['ヒューレットパッカード'], zh: ['惠普'] },
  { id: 'fujitsu', role: 'brand', en: ['fujitsu'], ja: ['富士通'], zh: ['富士通'] },
  { id: 'toshiba', role: 'brand', en: ['toshiba'], ja: ['東芝'], zh: ['东芝', '東芝'] },
  { id: 'sharp', role: 'brand', en: ['sharp'], ja: ['シャープ'], zh: ['夏普'], not: ['シャープペンシル', 'シャープペン'] },
  // 松下 is also a Japanese surname, but in a title it is the maker (Matsushita).
  { id: 'panasonic', role: 'brand', en: ['panasonic'], ja: ['パナソニック'], zh: ['松下', '国际牌', '國際牌'] },
  { id: 'hitachi', role: 'brand', en: ['hitachi'], ja: ['日立'], zh: ['日立'] },
  { id: 'mitsubishi', role: 'brand', en: ['mitsubishi'], ja: ['三菱'], zh: ['三菱'] },
  { id: 'philips', role: 'brand', en: ['philips'], ja: ['フィリップス'], zh: ['飞利浦', '飛利浦'] },
  { id: 'nvidia', role: 'brand', en: ['nvidia'], ja: ['エヌビディア'], zh: ['英伟达', '輝達'] },
  { id: 'intel', role: 'brand', en: ['intel'], ja: ['インテル'], zh: ['英特尔', '英特爾'] },
  { id: 'logitech', role: 'brand', en: ['logitech', 'logicool'], ja: ['ロジクール'], zh: ['罗技', '羅技'] },
  { id: 'razer', role: 'brand', en: ['razer'], ja: ['レイザー'], zh: ['雷蛇'] },
  { id: 'anker', role: 'brand', en: ['anker'], ja: ['アンカー'], zh: ['安克'] },
  { id: 'dji', role: 'brand', en: ['dji'], zh: ['大疆'] },
  { id: 'gopro', role: 'brand', en: ['gopro'], ja: ['ゴープロ'] },
  { id: 'garmin', role: 'brand', en: ['garmin'], ja: ['ガーミン'], zh: ['佳明'] },

  // ── Brands: audio ─────────────────────────────────────────────────────────────────────────────
  // 博士 (Bose in Taiwan) is left out: in Japanese titles it is "professor" (オーキド博士 cards).
  { id: 'bose', role: 'brand', en: ['bose'], ja: ['ボーズ'] },
  // 魔音 is Beats in Taiwan and Hong Kong; 魔声 is Monster, another brand.
  { id: 'beats', role: 'brand', en: ['beats', 'beats by dre', 'beats by dr dre'], ja: ['ビーツ'], zh: ['魔音'] },
  { id: 'sennheiser', role: 'brand', en: ['sennheiser'], ja: ['ゼンハイザー'], zh: ['森海塞尔', '森海塞爾'] },
  { id: 'audio-technica', role: 'brand', en: ['audio technica', 'audio-technica', 'audiotechnica'], ja: ['オーディオテクニカ'], zh: ['铁三角', '鐵三角'] },
  { id: 'jbl', role: 'brand', en: ['jbl'] },
  { id: 'marshall', role: 'brand', en: ['marshall'], ja: ['マーシャル'], zh: ['马歇尔', '馬歇爾'] },
  { id: 'shure', role: 'brand', en: ['shure'], ja: ['シュア'], zh: ['舒尔', '舒爾'] },
  { id: 'denon', role: 'brand', en: ['denon'], ja: ['デノン'], zh: ['天龙', '天龍'] },
  { id: 'bang-olufsen', role: 'brand', en: ['bang olufsen', 'bang & olufsen', 'b&o'], ja: ['バング&オルフセン', 'バングアンドオルフセン'], zh: ['铂傲', '鉑傲'] },
  { id: 'edifier', role: 'brand', en: ['edifier'], ja: ['エディファイア'], zh: ['漫步者'] },
  { id: 'technics', role: 'brand', en: ['technics'], ja: ['テクニクス'] },

  // ── Brands: cameras and watches ───────────────────────────────────────────────────────────────
  { id: 'canon', role: 'brand', en: ['canon'], ja: ['キヤノン', 'キャノン'], zh: ['佳能'] },
  { id: 'nikon', role: 'brand', en: ['nikon'], ja: ['ニコン'], zh: ['尼康'] },
  // 富士 alone is Mount Fuji in Japanese titles; Chinese sellers write 富士 for the camera maker.
  { id: 'fujifilm', role: 'brand', en: ['fujifilm', 'fuji film', 'fuji'], ja: ['富士フイルム', '富士フィルム', 'フジフイルム', 'フジフィルム'], zh: ['富士'],
    not: ['mt fuji', 'mount fuji', '富士山', '富士急', '富士宮', '富士見'] },
  { id: 'olympus', role: 'brand', en: ['olympus'], ja: ['オリンパス'], zh: ['奥林巴斯', '奧林巴斯'] },
  { id: 'pentax', role: 'brand', en: ['pentax'], ja: ['ペンタックス'], zh: ['宾得', '賓得'] },
  { id: 'ricoh', role: 'brand', en: ['ricoh'], ja: ['リコー'], zh: ['理光'] },
  { id: 'leica', role: 'brand', en: ['leica'], ja: ['ライカ'], zh: ['徕卡', '徠卡'] },
  { id: 'sigma', role: 'brand', en: ['sigma'], ja: ['シグマ'], zh: ['适马', '適馬'] },
  { id: 'tamron', role: 'brand', en: ['tamron'], ja: ['タムロン'], zh: ['腾龙', '騰龍'] },
  { id: 'hasselblad', role: 'brand', en: ['hasselblad'], ja: ['ハッセルブラッド'], zh: ['哈苏', '哈蘇'] },
  { id: 'polaroid', role: 'brand', en: ['polaroid'], ja: ['ポラロイド'], zh: ['宝丽来', '寶麗來'] },
  { id: 'casio', role: 'brand', en: ['casio'], ja: ['カシオ'], zh: ['卡西欧', '卡西歐'] },
  { id: 'g-shock', role: 'brand', implies: ['casio'], en: ['g shock', 'gshock'], ja: ['ジーショック', 'gショック'], zh: ['g-shock'] },
  { id: 'seiko', role: 'brand', en: ['seiko'], ja: ['セイコー'], zh: ['精工'] },
  { id: 'grand-seiko', role: 'brand', implies: ['seiko'], en: ['grand seiko'], ja: ['グランドセイコー'], zh: ['冠蓝狮', '冠藍獅'] },
  { id: 'citizen', role: 'brand', en: ['citizen'], ja: ['シチズン'], zh: ['西铁城', '西鐵城'] },
  { id: 'rolex', role: 'brand', en: ['rolex'], ja: ['ロレックス'], zh: ['劳力士', '勞力士'] },
  { id: 'omega', role: 'brand', en: ['omega'], ja: ['オメガ'], zh: ['欧米茄', '歐米茄'], not: ['omega ruby', 'オメガルビー'] },
  { id: 'tag-heuer', role: 'brand', en: ['tag heuer'], ja: ['タグホイヤー', 'タグ・ホイヤー'], zh: ['泰格豪雅'] },
  { id: 'cartier', role: 'brand', en: ['cartier'], ja: ['カルティエ'], zh: ['卡地亚', '卡地亞'] },
  { id: 'tudor', role: 'brand', en: ['tudor'], ja: ['チューダー', 'チュードル'], zh: ['帝舵'] },
  { id: 'breitling', role: 'brand', en: ['breitling'], ja: ['ブライトリング'], zh: ['百年灵', '百年靈'] },
  { id: 'patek-philippe', role: 'brand', en: ['patek philippe', 'patek'], ja: ['パテックフィリップ', 'パテック・フィリップ'], zh: ['百达翡丽', '百達翡麗'] },
  { id: 'audemars-piguet', role: 'brand', en: ['audemars piguet'], ja: ['オーデマピゲ', 'オーデマ・ピゲ'], zh: ['爱彼', '愛彼'] },
  { id: 'tissot', role: 'brand', en: ['tissot'], ja: ['ティソ'], zh: ['天梭'] },
  { id: 'longines', role: 'brand', en: ['longines'], ja: ['ロンジン'], zh: ['浪琴'] },

  // ── Brands: games, toys, figures, cards ───────────────────────────────────────────────────────
  { id: 'sega', role: 'brand', en: ['sega'], ja: ['セガ'], zh: ['世嘉'] },
  { id: 'bandai', role: 'brand', en: ['bandai', 'bandai namco'], ja: ['バンダイ', 'バンダイナムコ'], zh: ['万代', '萬代'] },
  { id: 'square-enix', role: 'brand', en: ['square enix'], ja: ['スクウェアエニックス', 'スクウェア・エニックス', 'スクエニ'], zh: ['史克威尔艾尼克斯', '史克威爾艾尼克斯'] },
  { id: 'capcom', role: 'brand', en: ['capcom'], ja: ['カプコン'], zh: ['卡普空'] },
  { id: 'konami', role: 'brand', en: ['konami'], ja: ['コナミ'], zh: ['科乐美', '科樂美'] },
  { id: 'lego', role: 'brand', en: ['lego'], ja: ['レゴ'], zh: ['乐高', '樂高'] },
  { id: 'tamiya', role: 'brand', en: ['tamiya'], ja: ['タミヤ'], zh: ['田宫', '田宮'] },
  { id: 'takara-tomy', role: 'brand', en: ['takara tomy', 'tomy'], ja: ['タカラトミー'], zh: ['多美'] },
  { id: 'tomica', role: 'brand', implies: ['takara-tomy'], en: ['tomica'], ja: ['トミカ'], zh: ['多美卡'] },
  { id: 'hot-wheels', role: 'brand', en: ['hot wheels', 'hotwheels'], ja: ['ホットウィール'], zh: ['风火轮', '風火輪'] },
  { id: 'good-smile', role: 'brand', en: ['good smile company', 'good smile'], ja: ['グッドスマイルカンパニー', 'グッスマ'], zh: ['良笑社'] },
  { id: 'funko', role: 'brand', en: ['funko', 'funko pop'], ja: ['ファンコ'] },
  { id: 'sylvanian-families', role: 'brand', en: ['sylvanian families', 'sylvanian', 'calico critters'], ja: ['シルバニアファミリー', 'シルバニア'], zh: ['森林家族', '森贝儿', '森貝兒'] },
  { id: 'barbie', role: 'brand', en: ['barbie'], ja: ['バービー'], zh: ['芭比'] },
  { id: 'licca', role: 'brand', implies: ['takara-tomy'], en: ['licca chan', 'licca'], ja: ['リカちゃん'], zh: ['莉卡'] },
  { id: 'amiibo', role: 'brand', implies: ['nintendo'], en: ['amiibo'], ja: ['アミーボ'] },
  { id: 'tamagotchi', role: 'brand', implies: ['bandai'], en: ['tamagotchi'], ja: ['たまごっち', 'タマゴッチ'], zh: ['塔麻可吉'] },
  { id: 'pokemon', role: 'brand', en: ['pokemon', 'pokémon'], ja: ['ポケモン', 'ポケットモンスター', 'ポケモントレーナー'], zh: ['宝可梦', '寶可夢', '精灵宝可梦', '神奇宝贝', '神奇寶貝'] },
  { id: 'yu-gi-oh', role: 'brand', implies: ['konami'], en: ['yugioh', 'yu gi oh'], ja: ['遊戯王', '遊☆戯☆王'], zh: ['游戏王', '遊戲王'] },
  { id: 'magic-the-gathering', role: 'brand', en: ['magic the gathering', 'mtg'], ja: ['マジックザギャザリング', 'マジック ザ ギャザリング'], zh: ['万智牌', '萬智牌'] },
  { id: 'duel-masters', role: 'brand', en: ['duel masters'], ja: ['デュエルマスターズ', 'デュエマ'], zh: ['决斗大师', '決鬥大師'] },

  // ── Brands: franchises and characters (what goods, figures, cards and games are of) ─────────
  { id: 'pikachu', role: 'brand', implies: ['pokemon'], en: ['pikachu'], ja: ['ピカチュウ'], zh: ['皮卡丘'] },
  { id: 'charizard', role: 'brand', implies: ['pokemon'], en: ['charizard'], ja: ['リザードン'], zh: ['喷火龙', '噴火龍'] },
  { id: 'eevee', role: 'brand', implies: ['pokemon'], en: ['eevee'], ja: ['イーブイ'], zh: ['伊布'] },
  // マリオネット is a marionette; "Mario Galaxy" is a game, not a Samsung phone (see galaxy).
  { id: 'mario', role: 'brand', implies: ['nintendo'], en: ['super mario', 'mario', 'mario galaxy', 'super mario galaxy'], ja: ['スーパーマリオ', 'マリオ', 'マリオギャラクシー', 'スーパーマリオギャラクシー'], zh: ['马力欧', '瑪利歐', '马里奥', '馬力歐'], not: ['マリオネット'] },
  { id: 'zelda', role: 'brand', implies: ['nintendo'], en: ['zelda', 'legend of zelda'], ja: ['ゼルダ', 'ゼルダの伝説'], zh: ['塞尔达', '薩爾達', '塞尔达传说'] },
  { id: 'kirby', role: 'brand', implies: ['nintendo'], en: ['kirby'], ja: ['カービィ', '星のカービィ'], zh: ['星之卡比'] },
  { id: 'animal-crossing', role: 'brand', implies: ['nintendo'], en: ['animal crossing'], ja: ['どうぶつの森', 'あつまれどうぶつの森', 'あつ森', 'とび森'], zh: ['动物森友会', '動物森友會', '动森', '動森'] },
  { id: 'splatoon', role: 'brand', implies: ['nintendo'], en: ['splatoon'], ja: ['スプラトゥーン'], zh: ['斯普拉遁', '漆弹大作战', '漆彈大作戰'] },
  { id: 'final-fantasy', role: 'brand', implies: ['square-enix'], en: ['final fantasy'], ja: ['ファイナルファンタジー'], zh: ['最终幻想', '最終幻想'] },
  { id: 'dragon-quest', role: 'brand', implies: ['square-enix'], en: ['dragon quest', 'dragon warrior'], ja: ['ドラゴンクエスト', 'ドラクエ'], zh: ['勇者斗恶龙', '勇者鬥惡龍'] },
  { id: 'monster-hunter', role: 'brand', implies: ['capcom'], en: ['monster hunter'], ja: ['モンスターハンター', 'モンハン'], zh: ['怪物猎人', '魔物獵人'] },
  { id: 'dragon-ball', role: 'brand', en: ['dragon ball', 'dragonball'], ja: ['ドラゴンボール'], zh: ['七龙珠', '七龍珠', '龙珠', '龍珠'] },
  { id: 'naruto', role: 'brand', en: ['naruto'], ja: ['ナルト'], zh: ['火影忍者'] },
  { id: 'demon-slayer', role: 'brand', en: ['demon slayer', 'kimetsu no yaiba'], ja: ['鬼滅の刃', '鬼滅'], zh: ['鬼灭之刃', '鬼滅之刃'] },
  { id: 'jujutsu-kaisen', role: 'brand', en: ['jujutsu kaisen'], ja: ['呪術廻戦'], zh: ['咒术回战', '咒術迴戰'] },
  { id: 'attack-on-titan', role: 'brand', en: ['attack on titan', 'shingeki no kyojin'], ja: ['進撃の巨人'], zh: ['进击的巨人', '進擊的巨人'] },
  // エヴァ alone is left out: it is inside フォーエヴァー ("forever").
  { id: 'evangelion', role: 'brand', en: ['evangelion'], ja: ['エヴァンゲリオン', 'ヱヴァンゲリヲン'], zh: ['新世纪福音战士', '新世紀福音戰士', '福音战士', '福音戰士'] },
  { id: 'sailor-moon', role: 'brand', en: ['sailor moon'], ja: ['セーラームーン'], zh: ['美少女战士', '美少女戰士'] },
  { id: 'gundam', role: 'brand', implies: ['bandai'], en: ['gundam'], ja: ['ガンダム'], zh: ['高达', '高達', '钢弹', '鋼彈'] },
  { id: 'ultraman', role: 'brand', en: ['ultraman'], ja: ['ウルトラマン'], zh: ['奥特曼', '奧特曼', '超人力霸王'] },
  { id: 'kamen-rider', role: 'brand', en: ['kamen rider', 'masked rider'], ja: ['仮面ライダー'], zh: ['假面骑士', '假面騎士'] },
  { id: 'hatsune-miku', role: 'brand', en: ['hatsune miku'], ja: ['初音ミク'], zh: ['初音未来', '初音未來'] },
  { id: 'doraemon', role: 'brand', en: ['doraemon'], ja: ['ドラえもん'], zh: ['哆啦a梦', '哆啦a夢', '小叮当', '小叮噹'] },
  { id: 'anpanman', role: 'brand', en: ['anpanman'], ja: ['アンパンマン'], zh: ['面包超人', '麵包超人'] },
  { id: 'ghibli', role: 'brand', en: ['studio ghibli', 'ghibli'], ja: ['ジブリ', 'スタジオジブリ'], zh: ['吉卜力'] },
  { id: 'disney', role: 'brand', en: ['disney'], ja: ['ディズニー'], zh: ['迪士尼'] },
  { id: 'mickey', role: 'brand', implies: ['disney'], en: ['mickey mouse', 'mickey'], ja: ['ミッキーマウス', 'ミッキー'], zh: ['米奇', '米老鼠'] },
  { id: 'winnie-the-pooh', role: 'brand', implies: ['disney'], en: ['winnie the pooh', 'pooh'], ja: ['くまのプーさん', 'プーさん'], zh: ['小熊维尼', '小熊維尼', '维尼熊', '維尼熊'] },
  { id: 'star-wars', role: 'brand', en: ['star wars'], ja: ['スターウォーズ', 'スター・ウォーズ'], zh: ['星球大战', '星球大戰', '星际大战', '星際大戰'] },
  { id: 'marvel', role: 'brand', en: ['marvel'], ja: ['マーベル'], zh: ['漫威'] },
  { id: 'harry-potter', role: 'brand', en: ['harry potter'], ja: ['ハリーポッター', 'ハリー・ポッター'], zh: ['哈利波特'] },
  { id: 'sanrio', role: 'brand', en: ['sanrio'], ja: ['サンリオ'], zh: ['三丽鸥', '三麗鷗'] },
  { id: 'hello-kitty', role: 'brand', implies: ['sanrio'], en: ['hello kitty', 'hellokitty'], ja: ['ハローキティ', 'キティちゃん'], zh: ['凯蒂猫', '凱蒂貓'] },
  { id: 'my-melody', role: 'brand', implies: ['sanrio'], en: ['my melody'], ja: ['マイメロディ', 'マイメロ'], zh: ['美乐蒂', '美樂蒂'] },
  { id: 'kuromi', role: 'brand', implies: ['sanrio'], en: ['kuromi'], ja: ['クロミ'], zh: ['库洛米', '酷洛米'] },
  { id: 'cinnamoroll', role: 'brand', implies: ['sanrio'], en: ['cinnamoroll'], ja: ['シナモロール'], zh: ['大耳狗', '玉桂狗'] },
  { id: 'pompompurin', role: 'brand', implies: ['sanrio'], en: ['pompompurin'], ja: ['ポムポムプリン'], zh: ['布丁狗'] },
  { id: 'snoopy', role: 'brand', en: ['snoopy', 'peanuts snoopy'], ja: ['スヌーピー'], zh: ['史努比'] },
  { id: 'rilakkuma', role: 'brand', en: ['rilakkuma'], ja: ['リラックマ'], zh: ['拉拉熊', '轻松熊', '輕鬆熊'] },
  { id: 'sumikko-gurashi', role: 'brand', en: ['sumikko gurashi', 'sumikkogurashi'], ja: ['すみっコぐらし', 'すみっこぐらし'], zh: ['角落生物', '角落小伙伴', '角落小夥伴'] },
  { id: 'chiikawa', role: 'brand', en: ['chiikawa'], ja: ['ちいかわ'], zh: ['吉伊卡哇'] },
  { id: 'moomin', role: 'brand', en: ['moomin'], ja: ['ムーミン'], zh: ['姆明', '嚕嚕米', '噜噜米'] },
  { id: 'miffy', role: 'brand', en: ['miffy'], ja: ['ミッフィー'], zh: ['米菲'] },

  // ── Brands: fashion and luxury ────────────────────────────────────────────────────────────────
  { id: 'chanel', role: 'brand', en: ['chanel'], ja: ['シャネル'], zh: ['香奈儿', '香奈兒'] },
  { id: 'louis-vuitton', role: 'brand', en: ['louis vuitton', 'lv'], ja: ['ルイヴィトン', 'ルイ ヴィトン', 'ルイ・ヴィトン', 'ヴィトン', 'ルイビトン', 'ビトン'], zh: ['路易威登', 'lv'] },
  { id: 'hermes', role: 'brand', en: ['hermes', 'hermès'], ja: ['エルメス'], zh: ['爱马仕', '愛馬仕'] },
  { id: 'gucci', role: 'brand', en: ['gucci'], ja: ['グッチ'], zh: ['古驰', '古馳'] },
  { id: 'prada', role: 'brand', en: ['prada'], ja: ['プラダ'], zh: ['普拉达', '普拉達'] },
  { id: 'dior', role: 'brand', en: ['dior', 'christian dior'], ja: ['ディオール', 'クリスチャンディオール'], zh: ['迪奥', '迪奧'] },
  { id: 'celine', role: 'brand', en: ['celine', 'céline'], ja: ['セリーヌ'], zh: ['思琳', '赛琳'], not: ['celine dion', 'セリーヌディオン', 'セリーヌ ディオン'] },
  { id: 'fendi', role: 'brand', en: ['fendi'], ja: ['フェンディ'], zh: ['芬迪'] },
  { id: 'balenciaga', role: 'brand', en: ['balenciaga'], ja: ['バレンシアガ'], zh: ['巴黎世家'] },
  { id: 'saint-laurent', role: 'brand', en: ['saint laurent', 'yves saint laurent', 'ysl'], ja: ['サンローラン', 'イヴサンローラン', 'イブサンローラン'], zh: ['圣罗兰', '聖羅蘭'] },
  { id: 'bottega-veneta', role: 'brand', en: ['bottega veneta', 'bottega'], ja: ['ボッテガヴェネタ', 'ボッテガ・ヴェネタ', 'ボッテガ'], zh: ['葆蝶家'] },
  { id: 'burberry', role: 'brand', en: ['burberry', 'burberrys'], ja: ['バーバリー'], zh: ['博柏利', '巴宝莉', '巴寶莉'] },
  { id: 'coach', role: 'brand', en: ['coach'], ja: ['コーチ'], zh: ['蔻驰', '蔻馳'], not: ['coach bus', 'head coach'] },
  { id: 'michael-kors', role: 'brand', en: ['michael kors'], ja: ['マイケルコース', 'マイケル・コース'], zh: ['迈克高仕', '邁克高仕'] },
  { id: 'kate-spade', role: 'brand', en: ['kate spade'], ja: ['ケイトスペード', 'ケイト・スペード'], zh: ['凯特丝蓓', '凱特絲蓓'] },
  { id: 'miu-miu', role: 'brand', en: ['miu miu', 'miumiu'], ja: ['ミュウミュウ'], zh: ['缪缪', '繆繆'] },
  { id: 'loewe', role: 'brand', en: ['loewe'], ja: ['ロエベ'], zh: ['罗意威', '羅意威'] },
  { id: 'goyard', role: 'brand', en: ['goyard'], ja: ['ゴヤール'], zh: ['戈雅'] },
  { id: 'valentino', role: 'brand', en: ['valentino'], ja: ['ヴァレンティノ', 'バレンティノ'], zh: ['华伦天奴', '華倫天奴'] },
  { id: 'versace', role: 'brand', en: ['versace'], ja: ['ヴェルサーチ', 'ヴェルサーチェ', 'ベルサーチ'], zh: ['范思哲'] },
  { id: 'givenchy', role: 'brand', en: ['givenchy'], ja: ['ジバンシィ', 'ジバンシー', 'ジバンシイ'], zh: ['纪梵希', '紀梵希'] },
  { id: 'tiffany', role: 'brand', en: ['tiffany', 'tiffany & co'], ja: ['ティファニー'], zh: ['蒂芙尼'] },
  { id: 'bvlgari', role: 'brand', en: ['bvlgari', 'bulgari'], ja: ['ブルガリ'], zh: ['宝格丽', '寶格麗'], not: ['ブルガリア'] },
  { id: 'van-cleef-arpels', role: 'brand', en: ['van cleef & arpels', 'van cleef'], ja: ['ヴァンクリーフ&アーペル', 'ヴァンクリーフ', 'ヴァン クリーフ', 'バンクリーフ'], zh: ['梵克雅宝', '梵克雅寶'] },
  { id: 'chrome-hearts', role: 'brand', en: ['chrome hearts'], ja: ['クロムハーツ'], zh: ['克罗心', '克羅心'] },
  { id: 'vivienne-westwood', role: 'brand', en: ['vivienne westwood'], ja: ['ヴィヴィアンウエストウッド', 'ヴィヴィアン・ウエストウッド', 'ヴィヴィアン', 'ビビアン'], zh: ['薇薇安', '西太后'] },
  { id: 'comme-des-garcons', role: 'brand', en: ['comme des garcons', 'comme des garçons', 'cdg'], ja: ['コムデギャルソン', 'コム・デ・ギャルソン', 'ギャルソン'], zh: ['川久保玲'] },
  { id: 'issey-miyake', role: 'brand', en: ['issey miyake'], ja: ['イッセイミヤケ', 'イッセイ ミヤケ'], zh: ['三宅一生'] },
  { id: 'bao-bao', role: 'brand', implies: ['issey-miyake'], en: ['bao bao', 'baobao'], ja: ['バオバオ'] },
  { id: 'yohji-yamamoto', role: 'brand', en: ['yohji yamamoto'], ja: ['ヨウジヤマモト'], zh: ['山本耀司'] },
  { id: 'supreme', role: 'brand', en: ['supreme'], ja: ['シュプリーム'] },
  { id: 'stussy', role: 'brand', en: ['stussy', 'stüssy'], ja: ['ステューシー', 'ステゥーシー'], zh: ['斯图西', '斯圖西'] },
  { id: 'bape', role: 'brand', en: ['bape', 'a bathing ape'], ja: ['ベイプ', 'アベイシングエイプ', 'ア ベイシング エイプ'], zh: ['猿人头', '猿人頭'] },
  { id: 'the-north-face', role: 'brand', en: ['the north face', 'north face', 'tnf'], ja: ['ザノースフェイス', 'ノースフェイス', 'ノースフェース'], zh: ['北面', '北脸', '北臉'] },
  { id: 'patagonia', role: 'brand', en: ['patagonia'], ja: ['パタゴニア'], zh: ['巴塔哥尼亚', '巴塔哥尼亞'] },
  { id: 'arcteryx', role: 'brand', en: ['arcteryx', "arc'teryx"], ja: ['アークテリクス'], zh: ['始祖鸟', '始祖鳥'] },
  { id: 'moncler', role: 'brand', en: ['moncler'], ja: ['モンクレール'], zh: ['盟可睐', '盟可睞'] },
  { id: 'canada-goose', role: 'brand', en: ['canada goose'], ja: ['カナダグース'], zh: ['加拿大鹅', '加拿大鵝'] },
  { id: 'ralph-lauren', role: 'brand', en: ['ralph lauren', 'polo ralph lauren'], ja: ['ラルフローレン', 'ポロラルフローレン', 'ラルフ ローレン'], zh: ['拉夫劳伦', '拉夫勞倫'] },
  { id: 'lacoste', role: 'brand', en: ['lacoste'], ja: ['ラコステ'], zh: ['法国鳄鱼', '法國鱷魚'] },
  { id: 'tommy-hilfiger', role: 'brand', en: ['tommy hilfiger'], ja: ['トミーヒルフィガー'], zh: ['汤米希尔费格', '湯米希爾費格'] },
  { id: 'levis', role: 'brand', en: ["levi's", 'levis'], ja: ['リーバイス'], zh: ['李维斯', '李維斯'] },
  { id: 'uniqlo', role: 'brand', en: ['uniqlo'], ja: ['ユニクロ'], zh: ['优衣库', '優衣庫'] },
  { id: 'zara', role: 'brand', en: ['zara'], ja: ['ザラ'], not: ['ザラザラ', 'ザラつき'] },
  { id: 'muji', role: 'brand', en: ['muji'], ja: ['無印良品', '無印'], zh: ['无印良品'] },
  { id: 'carhartt', role: 'brand', en: ['carhartt'], ja: ['カーハート'], zh: ['卡哈特'] },
  { id: 'new-era', role: 'brand', en: ['new era'], ja: ['ニューエラ'] },
  { id: 'champion', role: 'brand', en: ['champion'], ja: ['チャンピオン'],
    not: ['champions path', 'champion s path', 'world champion', 'champions league', 'champion belt', 'チャンピオンロード'] },
  { id: 'montblanc', role: 'brand', en: ['montblanc', 'mont blanc'], ja: ['モンブラン'], zh: ['万宝龙', '萬寶龍'] },
  { id: 'rimowa', role: 'brand', en: ['rimowa'], ja: ['リモワ'], zh: ['日默瓦'] },
  { id: 'zippo', role: 'brand', en: ['zippo'], ja: ['ジッポ', 'ジッポー'] },
  { id: 'starbucks', role: 'brand', en: ['starbucks'], ja: ['スターバックス', 'スタバ'], zh: ['星巴克'] },
  { id: 'shiseido', role: 'brand', en: ['shiseido'], ja: ['資生堂'], zh: ['资生堂'] },
  { id: 'lancome', role: 'brand', en: ['lancome', 'lancôme'], ja: ['ランコム'], zh: ['兰蔻', '蘭蔻'] },
  { id: 'jo-malone', role: 'brand', en: ['jo malone'], ja: ['ジョーマローン', 'ジョー マローン'], zh: ['祖玛珑', '祖瑪瓏'] },

  // ── Brands: sneakers, sportswear, outdoor ──────────────────────────────────────────────────────
  { id: 'nike', role: 'brand', en: ['nike'], ja: ['ナイキ'], zh: ['耐克', '耐吉'] },
  { id: 'adidas', role: 'brand', en: ['adidas'], ja: ['アディダス'], zh: ['阿迪达斯', '愛迪達', '阿迪達斯'] },
  // Sneaker lines: "Air Max", "Jordan 1" are how sellers name the shoe; they imply the maker.
  { id: 'air-max', role: 'brand', implies: ['nike'], en: ['air max', 'airmax'], ja: ['エアマックス'] },
  { id: 'air-force-1', role: 'brand', implies: ['nike'], en: ['air force 1', 'air force one', 'af1'], ja: ['エアフォース1', 'エアフォースワン'], zh: ['空军一号', '空軍一號'] },
  { id: 'air-jordan', role: 'brand', implies: ['nike'], en: ['air jordan', 'jordan'], ja: ['エアジョーダン', 'ジョーダン'], zh: ['乔丹', '喬丹'],
    not: ['michael jordan', 'マイケルジョーダン', 'マイケル ジョーダン', '迈克尔乔丹', '乔丹体育', '喬丹體育'] },
  { id: 'dunk', role: 'line', implies: ['nike'], en: ['dunk', 'sb dunk'], ja: ['ダンク'], not: ['slam dunk', 'スラムダンク'] },
  { id: 'new-balance', role: 'brand', en: ['new balance'], ja: ['ニューバランス'], zh: ['新百伦', '紐巴倫', '新百倫'] },
  { id: 'asics', role: 'brand', en: ['asics'], ja: ['アシックス'], zh: ['亚瑟士', '亞瑟士'] },
  { id: 'onitsuka-tiger', role: 'brand', en: ['onitsuka tiger', 'onitsuka'], ja: ['オニツカタイガー'], zh: ['鬼冢虎', '鬼塚虎'] },
  { id: 'puma', role: 'brand', en: ['puma'], ja: ['プーマ'], zh: ['彪马', '彪馬'] },
  { id: 'converse', role: 'brand', en: ['converse'], ja: ['コンバース'], zh: ['匡威'] },
  { id: 'vans', role: 'brand', en: ['vans'], ja: ['バンズ', 'ヴァンズ'], zh: ['范斯'] },
  { id: 'reebok', role: 'brand', en: ['reebok'], ja: ['リーボック'], zh: ['锐步', '銳跑'] },
  { id: 'salomon', role: 'brand', en: ['salomon'], ja: ['サロモン'], zh: ['萨洛蒙', '薩洛蒙'] },
  { id: 'hoka', role: 'brand', en: ['hoka one one', 'hoka'], ja: ['ホカオネオネ'] },
  { id: 'dr-martens', role: 'brand', en: ['dr martens', 'dr. martens', 'doc martens'], ja: ['ドクターマーチン'] },
  { id: 'birkenstock', role: 'brand', en: ['birkenstock'], ja: ['ビルケンシュトック', 'ビルケン'], zh: ['勃肯'] },
  { id: 'ugg', role: 'brand', en: ['ugg'], ja: ['アグ'], not: ['アグレッシブ'] },
  { id: 'crocs', role: 'brand', en: ['crocs'], ja: ['クロックス'], zh: ['卡骆驰', '卡駱馳'] },
  { id: 'timberland', role: 'brand', en: ['timberland'], ja: ['ティンバーランド'], zh: ['添柏岚', '添柏嵐'] },
  { id: 'red-wing', role: 'brand', en: ['red wing', 'redwing'], ja: ['レッドウィング', 'レッド・ウィング'], zh: ['红翼', '紅翼'] },
  { id: 'snow-peak', role: 'brand', en: ['snow peak', 'snowpeak'], ja: ['スノーピーク'], zh: ['雪峰'] },
  { id: 'coleman', role: 'brand', en: ['coleman'], ja: ['コールマン'], zh: ['科尔曼', '科爾曼'] },
  { id: 'montbell', role: 'brand', en: ['montbell', 'mont bell'], ja: ['モンベル'] },

  // ── Brands: instruments, bicycles, home and kitchen ─────────────────────────────────────────
  { id: 'yamaha', role: 'brand', en: ['yamaha'], ja: ['ヤマハ'], zh: ['雅马哈', '雅馬哈', '山叶', '山葉'] },
  { id: 'roland', role: 'brand', en: ['roland'], ja: ['ローランド'], zh: ['罗兰', '羅蘭'] },
  { id: 'korg', role: 'brand', en: ['korg'], ja: ['コルグ'] },
  // フェンダー is also a car's wing in Japanese parts listings: a wrong brand hit costs little there.
  { id: 'fender', role: 'brand', en: ['fender'], ja: ['フェンダー'], zh: ['芬德'] },
  { id: 'gibson', role: 'brand', en: ['gibson'], ja: ['ギブソン'], zh: ['吉普森'] },
  { id: 'epiphone', role: 'brand', en: ['epiphone'], ja: ['エピフォン'] },
  { id: 'ibanez', role: 'brand', en: ['ibanez'], ja: ['アイバニーズ'], zh: ['依班娜'] },
  { id: 'shimano', role: 'brand', en: ['shimano'], ja: ['シマノ'], zh: ['禧玛诺', '禧瑪諾'] },
  { id: 'brompton', role: 'brand', en: ['brompton'], ja: ['ブロンプトン'] },
  { id: 'bianchi', role: 'brand', en: ['bianchi'], ja: ['ビアンキ'], zh: ['比安奇'] },
  { id: 'dyson', role: 'brand', en: ['dyson'], ja: ['ダイソン'], zh: ['戴森'] },
  { id: 'balmuda', role: 'brand', en: ['balmuda'], ja: ['バルミューダ'], zh: ['巴慕达', '巴慕達'] },
  { id: 'delonghi', role: 'brand', en: ['delonghi', "de'longhi", 'de longhi'], ja: ['デロンギ'], zh: ['德龙', '德龍'] },
  { id: 'nespresso', role: 'brand', en: ['nespresso'], ja: ['ネスプレッソ'] },
  { id: 'kitchenaid', role: 'brand', en: ['kitchenaid', 'kitchen aid'], ja: ['キッチンエイド'], zh: ['凯膳怡', '凱膳怡'] },
  { id: 'le-creuset', role: 'brand', en: ['le creuset'], ja: ['ルクルーゼ', 'ル・クルーゼ'], zh: ['酷彩'] },
  { id: 'staub', role: 'brand', en: ['staub'], ja: ['ストウブ'], zh: ['珐宝', '琺寶'] },
  { id: 'thermos', role: 'brand', en: ['thermos'], ja: ['サーモス'], zh: ['膳魔师', '膳魔師'] },
  { id: 'zojirushi', role: 'brand', en: ['zojirushi'], ja: ['象印'], zh: ['象印'] },
  { id: 'tefal', role: 'brand', en: ['tefal', 't fal'], ja: ['ティファール'], zh: ['特福'] },
  { id: 'irobot', role: 'brand', en: ['irobot'], ja: ['アイロボット'] },
  { id: 'roomba', role: 'brand', implies: ['irobot'], en: ['roomba'], ja: ['ルンバ'] },
  { id: 'iris-ohyama', role: 'brand', en: ['iris ohyama'], ja: ['アイリスオーヤマ'], zh: ['爱丽思', '愛麗思'] },
  { id: 'ikea', role: 'brand', en: ['ikea'], ja: ['イケア'], zh: ['宜家'] },
  { id: 'nitori', role: 'brand', en: ['nitori'], ja: ['ニトリ'], zh: ['宜得利'] },
  { id: 'herman-miller', role: 'brand', en: ['herman miller'], ja: ['ハーマンミラー'], zh: ['赫曼米勒'] },
  { id: 'pink-floyd', role: 'brand', en: ['pink floyd'], ja: ['ピンク フロイド', 'ピンクフロイド', 'ピンク・フロイド'], zh: ['平克弗洛伊德', '平克·弗洛伊德'] },

  // ── Platforms: what games and accessories are made for ──────────────────────────────────────
  // "switch" is any switch in English and スイッチ in Japanese: the `not`s are the common others.
  { id: 'nintendo-switch', role: 'platform', en: ['nintendo switch', 'switch', 'nintendoswitch'], ja: ['ニンテンドースイッチ', 'スイッチ'], zh: ['switch'], implies: ['nintendo'],
    not: ['light switch', 'wall switch', 'toggle switch', 'switch box', 'switch panel', 'power switch', 'network switch', 'ethernet switch', 'hdmi switch', 'kvm switch', 'switch hub', 'dip switch', 'rocker switch', 'foot switch', 'key switch', 'mx switch',
          'ハンドルスイッチ', 'ライトスイッチ', 'スイッチボックス', 'スイッチング', 'スイッチボット', '電源スイッチ', 'フットスイッチ', 'スイッチャー'] },
  { id: 'switch-2', role: 'platform', en: ['nintendo switch 2', 'switch 2', 'switch2'], ja: ['ニンテンドースイッチ2', 'スイッチ2'], zh: ['switch2'], implies: ['nintendo', 'nintendo-switch'] },
  // The bare name is the first PlayStation: the later ones are always written with their number.
  { id: 'playstation', role: 'platform', en: ['playstation', 'playstation 1', 'ps1', 'psone', 'ps one'], ja: ['プレイステーション', 'プレステ'], zh: ['ps1'], implies: ['sony'],
    not: ['playstation plus', 'playstation network', 'playstation store'] },
  { id: 'playstation-2', role: 'platform', en: ['playstation 2', 'playstation2', 'ps2'], ja: ['プレイステーション2', 'プレイステーション 2', 'プレステ2'], zh: ['ps2'], implies: ['sony', 'playstation'] },
  { id: 'playstation-3', role: 'platform', en: ['playstation 3', 'playstation3', 'ps3'], ja: ['プレイステーション3', 'プレイステーション 3', 'プレステ3'], zh: ['ps3'], implies: ['sony', 'playstation'] },
  { id: 'playstation-4', role: 'platform', en: ['playstation 4', 'playstation4', 'ps4'], ja: ['プレイステーション4', 'プレイステーション 4', 'プレステ4'], zh: ['ps4'], implies: ['sony', 'playstation'] },
  { id: 'playstation-5', role: 'platform', en: ['playstation 5', 'playstation5', 'ps5'], ja: ['プレイステーション5', 'プレイステーション 5', 'プレステ5'], zh: ['ps5'], implies: ['sony', 'playstation'] },
  { id: 'psp', role: 'platform', en: ['psp', 'playstation portable'], ja: ['プレイステーションポータブル', 'プレイステーション・ポータブル'], zh: ['psp'], implies: ['sony'] },
  { id: 'ps-vita', role: 'platform', en: ['ps vita', 'psvita', 'playstation vita'], ja: ['プレイステーションヴィータ', 'プレイステーション・ヴィータ', 'ヴィータ'], zh: ['psv'], implies: ['sony'] },
  { id: 'ps-vr', role: 'platform', en: ['playstation vr', 'psvr', 'ps vr'], ja: ['プレイステーションvr'], zh: ['psvr'], implies: ['sony'] },
  { id: 'xbox', role: 'platform', en: ['xbox'], ja: ['エックスボックス'], zh: ['xbox'], implies: ['microsoft'] },
  { id: 'xbox-360', role: 'platform', en: ['xbox 360', 'xbox360'], ja: ['エックスボックス360'], zh: ['xbox360'], implies: ['microsoft', 'xbox'] },
  { id: 'xbox-one', role: 'platform', en: ['xbox one', 'xboxone'], ja: ['エックスボックスワン'], zh: ['xbox one'], implies: ['microsoft', 'xbox'] },
{ id: 'xbox-series-x', role: 'platform', en: ['xbox series x', 'series x'], ja: ['エックスボックス シリーズ x', 'xbox series x'], zh: ['xbox series x'], implies: ['microsoft', 'xbox'] },
  { id: 'xbox-series-s', role: 'platform', en: ['xbox series s', 'series s'], ja: ['エックスボックス シリーズ s'], zh: ['xbox series s'], implies: ['microsoft', 'xbox'] },
  // "DS" alone is how Japanese sellers write it ("DSソフト"); 3DS, 2DS and DSi are other models.
  { id: 'nintendo-ds', role: 'platform', en: ['nintendo ds', 'ds'], ja: ['ニンテンドーds'], zh: ['nds'], implies: ['nintendo'] },
  { id: 'nintendo-dsi', role: 'platform', en: ['nintendo dsi', 'dsi'], ja: ['ニンテンドーdsi'], zh: ['dsi'], implies: ['nintendo', 'nintendo-ds'] },
  { id: 'nintendo-3ds', role: 'platform', en: ['nintendo 3ds', '3ds', '3ds ll', '3dsll', '3ds xl', '3dsxl'], ja: ['ニンテンドー3ds', 'ニンテンドー3dsll'], zh: ['3ds'], implies: ['nintendo', 'nintendo-ds'] },
  { id: 'new-3ds', role: 'platform', en: ['new nintendo 3ds', 'new 3ds', 'new3ds', 'new3dsll'], ja: ['newニンテンドー3ds', 'new ニンテンドー3ds', 'newニンテンドー3dsll'], zh: ['new3ds'], implies: ['nintendo', 'nintendo-3ds'] },
  { id: 'nintendo-2ds', role: 'platform', en: ['nintendo 2ds', '2ds', 'new 2ds'], ja: ['ニンテンドー2ds'], zh: ['2ds'], implies: ['nintendo', 'nintendo-3ds'] },
  // ウィー is inside スウィーツ and ウィーク: Japanese sellers write "Wii".
  { id: 'wii', role: 'platform', en: ['nintendo wii', 'wii'], zh: ['wii'], implies: ['nintendo'] },
  { id: 'wii-u', role: 'platform', en: ['wii u', 'wiiu'], ja: ['ウィーユー'], zh: ['wiiu'], implies: ['nintendo', 'wii'] },
  { id: 'gamecube', role: 'platform', en: ['gamecube', 'game cube', 'ngc'], ja: ['ゲームキューブ'], zh: ['ngc'], implies: ['nintendo'] },
  { id: 'nintendo-64', role: 'platform', en: ['nintendo 64', 'n64'], ja: ['ニンテンドウ64', 'ニンテンドー64', 'ロクヨン'], zh: ['n64'], implies: ['nintendo'] },
  { id: 'famicom', role: 'platform', en: ['famicom', 'family computer'], ja: ['ファミコン', 'ファミリーコンピュータ', 'ファミリーコンピューター'], zh: ['红白机', '紅白機'], implies: ['nintendo'] },
  { id: 'nes', role: 'platform', en: ['nes', 'nintendo entertainment system'], ja: ['nes'], zh: ['nes'], implies: ['nintendo'] },
  { id: 'super-famicom', role: 'platform', en: ['super famicom', 'sfc'], ja: ['スーパーファミコン', 'スーファミ'], zh: ['超级任天堂', '超級任天堂', '超任'], implies: ['nintendo', 'famicom'] },
  { id: 'snes', role: 'platform', en: ['super nintendo', 'snes'], ja: ['スーパーニンテンドー'], zh: ['snes'], implies: ['nintendo', 'nes'] },
  { id: 'game-boy', role: 'platform', en: ['game boy', 'gameboy'], ja: ['ゲームボーイ'], zh: ['gameboy'], implies: ['nintendo'] },
  { id: 'game-boy-color', role: 'platform', en: ['game boy color', 'gameboy color', 'gbc'], ja: ['ゲームボーイカラー'], zh: ['gbc'], implies: ['nintendo', 'game-boy'] },
  { id: 'game-boy-advance', role: 'platform', en: ['game boy advance', 'gameboy advance', 'gba'], ja: ['ゲームボーイアドバンス'], zh: ['gba'], implies: ['nintendo', 'game-boy'] },
  // The SP is its own console (and price): "アドバンスSP" glued in Japanese titles is one word.
  { id: 'game-boy-advance-sp', role: 'platform', en: ['game boy advance sp', 'gameboy advance sp', 'gba sp', 'gbasp'], ja: ['ゲームボーイアドバンスsp', 'ゲームボーイアドバンス sp'], zh: ['gba sp', 'gbasp'], implies: ['nintendo', 'game-boy', 'game-boy-advance'] },
  { id: 'game-and-watch', role: 'platform', en: ['game & watch', 'game and watch'], ja: ['ゲーム&ウオッチ', 'ゲーム&ウォッチ', 'ゲームウォッチ'], zh: ['game&watch'], implies: ['nintendo'] },
  { id: 'mega-drive', role: 'platform', en: ['mega drive', 'megadrive', 'sega genesis'], ja: ['メガドライブ', 'メガドラ'], implies: ['sega'] },
  { id: 'sega-saturn', role: 'platform', en: ['sega saturn'], ja: ['セガサターン'], zh: ['世嘉土星'], implies: ['sega'] },
  { id: 'dreamcast', role: 'platform', en: ['dreamcast'], ja: ['ドリームキャスト', 'ドリキャス'], zh: ['dreamcast'], implies: ['sega'] },
  { id: 'game-gear', role: 'platform', en: ['game gear', 'gamegear'], ja: ['ゲームギア'], zh: ['gamegear'], implies: ['sega'] },
  { id: 'pc-engine', role: 'platform', en: ['pc engine', 'turbografx'], ja: ['pcエンジン'] },
  { id: 'neo-geo', role: 'platform', en: ['neo geo', 'neogeo'], ja: ['ネオジオ'], zh: ['neogeo'] },
  { id: 'steam-deck', role: 'platform', en: ['steam deck'], ja: ['スチームデック'], zh: ['steam deck'] },
  { id: 'meta-quest', role: 'platform', en: ['meta quest', 'oculus quest', 'oculus'], ja: ['メタクエスト', 'オキュラス'], zh: ['oculus'] },
  { id: 'iphone', role: 'platform', en: ['iphone'], ja: ['アイフォン', 'アイフォーン'], zh: ['iphone'], implies: ['apple'] },
  { id: 'ipad', role: 'platform', en: ['ipad'], ja: ['アイパッド'], zh: ['ipad'], implies: ['apple'] },
  { id: 'ipod', role: 'platform', en: ['ipod'], ja: ['アイポッド'], zh: ['ipod'], implies: ['apple'] },
  { id: 'airpods', role: 'platform', en: ['airpods', 'air pods', 'airpod', 'air pod'], ja: ['エアポッズ', 'エアーポッズ'], zh: ['airpods'], implies: ['apple'] },
  { id: 'airtag', role: 'platform', en: ['airtag', 'air tag'], ja: ['エアタグ'], zh: ['airtag'], implies: ['apple'] },
  { id: 'apple-watch', role: 'platform', en: ['apple watch'], ja: ['アップルウォッチ'], zh: ['苹果手表', '蘋果手錶'], implies: ['apple'] },
  { id: 'macbook', role: 'platform', en: ['macbook'], ja: ['マックブック'], zh: ['macbook'], implies: ['apple'] },
  { id: 'imac', role: 'platform', en: ['imac'], ja: ['アイマック'], zh: ['imac'], implies: ['apple'] },
  // Super Mario Galaxy and Guardians of the Galaxy are not Samsung phones.
  { id: 'galaxy', role: 'platform', en: ['samsung galaxy', 'galaxy'], ja: ['ギャラクシー'], zh: ['galaxy'], implies: ['samsung'],
    not: ['guardians of the galaxy', 'galaxy projector', 'galaxy black'] },
  { id: 'galaxy-watch', role: 'platform', en: ['galaxy watch'], ja: ['ギャラクシーウォッチ'], zh: ['galaxy watch'], implies: ['samsung', 'galaxy'] },
  { id: 'galaxy-buds', role: 'platform', en: ['galaxy buds'], ja: ['ギャラクシーバッズ'], zh: ['galaxy buds'], implies: ['samsung', 'galaxy'] },
  { id: 'galaxy-tab', role: 'platform', en: ['galaxy tab'], ja: ['ギャラクシータブ'], zh: ['galaxy tab'], implies: ['samsung', 'galaxy'] },
  { id: 'pixel', role: 'platform', en: ['google pixel', 'pixel'], ja: ['ピクセル'], zh: ['pixel'], implies: ['google'], not: ['pixel art', 'ピクセルアート'] },
  { id: 'xperia', role: 'platform', en: ['xperia'], ja: ['エクスペリア'], zh: ['xperia'], implies: ['sony'] },
  { id: 'aquos', role: 'platform', en: ['aquos'], ja: ['アクオス'], zh: ['aquos'], implies: ['sharp'] },
  { id: 'kindle', role: 'platform', en: ['kindle'], ja: ['キンドル'], zh: ['kindle'] },
  { id: 'thinkpad', role: 'platform', en: ['thinkpad'], ja: ['シンクパッド'], zh: ['thinkpad'], implies: ['lenovo'] },
  { id: 'instax', role: 'platform', en: ['instax'], ja: ['インスタックス'], zh: ['instax'], implies: ['fujifilm'] },
  { id: 'walkman', role: 'platform', en: ['walkman'], ja: ['ウォークマン'], zh: ['walkman'], implies: ['sony'] },

  // ── Products: what a thing is ────────────────────────────────────────────────────────────────
  // Electronics. 耳机 is the generic Chinese word for any headphone or earphone.
  { id: 'headphones', role: 'product', en: ['headphones', 'headphone', 'headset', 'over ear headphones', 'monitor headphones'], ja: ['ヘッドホン', 'ヘッドフォン', 'ヘッドセット', 'モニターヘッドホン'], zh: ['耳机', '耳機', '头戴式耳机', '頭戴式耳機', '耳罩式耳机', '耳罩式耳機', '耳麦', '耳麥'],
    eu: ['kopfhörer', 'casque audio', 'auriculares', 'cuffie'] },
  { id: 'earbuds', role: 'product', en: ['earbuds', 'earphones', 'earphone', 'in ear', 'in ear monitor', 'iem'], ja: ['イヤホン', 'イヤフォン'], zh: ['入耳式耳机', '入耳式耳機', '耳塞式耳机', '耳塞式耳機'], eu: ['ohrhörer', 'écouteurs', 'auricolari'] },
  { id: 'speaker', role: 'product', en: ['speaker', 'speakers', 'studio monitor'], ja: ['スピーカー', 'モニタースピーカー'], zh: ['音箱', '喇叭', '音响', '音響'], eu: ['lautsprecher', 'enceinte', 'altavoz', 'altoparlante'] },
  { id: 'soundbar', role: 'product', implies: ['speaker'], en: ['soundbar', 'sound bar'], ja: ['サウンドバー'], zh: ['回音壁', '聲霸', '声霸'] },
  { id: 'amplifier', role: 'product', en: ['amplifier', 'guitar amp', 'headphone amp'], ja: ['アンプ', 'ギターアンプ'], zh: ['功放', '扩大机', '擴大機'], eu: ['verstärker', 'amplificateur', 'amplificador', 'amplificatore'], not: ['アンプル'] },
  { id: 'microphone', role: 'product', en: ['microphone', 'mic'], ja: ['マイク'], zh: ['麦克风', '麥克風', '话筒', '話筒'], eu: ['mikrofon', 'micrófono', 'microfono'], not: ['マイクロ'] },
  { id: 'turntable', role: 'product', en: ['turntable', 'record player'], ja: ['レコードプレーヤー', 'レコードプレイヤー', 'ターンテーブル'], zh: ['黑胶唱机', '黑膠唱機', '唱盘', '唱盤'], eu: ['plattenspieler', 'platine vinyle', 'tocadiscos', 'giradischi'] },
  { id: 'cd-player', role: 'product', en: ['cd player', 'cd deck'], ja: ['cdプレーヤー', 'cdプレイヤー', 'cdデッキ'], zh: ['cd机', 'cd機', 'cd播放机', 'cd播放機'], eu: ['lecteur cd', 'reproductor de cd', 'lettore cd'] },
  { id: 'cassette-player', role: 'product', en: ['cassette player', 'cassette deck', 'tape deck'], ja: ['カセットプレーヤー', 'カセットデッキ'], zh: ['卡带机', '卡帶機', '磁带机', '磁帶機'] },
  { id: 'dvd-player', role: 'product', en: ['dvd player', 'blu ray player', 'bluray player'], ja: ['dvdプレーヤー', 'dvdプレイヤー', 'ブルーレイプレーヤー'], zh: ['dvd机', 'dvd播放机', '蓝光播放机', '藍光播放機'], eu: ['lecteur dvd', 'reproductor dvd', 'lettore dvd'] },
  { id: 'disc-recorder', role: 'product', en: ['blu ray recorder', 'bluray recorder', 'dvd recorder', 'bd recorder'], ja: ['ブルーレイレコーダー', 'bdレコーダー', 'dvdレコーダー', 'hddレコーダー'], zh: ['录像机', '錄影機'] },
  { id: 'radio', role: 'product', en: ['radio'], ja: ['ラジオ'], zh: ['收音机', '收音機'], not: ['ラジオ体操'] },
  { id: 'smartphone', role: 'product', en: ['smartphone', 'cell phone', 'mobile phone'], ja: ['スマホ', 'スマートフォン'], zh: ['手机', '手機', '智能手机', '智慧型手機'], eu: ['handy', 'téléphone portable', 'móvil', 'telefono cellulare', 'cellulare'] },
  { id: 'tablet', role: 'product', en: ['tablet'], ja: ['タブレット'], zh: ['平板', '平板电脑', '平板電腦'], eu: ['tablette'], not: ['平板鞋'] },
  { id: 'computer', role: 'product', en: ['computer'], ja: ['パソコン'], zh: ['电脑', '電腦'], eu: ['ordinateur', 'ordenador', 'rechner'] },
  { id: 'laptop', role: 'product', implies: ['computer'], en: ['laptop', 'notebook computer'], ja: ['ノートパソコン', 'ノートpc', 'ノーパソ'], zh: ['笔记本电脑', '筆記型電腦', '笔记型电脑', '笔电', '筆電', '游戏本'], eu: ['portátil', 'ordinateur portable', 'pc portable'] },
  { id: 'desktop-pc', role: 'product', implies: ['computer'], en: ['desktop pc', 'desktop computer'], ja: ['デスクトップパソコン', 'デスクトップpc'], zh: ['台式机', '台式電腦', '台式电脑', '桌上型电脑', '桌上型電腦'] },
  { id: 'monitor', role: 'product', en: ['monitor', 'computer monitor'], ja: ['モニター', 'pcモニター'], zh: ['显示器', '顯示器', '螢幕'], eu: ['bildschirm', 'moniteur'],
    // 螢幕 is any screen in Taiwan: a phone's "螢幕破裂" (cracked screen) is no monitor.
    not: ['baby monitor', 'heart rate monitor', 'ベビーモニター', '螢幕破', '螢幕裂', '螢幕碎', '螢幕刮', '螢幕有', '螢幕無', '螢幕沒', '螢幕正常', '螢幕完美', '螢幕烙印', '螢幕老化', '螢幕亮點', '換螢幕', '換過螢幕'] },
  { id: 'television', role: 'product', en: ['television', 'tv', 'smart tv'], ja: ['テレビ', '液晶テレビ'], zh: ['电视', '電視', '电视机', '電視機'], eu: ['fernseher', 'téléviseur', 'televisor', 'televisore'],
    not: ['tv series', 'tv show', 'tv anime', 'tv box', 'apple tv', 'android tv', 'tv tuner', 'テレビアニメ', 'テレビドラマ', '电视剧', '電視劇', '电视盒', '電視盒'] },
  // A keyboard is a computer's or an instrument: the brand tells which.
  { id: 'keyboard', role: 'product', en: ['keyboard'], ja: ['キーボード'], zh: ['键盘', '鍵盤', '电子琴', '電子琴'], eu: ['tastatur', 'clavier', 'teclado', 'tastiera'] },
  { id: 'mouse', role: 'product', en: ['mouse'], ja: ['マウス'], zh: ['鼠标', '鼠標', '滑鼠'], eu: ['maus', 'souris', 'ratón'],
    not: ['minnie mouse', 'ミニーマウス', 'マウスピース', 'mouse trap'] },
  { id: 'printer', role: 'product', en: ['printer'], ja: ['プリンター', 'インクジェットプリンター'], zh: ['打印机', '打印機', '印表机', '印表機'], eu: ['drucker', 'imprimante', 'impresora', 'stampante'] },
  { id: 'router', role: 'product', en: ['router', 'wifi router'], ja: ['ルーター'], zh: ['路由器'], eu: ['routeur', 'enrutador'] },
  // Only "external" drives: "512GB SSD", 硬盘 and ハードディスク are a computer's or a recorder's specification.
  { id: 'external-drive', role: 'product', en: ['external hard drive', 'external hdd', 'portable ssd', 'external ssd'], ja: ['外付けhdd', '外付けssd', '外付けハードディスク', 'ポータブルssd'], zh: ['移动硬盘', '移動硬碟', '外接硬碟', '外接硬盘'], eu: ['externe festplatte', 'disque dur externe', 'disco duro externo'] },
  { id: 'graphics-card', role: 'product', en: ['graphics card', 'video card'], ja: ['グラフィックボード', 'グラボ', 'ビデオカード'], zh: ['显卡', '顯卡', '显示卡', '顯示卡'], eu: ['grafikkarte', 'carte graphique', 'tarjeta gráfica', 'scheda video'] },
  { id: 'smartwatch', role: 'product', implies: ['watch'], en: ['smartwatch', 'smart watch'], ja: ['スマートウォッチ'], zh: ['智能手表', '智能手錶', '智慧手錶', '智慧手表'] },
  // 手环 alone is left out: a fitness band in the mainland, but a bangle in Taiwan (手環), and both fold to one.
  { id: 'fitness-tracker', role: 'product', en: ['fitness tracker', 'activity tracker', 'smart band', 'smartband'], ja: ['スマートバンド', '活動量計'], zh: ['运动手环', '運動手環', '智能手环', '智慧手環'] },
  { id: 'projector', role: 'product', en: ['projector'], ja: ['プロジェクター'], zh: ['投影仪', '投影儀', '投影机', '投影機'], eu: ['beamer', 'projecteur', 'proyector', 'proiettore'] },
  { id: 'drone', role: 'product', en: ['drone'], ja: ['ドローン'], zh: ['无人机', '無人機', '空拍机', '空拍機'], eu: ['drohne', 'dron'] },
  { id: 'vr-headset', role: 'product', en: ['vr headset', 'vr goggles'], ja: ['vrゴーグル', 'vrヘッドセット'], zh: ['vr眼镜', 'vr眼鏡', 'vr头显', 'vr頭顯'] },
  { id: 'console', role: 'product', en: ['game console', 'video game console', 'games console'], ja: ['ゲーム機', 'テレビゲーム機'], zh: ['游戏机', '遊戲機'], eu: ['spielkonsole', 'console de jeu', 'videoconsola'] },

  // Cameras: the generic word, and the kinds sellers name.
  { id: 'camera', role: 'product', en: ['camera', 'digital camera'], ja: ['カメラ', 'デジカメ', 'デジタルカメラ'], zh: ['相机', '相機', '数码相机', '數位相機', '数位相机'], eu: ['kamera', 'appareil photo', 'cámara', 'fotocamera'] },
  { id: 'mirrorless-camera', role: 'product', implies: ['camera'], en: ['mirrorless camera', 'mirrorless'], ja: ['ミラーレス一眼', 'ミラーレスカメラ', 'ミラーレス'], zh: ['微单', '微單', '无反相机', '無反相機'], eu: ['systemkamera'] },
  { id: 'dslr', role: 'product', implies: ['camera'], en: ['dslr', 'digital slr', 'slr', 'slr camera'], ja: ['一眼レフ', 'デジタル一眼レフ', 'デジタル一眼'], zh: ['单反', '單反', '单反相机', '單反相機', '单眼相机', '單眼相機'], eu: ['spiegelreflexkamera', 'reflex', 'réflex'] },
  { id: 'compact-camera', role: 'product', implies: ['camera'], en: ['compact camera', 'point and shoot', 'compact digital camera'], ja: ['コンデジ', 'コンパクトデジタルカメラ', 'コンパクトカメラ'], zh: ['卡片机', '卡片機', '卡片相机', '卡片相機'], eu: ['kompaktkamera'] },
  { id: 'film-camera', role: 'product', implies: ['camera'], en: ['film camera', '35mm camera'], ja: ['フィルムカメラ'], zh: ['胶片相机', '膠片相機', '底片相机', '底片相機', '菲林相机'], eu: ['analogkamera', 'appareil argentique'] },
  { id: 'instant-camera', role: 'product', implies: ['camera'], en: ['instant camera'], ja: ['インスタントカメラ'], zh: ['拍立得'], eu: ['sofortbildkamera'] },
  { id: 'camcorder', role: 'product', implies: ['camera'], en: ['camcorder', 'video camera', 'handycam'], ja: ['ビデオカメラ', 'ハンディカム'], zh: ['摄像机', '攝影機', '摄影机', 'dv机'], eu: ['caméscope', 'videocámara', 'videocamera'] },
  { id: 'lens', role: 'product', en: ['lens', 'camera lens', 'zoom lens', 'prime lens'], ja: ['レンズ', 'ズームレンズ', '単焦点レンズ', '交換レンズ'], zh: ['镜头', '鏡頭'], eu: ['objektiv', 'objectif', 'objetivo', 'obiettivo'],
    not: ['contact lens', 'lens cloth', 'lens pen', 'lens cleaner', 'コンタクトレンズ', 'レンズ交換式', 'レンズクリーナー'] },

  // Household appliances.
  { id: 'vacuum', role: 'product', en: ['vacuum', 'vacuum cleaner', 'stick vacuum'], ja: ['掃除機', 'ハンディクリーナー', 'スティッククリーナー'], zh: ['吸尘器', '吸塵器'], eu: ['staubsauger', 'aspirateur', 'aspiradora', 'aspirapolvere'],
    not: ['vacuum sealed', 'vacuum seal', 'vacuum flask', 'vacuum tube'] },
  { id: 'robot-vacuum', role: 'product', implies: ['vacuum'], en: ['robot vacuum', 'robotic vacuum'], ja: ['ロボット掃除機', 'ロボットクリーナー'], zh: ['扫地机器人', '掃地機器人', '扫地机', '掃地機'], eu: ['saugroboter', 'aspirateur robot', 'robot aspirador', 'robot aspirapolvere'] },
  { id: 'hair-dryer', role: 'product', en: ['hair dryer', 'hairdryer', 'blow dryer'], ja: ['ドライヤー', 'ヘアドライヤー'], zh: ['吹风机', '吹風機'], eu: ['föhn', 'haartrockner', 'sèche cheveux', 'secador', 'asciugacapelli'] },
  { id: 'hair-iron', role: 'product', en: ['hair straightener', 'straightener', 'flat iron', 'curling iron', 'hair iron'], ja: ['ヘアアイロン', 'ストレートアイロン', 'カールアイロン'], zh: ['直发器', '直髮器', '卷发棒', '捲髮棒', '离子夹', '離子夾'], eu: ['glätteisen', 'lisseur', 'plancha de pelo', 'piastra'] },
  { id: 'shaver', role: 'product', en: ['shaver', 'electric shaver', 'electric razor'], ja: ['シェーバー', '電気シェーバー', '髭剃り', 'ひげそり'], zh: ['剃须刀', '剃鬚刀', '刮胡刀', '刮鬍刀', '电动刮胡刀'], eu: ['rasierer', 'rasoir', 'afeitadora', 'rasoio'] },
  { id: 'electric-toothbrush', role: 'product', en: ['electric toothbrush', 'sonic toothbrush'], ja: ['電動歯ブラシ'], zh: ['电动牙刷', '電動牙刷'], eu: ['elektrische zahnbürste', 'brosse à dents électrique', 'cepillo eléctrico', 'spazzolino elettrico'] },
  { id: 'air-purifier', role: 'product', en: ['air purifier'], ja: ['空気清浄機'], zh: ['空气净化器', '空氣清淨機'], eu: ['luftreiniger', 'purificateur d air', 'purificador de aire', 'purificatore d aria'] },
  { id: 'air-conditioner', role: 'product', en: ['air conditioner'], ja: ['エアコン'], zh: ['空调', '空調', '冷气机', '冷氣機'], eu: ['klimaanlage', 'climatiseur', 'aire acondicionado', 'condizionatore'] },
  { id: 'air-fryer', role: 'product', en: ['air fryer'], ja: ['ノンフライヤー', 'エアフライヤー'], zh: ['空气炸锅', '空氣炸鍋', '气炸锅', '氣炸鍋'], eu: ['heißluftfritteuse', 'friteuse sans huile', 'freidora de aire', 'friggitrice ad aria'] },
  { id: 'rice-cooker', role: 'product', en: ['rice cooker'], ja: ['炊飯器'], zh: ['电饭煲', '電飯煲', '电饭锅', '電飯鍋', '电子锅', '電子鍋'], eu: ['reiskocher', 'cuiseur à riz', 'arrocera'] },
  { id: 'microwave', role: 'product', en: ['microwave', 'microwave oven'], ja: ['電子レンジ', 'オーブンレンジ'], zh: ['微波炉', '微波爐'], eu: ['mikrowelle', 'micro ondes', 'microondas', 'microonde'], not: ['microwave safe'] },
  { id: 'coffee-machine', role: 'product', en: ['coffee maker', 'coffee machine', 'espresso machine'], ja: ['コーヒーメーカー', 'コーヒーマシン', 'エスプレッソマシン'], zh: ['咖啡机', '咖啡機'], eu: ['kaffeemaschine', 'kaffeevollautomat', 'machine à café', 'cafetera', 'macchina da caffè'] },
  { id: 'kettle', role: 'product', en: ['kettle', 'electric kettle'], ja: ['電気ケトル', 'ケトル'], zh: ['电热水壶', '電熱水壺', '快煮壶', '快煮壺'], eu: ['wasserkocher', 'bouilloire', 'hervidor', 'bollitore'], not: ['ケトルベル'] },
  { id: 'blender', role: 'product', en: ['blender', 'stand mixer'], ja: ['ブレンダー', 'ハンドブレンダー'], zh: ['搅拌机', '攪拌機', '果汁机', '果汁機', '料理机'], eu: ['mixeur', 'licuadora', 'frullatore', 'standmixer'] },
  { id: 'toaster', role: 'product', en: ['toaster', 'toaster oven'], ja: ['トースター', 'オーブントースター'], zh: ['烤面包机', '烤麵包機', '多士炉'], eu: ['grille pain', 'tostadora', 'tostapane'] },
  { id: 'sewing-machine', role: 'product', en: ['sewing machine'], ja: ['ミシン'], zh: ['缝纫机', '縫紉機'], eu: ['nähmaschine', 'machine à coudre', 'máquina de coser', 'macchina da cucire'], not: ['ミシン目'] },

  // Clothing.
  { id: 't-shirt', role: 'merch', en: ['t shirt', 'tshirt', 'tee', 'tee shirt', 'band t shirt', 'band tee'], ja: ['tシャツ', 'ティーシャツ', 'ロンt', 'バンドt', 'バンドtシャツ'], zh: ['t恤', 'tee'], eu: ['camiseta', 'maglietta'], not: ['golf tee'] },
  { id: 'shirt', role: 'product', en: ['shirt', 'dress shirt', 'button up shirt', 'button down shirt', 'band shirt', 'blouse'], ja: ['シャツ', 'ワイシャツ', 'ドレスシャツ', 'ブラウス'], zh: ['衬衫', '襯衫', '衬衣', '襯衣'], eu: ['hemd', 'chemise', 'camisa', 'camicia', 'bluse'] },
  { id: 'polo-shirt', role: 'product', en: ['polo shirt'], ja: ['ポロシャツ'], zh: ['polo衫', 'polo恤', '保罗衫'], eu: ['poloshirt', 'polo shirt'] },
  { id: 'sweatshirt', role: 'product', en: ['sweatshirt', 'crewneck', 'crew neck', 'crewneck sweatshirt'], ja: ['スウェット', 'スウェットシャツ', 'トレーナー'], zh: ['卫衣', '衛衣'], eu: ['sudadera', 'felpa'],
    not: ['トレーナーズ'] },
  { id: 'hoodie', role: 'product', implies: ['sweatshirt'], en: ['hoodie', 'hooded sweatshirt', 'hoody', 'zip hoodie', 'pullover hoodie'], ja: ['パーカー', 'フーディー', 'プルオーバーパーカー', 'ジップパーカー'], zh: ['连帽衫', '連帽衫', '连帽卫衣', '連帽衛衣', '帽t'], eu: ['kapuzenpullover', 'sweat à capuche', 'sudadera con capucha', 'felpa con cappuccio'] },
  { id: 'sweater', role: 'product', en: ['sweater', 'knit sweater', 'pullover', 'jumper'], ja: ['セーター', 'ニット', 'ニットセーター'], zh: ['毛衣', '针织衫', '針織衫'], eu: ['strickpullover', 'maglione', 'suéter', 'jersey de punto'], not: ['ニットワンピース', 'jumper cable', 'jumper cables', 'jumper wire'] },
  { id: 'cardigan', role: 'product', en: ['cardigan'], ja: ['カーディガン'], zh: ['开衫', '開衫', '开襟衫', '開襟衫'], eu: ['strickjacke', 'cárdigan'] },
  // ジャケット is also a record's or CD's sleeve in Japanese music listings.
  { id: 'jacket', role: 'product', en: ['jacket', 'denim jacket', 'jean jacket', 'bomber jacket', 'coach jacket', 'coaches jacket', 'blouson', 'blazer'], ja: ['ジャケット', 'ジャンパー', 'ジャンバー', 'ブルゾン', 'デニムジャケット', 'コーチジャケット', 'ブレザー'], zh: ['夹克', '夾克', '外套'], eu: ['jacke', 'veste', 'chaqueta', 'giacca', 'giubbotto'],
    not: ['dust jacket', 'record jacket', 'lp jacket', 'album jacket', 'ジャケット傷', 'ジャケットのみ', 'ジャケット写真', 'ジャケットイラスト'] },
  { id: 'coat', role: 'product', en: ['coat', 'trench coat', 'overcoat'], ja: ['コート', 'トレンチコート'], zh: ['大衣', '风衣', '風衣'], eu: ['manteau', 'abrigo', 'cappotto'], not: ['top coat', 'base coat', 'coat hanger', 'テニスコート', 'トップコート'] },
  // ダウン alone is a down jacket in fashion titles; the `not`s are its other meanings.
  { id: 'down-jacket', role: 'product', implies: ['jacket'], en: ['down jacket', 'puffer jacket', 'puffer', 'down coat'], ja: ['ダウンジャケット', 'ダウンコート', 'ダウン'], zh: ['羽绒服', '羽絨服', '羽绒外套', '羽絨外套'], eu: ['daunenjacke', 'doudoune', 'plumífero', 'piumino'],
    not: ['ダウンロード', 'カウントダウン', 'ダウンタウン', 'ダウンライト', 'ダウングレード', 'シャットダウン', 'プライスダウン', '価格ダウン'] },
  { id: 'jeans', role: 'product', en: ['jeans', 'denim jeans'], ja: ['ジーンズ', 'ジーパン', 'デニムパンツ'], zh: ['牛仔裤', '牛仔褲'], eu: ['vaqueros', 'jean'], not: ['jean paul gaultier', 'jean paul'] },
  { id: 'trousers', role: 'product', en: ['trousers', 'pants', 'slacks', 'chinos', 'cargo pants', 'dress pants', 'sweatpants'], ja: ['パンツ', 'ズボン', 'スラックス', 'チノパン', 'スウェットパンツ', 'カーゴパンツ', 'スリムパンツ'], zh: ['裤子', '褲子', '长裤', '長褲', '休闲裤', '休閒褲'], eu: ['pantalon', 'pantalón', 'pantaloni'] },
  { id: 'shorts', role: 'product', en: ['shorts'], ja: ['ショートパンツ', 'ハーフパンツ'], zh: ['短裤', '短褲'], eu: ['kurze hose', 'pantalón corto', 'pantaloncini'] },
  { id: 'skirt', role: 'product', en: ['skirt', 'mini skirt'], ja: ['スカート', 'ミニスカート'], zh: ['裙子', '半身裙', '短裙', '长裙', '長裙'], eu: ['jupe', 'falda'] },
  // ワンピース is left out: it is also One Piece, the manga, whose goods fill Japanese flea markets.
  { id: 'dress', role: 'product', en: ['dress', 'evening dress', 'maxi dress'], ja: ['ドレス'], zh: ['连衣裙', '連衣裙', '连身裙', '連身裙', '洋装', '洋裝'], eu: ['kleid', 'vestido', 'vestito'],
    not: ['dress up', 'アドレス'] },
  { id: 'suit', role: 'product', en: ['suit', 'business suit'], ja: ['スーツ'], zh: ['西装', '西裝'], eu: ['anzug', 'traje'], not: ['swim suit', 'wet suit', 'ウェットスーツ'] },
  { id: 'cap', role: 'product', en: ['cap', 'baseball cap', 'snapback'], ja: ['キャップ'], zh: ['棒球帽', '鸭舌帽', '鴨舌帽'], eu: ['kappe', 'casquette', 'gorra', 'cappellino'],
    not: ['bottle cap', 'market cap', 'cap sleeve', 'valve cap', 'ペンキャップ', 'キャップ付き'] },
  { id: 'hat', role: 'product', en: ['hat', 'bucket hat'], ja: ['ハット', 'バケットハット', '帽子'], zh: ['帽子', '渔夫帽', '漁夫帽'], eu: ['hut', 'chapeau', 'sombrero', 'cappello'], not: ['hat trick', 'ハットトリック'] },
  { id: 'beanie', role: 'product', en: ['beanie', 'knit cap'], ja: ['ニット帽', 'ニットキャップ', 'ビーニー'], zh: ['毛线帽', '毛線帽', '针织帽', '針織帽'], eu: ['mütze', 'gorro', 'berretto'], not: ['beanie baby', 'beanie babies'] },
  { id: 'scarf', role: 'product', en: ['scarf', 'muffler', 'stole'], ja: ['スカーフ', 'マフラー', 'ストール'], zh: ['围巾', '圍巾', '丝巾', '絲巾'], eu: ['schal', 'écharpe', 'foulard', 'bufanda', 'sciarpa'], not: ['マフラーカッター'] },
  { id: 'belt', role: 'product', en: ['belt', 'leather belt'], ja: ['ベルト'], zh: ['腰带', '腰帶', '皮带', '皮帶'], eu: ['gürtel', 'ceinture', 'cinturón', 'cintura'],
    not: ['seat belt', 'timing belt', 'drive belt', 'conveyor belt', 'black belt', 'ベルトコンベア', 'シートベルト'] },
  { id: 'sunglasses', role: 'product', en: ['sunglasses', 'sun glasses'], ja: ['サングラス'], zh: ['太阳镜', '太陽鏡', '墨镜', '墨鏡', '太阳眼镜', '太陽眼鏡'], eu: ['sonnenbrille', 'lunettes de soleil', 'gafas de sol', 'occhiali da sole'] },
  { id: 'eyeglasses', role: 'product', en: ['eyeglasses', 'spectacles', 'glasses frames', 'optical frames'], ja: ['メガネ', '眼鏡', 'めがね'], zh: ['眼镜', '眼鏡', '眼镜框', '眼鏡框'], eu: ['brille', 'lunettes', 'gafas', 'occhiali'],
    not: ['メガネケース', '眼鏡ケース', 'メガネ拭き', '眼鏡拭き', 'メガネクリーナー', '隐形眼镜', '隱形眼鏡'] },

  // Bags and small leather goods.
  // 手袋 is a handbag in Hong Kong but gloves in Japanese: left out.
  { id: 'bag', role: 'product', en: ['bag', 'handbag', 'laptop bag', 'camera bag', 'briefcase', 'brief case', 'vinyl bag'], ja: ['バッグ', 'ハンドバッグ', 'かばん', 'カバン', 'カメラバッグ', 'ドラムバッグ', 'ビジネスバッグ', 'アタッシュケース'], zh: ['手提包', '包包', '相机包', '相機包', '电脑包', '電腦包', '公文包'],
    eu: ['tasche', 'handtasche', 'sac', 'sac à main', 'bolso', 'borsa'],
    not: ['dust bag', 'sleeping bag', 'bean bag', 'tea bag', 'garbage bag', 'zip bag', 'bag only'] },
  { id: 'shoulder-bag', role: 'product', implies: ['bag'], en: ['shoulder bag', 'crossbody bag', 'crossbody', 'chain shoulder bag', 'messenger bag'], ja: ['ショルダーバッグ', 'チェーンショルダー', 'チェーンショルダーバッグ', 'ショルダー', 'ポシェット'], zh: ['单肩包', '單肩包', '斜挎包', '斜背包', '链条包', '鏈條包'], eu: ['umhängetasche', 'sac bandoulière', 'bandolera', 'borsa a tracolla'],
    not: ['ワンショルダー', 'オフショルダー', 'ショルダーパッド'] },
  { id: 'tote-bag', role: 'product', implies: ['bag'], en: ['tote bag', 'tote'], ja: ['トートバッグ', 'トート'], zh: ['托特包'], eu: ['cabas'] },
  { id: 'backpack', role: 'product', implies: ['bag'], en: ['backpack', 'rucksack', 'daypack'], ja: ['リュック', 'リュックサック', 'バックパック', 'デイパック'], zh: ['背包', '双肩包', '雙肩包', '后背包', '後背包'], eu: ['sac à dos', 'mochila', 'zaino'] },
  { id: 'clutch-bag', role: 'product', implies: ['bag'], en: ['clutch bag', 'clutch'], ja: ['クラッチバッグ'], zh: ['手拿包', '手抓包'], eu: ['pochette de soirée'] },
  { id: 'waist-bag', role: 'product', implies: ['bag'], en: ['waist bag', 'belt bag', 'bum bag', 'fanny pack', 'body bag'], ja: ['ボディバッグ', 'ウエストバッグ', 'ウエストポーチ', 'ヒップバッグ'], zh: ['腰包', '胸包'], eu: ['bauchtasche', 'sac banane', 'riñonera', 'marsupio'] },
  { id: 'suitcase', role: 'product', en: ['suitcase', 'luggage', 'carry on luggage', 'trolley case'], ja: ['スーツケース', 'キャリーケース', 'キャリーバッグ', 'トランクケース'], zh: ['行李箱', '旅行箱', '拉杆箱', '拉桿箱'], eu: ['koffer', 'valise', 'maleta', 'valigia'] },
  { id: 'wallet', role: 'product', en: ['wallet', 'long wallet', 'bifold wallet', 'zippy wallet'], ja: ['財布', '長財布', '二つ折り財布', '折り財布', 'ミニ財布', 'ウォレット', 'がま口'], zh: ['钱包', '錢包', '皮夹', '皮夾', '长夹', '長夾'], eu: ['geldbörse', 'portemonnaie', 'portefeuille', 'cartera', 'billetera', 'portafoglio'] },
  { id: 'coin-purse', role: 'product', implies: ['wallet'], en: ['coin purse', 'coin case', 'change purse', 'coin wallet'], ja: ['コインケース', '小銭入れ'], zh: ['零钱包', '零錢包'], eu: ['monedero', 'portamonete'] },
  { id: 'card-holder', role: 'product', en: ['card holder', 'card case', 'cardholder', 'card wallet', 'business card holder', 'business card case'], ja: ['カードケース', 'カード入れ', '名刺入れ', 'パスケース', 'カードホルダー'], zh: ['卡夹', '卡夾', '名片夹', '名片夾', '卡片夹', '卡片夾'], eu: ['kartenetui', 'porte cartes', 'tarjetero', 'porta carte'] },
  { id: 'key-case', role: 'product', en: ['key case', 'key pouch'], ja: ['キーケース'], zh: ['钥匙包', '鑰匙包'], eu: ['schlüsseletui'] },
  { id: 'keychain', role: 'merch', en: ['keychain', 'key chain', 'keyring', 'key ring', 'key holder'], ja: ['キーホルダー', 'キーリング', 'キーチェーン', 'アクキー', 'アクリルキーホルダー'], zh: ['钥匙扣', '鑰匙扣', '钥匙圈', '鑰匙圈', '钥匙链', '鑰匙鏈'], eu: ['schlüsselanhänger', 'porte clés', 'llavero', 'portachiavi', 'porte cles'] },
  { id: 'bag-charm', role: 'product', en: ['bag charm'], ja: ['バッグチャーム'], zh: ['包挂', '包掛'] },
  // ポーチ is a cosmetics pouch far more often than a device case in Japanese titles.
  { id: 'pouch', role: 'product', en: ['pouch', 'cosmetic pouch', 'makeup bag', 'cosmetic bag'], ja: ['ポーチ', '化粧ポーチ', 'コスメポーチ'], zh: ['化妆包', '化妝包'], eu: ['kosmetiktasche', 'trousse', 'neceser'] },

  // Shoes.
  // 靴 alone is too short to be safe only because of 靴下 (socks) and its kin: those are the `not`s.
  { id: 'shoes', role: 'product', en: ['shoes', 'footwear', 'dress shoes'], ja: ['シューズ', '靴', '革靴'], zh: ['鞋子', '皮鞋', '休闲鞋', '休閒鞋'], eu: ['schuhe', 'chaussures', 'zapatos', 'scarpe'],
    not: ['靴下', '靴紐', '靴ひも', '靴箱', '靴べら', '靴擦れ', 'シューズケース', 'シューズボックス', 'シューズクリーム'] },
  { id: 'sneakers', role: 'product', implies: ['shoes'], en: ['sneakers', 'sneaker', 'trainers', 'running shoes'], ja: ['スニーカー', 'ランニングシューズ'], zh: ['运动鞋', '運動鞋', '球鞋', '板鞋', '跑鞋'], eu: ['turnschuhe', 'baskets', 'zapatillas', 'scarpe da ginnastica'] },
  { id: 'boots', role: 'product', implies: ['shoes'], en: ['boots', 'ankle boots', 'chelsea boots'], ja: ['ブーツ', 'ショートブーツ', 'ロングブーツ', 'レインブーツ', '長靴'], zh: ['靴子', '马丁靴', '馬丁靴', '雪地靴'], eu: ['stiefel', 'bottes', 'botas', 'stivali'] },
  { id: 'sandals', role: 'product', implies: ['shoes'], en: ['sandals', 'sandal', 'slides', 'flip flops'], ja: ['サンダル', 'ビーチサンダル'], zh: ['凉鞋', '涼鞋', '拖鞋'], eu: ['sandalen', 'sandales', 'sandalias', 'sandali'] },
  { id: 'heels', role: 'product', implies: ['shoes'], en: ['heels', 'high heels', 'pumps', 'stilettos'], ja: ['パンプス', 'ハイヒール'], zh: ['高跟鞋'], eu: ['escarpins', 'tacones'], not: ['air pumps', 'bike pumps'] },
  { id: 'loafers', role: 'product', implies: ['shoes'], en: ['loafers', 'loafer'], ja: ['ローファー'], zh: ['乐福鞋', '樂福鞋'], eu: ['mocassins', 'mocasines', 'mocassini'] },

  // Jewellery and watches.
  { id: 'watch', role: 'product', en: ['watch', 'wristwatch', 'digital watch', 'pocket watch'], ja: ['腕時計', '時計', '懐中時計'], zh: ['手表', '手錶', '腕表', '腕錶'], eu: ['uhr', 'armbanduhr', 'montre', 'reloj', 'orologio'],
    not: ['watch case', 'watch box', '置き時計', '置時計', '掛け時計', '掛時計', '目覚まし時計', '砂時計', '壁掛け時計'] },
  { id: 'necklace', role: 'product', en: ['necklace', 'pendant'], ja: ['ネックレス', 'ペンダント'], zh: ['项链', '項鍊', '項鏈', '吊坠', '吊墜'], eu: ['halskette', 'collier', 'collana'] },
  // "ring" and リング are many things besides a finger ring: the `not`s are the common ones.
  // リング is left out: katakana "-ring" words are many (スプリング, ペアリング, カラーリング…).
  { id: 'ring', role: 'product', en: ['ring', 'wedding band', 'wedding ring'], ja: ['指輪', 'ゆびわ'], zh: ['戒指'], eu: ['anillo', 'anello', 'bague'],
    not: ['ring light', 'ring fit', 'ring fit adventure', 'ring binder', 'o ring', 'boxing ring', 'ring doorbell', 'ring camera'] },
  { id: 'earrings', role: 'product', en: ['earrings', 'earring', 'ear studs'], ja: ['ピアス', 'イヤリング', 'イヤーカフ'], zh: ['耳环', '耳環', '耳钉', '耳釘'], eu: ['ohrringe', 'boucles d oreilles', 'pendientes', 'orecchini'] },
  { id: 'bracelet', role: 'product', en: ['bracelet', 'bangle'], ja: ['ブレスレット', 'バングル'], zh: ['手链', '手鍊', '手鏈', '手镯', '手鐲'], eu: ['armreif', 'pulsera', 'bracciale'] },
  { id: 'brooch', role: 'product', en: ['brooch'], ja: ['ブローチ'], zh: ['胸针', '胸針'], eu: ['brosche', 'broche', 'spilla'] },

  // Toys, figures, cards, goods.
  { id: 'figure', role: 'merch', en: ['figure', 'figurine', 'action figure', 'scale figure', 'statue', 'vinyl figure', 'vinyl toy', 'soft vinyl', 'sofubi', 'fig'], ja: ['フィギュア', 'ソフビ'], zh: ['手办', '手辦', '公仔'], eu: ['figur', 'figura', 'statuetta'],
    not: ['figure skating', 'figure skates', 'フィギュアスケート'] },
  { id: 'nendoroid', role: 'product', implies: ['figure', 'good-smile'], en: ['nendoroid'], ja: ['ねんどろいど'], zh: ['粘土人'] },
  { id: 'plush', role: 'merch', en: ['plush', 'plushie', 'plush toy', 'stuffed animal', 'stuffed toy', 'soft toy'], ja: ['ぬいぐるみ', 'ヌイグルミ'], zh: ['玩偶', '毛绒玩具', '毛絨玩具', '绒毛娃娃', '絨毛娃娃'], eu: ['plüsch', 'kuscheltier', 'peluche'] },
  { id: 'doll', role: 'product', en: ['doll'], ja: ['ドール', '人形'], zh: ['人偶', '洋娃娃'], eu: ['puppe', 'poupée', 'muñeca', 'bambola'], not: ['doll house', 'doll clothes', '人形焼'] },
  { id: 'model-kit', role: 'product', en: ['model kit', 'plastic model', 'plastic model kit', 'scale model'], ja: ['プラモデル', 'プラモ'], zh: ['模型', '拼装模型', '拼裝模型'], eu: ['bausatz', 'maquette', 'maqueta'] },
  { id: 'radio-control', role: 'product', en: ['rc car', 'radio control', 'radio controlled', 'remote control car', 'rc helicopter'], ja: ['ラジコン', 'ラジコンカー'], zh: ['遥控车', '遙控車', '遥控汽车', '遙控汽車', '遥控飞机', '遙控飛機'], eu: ['ferngesteuert', 'voiture télécommandée', 'coche teledirigido'] },
  { id: 'diecast', role: 'product', en: ['diecast', 'die cast', 'diecast car'], ja: ['ミニカー'], zh: ['合金车', '合金車', '合金车模', '合金車模'], eu: ['modellauto'] },
  { id: 'puzzle', role: 'product', en: ['jigsaw puzzle', 'jigsaw', 'puzzle'], ja: ['パズル', 'ジグソーパズル'], zh: ['拼图', '拼圖'], eu: ['rompecabezas'] },
  { id: 'board-game', role: 'product', en: ['board game', 'boardgame', 'tabletop game'], ja: ['ボードゲーム', 'ボドゲ', 'テーブルゲーム'], zh: ['桌游', '桌遊'], eu: ['brettspiel', 'jeu de société', 'juego de mesa', 'gioco da tavolo'] },
  // "card" and カード are a trading card only when nothing says otherwise: the `not`s are the rest.
  { id: 'trading-card', role: 'product', en: ['trading card', 'trading cards', 'trading card game', 'tcg', 'ccg', 'card', 'sports card'], ja: ['カード', 'トレカ', 'トレーディングカード', 'カードゲーム', 'トレーナーカード'], zh: ['卡牌', '卡片', '集换式卡牌', '集換式卡牌', '球员卡', '球員卡', '球星卡'], eu: ['sammelkarte', 'sammelkarten'],
    not: ['gift card', 'credit card', 'sim card', 'guarantee card', 'warranty card', 'business card', 'greeting card', 'birthday card', 'christmas card', 'post card', 'capture card', 'sound card', 'network card', 'wifi card', 'id card', 'card reader', 'sim card tray',
          'simカード', 'icカード', 'クレジットカード', 'ギフトカード', 'ポストカード', 'メッセージカード', 'グリーティングカード', 'テレホンカード', 'プリペイドカード', 'ポイントカード', 'キャプチャーカード', 'カードリーダー', 'クオカード', 'クリスマスカード', 'バースデーカード', 'カードキー', 'サウンドカード', 'ギャランティカード', 'ギャラカード',
          '生日卡片'] },
  // A sealed box or pack of cards is another product than a single card: no `implies` on purpose.
  { id: 'booster', role: 'product', en: ['booster box', 'booster pack', 'booster display', 'booster bundle'], ja: ['ブースターパック', '拡張パック', '強化拡張パック', 'ブースターボックス'], zh: ['补充包', '補充包', '扩充包', '擴充包'], eu: ['booster display'] },
  { id: 'acrylic-stand', role: 'product', en: ['acrylic stand'], ja: ['アクリルスタンド', 'アクスタ'], zh: ['亚克力立牌', '亞克力立牌', '立牌'] },
  { id: 'badge', role: 'product', en: ['can badge', 'pin badge', 'button badge', 'enamel pin'], ja: ['缶バッジ', '缶バッチ', 'ピンバッジ'], zh: ['吧唧', '徽章'] },
  { id: 'clear-file', role: 'product', en: ['clear file', 'file folder'], ja: ['クリアファイル', 'クリアホルダー'], zh: ['透明文件夹', '文件夹', '文件夾'] },
  { id: 'poster', role: 'merch', en: ['poster'], ja: ['ポスター'], zh: ['海报', '海報'], eu: ['plakat', 'affiche', 'póster'] },
  { id: 'sticker', role: 'merch', en: ['sticker', 'decal', 'vinyl sticker', 'vinyl decal'], ja: ['ステッカー'], zh: ['贴纸', '貼紙'], eu: ['aufkleber', 'autocollant', 'pegatina', 'adesivo'] },
  { id: 'towel', role: 'product', en: ['towel'], ja: ['タオル', 'フェイスタオル', 'バスタオル', 'マフラータオル'], zh: ['毛巾', '浴巾'], eu: ['handtuch', 'serviette de bain', 'toalla', 'asciugamano'] },
  { id: 'mug', role: 'merch', en: ['mug', 'mug cup', 'coffee mug', 'cup'], ja: ['マグカップ'], zh: ['马克杯', '馬克杯'], eu: ['tasse', 'taza', 'tazza'] },
  { id: 'tumbler', role: 'product', en: ['tumbler', 'travel mug', 'water bottle'], ja: ['タンブラー', '水筒', 'ステンレスボトル'], zh: ['随行杯', '隨行杯', '保温杯', '保溫杯', '保温瓶', '保溫瓶'], eu: ['trinkflasche', 'gourde', 'termo', 'borraccia'] },

  // Instruments.
  { id: 'guitar', role: 'product', en: ['guitar'], ja: ['ギター'], zh: ['吉他'], eu: ['gitarre', 'guitare', 'guitarra', 'chitarra'] },
  { id: 'electric-guitar', role: 'product', implies: ['guitar'], en: ['electric guitar'], ja: ['エレキギター', 'エレキ'], zh: ['电吉他', '電吉他'], eu: ['e gitarre', 'guitare électrique', 'guitarra eléctrica', 'chitarra elettrica'] },
  { id: 'acoustic-guitar', role: 'product', implies: ['guitar'], en: ['acoustic guitar', 'classical guitar'], ja: ['アコースティックギター', 'アコギ', 'クラシックギター'], zh: ['木吉他', '民谣吉他', '民謠吉他', '古典吉他'], eu: ['akustikgitarre', 'guitare acoustique', 'guitarra acústica', 'chitarra acustica'] },
  // ベース alone is also a make-up base and a baseball base: only the guitar's compounds here.
  { id: 'bass-guitar', role: 'product', en: ['bass guitar', 'electric bass'], ja: ['エレキベース', 'ベースギター'], zh: ['贝斯', '貝斯', '电贝斯', '電貝斯'], eu: ['e bass', 'basse électrique', 'bajo eléctrico', 'basso elettrico'] },
  { id: 'ukulele', role: 'product', en: ['ukulele'], ja: ['ウクレレ'], zh: ['尤克里里', '烏克麗麗'], eu: ['ukelele'] },
  { id: 'piano', role: 'product', en: ['piano', 'digital piano', 'electric piano'], ja: ['ピアノ', '電子ピアノ'], zh: ['钢琴', '鋼琴', '电钢琴', '電鋼琴'], eu: ['klavier', 'e piano', 'pianoforte'] },
  { id: 'synthesizer', role: 'product', en: ['synthesizer', 'synth'], ja: ['シンセサイザー', 'シンセ'], zh: ['合成器'], eu: ['synthétiseur', 'sintetizador', 'sintetizzatore'] },
  { id: 'drums', role: 'product', en: ['drums', 'drum kit', 'drum set', 'electronic drums'], ja: ['ドラム', 'ドラムセット', '電子ドラム'], zh: ['架子鼓', '爵士鼓', '电子鼓', '電子鼓'], eu: ['schlagzeug', 'e drum'],
    not: ['ドラム式'] },
  { id: 'violin', role: 'product', en: ['violin'], ja: ['バイオリン', 'ヴァイオリン'], zh: ['小提琴'], eu: ['geige', 'violon', 'violín', 'violino'] },
  { id: 'saxophone', role: 'product', en: ['saxophone', 'sax', 'alto sax', 'tenor sax'], ja: ['サックス', 'サクソフォン', 'アルトサックス', 'テナーサックス'], zh: ['萨克斯', '薩克斯', '萨克斯风', '薩克斯風'], eu: ['saxofon', 'saxophon', 'sassofono'] },
  { id: 'trumpet', role: 'product', en: ['trumpet'], ja: ['トランペット'], zh: ['小号', '小號'], eu: ['trompete', 'trompette', 'trompeta', 'tromba'] },
  { id: 'flute', role: 'product', en: ['flute'], ja: ['フルート'], zh: ['长笛', '長笛'], eu: ['querflöte', 'flûte', 'flauta', 'flauto'] },
  { id: 'effects-pedal', role: 'product', en: ['effects pedal', 'effect pedal', 'guitar pedal', 'stompbox', 'multi effects'], ja: ['エフェクター', 'マルチエフェクター'], zh: ['效果器'], eu: ['effektgerät', 'pédale d effet', 'pedal de efectos', 'pedale effetto'] },

  // Furniture, home, outdoors, family.
  { id: 'chair', role: 'product', en: ['chair', 'office chair'], ja: ['チェア', '椅子', 'オフィスチェア'], zh: ['椅子', '办公椅', '辦公椅', '电脑椅', '電腦椅'], eu: ['stuhl', 'chaise', 'silla', 'sedia'] },
  { id: 'desk', role: 'product', en: ['desk', 'standing desk'], ja: ['デスク', '学習机'], zh: ['书桌', '書桌', '办公桌', '辦公桌', '电脑桌', '電腦桌'], eu: ['schreibtisch', 'escritorio', 'scrivania'], not: ['デスクトップ'] },
  { id: 'table', role: 'product', en: ['table', 'coffee table', 'dining table', 'console table', 'night stand', 'nightstand', 'tv stand', 'tv board'], ja: ['テーブル', 'ローテーブル', 'ダイニングテーブル', 'テレビ台', 'テレビボード'], zh: ['桌子', '餐桌', '茶几', '电视柜', '電視櫃'], eu: ['tisch', 'mesa', 'tavolo'],
    not: ['table tennis', 'periodic table', 'テーブルタップ'] },
  { id: 'sofa', role: 'product', en: ['sofa', 'couch'], ja: ['ソファ', 'ソファー'], zh: ['沙发', '沙發'], eu: ['canapé', 'divano'] },
  { id: 'lamp', role: 'product', en: ['lamp', 'desk lamp', 'floor lamp', 'table lamp', 'pendant light'], ja: ['デスクライト', 'スタンドライト', 'フロアランプ', 'テーブルランプ', 'ペンダントライト', '電気スタンド', '照明'], zh: ['台灯', '檯燈', '落地灯', '落地燈', '灯具', '燈具'], eu: ['lampe', 'lámpara', 'lampada'] },
  { id: 'bicycle', role: 'product', en: ['bicycle', 'bike', 'road bike', 'mountain bike', 'folding bike'], ja: ['自転車', 'ロードバイク', 'クロスバイク', 'マウンテンバイク', '折りたたみ自転車'], zh: ['自行车', '自行車', '单车', '單車', '脚踏车', '腳踏車', '公路车', '公路車'], eu: ['fahrrad', 'vélo', 'bicicleta', 'bicicletta'],
    not: ['bike pump', 'bike lock', 'bike light', 'exercise bike', 'bike rack'] },
  { id: 'stroller', role: 'product', en: ['stroller', 'pram', 'pushchair', 'baby stroller'], ja: ['ベビーカー'], zh: ['婴儿车', '嬰兒車', '婴儿推车', '嬰兒推車'], eu: ['kinderwagen', 'poussette', 'carrito de bebé', 'passeggino'] },
  { id: 'car-seat', role: 'product', en: ['car seat', 'child seat'], ja: ['チャイルドシート', 'ジュニアシート'], zh: ['安全座椅'], eu: ['kindersitz', 'siège auto', 'silla de coche', 'seggiolino auto'] },
  { id: 'tent', role: 'product', en: ['tent'], ja: ['テント'], zh: ['帐篷', '帳篷'], eu: ['zelt', 'tente', 'tienda de campaña', 'tenda'], not: ['パテント'] },
  { id: 'golf-club', role: 'product', en: ['golf club', 'golf clubs', 'putter'], ja: ['ゴルフクラブ', 'パター'], zh: ['高尔夫球杆', '高爾夫球桿', '推杆', '推桿'], eu: ['golfschläger', 'club de golf', 'palo de golf', 'mazza da golf'] },

  // ── Features: descriptive words worth matching across languages ─────────────────────────────
  { id: 'wireless', role: 'feature', en: ['wireless', 'cordless'], ja: ['ワイヤレス', '無線', 'コードレス'], zh: ['无线', '無線'], eu: ['kabellos', 'sans fil', 'inalámbrico', 'inalámbricos', 'senza fili', 'draadloos'] },
  { id: 'noise-cancelling', role: 'feature', en: ['noise cancelling', 'noise canceling', 'noise-cancelling', 'anc'], ja: ['ノイズキャンセリング', 'ノイキャン', 'ノイズキャンセル'], zh: ['降噪', '主动降噪', '主動降噪'], eu: ['geräuschunterdrückung', 'réduction de bruit', 'cancelación de ruido', 'cancellazione del rumore'] },
  { id: 'bluetooth', role: 'feature', en: ['bluetooth', 'blue tooth'], ja: ['ブルートゥース'], zh: ['蓝牙', '藍牙'] },
  { id: 'sim-free', role: 'feature', en: ['unlocked', 'factory unlocked', 'sim free', 'simfree'], ja: ['simフリー', 'シムフリー', 'simロック解除'], zh: ['无锁', '無鎖', '未锁', '未鎖'], eu: ['ohne simlock', 'débloqué', 'desbloqueado', 'sbloccato'] },
  { id: 'waterproof', role: 'feature', en: ['waterproof', 'water resistant'], ja: ['防水'], zh: ['防水'], eu: ['wasserdicht', 'étanche', 'impermeable', 'impermeabile'] },
  { id: 'gaming', role: 'feature', en: ['gaming'], ja: ['ゲーミング'], zh: ['电竞', '電競'] },
  { id: 'reverse-weave', role: 'line', en: ['reverse weave', 'reverseweave'], ja: ['リバースウィーブ', 'リバースウェーブ'], zh: ['反织', '反織'] },
  { id: 'automatic', role: 'feature', en: ['automatic', 'self winding', 'automatic movement'], ja: ['自動巻き', '自動巻', 'オートマチック'], zh: ['自动机械', '自動機械', '自动上链', '自動上鍊'], eu: ['automatik', 'automatique', 'automático', 'automatico'] },
  { id: 'quartz', role: 'feature', en: ['quartz'], ja: ['クォーツ', 'クオーツ'], zh: ['石英'], eu: ['quarz', 'cuarzo', 'quarzo'], not: ['rose quartz'] },
  { id: 'leather', role: 'feature', en: ['leather', 'genuine leather'], ja: ['レザー', '本革', '牛革', 'ソフトレザー'], zh: ['皮革', '真皮', '牛皮'], eu: ['leder', 'cuir', 'cuero', 'pelle'] },
  { id: 'faux-leather', role: 'feature', en: ['faux leather', 'vegan leather', 'pu leather', 'synthetic leather'], ja: ['フェイクレザー', '合皮', '合成皮革'], zh: ['pu皮', '人造皮', '仿皮'], eu: ['kunstleder', 'simili cuir', 'polipiel', 'similpelle', 'ecopelle'] },
  // Chanel's leathers, named in nearly every Chanel bag title.
  { id: 'lambskin', role: 'feature', en: ['lambskin', 'lamb skin', 'lamb leather'], ja: ['ラムスキン'], zh: ['羊皮', '小羊皮'], eu: ['lammleder', 'cuir d agneau', 'piel de cordero'] },
  { id: 'caviar-leather', role: 'feature', en: ['caviar leather', 'caviar skin', 'caviar'], ja: ['キャビアスキン'], zh: ['鱼子酱皮', '魚子醬皮', '鱼子酱', '魚子醬'] },
  { id: 'calfskin', role: 'feature', en: ['calfskin', 'calf leather', 'calf skin'], ja: ['カーフスキン', 'カーフレザー', 'カーフ'], zh: ['小牛皮'], eu: ['kalbsleder', 'cuir de veau', 'piel de becerro'] },
  { id: 'canvas', role: 'feature', en: ['canvas'], ja: ['キャンバス'], zh: ['帆布'], eu: ['toile', 'lona'] },
  { id: 'cashmere', role: 'feature', en: ['cashmere'], ja: ['カシミヤ', 'カシミア'], zh: ['羊绒', '羊絨', '开司米', '開司米'], eu: ['kaschmir', 'cachemire', 'cachemira'] },
  { id: 'wool', role: 'feature', en: ['wool', 'merino wool'], ja: ['ウール'], zh: ['羊毛'], eu: ['wolle', 'laine'] },

  // ── Main unit: "the device itself" ────────────────────────────────────────────────────────────
  { id: 'main-unit', role: 'main-unit', en: ['console', 'console only', 'system', 'handheld', 'body only', 'main unit', 'unit only'], ja: ['本体', '本体のみ', 'ボディ', 'ボディー', 'ボディのみ'], zh: ['主机', '主機', '整机', '整機', '裸机', '裸機', '机身', '機身', '掌机', '掌機'],
    eu: ['konsole', 'consola', 'console seule', 'nur gehäuse', 'boîtier nu', 'solo cuerpo', 'solo corpo'],
    // ボディ is a camera's body; in these it is the human body.
    not: ['ボディクリーム', 'ボディソープ', 'ボディミルク', 'ボディローション', 'ボディオイル', 'ボディケア', 'ボディスーツ', 'ボディタオル', 'ボディブラシ', 'ボディピアス', 'ボディボード', 'ボディメイク', 'ボディスクラブ', 'ボディミスト', 'ボディシェイパー', 'ボディウォーマー', 'ボディコン', 'ボディペイント', 'ボディスポンジ', 'ボディジュエリー', 'ボディチェーン', 'ボディー クリーム',
      'center console', 'mixing console', 'sound system', 'audio system', 'operating system', 'stereo system', 'speaker system', 'home theater system', 'home theatre system', 'hi fi system', 'hifi system', 'mesh system', 'security system', 'system shock'] },

  // ── Accessories, parts, consumables: the id is the type ─────────────────────────────────────
  { id: 'case', role: 'accessory', en: ['case', 'hard case', 'soft case', 'carrying case', 'protective case', 'clear case', 'bumper case', 'folio case', 'flip case', 'wallet case', 'laptop sleeve', 'protective sleeve', 'carrying pouch', 'gig bag'],
    ja: ['ケース', 'ハードケース', 'ソフトケース', '手帳型', '手帳型ケース', 'クリアケース', 'バンパーケース', '収納ポーチ', 'キャリングポーチ', 'ギグバッグ', '保護ケース'],
    zh: ['保护壳', '保護殼', '保护套', '保護套', '手机壳', '手機殼', '手机套', '手機套', '外壳', '外殼', '收纳包', '收納包', '收纳盒', '收納盒', '硅胶套', '矽膠套', '皮套'], eu: ['hülle', 'schutzhülle', 'handyhülle', 'coque', 'étui', 'housse', 'funda', 'custodia', 'lederhulle', 'lederhülle'],
    not: ['pencil case', 'pen case', 'glasses case', 'eyeglass case', 'cigarette case', 'passport case', 'jewelry case', 'jewellery case', 'vanity case', 'cosmetic case', 'display case', 'watch case', 'contact lens case', 'aluminum case', 'aluminium case', 'stainless steel case', 'titanium case', 'case only', 'empty case', 'case fan', 'case closed', 'pillow case', 'in case',
          'ペンケース', 'メガネケース', '眼鏡ケース', '名刺ケース', 'シガレットケース', 'ジュエリーケース', '収納ケース', '衣装ケース', 'コレクションケース', 'ディスプレイケース', 'ショーケース', 'ピルケース', 'ティッシュケース', 'バニティケース', 'ケースのみ', '空ケース', 'ケース付', 'ケースあり', 'ケース有'] },
  // 贴纸 (sticker) is a sticker (below), not a console skin.
  { id: 'cover', role: 'accessory', implies: ['case'], en: ['cover', 'skin', 'faceplate', 'clear cover', 'keyboard cover'], ja: ['カバー', 'スキンシール', 'クリアカバー', 'ソファカバー', 'ソファーカバー'], zh: ['痛贴', '痛貼', '机身贴', '機身貼'],
    not: ['cover art', 'book cover', 'cover only', 'cover song', 'marks to cover', 'marks on cover', 'wear to cover', 'wear on cover', 'scratches to cover', 'scratches on cover', 'scuffs on cover', 'damage to cover', 'duvet cover', 'skin care', 'snake skin', 'python skin', 'crocodile skin', 'ostrich skin', 'skin tone', 'ブックカバー', 'カバー付', 'カバーあり', 'カバーアルバム'] },
  { id: 'dock', role: 'accessory', en: ['dock', 'docking station', 'charging dock', 'dock station', 'charging stand', 'charging station'], ja: ['ドック', 'ドッキングステーション', 'ドックスタンド'], zh: ['底座', '扩展坞', '擴展塢', '擴充座', '充电底座', '充電底座'], eu: ['dockingstation', 'station d accueil', 'base de carga'] },
  { id: 'charger', role: 'accessory', en: ['charger', 'charging cable', 'power adapter', 'ac adapter', 'power supply', 'wall charger'], ja: ['充電器', 'acアダプター', 'acアダプタ', '充電ケーブル'], zh: ['充电器', '充電器', '充电线', '充電線', '电源适配器', '電源適配器', '变压器', '變壓器', '充电头', '充電頭'],
    eu: ['ladegerät', 'ladekabel', 'netzteil', 'chargeur', 'cargador', 'caricabatterie'] },
  { id: 'cable', role: 'accessory', en: ['cable', 'cord', 'hdmi cable', 'usb cable', 'aux cable', 'power cord'], ja: ['ケーブル', '電源コード', '延長コード'], zh: ['数据线', '數據線', '连接线', '連接線', '线材', '線材', '传输线', '傳輸線'], eu: ['kabel', 'câble', 'cavo'],
    not: ['cable knit', 'cable car', 'ケーブル編み'] },
  { id: 'adapter', role: 'accessory', en: ['adapter', 'adaptor', 'converter', 'mount adapter', 'lens adapter'], ja: ['アダプター', 'アダプタ', '変換アダプター', '変換アダプタ', '変換プラグ', '変換コネクタ', 'マウントアダプター'], zh: ['转接头', '轉接頭', '适配器', '轉接器', '转换器', '轉換器'], eu: ['adaptateur', 'adaptador', 'adattatore'] },
  { id: 'hub', role: 'accessory', en: ['usb hub', 'usb c hub'], ja: ['usbハブ'], zh: ['集线器', '集線器'] },
  { id: 'power-bank', role: 'accessory', en: ['power bank', 'powerbank', 'portable charger'], ja: ['モバイルバッテリー'], zh: ['充电宝', '充電寶', '移动电源', '移動電源', '行动电源', '行動電源'], eu: ['batterie externe', 'batería externa'] },
  { id: 'ear-pads', role: 'accessory', en: ['ear pads', 'earpads', 'ear pad', 'earpad', 'ear cushions', 'ear cushion'], ja: ['イヤーパッド', 'イヤパッド', 'イヤークッション'], zh: ['耳罩', '耳垫', '耳墊', '耳机套', '耳機套', '耳棉'], eu: ['ohrpolster', 'coussinets', 'almohadillas', 'cuscinetti'],
    not: ['耳罩式'] },
  { id: 'ear-tips', role: 'accessory', en: ['ear tips', 'eartips', 'ear tip'], ja: ['イヤーピース', 'イヤーチップ'], zh: ['耳塞套', '耳帽'], eu: ['embouts'] },
  // A headband is also a hair accessory; as a part it goes with headphones (ヘッドバンド).
  { id: 'headband', role: 'accessory', en: ['headband', 'head band', 'headband cushion'], ja: ['ヘッドバンド'], zh: ['头梁', '頭梁', '头带', '頭帶'] },
  { id: 'screen-protector', role: 'accessory', en: ['screen protector', 'tempered glass', 'protective film', 'glass film', 'screen film'], ja: ['保護フィルム', 'ガラスフィルム', '液晶保護フィルム', '保護ガラス'], zh: ['钢化膜', '鋼化膜', '保护贴', '保護貼', '贴膜', '貼膜', '玻璃贴', '玻璃貼', '手机膜', '手機膜', '镜头膜', '鏡頭膜'],
    eu: ['schutzfolie', 'panzerglas', 'verre trempé', 'protector de pantalla', 'pellicola protettiva'] },
  { id: 'strap', role: 'accessory', en: ['strap', 'band', 'watch band', 'watch strap', 'wristband', 'lanyard', 'shoulder strap', 'joy con strap', 'sport loop', 'sport band', 'milanese loop', 'solo loop', 'braided solo loop', 'link bracelet', 'leather link'], ja: ['ストラップ', 'バンド', '時計ベルト', '時計バンド', 'スマホショルダー', 'ショルダーストラップ', 'ショルダーベルト'], zh: ['表带', '錶帶', '挂绳', '掛繩', '手机绳', '手機繩', '肩带', '肩帶'],
    eu: ['uhrenarmband', 'bracelet de montre', 'bracelet montre', 'correa', 'cinturino'],
    not: ['rubber band', 'rock band', 'boy band', 'big band', 'brass band', 'resistance band', 'hair band', 'elastic band', 'band merch', 'jazz band',
          'バンドスコア', 'ヘアバンド', 'ゴムバンド', 'バンドリ', 'バンドマン', 'ロックバンド', 'ガールズバンド', 'バンドグッズ'] },
  // "holder", ホルダー and "mount" alone are left out (キーホルダー, クリアホルダー, lens mounts): only their phone compounds.
  { id: 'stand', role: 'accessory', en: ['stand', 'kickstand', 'music stand', 'phone holder', 'car mount', 'wall mount', 'phone mount'], ja: ['スタンド', 'キックスタンド', 'スマホホルダー', '車載ホルダー'], zh: ['支架', '立架'], eu: ['halterung', 'ständer', 'support téléphone', 'soporte', 'supporto'],
    not: ['stand alone', 'stand by me', 'stand up', 'stand collar', 'スタンドカラー', 'ガソリンスタンド', 'スタンドミラー', 'スタンドマイク', 'スタンド使い'] },
  { id: 'controller', role: 'accessory', en: ['controller', 'game controller', 'gamepad', 'dualshock', 'arcade stick', 'fight stick', 'racing wheel'], ja: ['コントローラー', 'コントローラ', 'アケコン', 'ハンドルコントローラー'], zh: ['手柄', '游戏手柄', '遊戲手把', '手把', '控制器', '摇杆', '搖桿'],
    eu: ['manette', 'mando'] },
  // A battery in a title is often the device's own battery health: the `not`s are those phrases.
  { id: 'battery', role: 'accessory', en: ['battery', 'batteries', 'battery pack', 'replacement battery'], ja: ['バッテリー', '電池', '交換用バッテリー'], zh: ['电池', '電池'], eu: ['akku', 'ersatzakku'],
    not: ['battery life', 'battery health', 'battery capacity', 'battery level', 'battery cycle', 'new battery', 'battery replaced',
          'バッテリー最大容量', 'バッテリー容量', 'バッテリー拡張', 'バッテリー強化', 'バッテリー残量', 'バッテリー交換済', 'バッテリー新品交換済', 'バッテリー状態', 'バッテリーの状態', 'バッテリー持ち', '電池交換済', '電池切れ', '電池残量', '電池持ち', '電池式', '電池内蔵', '乾電池式',
          '电池健康', '電池健康', '电池效能', '電池效能', '电池容量', '電池容量', '电池寿命', '電池壽命', '换过电池', '換過電池', '电池续航', '電池續航'] },
  { id: 'grip', role: 'accessory', en: ['grip', 'grips', 'thumb grips', 'battery grip', 'phone ring', 'ring holder'], ja: ['グリップ', 'スマホリング', 'バンカーリング', 'バッテリーグリップ'], zh: ['握把', '指环扣', '指環扣'], not: ['grip tape', 'グリップテープ'] },
  { id: 'remote', role: 'accessory', en: ['remote', 'remote control'], ja: ['リモコン'], zh: ['遥控器', '遙控器'], eu: ['fernbedienung', 'télécommande', 'mando a distancia', 'telecomando'] },
  { id: 'stylus', role: 'accessory', en: ['stylus', 'stylus pen', 'touch pen'], ja: ['タッチペン', 'スタイラスペン'], zh: ['触控笔', '觸控筆', '手写笔', '手寫筆', '电容笔', '電容筆'], eu: ['eingabestift', 'stylet', 'lápiz táctil'] },
  // The Apple Pencil is a line of its own, priced far above a generic stylus: its own type.
  { id: 'apple-pencil', role: 'accessory', implies: ['apple', 'stylus'], en: ['apple pencil'], ja: ['アップルペンシル'], zh: ['apple pencil'] },
  { id: 'memory-card', role: 'accessory', en: ['sd card', 'microsd', 'micro sd', 'microsd card', 'micro sd card', 'memory card', 'sdxc card', 'cf card'], ja: ['sdカード', 'microsdカード', 'マイクロsd', 'マイクロsdカード', 'メモリーカード', 'sdxcカード'], zh: ['内存卡', '記憶卡', '记忆卡', '存储卡', '存儲卡', 'sd卡', 'tf卡'], eu: ['speicherkarte', 'carte mémoire', 'tarjeta de memoria', 'scheda di memoria'] },
  { id: 'mouse-pad', role: 'accessory', en: ['mouse pad', 'mousepad', 'mouse mat', 'desk mat'], ja: ['マウスパッド'], zh: ['鼠标垫', '鼠標墊', '滑鼠墊'], eu: ['mauspad', 'tapis de souris', 'alfombrilla'] },
  { id: 'tripod', role: 'accessory', en: ['tripod', 'monopod'], ja: ['三脚'], zh: ['三脚架', '三腳架', '脚架', '腳架'], eu: ['stativ', 'trépied', 'trípode', 'treppiede'], not: ['二人三脚'] },
  { id: 'camera-flash', role: 'accessory', en: ['speedlite', 'speedlight', 'camera flash', 'flashgun'], ja: ['ストロボ', 'スピードライト'], zh: ['闪光灯', '閃光燈'], eu: ['blitzgerät', 'aufsteckblitz', 'flash cobra'] },
  { id: 'filter', role: 'accessory', en: ['filter', 'lens filter', 'uv filter', 'nd filter', 'cpl filter', 'replacement filter'], ja: ['フィルター', 'フィルタ', 'レンズフィルター', 'ndフィルター'], zh: ['滤镜', '濾鏡', '滤网', '濾網', '滤芯', '濾芯'], eu: ['filtre', 'filtro'], not: ['フィルター加工'] },
  { id: 'lens-cap', role: 'accessory', en: ['lens cap', 'lens hood', 'body cap'], ja: ['レンズキャップ', 'レンズフード', 'ボディキャップ'], zh: ['镜头盖', '鏡頭蓋', '遮光罩', '机身盖', '機身蓋'], eu: ['objektivdeckel', 'gegenlichtblende', 'bouchon d objectif', 'parasoleil'] },
  { id: 'card-sleeve', role: 'accessory', en: ['card sleeves', 'card sleeve', 'deck sleeves', 'toploader', 'top loader'], ja: ['カードスリーブ', 'スリーブ', 'デッキシールド'], zh: ['卡套', '卡膜'], eu: ['kartenhüllen'],
    not: ['ノースリーブ', 'ロングスリーブ', 'ショートスリーブ', 'スリーブレス', 'フレンチスリーブ', 'パフスリーブ', 'キャップスリーブ'] },
  { id: 'ink', role: 'accessory', en: ['ink cartridge', 'ink cartridges', 'toner cartridge'], ja: ['インク', 'インクカートリッジ', 'トナーカートリッジ'], zh: ['墨盒', '墨水', '硒鼓'], eu: ['druckerpatrone', 'tintenpatrone', 'cartouche d encre', 'cartucho de tinta', 'cartuccia'],
    not: ['インクジェット'] },
  { id: 'strings', role: 'accessory', en: ['guitar strings', 'bass strings', 'string set'], ja: ['ギター弦', 'ベース弦'], zh: ['吉他弦', '琴弦'], eu: ['gitarrensaiten', 'cordes guitare', 'cuerdas guitarra'] },
  { id: 'watch-winder', role: 'accessory', en: ['watch winder'], ja: ['ワインディングマシーン', 'ワインディングマシン'], zh: ['摇表器', '搖錶器', '转表器', '轉錶器'], eu: ['uhrenbeweger'] },
  { id: 'replacement-part', role: 'accessory', en: ['replacement', 'replacement part', 'replacement parts', 'spare part', 'spare parts', 'repair part', 'replacement screen', 'digitizer'], ja: ['交換用', '交換部品', '修理部品', 'パーツ', '部品', '替え刃', '替えブラシ', '交換パネル'],
    zh: ['零件', '配件', '替换', '替換', '刷头', '刷頭', '刀头', '刀頭', '屏幕总成', '螢幕總成'], eu: ['ersatzteil', 'ersatzteile', 'pièce de rechange', 'repuesto', 'ricambio'],
    not: ['パーツ取り', '部品取り', 'パーツ欠品', '部品欠品', 'パーツ欠け', 'パーツ不足', 'パーツ揃い', 'パーツ完備', '配件齐全', '配件齊全', '配件全', '全配件', '配件都在', '配件齐', '配件齊', '配件完整', '零件机', '零件機'] },

  // ── Media: played or read on a platform ──────────────────────────────────────────────────────
  // ソフト and カセット are how Japanese sellers say "a game"; the `not`s are the soft things.
  { id: 'game', role: 'media', en: ['game', 'games', 'video game', 'game software', 'cartridge', 'game card'], ja: ['ソフト', 'ゲームソフト', 'パッケージ版', 'テレビゲーム', 'ゲームカセット', 'カセット'], zh: ['游戏', '遊戲', '遊戲片', '游戏片', '游戏卡', '遊戲卡', '卡带', '卡帶', '实体卡', '實體卡', '游戏光盘', '遊戲光碟'],
    // Spanish "juego de …" is as often a set (juego de sábanas, de llaves) as a game: only "videojuego".
    eu: ['spiel', 'spiele', 'spielen', 'videospiel', 'jeu', 'jeux', 'jeu vidéo', 'jeux vidéo', 'videojuego', 'gioco', 'giochi', 'videogioco'],
    not: ['game of thrones', 'game worn', 'game used', 'game ball', 'game changer', 'jeu de cles', 'jeu de clés',
          'ソフトバンク', 'ソフトビニール', 'ソフトクリーム', 'ソフトシェル', 'ソフトボール', 'ソフトテニス', 'ソフトタッチ', 'カセットコンロ', 'カセットボンベ'] },
  { id: 'software', role: 'media', en: ['software', 'pc software'], ja: ['ソフトウェア', 'ソフトウエア'], zh: ['软件', '軟件', '软体', '軟體'], eu: ['logiciel'] },
  { id: 'cd', role: 'media', en: ['cd', 'compact disc', 'cds', '2cd', '3cd', '4cd', '5cd', '2xcd', '3xcd', '2x cd', '3x cd', 'double cd'], ja: ['cd', 'シングルcd'], zh: ['cd', 'cd唱片'] },
  { id: 'vinyl', role: 'media', en: ['vinyl', 'vinyl record', 'lp', 'record', 'records', '2lp', '3lp', '4lp', '5lp', '2xlp', '3xlp', '4xlp', '2x lp', '3x lp', 'double lp', 'triple lp'], ja: ['レコード', 'lp盤', 'lpレコード', 'アナログ盤', 'アナログレコード'], zh: ['黑胶', '黑膠', '黑胶唱片', '黑膠唱片'], eu: ['schallplatte', 'vinyle', 'vinilo', 'vinile'],
    not: ['vinyl wrap', 'vinyl flooring', 'vinyl gloves', 'world record', 'world records', 'track record', 'record label', 'record holder', 'レコード針', 'レコード会社'] },
  { id: 'cassette', role: 'media', en: ['cassette', 'cassette tape'], ja: ['カセットテープ'], zh: ['磁带', '磁帶', '录音带', '錄音帶'], eu: ['kassette', 'casete'] },
  { id: 'dvd', role: 'media', en: ['dvd', 'blu ray', 'blu-ray', 'bluray', 'dvd box'], ja: ['dvd', 'ブルーレイ'], zh: ['dvd', '蓝光', '藍光', '蓝光碟', '藍光碟'],
    not: ['抗蓝光', '抗藍光', '防蓝光', '防藍光', '蓝光眼镜', '藍光眼鏡'] },
  { id: 'book', role: 'media', en: ['book', 'books', 'manga', 'comic', 'comics', 'comic book', 'novel', 'light novel', 'paperback', 'softcover', 'soft cover', 'hardcover', 'hardback', 'photo book', 'photobook'],
    ja: ['漫画', 'マンガ', 'まんが', 'コミック', 'コミックス', '書籍', '単行本', '文庫本', '小説', 'ライトノベル', 'ラノベ', 'ソフトカバー', '写真集', '全巻'], zh: ['漫画', '漫畫', '书籍', '書籍', '小说', '小說', '图书', '圖書', '绘本', '繪本', '画册', '畫冊'],
    eu: ['buch', 'bücher', 'livre', 'libro', 'libri'],
    not: ['book case', 'book cover', 'book shelf', 'book stand', 'book light', 'e book reader', 'book bag', 'comic con', 'コミックマーケット'] },
  // A game's strategy guide is not the game: kinds.ts sets it apart unless the query asks for one.
  { id: 'guidebook', role: 'media', en: ['strategy guide', 'guide book', 'guidebook', 'official guide'], ja: ['攻略本', 'ガイドブック', '攻略ガイド'], zh: ['攻略本', '攻略书', '攻略書', '攻略手册', '攻略手冊'] },
  { id: 'magazine', role: 'media', en: ['magazine'], ja: ['雑誌', 'マガジン'], zh: ['杂志', '雜誌'], eu: ['zeitschrift', 'revue', 'revista', 'rivista'] },

  // ── Colours: narrow the comps when enough match, never required ─────────────────────────────
  // 黒, 白, 赤, 青 alone are left out: 黒ずみ (stains), 白書, 面白い, 赤字, 青春… would all be colours.
  { id: 'black', role: 'colour', en: ['black', 'jet black', 'midnight black', 'space black', 'matte black', 'phantom black', 'piano black'], ja: ['ブラック', '黒色'], zh: ['黑色'], eu: ['schwarz', 'schwarze', 'noir', 'noire', 'negro', 'negra', 'nero', 'nera', 'neri', 'nere', 'zwart', 'preto'] },
  { id: 'white', role: 'colour', en: ['white'], ja: ['ホワイト', '白色'], zh: ['白色'], eu: ['weiß', 'weiße', 'blanc', 'blanche', 'blanco', 'blanca', 'bianco', 'bianca', 'bianche', 'wit', 'branco'], not: ['white gold', 'ホワイトゴールド', 'blue eyes white dragon', 'ブルーアイズホワイトドラゴン'] },
  { id: 'ivory', role: 'colour', en: ['ivory', 'off white', 'cream white'], ja: ['アイボリー', 'オフホワイト'], zh: ['象牙白', '米白', '米白色'], eu: ['elfenbein', 'ivoire', 'marfil', 'avorio'] },
  { id: 'silver', role: 'colour', en: ['silver'], ja: ['シルバー', '銀色'], zh: ['银色', '銀色'], eu: ['silber', 'argent', 'plata', 'argento'] },
  { id: 'grey', role: 'colour', en: ['grey', 'gray', 'space gray', 'space grey', 'charcoal', 'light grey', 'light gray', 'dark grey', 'dark gray'], ja: ['グレー', 'グレイ', '灰色', 'ライトグレー', 'ダークグレー', 'チャコール', 'チャコールグレー'], zh: ['灰色', '深空灰', '深空灰色'], eu: ['grau', 'gris', 'grise', 'grigio', 'grigia'] },
  { id: 'graphite', role: 'colour', en: ['graphite'], ja: ['グラファイト'], zh: ['石墨色'], eu: ['graphit'] },
  { id: 'gold', role: 'colour', en: ['gold', 'champagne gold'], ja: ['ゴールド'], zh: ['金色', '香槟金', '香檳金'], eu: ['doré', 'dorado', 'oro'], not: ['gold plated', 'white gold', 'yellow gold', 'ホワイトゴールド', 'イエローゴールド'] },
  { id: 'rose-gold', role: 'colour', en: ['rose gold', 'pink gold'], ja: ['ローズゴールド', 'ピンクゴールド'], zh: ['玫瑰金'], eu: ['roségold', 'or rose', 'oro rosa'] },
  { id: 'blue', role: 'colour', en: ['blue', 'sierra blue', 'pacific blue'], ja: ['ブルー', '青色', 'シエラブルー'], zh: ['蓝色', '藍色', '远峰蓝', '遠峰藍'], eu: ['blau', 'bleu', 'azul', 'blu'],
    not: ['blue ray', 'blues', 'blue eyes', 'ブルーライト', 'ブルーアイズ'] },
  { id: 'light-blue', role: 'colour', en: ['light blue', 'sky blue', 'baby blue'], ja: ['ライトブルー', 'スカイブルー', 'サックスブルー', '水色'], zh: ['浅蓝', '淺藍', '天蓝', '天藍', '天蓝色', '天藍色'], eu: ['hellblau', 'bleu ciel', 'celeste', 'azzurro'] },
  { id: 'navy', role: 'colour', en: ['navy', 'navy blue'], ja: ['ネイビー', '紺色'], zh: ['藏青', '藏青色', '藏蓝', '藏藍', '海军蓝', '海軍藍'], eu: ['marineblau', 'bleu marine', 'azul marino', 'blu navy'] },
  { id: 'red', role: 'colour', en: ['red', 'product red'], ja: ['レッド', '赤色'], zh: ['红色', '紅色'], eu: ['rot', 'rouge', 'rojo', 'roja', 'rosso', 'rossa', 'rossi', 'rosse'] },
  { id: 'burgundy', role: 'colour', en: ['burgundy', 'bordeaux', 'wine red', 'maroon'], ja: ['ボルドー', 'ワインレッド'], zh: ['酒红', '酒紅', '酒红色', '酒紅色'], eu: ['burdeos'] },
  { id: 'pink', role: 'colour', en: ['pink'], ja: ['ピンク', 'ライトピンク'], zh: ['粉色', '粉红', '粉紅', '粉红色', '粉紅色'], eu: ['rosa', 'rose'], not: ['guns n roses', 'rose quartz'] },
  { id: 'green', role: 'colour', en: ['green', 'alpine green'], ja: ['グリーン', '緑色', 'ライトグリーン'], zh: ['绿色', '綠色', '墨绿', '墨綠'], eu: ['grün', 'vert', 'verte', 'verde', 'groen'] },
  { id: 'olive', role: 'colour', en: ['olive', 'olive green'], ja: ['オリーブ'], zh: ['橄榄绿', '橄欖綠', '军绿', '軍綠'], eu: ['oliv', 'verde oliva'], not: ['olive oil'] },
  { id: 'khaki', role: 'colour', en: ['khaki'], ja: ['カーキ'], zh: ['卡其', '卡其色'], eu: ['caqui', 'cachi'] },
  { id: 'beige', role: 'colour', en: ['beige'], ja: ['ベージュ', 'ライトベージュ'], zh: ['米色', '杏色'] },
  { id: 'camel', role: 'colour', en: ['camel'], ja: ['キャメル'], zh: ['驼色', '駝色'] },
  // ブラウン is also Braun, the shaver maker, in Japanese: a colour hit on its listings is harmless.
  { id: 'brown', role: 'colour', en: ['brown'], ja: ['ブラウン', '茶色'], zh: ['棕色', '咖啡色'], eu: ['braun', 'marron', 'marrón', 'marrone', 'bruin'] },
  { id: 'purple', role: 'colour', en: ['purple', 'violet', 'deep purple'], ja: ['パープル', 'バイオレット', '紫色', 'ライトパープル'], zh: ['紫色'], eu: ['lila', 'morado', 'paars'], not: ['scarlet violet', 'スカーレットバイオレット'] },
  { id: 'yellow', role: 'colour', en: ['yellow'], ja: ['イエロー', '黄色', 'ライトイエロー'], zh: ['黄色', '黃色'], eu: ['gelb', 'jaune', 'amarillo', 'amarilla', 'giallo', 'gialla'] },
  { id: 'orange', role: 'colour', en: ['orange'], ja: ['オレンジ'], zh: ['橙色', '橘色'], eu: ['naranja', 'arancione', 'oranje'] },
  { id: 'transparent', role: 'colour', en: ['transparent', 'translucent', 'clear color'], ja: ['スケルトン', 'クリアカラー'], zh: ['透明'], eu: ['transparente', 'trasparente'] },
  { id: 'midnight', role: 'colour', en: ['midnight'], ja: ['ミッドナイト'], zh: ['午夜色'] },
  { id: 'starlight', role: 'colour', en: ['starlight'], ja: ['スターライト'], zh: ['星光色'] },
  { id: 'natural-titanium', role: 'colour', en: ['natural titanium'], ja: ['ナチュラルチタニウム'], zh: ['原色钛金属', '原色鈦金屬'] },
  { id: 'black-titanium', role: 'colour', en: ['black titanium'], ja: ['ブラックチタニウム'], zh: ['黑色钛金属'] },
  { id: 'white-titanium', role: 'colour', en: ['white titanium'], ja: ['ホワイトチタニウム'], zh: ['白色钛金属'] },
  { id: 'blue-titanium', role: 'colour', en: ['blue titanium'], ja: ['ブルーチタニウム'], zh: ['蓝色钛金属'] },
  // Samsung's Galaxy S24 names: the word order differs from Apple's.
  { id: 'titanium-gray', role: 'colour', en: ['titanium gray', 'titanium grey'], ja: ['チタニウムグレー'], zh: ['钛灰', '鈦灰', '钛灰色', '鈦灰色'] },
  { id: 'titanium-black', role: 'colour', en: ['titanium black'], ja: ['チタニウムブラック'], zh: ['钛黑', '鈦黑', '钛黑色', '鈦黑色'] },
  { id: 'titanium-violet', role: 'colour', en: ['titanium violet'], ja: ['チタニウムバイオレット'], zh: ['钛紫', '鈦紫', '钛紫色', '鈦紫色'] },
  { id: 'titanium-yellow', role: 'colour', en: ['titanium yellow'], ja: ['チタニウムイエロー'], zh: ['钛黄', '鈦黃', '钛黄色', '鈦黃色'] },
  { id: 'desert-titanium', role: 'colour', en: ['desert titanium'], ja: ['デザートチタニウム'], zh: ['沙漠色钛金属', '沙漠色鈦金屬'] },

  // ── Variants: a comp must have the same ones as the query ─────────────────────────────────────
  // The katakana variants are short and live inside many words: their `not`s are the common ones.
  { id: 'pro', role: 'variant', en: ['pro'], ja: ['プロ'],
    not: ['プロテイン', 'プロモ', 'プロレス', 'プロ野球', 'プロテクター', 'プロフ', 'プロマイド', 'プロセッサ', 'プロデュース', 'プロトタイプ', 'プロペラ', 'プロポ', 'プログラム', 'プロダクト', 'プロフェッショナル', 'プロポーズ', 'プロフィール'] },
  { id: 'max', role: 'variant', en: ['max'], ja: ['マックス'] },
  { id: 'mini', role: 'variant', en: ['mini'], ja: ['ミニ'], zh: ['迷你'],
    not: ['mini cooper', 'ミニチュア', 'ミニ四駆', 'ミニオン', 'ミニー', 'ミニマム', 'ミニマル', 'ミニマリスト', 'ミニバン', 'ミニトマト'] },
  { id: 'plus', role: 'variant', en: ['plus'], ja: ['プラス'], not: ['plus shipping', 'plus games', 'plus game', 'plus case', 'プラスチック', 'プラスドライバー'] },
  { id: 'lite', role: 'variant', en: ['lite'], ja: ['ライト'],
    not: ['ライトスイッチ', 'ライトニング', 'ライトセーバー', 'ペンライト', 'ledライト', 'ライトアップ', 'ヘッドライト', 'テールライト', 'ライトスタンド', 'リングライト'] },
  { id: 'ultra', role: 'variant', en: ['ultra'], ja: ['ウルトラ'], not: ['ultra rare', 'ultra ball', 'ultra beast', 'ultra pro', 'ultra boost', 'ウルトラレア', 'ウルトラボール', 'ウルトラビースト', 'ウルトラセブン', 'ウルトラ怪獣'] },
  { id: 'oled', role: 'variant', en: ['oled', 'oled model'], ja: ['有機el', '有機elモデル'], zh: ['oled', 'oled版'] },
  { id: 'slim', role: 'edition', en: ['slim'], ja: ['スリム'], not: ['slim fit', 'スリムフィット'] },
  { id: 'digital-edition', role: 'edition', en: ['digital edition', 'digital'], ja: ['デジタル・エディション', 'デジタルエディション'], zh: ['数字版', '數字版', '數位版'], not: ['digital copy', 'digital download'] },
  { id: 'se', role: 'variant', en: ['se'], not: ['se vende', 'se venden', 'se vend', 'se envia', 'se entrega', 'se regala', 'se cambia', 'se puede'] },
  // MacBook Air, iPad Air; Nike's Air lines and the "air" products are longer forms of other terms.
  { id: 'air', role: 'variant', en: ['air'], not: ['air pump', 'air mattress', 'air freshener', 'hot air', 'on air', 'air guitar'] },

  // ── Merchandise (role merch), added with the engine's merch kind ────────────────────────────────
  { id: 'cushion', role: 'merch', en: ['pillow', 'throw pillow'], ja: ['クッション'], zh: ['抱枕', '靠垫', '靠墊'] },
  { id: 'art-book', role: 'merch', en: ['art book', 'artbook', 'the art of'], ja: ['設定資料集', '画集'], zh: ['设定集', '設定集', '画集'] },

  // ── Editions and sizes (role edition): narrow like a colour ─────────────────────────────────────
  { id: 'disc-edition', role: 'edition', en: ['disc edition', 'standard edition'], ja: ['ディスクドライブ搭載', '通常版'], zh: ['光碟版', '光驱版', '光驅版'] },
  { id: 'small', role: 'edition', en: ['small'], ja: ['スモール'], eu: ['petit', 'klein'] },
  { id: 'medium', role: 'edition', en: ['medium'], ja: ['ミディアム'], zh: ['中号', '中號'] },
  { id: 'large', role: 'edition', en: ['large'], ja: ['ラージ'], zh: ['大号', '大號'], eu: ['grand', 'gross'] },

  // ── Accessory types the evaluation set needed apart ─────────────────────────────────────────────
  { id: 'pro-controller', role: 'accessory', en: ['pro controller'], ja: ['プロコン', 'proコントローラー', 'proコン', 'プロコントローラー'], zh: ['pro手柄', 'pro控制器'], implies: ['controller'] },
  { id: 'joy-con', role: 'accessory', en: ['joy con', 'joycon'], ja: ['ジョイコン'], zh: ['joy-con手柄'] },
  { id: 'dualsense', role: 'accessory', en: ['dualsense', 'dualsense edge'], ja: ['デュアルセンス'], zh: ['dualsense手柄'], implies: ['controller', 'playstation-5'] },
  { id: 'charging-case', role: 'accessory', en: ['charging case', 'charger case'], ja: ['充電ケース'], zh: ['充电盒', '充電盒', '充电仓', '充電倉'] },
  { id: 'single-earbud', role: 'accessory', en: ['left earbud', 'right earbud', 'single earbud', 'replacement earbud', 'left ear', 'right ear'], ja: ['片耳', '左耳のみ', '右耳のみ', '左耳', '右耳'], zh: ['左耳', '右耳', '单耳', '單耳'] },

  // ── Product lines (role line): a query naming one wants comps that do ───────────────────────────
  { id: 'speedy', role: 'line', en: ['speedy'], ja: ['スピーディ', 'スピーディー'], zh: ['speedy'], implies: ['louis-vuitton'] },
  { id: 'neverfull', role: 'line', en: ['neverfull', 'never full'], ja: ['ネヴァーフル', 'ネバーフル'], implies: ['louis-vuitton'] },
  { id: 'keepall', role: 'line', en: ['keepall', 'keep all'], ja: ['キーポル'], implies: ['louis-vuitton'] },
  { id: 'onthego', role: 'line', en: ['onthego', 'on the go'], ja: ['オンザゴー'], implies: ['louis-vuitton'] },
  { id: 'alma', role: 'line', en: ['alma'], ja: ['アルマ'], implies: ['louis-vuitton'] },
  { id: 'pochette-metis', role: 'line', en: ['pochette metis'], ja: ['ポシェットメティス', 'ポシェット メティス'], implies: ['louis-vuitton'] },
  { id: 'multi-pochette', role: 'line', en: ['multi pochette', 'multi pochette accessoires'], ja: ['ミュルティ ポシェット', 'ミュルティポシェット'], implies: ['louis-vuitton'] },
  { id: 'bandouliere', role: 'line', en: ['bandouliere'], ja: ['バンドリエール'] },
  { id: 'picotin', role: 'line', en: ['picotin', 'picotin lock'], ja: ['ピコタン', 'ピコタンロック'], zh: ['菜篮子', '菜籃子'], implies: ['hermes'] },
  { id: 'birkin', role: 'line', en: ['birkin'], ja: ['バーキン'], zh: ['铂金包', '鉑金包'], implies: ['hermes'] },
  { id: 'kelly', role: 'line', en: ['kelly bag', 'kelly'], ja: ['ケリー'], zh: ['凯莉包', '凱莉包'], implies: ['hermes'] },
  { id: 'evelyne', role: 'line', en: ['evelyne'], ja: ['エブリン'], implies: ['hermes'] },
  { id: 'matelasse', role: 'line', en: ['matelasse', 'classic flap'], ja: ['マトラッセ'], zh: ['cf'] },
  { id: 'boy-chanel', role: 'line', en: ['boy chanel', 'boy bag'], ja: ['ボーイシャネル'], implies: ['chanel'] },
  { id: 'submariner', role: 'line', en: ['submariner'], ja: ['サブマリーナ', 'サブマリーナー'], zh: ['潜航者', '水鬼'], implies: ['rolex'] },
  { id: 'daytona', role: 'line', en: ['daytona'], ja: ['デイトナ'], zh: ['迪通拿'], implies: ['rolex'] },
  { id: 'datejust', role: 'line', en: ['datejust'], ja: ['デイトジャスト'], zh: ['日志型', '日誌型'], implies: ['rolex'] },
  { id: 'gmt-master', role: 'line', en: ['gmt master', 'gmt master ii'], ja: ['gmtマスター'], implies: ['rolex'] },
  { id: 'paperwhite', role: 'line', en: ['paperwhite'], ja: ['ペーパーホワイト'] },

  // ── Model variants read after a line or platform (Dunk Low / High) ──────────────────────────────
  { id: 'low', role: 'variant', en: ['low'], ja: ['ロー'], not: ['low price', 'low cost', 'low mileage', 'low miles', 'low battery', 'low light', 'ローン', 'ローラー', 'ローズ', 'ローション', 'ローブ', 'ロード', 'ロープ'] },
  { id: 'high', role: 'variant', en: ['high'], ja: ['ハイ'], not: ['high quality', 'high end', 'high grade', 'high speed', 'high resolution', 'ハイレゾ', 'ハイブランド', 'ハイエンド', 'ハイグレード', 'ハイキュー'] },
  { id: 'mid', role: 'variant', en: ['mid'], ja: ['ミッド'], not: ['mid century', 'mid size'] },

  // ── Printings: narrow like an edition ───────────────────────────────────────────────────────────
  { id: 'first-edition', role: 'edition', en: ['1st edition', 'first edition', '1st ed'], ja: ['初版', '1st edition'], zh: ['初版'] },
  // Base Set's first print run, without the art box's drop shadow: priced well above the Unlimited print.
  { id: 'shadowless', role: 'edition', en: ['shadowless'], ja: ['シャドウレス'] },
  { id: 'unlimited-edition', role: 'edition', en: ['unlimited', 'unlimited edition'], ja: ['アンリミテッド'] },

  // ── Held-out evaluation: parts, codes and printings the engine must tell apart ────────────────
  { id: 'minifigure', role: 'accessory', en: ['minifig', 'minifigure', 'mini figure'], ja: ['ミニフィグ'], zh: ['人仔'] },
  { id: 'cleaner-head', role: 'accessory', en: ['cleaner head', 'soft roller', 'soft roller head', 'motorhead', 'direct drive head'], ja: ['ソフトローラー', 'ソフトローラーヘッド', 'モーターヘッド', 'クリーナーヘッド'], zh: ['吸头', '吸頭', '地刷'] },
  { id: 'download-code', role: 'media', en: ['download code', 'dlc', 'digital code', 'product code'], ja: ['ダウンロードコード', 'ダウンロード版', 'プロダクトコード'], zh: ['下载码', '下載碼', '兑换码', '兌換碼'] },
  { id: 'womens', role: 'variant', en: ['womens', 'wmns', 'women'], ja: ['ウィメンズ', 'レディース'], zh: ['女款', '女鞋'], eu: ['damen', 'femme', 'mujer'] },
  { id: 'parallel', role: 'variant', en: ['parallel', 'alt art', 'alternate art', 'manga art', 'super parallel'], ja: ['パラレル', 'スーパーパラレル', 'コミパラ'], zh: ['平行卡', '异画', '異畫'] },
];

/**
 * Model numbers of consoles and handhelds, which say "the device itself" as 本体 does: a title
 * "Nintendo Switch Joy-Con(L)/(R) グレー HADSKAAAH" is the console, not its controllers. Matched on
 * folded text: Switch HAC/HAD/HEG/HDH/BEE (HAC-001, HADSKAAAH, HEG-S-KAAAA), PlayStation CFI/CUH
 * (CFI-1200, CUH-2200), 3DS/2DS CTR/SPR/KTR/JAN/FTR-001, Game Boy models (DMG-01, CGB-001,
 * AGB-001, AGS-001/101; AGS-002 is the SP's charger, not a console).
 */
export const MAIN_UNIT_CODES =
  /(?:^|\s)(?:(?:hac|had|heg|hdh|bee)-?(?:001|s-?[a-z]{5})[a-z0-9-]*|(?:cfi|cuh|scph)-?[0-9]{4,5}[a-z0-9-]*|(?:ctr|spr|ktr|jan|ftr|red)-?001|dmg-?01|(?:cgb|mgb|agb)-?001|ags-?[01]01)(?=\s|$)/;
