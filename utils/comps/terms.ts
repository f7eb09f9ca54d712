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
 *  - A brand or platform glued to a number ("CHANEL22", "iPhone15") is found too.
 *
 * Roles: what the engine does with a term (utils/comps/kinds.ts, match.ts):
 *  - brand, product, feature: identity words, matched across languages as one unit each;
 *  - line: a product line or series ("reverse weave", "Matelassé"): a query naming one wants it;
 *  - platform: a product others make games and accessories for (a console, a phone line): a
 *    query naming only a platform wants the device itself, not what is made for it;
 *  - accessory: a part, accessory or consumable; the term id is the accessory type ("dock"),
 *    so "dock" in a query asks for docks;
 *  - media: games, software, discs, books: what is played or read on a platform;
 *  - merch: merchandise of a franchise (posters, figures, mugs, plush): not the thing itself;
 *  - main-unit: words that say "the device itself" (本体, console);
 *  - colour, edition: narrow the comps when enough of them match (reference.ts), never required
 *    to match ("Slim", "Digital Edition", a size: the same model in another edition);
 *  - variant: a model variant (Pro, Lite, OLED): a comp must have the same variants as the query.
 *
 * Reviewed data, not code: every term has a test of its forms in test/comps/terms.test.ts.
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
  // ── Brands ──────────────────────────────────────────────────────────────────────────────────
  { id: 'sony', role: 'brand', en: ['sony'], ja: ['ソニー'], zh: ['索尼', '新力'] },
  { id: 'nintendo', role: 'brand', en: ['nintendo'], ja: ['任天堂', 'ニンテンドー', 'ニンテンドウ'], zh: ['任天堂'] },
  { id: 'apple', role: 'brand', en: ['apple'], ja: ['アップル'], zh: ['苹果', '蘋果'] },
  { id: 'chanel', role: 'brand', en: ['chanel'], ja: ['シャネル'], zh: ['香奈儿', '香奈兒'] },
  { id: 'louis-vuitton', role: 'brand', en: ['louis vuitton', 'lv'], ja: ['ルイヴィトン', 'ルイ ヴィトン', 'ヴィトン'], zh: ['路易威登', 'lv'] },
  { id: 'bose', role: 'brand', en: ['bose'], ja: ['ボーズ'], zh: ['博士'] },
  { id: 'samsung', role: 'brand', en: ['samsung'], ja: ['サムスン', 'サムソン'], zh: ['三星'] },
  { id: 'microsoft', role: 'brand', en: ['microsoft'], ja: ['マイクロソフト'], zh: ['微软', '微軟'] },
  { id: 'champion', role: 'brand', en: ['champion'], ja: ['チャンピオン'], zh: ['冠军'] },
  { id: 'pokemon', role: 'brand', en: ['pokemon', 'pokémon'], ja: ['ポケモン', 'ポケットモンスター'], zh: ['宝可梦', '寶可夢', '精灵宝可梦'] },
  { id: 'pink-floyd', role: 'brand', en: ['pink floyd'], ja: ['ピンク フロイド', 'ピンクフロイド', 'ピンク・フロイド'], zh: ['平克弗洛伊德', '平克·弗洛伊德'] },
  { id: 'hermes', role: 'brand', en: ['hermes', 'hermès'], ja: ['エルメス'], zh: ['爱马仕', '愛馬仕'] },
  { id: 'gucci', role: 'brand', en: ['gucci'], ja: ['グッチ'], zh: ['古驰', '古馳'] },
  { id: 'prada', role: 'brand', en: ['prada'], ja: ['プラダ'], zh: ['普拉达', '普拉達'] },
  { id: 'rolex', role: 'brand', en: ['rolex'], ja: ['ロレックス'], zh: ['劳力士', '勞力士'] },
  { id: 'canon', role: 'brand', en: ['canon'], ja: ['キヤノン', 'キャノン'], zh: ['佳能'] },
  { id: 'nikon', role: 'brand', en: ['nikon'], ja: ['ニコン'], zh: ['尼康'] },
  { id: 'panasonic', role: 'brand', en: ['panasonic'], ja: ['パナソニック'], zh: ['松下', '国际牌', '國際牌'] },
  { id: 'nike', role: 'brand', en: ['nike'], ja: ['ナイキ'], zh: ['耐克'] },
  { id: 'adidas', role: 'brand', en: ['adidas'], ja: ['アディダス'], zh: ['阿迪达斯', '愛迪達'] },
  { id: 'lego', role: 'brand', en: ['lego'], ja: ['レゴ'], zh: ['乐高', '樂高'] },
  { id: 'dyson', role: 'brand', en: ['dyson'], ja: ['ダイソン'], zh: ['戴森'] },
  { id: 'xiaomi', role: 'brand', en: ['xiaomi'], ja: ['シャオミ'], zh: ['小米'] },
  { id: 'huawei', role: 'brand', en: ['huawei'], ja: ['ファーウェイ'], zh: ['华为', '華為'] },
  { id: 'google', role: 'brand', en: ['google'], ja: ['グーグル'], zh: ['谷歌'] },
  { id: 'beats', role: 'brand', en: ['beats'], ja: ['ビーツ'], zh: ['魔声'] },
  { id: 'sennheiser', role: 'brand', en: ['sennheiser'], ja: ['ゼンハイザー'], zh: ['森海塞尔', '森海塞爾'] },
  { id: 'audio-technica', role: 'brand', en: ['audio technica', 'audio-technica', 'audiotechnica'], ja: ['オーディオテクニカ'], zh: ['铁三角', '鐵三角'] },

  // ── Platforms: what games and accessories are made for ──────────────────────────────────────
  { id: 'nintendo-switch', role: 'platform', en: ['nintendo switch', 'nintendoswitch', 'switch'], ja: ['ニンテンドースイッチ', 'スイッチ'], zh: ['switch'], implies: ['nintendo'],
    not: ['light switch', 'wall switch', 'toggle switch', 'switch box', 'switch panel', 'power switch', 'ハンドルスイッチ', 'ライトスイッチ', 'スイッチボックス'] },
  { id: 'switch-2', role: 'platform', en: ['nintendo switch 2', 'switch 2', 'switch2'], ja: ['ニンテンドースイッチ2', 'スイッチ2'], implies: ['nintendo', 'nintendo-switch'] },
  { id: 'playstation-5', role: 'platform', en: ['playstation 5', 'playstation5', 'ps5'], ja: ['プレイステーション5', 'プレステ5'], zh: ['ps5'], implies: ['sony'] },
  { id: 'playstation-4', role: 'platform', en: ['playstation 4', 'playstation4', 'ps4'], ja: ['プレイステーション4', 'プレステ4'], zh: ['ps4'], implies: ['sony'] },
  { id: 'xbox-series', role: 'platform', en: ['xbox series x', 'xbox series s', 'xbox series'], implies: ['microsoft'] },
  { id: 'nintendo-3ds', role: 'platform', en: ['nintendo 3ds', '3ds'], ja: ['ニンテンドー3ds'], implies: ['nintendo'] },
  { id: 'game-boy', role: 'platform', en: ['game boy', 'gameboy'], ja: ['ゲームボーイ'], implies: ['nintendo'] },
  { id: 'iphone', role: 'platform', en: ['iphone'], ja: ['アイフォン', 'アイフォーン'], implies: ['apple'] },
  { id: 'ipad', role: 'platform', en: ['ipad'], ja: ['アイパッド'], implies: ['apple'] },
  { id: 'airpods', role: 'platform', en: ['airpods', 'air pods', 'airpod', 'air pod'], ja: ['エアポッズ', 'エアーポッズ'], implies: ['apple'] },
  { id: 'apple-watch', role: 'platform', en: ['apple watch'], ja: ['アップルウォッチ'], implies: ['apple'] },
  { id: 'macbook', role: 'platform', en: ['macbook'], ja: ['マックブック'], implies: ['apple'] },
  { id: 'galaxy', role: 'platform', en: ['galaxy'], ja: ['ギャラクシー'], implies: ['samsung'] },

  // ── Products: what a thing is ────────────────────────────────────────────────────────────────
  { id: 'headphones', role: 'product', en: ['headphones', 'headphone', 'headset', 'over ear headphones'], ja: ['ヘッドホン', 'ヘッドフォン', 'ヘッドセット'], zh: ['耳机', '头戴式耳机', '耳麦'], eu: ['kopfhorer', 'casque audio', 'auriculares', 'cuffie'] },
  { id: 'earbuds', role: 'product', en: ['earbuds', 'earphones', 'earphone', 'in ear'], ja: ['イヤホン', 'イヤフォン'], zh: ['入耳式耳机'], eu: ['ohrhorer', 'ecouteurs'] },
  { id: 'console', role: 'product', en: ['game console', 'video game console'], ja: ['ゲーム機'], zh: ['游戏机'] },
  { id: 'smartphone', role: 'product', en: ['smartphone', 'cell phone', 'mobile phone'], ja: ['スマホ', 'スマートフォン'], zh: ['手机', '智能手机', '智慧型手机', '智慧手机'], eu: ['handy', 'telephone', 'movil', 'telefono'] },
  { id: 'tablet', role: 'product', en: ['tablet'], ja: ['タブレット'], zh: ['平板'] },
  { id: 'laptop', role: 'product', en: ['laptop', 'notebook computer'], ja: ['ノートパソコン', 'ノートpc'], zh: ['笔记本电脑', '笔电'], eu: ['portatil', 'ordinateur portable'] },
  { id: 'camera', role: 'product', en: ['camera'], ja: ['カメラ'], zh: ['相机', '相機'], eu: ['kamera', 'appareil photo', 'camara', 'fotocamera'] },
  { id: 'lens', role: 'product', en: ['lens'], ja: ['レンズ'], zh: ['镜头'], eu: ['objektiv', 'objectif', 'objetivo', 'obiettivo'] },
  { id: 'watch', role: 'product', en: ['watch', 'wristwatch'], ja: ['腕時計', '時計'], zh: ['手表', '腕表'], eu: ['uhr', 'montre', 'reloj', 'orologio'], not: ['apple watch', 'watch case', 'watch band', 'watch strap'] },
  { id: 'bag', role: 'product', en: ['bag', 'handbag'], ja: ['バッグ', 'かばん', '鞄'], zh: ['手提包', '包包'], eu: ['tasche', 'sac', 'bolso', 'borsa'],
    not: ['bag charm', 'dust bag', 'tote bag', 'shoulder bag', 'sleeping bag', 'bean bag', 'ショルダーバッグ', 'トートバッグ', '保存袋'] },
  { id: 'shoulder-bag', role: 'product', implies: ['bag'], en: ['shoulder bag', 'crossbody bag', 'chain shoulder bag'], ja: ['ショルダーバッグ', 'チェーンショルダー', 'チェーンショルダーバッグ'], zh: ['单肩包', '斜挎包', '链条包'] },
  { id: 'tote-bag', role: 'product', implies: ['bag'], en: ['tote bag', 'tote'], ja: ['トートバッグ', 'トート'], zh: ['托特包'] },
  { id: 'wallet', role: 'product', en: ['wallet', 'purse'], ja: ['財布', 'ウォレット', '長財布'], zh: ['钱包', '皮夹', '皮夾'], eu: ['geldborse', 'portefeuille', 'cartera', 'portafoglio'] },
  { id: 'hoodie', role: 'product', implies: ['sweatshirt'], en: ['hoodie', 'hooded sweatshirt', 'hoody'], ja: ['パーカー', 'フーディー'], zh: ['连帽衫', '连帽卫衣', '帽t'], eu: ['kapuzenpullover', 'sweat a capuche', 'sudadera con capucha'] },
  { id: 'sweatshirt', role: 'product', en: ['sweatshirt', 'crewneck', 'crew neck'], ja: ['スウェット', 'トレーナー'], zh: ['卫衣'] },
  { id: 'sneakers', role: 'product', en: ['sneakers', 'trainers', 'sneaker'], ja: ['スニーカー'], zh: ['运动鞋', '球鞋'], eu: ['turnschuhe', 'baskets', 'zapatillas'] },
  { id: 'trading-card', role: 'product', en: ['trading card', 'tcg', 'card'], ja: ['カード', 'トレカ'], zh: ['卡牌', '卡片', '集换式卡牌'],
    not: ['sd card', 'memory card', 'gift card', 'graphics card', 'video card', 'credit card', 'sim card', 'simカード', 'card case', 'card holder', 'sdカード', 'カードケース', 'カードホルダー', 'カード入れ', 'icカード'] },
  // ── Merchandise: things of a franchise that are not the thing itself ─────────────────────────
  { id: 'figure', role: 'merch', en: ['figure', 'figurine', 'action figure', 'fig'], ja: ['フィギュア'], zh: ['手办', '公仔'] },
  { id: 'poster', role: 'merch', en: ['poster', 'art print'], ja: ['ポスター'], zh: ['海报', '海報'], eu: ['poster', 'affiche', 'cartel', 'lienzo'] },
  { id: 'mug', role: 'merch', en: ['mug', 'cup'], ja: ['マグカップ', 'マグ'], zh: ['马克杯', '馬克杯'], eu: ['tasse', 'taza', 'tazza'] },
  { id: 'plush', role: 'merch', en: ['plush', 'plushie', 'stuffed toy'], ja: ['ぬいぐるみ', 'ヌイグルミ'], zh: ['玩偶', '毛绒'], eu: ['peluche', 'pluschtier'] },
  { id: 'cushion', role: 'merch', en: ['cushion', 'pillow'], ja: ['クッション'], zh: ['抱枕', '靠垫'], not: ['ear cushion', 'ear cushions', 'headband cushion'] },
  { id: 'keychain', role: 'merch', en: ['keychain', 'key chain', 'keyring'], eu: ['llavero', 'porte cles', 'schlusselanhanger'], ja: ['キーホルダー', 'キーチェーン', 'ボールチェーン'], zh: ['钥匙扣', '鑰匙圈'] },
  { id: 'art-book', role: 'merch', en: ['art book', 'artbook', 'the art of'], ja: ['設定資料集', '画集', 'アートブック'], zh: ['设定集', '画集'] },
  { id: 't-shirt', role: 'merch', en: ['t shirt', 'tshirt', 'tee'], ja: ['tシャツ'], zh: ['t恤'], eu: ['camiseta', 'maglietta'] },
  { id: 'sticker', role: 'merch', en: ['sticker', 'decal'], ja: ['ステッカー', 'シール'], zh: ['贴纸', '貼紙'], not: ['sleeve decal', 'スキンシール'] },
  { id: 'acrylic-stand', role: 'merch', en: ['acrylic stand'], ja: ['アクリルスタンド', 'アクスタ'], zh: ['亚克力立牌', '立牌'] },
  { id: 'bicycle', role: 'product', en: ['bicycle', 'bike'], ja: ['自転車'], zh: ['自行车', '单车', '腳踏車'], eu: ['fahrrad', 'velo', 'bicicleta'] },
  { id: 'speaker', role: 'product', en: ['speaker', 'speakers'], ja: ['スピーカー'], zh: ['音箱', '喇叭'], eu: ['lautsprecher', 'enceinte', 'altavoz'] },
  { id: 'vacuum', role: 'product', en: ['vacuum', 'vacuum cleaner'], ja: ['掃除機'], zh: ['吸尘器'] },

  // ── Features: descriptive words worth matching across languages ─────────────────────────────
  { id: 'wireless', role: 'feature', en: ['wireless', 'cordless'], ja: ['ワイヤレス', '無線'], zh: ['无线'], eu: ['kabellos', 'sans fil', 'inalambrico', 'inalambricos', 'senza fili'] },
  { id: 'noise-cancelling', role: 'feature', en: ['noise cancelling', 'noise canceling', 'noise-cancelling', 'anc'], ja: ['ノイズキャンセリング', 'ノイキャン', 'ノイズキャンセル'], zh: ['降噪', '主动降噪'], eu: ['noise cancelling', 'reduction de bruit', 'cancelacion de ruido'] },
  { id: 'bluetooth', role: 'feature', en: ['bluetooth'], ja: ['ブルートゥース'], zh: ['蓝牙', '藍牙'] },
  { id: 'sim-free', role: 'feature', en: ['unlocked', 'sim free', 'simfree'], ja: ['simフリー', 'シムフリー'], zh: ['无锁', '未锁'] },
  { id: 'reverse-weave', role: 'line', en: ['reverse weave', 'reverseweave'], ja: ['リバースウィーブ', 'リバースウェーブ'], zh: ['反织'] },

  // ── Main unit: "the device itself" ────────────────────────────────────────────────────────────
  { id: 'main-unit', role: 'main-unit', en: ['console', 'console only', 'system', 'handheld', 'body only', 'main unit'], ja: ['本体', '本体のみ'], zh: ['主机', '主機', '整机'], eu: ['konsole', 'consola', 'console seule'] },

  // ── Accessories, parts, consumables: the id is the type ─────────────────────────────────────
  { id: 'case', role: 'accessory', en: ['case', 'hard case', 'carrying case', 'protective case', 'pouch', 'laptop sleeve', 'protective sleeve'], ja: ['ケース', 'ハードケース', 'ポーチ'], zh: ['保护壳', '保护套', '手机壳', '外壳', '收纳包', '收纳盒', '硅胶套'], eu: ['hulle', 'schutzhulle', 'coque', 'etui', 'housse', 'funda', 'custodia'],
    not: ['pencil case', 'pen case', 'key case', 'business card case', 'glasses case', 'eyeglass case', 'cigarette case', 'coin case', 'passport case', 'jewelry case', 'jewellery case', 'vanity case', 'cosmetic case', 'display case', 'suitcase', 'brief case', 'briefcase', 'watch case', 'case only', 'empty case',
          'スーツケース', 'キーケース', 'カードケース', 'ペンケース', 'メガネケース', '眼鏡ケース', '名刺ケース', 'コインケース', 'パスケース', 'シガレットケース', 'アタッシュケース', 'トランクケース', 'ジュエリーケース', 'ケースのみ', '空ケース', 'ケース付', 'ケースあり', 'ケース有'] },
  { id: 'cover', role: 'accessory', en: ['cover', 'skin', 'faceplate'], ja: ['カバー', 'スキンシール'], zh: ['贴纸'], not: ['cover art', 'hardcover', 'soft cover', 'softcover', 'book cover', 'cover only', 'ブックカバー', 'カバー付', 'カバーあり'] },
  { id: 'dock', role: 'accessory', en: ['dock', 'docking station', 'charging dock', 'dock station'], ja: ['ドック', 'ドッキングステーション', 'ドックスタンド'], zh: ['底座', '扩展坞', '擴充座', '充电底座'], eu: ['dockingstation', 'station d accueil', 'base de carga'] },
  { id: 'charger', role: 'accessory', en: ['charger', 'charging cable', 'power adapter', 'ac adapter', 'power supply'], ja: ['充電器', 'acアダプター', 'acアダプタ', '充電ケーブル'], zh: ['充电器', '充电线', '电源适配器', '變壓器'], eu: ['ladegerat', 'ladekabel', 'netzteil', 'chargeur', 'cargador', 'caricabatterie'] },
  { id: 'cable', role: 'accessory', en: ['cable', 'cord', 'hdmi cable', 'usb cable', 'aux cable'], ja: ['ケーブル', 'コード'], zh: ['数据线', '连接线', '线材'], eu: ['kabel', 'cable', 'cavo'], not: ['cable knit', 'ケーブル編み', 'コードレス'] },
  { id: 'adapter', role: 'accessory', en: ['adapter', 'adaptor', 'converter'], ja: ['アダプター', 'アダプタ', '変換'], zh: ['转接头', '适配器'], not: ['ac adapter', 'power adapter', 'acアダプター', 'acアダプタ'] },
  { id: 'ear-pads', role: 'accessory', en: ['ear pads', 'earpads', 'ear pad', 'ear cushions', 'ear cushion', 'earpad'], ja: ['イヤーパッド', 'イヤパッド'], zh: ['耳罩', '耳垫', '耳機套', '耳机套', '耳棉'], eu: ['ohrpolster', 'coussinets', 'almohadillas'] },
  { id: 'ear-tips', role: 'accessory', en: ['ear tips', 'eartips', 'ear tip'], ja: ['イヤーピース', 'イヤーチップ'], zh: ['耳塞套', '耳帽'] },
  { id: 'headband', role: 'accessory', en: ['headband', 'head band', 'headband cushion'], ja: ['ヘッドバンド'], zh: ['头梁', '头带'] },
  { id: 'screen-protector', role: 'accessory', en: ['screen protector', 'tempered glass', 'protective film', 'glass film'], ja: ['保護フィルム', 'ガラスフィルム', 'フィルム'], zh: ['钢化膜', '保护贴', '保護貼', '贴膜', '玻璃贴'], eu: ['schutzfolie', 'panzerglas', 'verre trempe', 'protector de pantalla'] },
  { id: 'strap', role: 'accessory', en: ['strap', 'band', 'wristband', 'lanyard'], ja: ['ストラップ', 'バンド'], zh: ['表带', '錶帶', '挂绳'], eu: ['armband', 'bracelet', 'correa', 'cinturino'], not: ['headband', 'head band', 'rubber band', 'band t shirt', 'ヘッドバンド'] },
  { id: 'stand', role: 'accessory', en: ['stand', 'holder', 'mount', 'kickstand'], ja: ['スタンド', 'ホルダー', 'キックスタンド'], zh: ['支架', '立架'], eu: ['halterung', 'support', 'soporte', 'supporto'], not: ['dock stand', 'ドックスタンド', 'standard', 'stand alone', 'card holder', 'カードホルダー'] },
  { id: 'dualsense', role: 'accessory', en: ['dualsense', 'dualsense edge'], ja: ['デュアルセンス'], implies: ['controller', 'playstation-5'] },
  { id: 'controller', role: 'accessory', en: ['controller', 'gamepad', 'dualshock', 'wireless controller'], ja: ['コントローラー', 'コントローラ', 'ワイヤレスコントローラー'], zh: ['手柄', '控制器'], eu: ['manette', 'mando', 'controller'] },
  { id: 'pro-controller', role: 'accessory', en: ['pro controller'], ja: ['プロコン', 'proコントローラー', 'proコン', 'プロコントローラー'], zh: ['pro手柄'] },
  { id: 'joy-con', role: 'accessory', en: ['joy con', 'joycon', 'joy cons'], ja: ['ジョイコン'], zh: ['joy-con手柄'] },
  { id: 'charging-case', role: 'accessory', en: ['charging case', 'charger case', 'case only charging'], ja: ['充電ケース', '充電ケースのみ'], zh: ['充电盒', '充電盒', '充电仓', '充電倉'] },
  { id: 'battery', role: 'accessory', en: ['battery', 'batteries', 'battery pack'], ja: ['バッテリー', '電池'], zh: ['电池'], eu: ['akku', 'batterie', 'bateria', 'batteria'], not: ['battery life', '電池内蔵'] },
  { id: 'grip', role: 'accessory', en: ['grip', 'grips', 'thumb grips'], ja: ['グリップ'], zh: ['握把'] },
  { id: 'remote', role: 'accessory', en: ['remote', 'remote control'], ja: ['リモコン'], zh: ['遥控器'], eu: ['fernbedienung', 'telecommande', 'mando a distancia'] },
  { id: 'replacement-part', role: 'accessory', en: ['replacement', 'replacement part', 'spare part', 'spare parts', 'repair part'], ja: ['交換用', '交換部品', '修理部品', 'パーツ', '部品'], zh: ['零件', '配件', '替换'], eu: ['ersatzteil', 'piece de rechange', 'repuesto', 'ricambio'],
    not: ['配件齐', '配件齊', '配件全', '配件完整', '附件齐全', '附件齊全', '部品取り', '付属品', '零件机', '零件機'] },
  { id: 'single-earbud', role: 'accessory', en: ['left earbud', 'right earbud', 'single earbud', 'replacement earbud', 'left ear', 'right ear'], ja: ['片耳', '左耳のみ', '右耳のみ', '左耳', '右耳'], zh: ['左耳', '右耳', '单耳', '單耳'] },
  { id: 'lens-cap', role: 'accessory', en: ['lens cap', 'lens hood'], ja: ['レンズキャップ', 'レンズフード'], zh: ['镜头盖', '遮光罩'] },

  // ── Media: played or read on a platform ──────────────────────────────────────────────────────
  { id: 'game', role: 'media', en: ['game', 'video game', 'game software', 'cartridge'], ja: ['ソフト', 'ゲームソフト', 'パッケージ版'], zh: ['游戏', '遊戲片', '游戏卡', '卡带', '卡帶', '实体卡'], eu: ['spiel', 'jeu', 'juego', 'gioco'], not: ['game console', 'game boy', 'gameboy', 'game controller', 'ゲーム機'] },
  { id: 'cd', role: 'media', en: ['cd', 'compact disc', 'album'], ja: ['cd', 'アルバム'], zh: ['cd', '专辑', '專輯', '唱片'] },
  { id: 'vinyl', role: 'media', en: ['vinyl', 'lp', 'record'], ja: ['レコード', 'lp盤'], zh: ['黑胶', '黑膠'], eu: ['schallplatte', 'vinyle', 'vinilo'] },
  { id: 'dvd', role: 'media', en: ['dvd', 'blu ray', 'blu-ray', 'bluray'], ja: ['dvd', 'ブルーレイ'], zh: ['dvd', '蓝光'] },
  { id: 'book', role: 'media', en: ['book', 'manga', 'paperback', 'hardcover'], ja: ['漫画', 'コミック', '書籍', '単行本'], zh: ['漫画', '书籍', '小说'], eu: ['buch', 'livre', 'libro'], not: ['book case', 'book cover'] },

  // ── Colours: narrow the comps when enough match, never required ─────────────────────────────
  { id: 'black', role: 'colour', en: ['black', 'jet black', 'midnight black'], ja: ['ブラック', '黒'], zh: ['黑色'], eu: ['schwarz', 'noir', 'negro', 'nero', 'zwart', 'preto'] },
  { id: 'white', role: 'colour', en: ['white'], ja: ['ホワイト', '白'], zh: ['白色'], not: ['白ロム', '面白', '白黒'], eu: ['weiss', 'blanc', 'blanco', 'bianco', 'wit', 'branco'] },
  { id: 'silver', role: 'colour', en: ['silver'], ja: ['シルバー', '銀色'], zh: ['银色'], eu: ['silber', 'argent', 'plata', 'argento'] },
  { id: 'grey', role: 'colour', en: ['grey', 'gray', 'space gray', 'space grey'], ja: ['グレー', 'グレイ', '灰色'], zh: ['灰色', '深空灰'], eu: ['grau', 'gris', 'grigio'] },
  { id: 'gold', role: 'colour', en: ['gold'], ja: ['ゴールド'], zh: ['金色'], eu: ['dore', 'oro'], not: ['rose gold', 'gold plated'] },
  { id: 'rose-gold', role: 'colour', en: ['rose gold'], ja: ['ローズゴールド'], zh: ['玫瑰金'] },
  { id: 'blue', role: 'colour', en: ['blue'], ja: ['ブルー', '青色'], zh: ['蓝色'], eu: ['blau', 'bleu', 'azul', 'blu'], not: ['navy blue', 'blu ray', 'blue ray'] },
  { id: 'navy', role: 'colour', en: ['navy', 'navy blue'], ja: ['ネイビー', '紺色'], zh: ['藏青', '海军蓝'], eu: ['azul marino'] },
  { id: 'red', role: 'colour', en: ['red'], ja: ['レッド', '赤色'], zh: ['红色'], eu: ['rot', 'rouge', 'rojo', 'rosso'] },
  { id: 'pink', role: 'colour', en: ['pink'], ja: ['ピンク'], zh: ['粉色', '粉红'], eu: ['rosa', 'rose'], not: ['pink floyd', 'ピンクフロイド', 'ピンク フロイド'] },
  { id: 'green', role: 'colour', en: ['green'], ja: ['グリーン', '緑色'], zh: ['绿色'], eu: ['grun', 'vert', 'verde'] },
  { id: 'beige', role: 'colour', en: ['beige'], ja: ['ベージュ'], zh: ['米色', '米白'], eu: ['beige'] },
  { id: 'brown', role: 'colour', en: ['brown'], ja: ['ブラウン', '茶色'], zh: ['棕色', '咖啡色'], eu: ['braun', 'marron', 'marrone'] },
  { id: 'purple', role: 'colour', en: ['purple', 'violet'], ja: ['パープル', '紫色'], zh: ['紫色'], eu: ['lila', 'violet', 'morado', 'viola'] },
  { id: 'yellow', role: 'colour', en: ['yellow'], ja: ['イエロー', '黄色'], zh: ['黄色'], eu: ['gelb', 'jaune', 'amarillo', 'giallo'] },
  { id: 'orange', role: 'colour', en: ['orange'], ja: ['オレンジ'], zh: ['橙色'], eu: ['naranja', 'arancione'] },
  { id: 'midnight', role: 'colour', en: ['midnight'], ja: ['ミッドナイト'], zh: ['午夜色'], not: ['midnight black'] },
  { id: 'starlight', role: 'colour', en: ['starlight'], ja: ['スターライト'], zh: ['星光色'] },
  { id: 'natural-titanium', role: 'colour', en: ['natural titanium'], ja: ['ナチュラルチタニウム'], zh: ['原色钛金属', '原色鈦金屬'] },
  { id: 'blue-titanium', role: 'colour', en: ['blue titanium'], ja: ['ブルーチタニウム'], zh: ['蓝色钛金属', '藍色鈦金屬'] },
  { id: 'white-titanium', role: 'colour', en: ['white titanium'], ja: ['ホワイトチタニウム'], zh: ['白色钛金属', '白色鈦金屬'] },
  { id: 'black-titanium', role: 'colour', en: ['black titanium'], ja: ['ブラックチタニウム'], zh: ['黑色钛金属', '黑色鈦金屬'] },
  { id: 'desert-titanium', role: 'colour', en: ['desert titanium'], ja: ['デザートチタニウム'], zh: ['沙漠色钛金属', '沙漠色鈦金屬'] },

  // ── Variants: a comp must have the same ones as the query ─────────────────────────────────────
  { id: 'pro', role: 'variant', en: ['pro'], ja: ['プロ'], not: ['プロモ', 'プロテクター', 'プロテイン', 'プロジェクター', 'プロフィール', 'プロダクト'] },
  { id: 'air', role: 'variant', en: ['air'], ja: ['エアー', 'エア'] },
  { id: 'max', role: 'variant', en: ['max'], ja: ['マックス'] },
  { id: 'mini', role: 'variant', en: ['mini'], ja: ['ミニ'] },
  { id: 'plus', role: 'variant', en: ['plus'], ja: ['プラス'], not: ['plus shipping', 'plus games', 'plus game', 'plus case'] },
  { id: 'lite', role: 'variant', en: ['lite'], ja: ['ライト'], not: ['ライトスイッチ'] },
  { id: 'ultra', role: 'variant', en: ['ultra'], ja: ['ウルトラ'] },
  { id: 'oled', role: 'variant', en: ['oled', 'oled model'], ja: ['有機el', '有機elモデル'], zh: ['oled'] },
  { id: 'se', role: 'variant', en: ['se'], not: ['se vende', 'se venden', 'se vend', 'se envia', 'se entrega', 'se regala', 'se cambia', 'se puede'] },

  // ── Editions and sizes: narrow like a colour, never another model ───────────────────────────
  { id: 'slim', role: 'edition', en: ['slim'], ja: ['スリム'] },
  { id: 'digital-edition', role: 'edition', en: ['digital edition', 'digital'], ja: ['デジタル・エディション', 'デジタルエディション'], zh: ['数字版', '數位版'] },
  { id: 'disc-edition', role: 'edition', en: ['disc edition', 'disc', 'standard edition'], ja: ['ディスクドライブ搭載', '通常版'], zh: ['光碟版', '光驱版'] },
  { id: 'small', role: 'edition', en: ['small'], ja: ['スモール'], zh: ['小号', '小號'], eu: ['petit', 'pequeno', 'klein'] },
  { id: 'medium', role: 'edition', en: ['medium'], ja: ['ミディアム'], zh: ['中号', '中號'] },
  { id: 'large', role: 'edition', en: ['large'], ja: ['ラージ'], zh: ['大号', '大號'], eu: ['grand', 'grande', 'gross'] },
];

/**
 * Model numbers of consoles and handhelds, which say "the device itself" as 本体 does: a title
 * "Nintendo Switch Joy-Con(L)/(R) グレー HADSKAAAH" is the console, not its controllers. Matched on
 * folded text: Switch HAC/HAD/HEG/HDH/BEE (HAC-001, HADSKAAAH, HEG-S-KAAAA), PlayStation CFI/CUH
 * (CFI-1200, CUH-2200), 3DS/2DS CTR/SPR/KTR/JAN/FTR-001, Game Boy models.
 */
export const MAIN_UNIT_CODES =
  /(?:^|\s)(?:(?:hac|had|heg|hdh|bee)-?(?:001|s-?[a-z]{5})[a-z0-9-]*|(?:cfi|cuh|scph)-?[0-9]{4,5}[a-z0-9-]*|(?:ctr|spr|ktr|jan|ftr|red)-?001|(?:dmg|cgb|mgb|agb|ags)-?0[0-9]{2})(?=\s|$)/;
