import type { Message } from './types';

/** Strings of the options page. `$1`..`$9` are substitutions (numbers come formatted). */
export const optionsMessages = {
  optTitle: {
    en: 'Comps settings',
    zh_TW: 'Comps 設定',
    zh_CN: 'Comps 设置',
    ja: 'Comps の設定',
  },
  optIntro: {
    en: 'Everything Comps records stays in this browser, on this computer. Here you choose what it records, take your data out, bring it back, and decide how long it is kept.',
    zh_TW:
      'Comps 記錄的所有資料都只存在這台電腦的瀏覽器裡。你可以在這裡選擇要記錄什麼、匯出資料、再匯入回來，以及決定保留多久。',
    zh_CN:
      'Comps 记录的所有数据都只保存在这台电脑的浏览器中。你可以在这里选择记录哪些内容、导出数据、再导入回来，以及决定保留多久。',
    ja: 'Comps が記録したデータはすべて、このパソコンのブラウザの中だけに保存されます。ここでは記録する対象の選択、データの書き出しと読み込み、保存期間の設定ができます。',
  },
  optError: {
    en: 'Something went wrong: $1',
    zh_TW: '發生錯誤：$1',
    zh_CN: '出错了：$1',
    ja: 'エラーが発生しました：$1',
  },
  optLoading: {
    en: 'Loading…',
    zh_TW: '載入中…',
    zh_CN: '加载中…',
    ja: '読み込み中…',
  },
  optCancel: {
    en: 'Cancel',
    zh_TW: '取消',
    zh_CN: '取消',
    ja: 'キャンセル',
  },
  optConfirmDelete: {
    en: 'Delete',
    zh_TW: '刪除',
    zh_CN: '删除',
    ja: '削除する',
  },
  optSave: {
    en: 'Save',
    zh_TW: '儲存',
    zh_CN: '保存',
    ja: '保存',
  },
  optSaved: {
    en: 'Saved.',
    zh_TW: '已儲存。',
    zh_CN: '已保存。',
    ja: '保存しました。',
  },

  // Capture
  optCaptureHeading: {
    en: 'What Comps records',
    zh_TW: '記錄範圍',
    zh_CN: '记录范围',
    ja: '記録する対象',
  },
  optPauseAll: {
    en: 'Pause recording on every site',
    zh_TW: '暫停所有網站的記錄',
    zh_CN: '暂停所有网站的记录',
    ja: 'すべてのサイトで記録を一時停止',
  },
  optPausedNote: {
    en: 'Recording is paused: prices you see are not stored until you turn this off.',
    zh_TW: '記錄已暫停：在你關閉這個選項之前，瀏覽到的價格不會被儲存。',
    zh_CN: '记录已暂停：在你关闭此选项之前，浏览到的价格不会被保存。',
    ja: '記録は一時停止中です。この設定を解除するまで、表示された価格は保存されません。',
  },
  optSitesLegend: {
    en: 'Record prices on these sites',
    zh_TW: '在以下網站記錄價格',
    zh_CN: '在以下网站记录价格',
    ja: '価格を記録するサイト',
  },
  optShopsHeading: {
    en: 'Other shops you turned on',
    zh_TW: '你另外開啟的商店',
    zh_CN: '你另外开启的商店',
    ja: '追加で有効にしたショップ',
  },
  optShopsOn: {
    en: 'Record prices on these shops',
    zh_TW: '在以下商店記錄價格',
    zh_CN: '在以下商店记录价格',
    ja: '以下のショップで価格を記録',
  },
  optShopsNone: {
    en: 'None. To record prices on another shop, open one of its pages and turn it on from the Comps button.',
    zh_TW: '沒有。若要記錄其他商店的價格，請打開該商店的頁面，再從 Comps 按鈕開啟。',
    zh_CN: '没有。若要记录其他商店的价格，请打开该商店的页面，再通过 Comps 按钮开启。',
    ja: 'ありません。他のショップの価格を記録するには、そのショップのページを開き、Comps ボタンから有効にしてください。',
  },
  optRemove: {
    en: 'Remove',
    zh_TW: '移除',
    zh_CN: '移除',
    ja: '削除',
  },
  optRemoveShop: {
    en: 'Stop recording on $1',
    zh_TW: '停止在 $1 記錄',
    zh_CN: '停止在 $1 记录',
    ja: '$1 での記録をやめる',
  },
  optRemoveFailed: {
    en: 'Could not remove $1: $2',
    zh_TW: '無法移除 $1：$2',
    zh_CN: '无法移除 $1：$2',
    ja: '$1 を削除できませんでした：$2',
  },
  optStorageFull: {
    en: 'The disk was full on $1, so recording stopped. Free some space on the computer (or delete old data below), then resume.',
    zh_TW: '$1 時磁碟已滿，因此停止記錄。請釋放電腦的空間（或在下方刪除舊資料），再繼續記錄。',
    zh_CN: '$1 时磁盘已满，因此停止记录。请释放电脑的空间（或在下方删除旧数据），再继续记录。',
    ja: '$1 にディスクがいっぱいになったため、記録を停止しました。パソコンの空き容量を増やして（または下で古いデータを削除して）から再開してください。',
  },
  optResume: {
    en: 'Resume recording',
    zh_TW: '繼續記錄',
    zh_CN: '继续记录',
    ja: '記録を再開',
  },

  // Export
  optExportHeading: {
    en: 'Export',
    zh_TW: '匯出',
    zh_CN: '导出',
    ja: '書き出し',
  },
  optExportIntro: {
    en: 'Save your price history as a file: CSV to open in a spreadsheet, JSON for a complete backup you can import again.',
    zh_TW: '將價格紀錄存成檔案：CSV 可用試算表開啟，JSON 是可再次匯入的完整備份。',
    zh_CN: '将价格记录保存为文件：CSV 可用电子表格打开，JSON 是可再次导入的完整备份。',
    ja: '価格の記録をファイルに保存します。CSV は表計算ソフトで開けます。JSON は再び読み込める完全なバックアップです。',
  },
  optExportSite: {
    en: 'Site',
    zh_TW: '網站',
    zh_CN: '网站',
    ja: 'サイト',
  },
  optAllSites: {
    en: 'All sites',
    zh_TW: '所有網站',
    zh_CN: '所有网站',
    ja: 'すべてのサイト',
  },
  optExportDates: {
    en: 'Period by',
    zh_TW: '期間依據',
    zh_CN: '期间依据',
    ja: '期間の基準',
  },
  optExportDatesSeen: {
    en: 'Date seen',
    zh_TW: '記錄日期',
    zh_CN: '记录日期',
    ja: '記録日',
  },
  optExportDatesSold: {
    en: 'Date sold',
    zh_TW: '售出日期',
    zh_CN: '售出日期',
    ja: '売れた日',
  },
  optExportFrom: {
    en: 'From',
    zh_TW: '從',
    zh_CN: '从',
    ja: '開始日',
  },
  optExportTo: {
    en: 'Until (included)',
    zh_TW: '到（含當天）',
    zh_CN: '到（含当天）',
    ja: '終了日（当日を含む）',
  },
  optExportDatesHint: {
    en: 'By date seen: the prices seen in the period. By date sold: the listings sold in the period (when the sale date is known), with their whole price history. Leave both dates empty to export everything.',
    zh_TW:
      '依記錄日期：匯出期間內記錄到的價格。依售出日期：匯出期間內售出的商品（需知道售出日期），含完整價格紀錄。兩個日期都留空即匯出全部。',
    zh_CN:
      '按记录日期：导出期间内记录到的价格。按售出日期：导出期间内售出的商品（需知道售出日期），含完整价格记录。两个日期都留空即导出全部。',
    ja: '記録日で選ぶと、期間内に記録した価格を書き出します。売れた日で選ぶと、期間内に売れた商品（売れた日が分かるもの）を価格の記録すべてと一緒に書き出します。両方の日付を空欄にするとすべてを書き出します。',
  },
  optExportBadRange: {
    en: 'The first date is after the last one.',
    zh_TW: '開始日期晚於結束日期。',
    zh_CN: '开始日期晚于结束日期。',
    ja: '開始日が終了日より後になっています。',
  },
  optExportFormat: {
    en: 'Format',
    zh_TW: '格式',
    zh_CN: '格式',
    ja: '形式',
  },
  optFormatCsv: {
    en: 'CSV (spreadsheet, one row per price seen)',
    zh_TW: 'CSV（試算表，每筆價格一列）',
    zh_CN: 'CSV（电子表格，每条价格一行）',
    ja: 'CSV（表計算用、記録した価格ごとに1行）',
  },
  optFormatJson: {
    en: 'JSON (complete backup)',
    zh_TW: 'JSON（完整備份）',
    zh_CN: 'JSON（完整备份）',
    ja: 'JSON（完全なバックアップ）',
  },
  optExportButton: {
    en: 'Export',
    zh_TW: '匯出',
    zh_CN: '导出',
    ja: '書き出す',
  },
  optExporting: {
    en: 'Exporting… $1 of $2 listings',
    zh_TW: '匯出中…已處理 $1／$2 件商品',
    zh_CN: '导出中…已处理 $1／$2 件商品',
    ja: '書き出し中… $1／$2 件',
  },
  optExportDone: {
    en: 'Exported $1 listings with $2 price observations ($3) as “$4”. If a file of that name already exists, your browser may save it under another name.',
    zh_TW:
      '已匯出 $1 件商品、$2 筆價格紀錄（$3），檔名為「$4」。如果已有同名檔案，瀏覽器可能會以其他名稱儲存。',
    zh_CN:
      '已导出 $1 件商品、$2 条价格记录（$3），文件名为“$4”。如果已有同名文件，浏览器可能会以其他名称保存。',
    ja: '$1 件の商品と $2 件の価格の記録（$3）を「$4」として書き出しました。同じ名前のファイルがすでにある場合、ブラウザーは別の名前で保存することがあります。',
  },
  optExportNothing: {
    en: 'No listing matches what you chose, so no file was saved.',
    zh_TW: '沒有符合所選條件的商品，因此沒有儲存檔案。',
    zh_CN: '没有符合所选条件的商品，因此没有保存文件。',
    ja: '選んだ条件に合う商品がないため、ファイルは保存していません。',
  },
  optExportNothingStored: {
    en: 'Nothing is stored yet, so no file was saved.',
    zh_TW: '目前還沒有任何資料，因此沒有儲存檔案。',
    zh_CN: '目前还没有任何数据，因此没有保存文件。',
    ja: 'まだ何も保存されていないため、ファイルは保存していません。',
  },
  optExportNothingSold: {
    en: 'No listing sold in that period (as far as Comps knows the sale date), so no file was saved.',
    zh_TW: '該期間內沒有售出的商品（以 Comps 知道售出日期者為準），因此沒有儲存檔案。',
    zh_CN: '该期间内没有售出的商品（以 Comps 知道售出日期者为准），因此没有保存文件。',
    ja: 'その期間に売れた商品はありません（Comps が売れた日を把握しているものに限ります）。ファイルは保存していません。',
  },
  optExportFailed: {
    en: 'The export failed: $1',
    zh_TW: '匯出失敗：$1',
    zh_CN: '导出失败：$1',
    ja: '書き出しに失敗しました：$1',
  },

  // Import
  optImportHeading: {
    en: 'Import',
    zh_TW: '匯入',
    zh_CN: '导入',
    ja: '読み込み',
  },
  optImportIntro: {
    en: 'Add a file exported by Comps (JSON or CSV, up to $1 MB) to what is stored here. Listings already stored are merged, not doubled. A file with an error is refused as a whole: nothing of it is stored.',
    zh_TW:
      '將 Comps 匯出的檔案（JSON 或 CSV，最大 $1 MB）加入這裡的資料。已存在的商品會合併，不會重複。檔案中只要有錯誤就會整個拒絕，不會存入任何內容。',
    zh_CN:
      '将 Comps 导出的文件（JSON 或 CSV，最大 $1 MB）加入这里的数据。已存在的商品会合并，不会重复。文件中只要有错误就会整个拒绝，不会存入任何内容。',
    ja: 'Comps で書き出したファイル（JSON または CSV、最大 $1 MB）を、ここに保存されているデータに追加します。保存済みの商品は重複せずに統合されます。エラーのあるファイルは丸ごと拒否され、何も保存されません。',
  },
  optImportFile: {
    en: 'File to import',
    zh_TW: '要匯入的檔案',
    zh_CN: '要导入的文件',
    ja: '読み込むファイル',
  },
  optImportButton: {
    en: 'Import',
    zh_TW: '匯入',
    zh_CN: '导入',
    ja: '読み込む',
  },
  optImportNoFile: {
    en: 'Choose a file first.',
    zh_TW: '請先選擇檔案。',
    zh_CN: '请先选择文件。',
    ja: '先にファイルを選んでください。',
  },
  optImportReading: {
    en: 'Reading and checking the file… $1 listings',
    zh_TW: '正在讀取並檢查檔案… $1 件商品',
    zh_CN: '正在读取并检查文件… $1 件商品',
    ja: 'ファイルを読み込んで確認しています… $1 件',
  },
  optImportWriting: {
    en: 'Saving… $1 of $2 listings',
    zh_TW: '儲存中…$1／$2 件商品',
    zh_CN: '保存中…$1／$2 件商品',
    ja: '保存中… $1／$2 件',
  },
  optImportSummary: {
    en: 'Imported: $1 new listings, $2 updated, $3 already up to date; $4 price observations added.',
    zh_TW: '匯入完成：新增 $1 件商品，更新 $2 件，$3 件已是最新；加入 $4 筆價格紀錄。',
    zh_CN: '导入完成：新增 $1 件商品，更新 $2 件，$3 件已是最新；加入 $4 条价格记录。',
    ja: '読み込み完了：新規 $1 件、更新 $2 件、変更なし $3 件。価格の記録を $4 件追加しました。',
  },
  optImportRefused: {
    en: 'Nothing was imported.',
    zh_TW: '沒有匯入任何資料。',
    zh_CN: '没有导入任何数据。',
    ja: '何も読み込まれていません。',
  },
  optImportErrEmpty: {
    en: 'The file is empty.',
    zh_TW: '檔案是空的。',
    zh_CN: '文件是空的。',
    ja: 'ファイルが空です。',
  },
  optImportErrTooLarge: {
    en: 'The file is too large ($1 MB; at most $2 MB).',
    zh_TW: '檔案太大（$1 MB，上限 $2 MB）。',
    zh_CN: '文件太大（$1 MB，上限 $2 MB）。',
    ja: 'ファイルが大きすぎます（$1 MB、上限 $2 MB）。',
  },
  optImportErrNotOurs: {
    en: 'This file is not a Comps export.',
    zh_TW: '這不是 Comps 匯出的檔案。',
    zh_CN: '这不是 Comps 导出的文件。',
    ja: 'Comps で書き出したファイルではありません。',
  },
  optImportErrBadJson: {
    en: 'The file is not complete JSON; it may be cut short. ($1)',
    zh_TW: '檔案不是完整的 JSON，可能被截斷了。（$1）',
    zh_CN: '文件不是完整的 JSON，可能被截断了。（$1）',
    ja: 'ファイルが完全な JSON ではありません。途中で切れている可能性があります。（$1）',
  },
  optImportErrWrongFormat: {
    en: 'This file is not a Comps backup (its format is “$1”).',
    zh_TW: '這不是 Comps 的備份檔（格式為「$1」）。',
    zh_CN: '这不是 Comps 的备份文件（格式为“$1”）。',
    ja: 'Comps のバックアップではありません（形式：「$1」）。',
  },
  optImportErrBadVersion: {
    en: 'The backup has no valid schema version.',
    zh_TW: '備份檔沒有有效的結構版本。',
    zh_CN: '备份文件没有有效的结构版本。',
    ja: 'バックアップに有効なスキーマバージョンがありません。',
  },
  optImportErrFutureVersion: {
    en: 'The backup was made by a newer version of Comps (schema version $1). Update the extension, then try again.',
    zh_TW: '這個備份由較新版本的 Comps 建立（結構版本 $1）。請更新擴充功能後再試一次。',
    zh_CN: '这个备份由较新版本的 Comps 创建（结构版本 $1）。请更新扩展程序后再试一次。',
    ja: 'このバックアップは新しいバージョンの Comps で作成されました（スキーマバージョン $1）。拡張機能を更新してから、もう一度お試しください。',
  },
  optImportErrBadCsv: {
    en: 'The CSV is broken ($1): $2',
    zh_TW: 'CSV 在$1有誤：$2',
    zh_CN: 'CSV 在$1有误：$2',
    ja: 'CSV の$1が壊れています：$2',
  },
  optImportErrMissingColumns: {
    en: 'The CSV lacks these columns: $1',
    zh_TW: 'CSV 缺少以下欄位：$1',
    zh_CN: 'CSV 缺少以下列：$1',
    ja: 'CSV に次の列がありません：$1',
  },
  optImportErrBadRecord: {
    en: 'Not valid: $1. Field: $2. Problem: $3',
    zh_TW: '$1無效。欄位：$2。問題：$3',
    zh_CN: '$1无效。字段：$2。问题：$3',
    ja: '$1が正しくありません。項目：$2。問題：$3',
  },
  optImportErrCut: {
    en: 'The CSV is cut short: its last line, the end line Comps writes, is missing (after $1 rows). Importing it would bring back an old state of some listings. Export it again, or import the JSON backup.',
    zh_TW:
      '這個 CSV 被截斷了：缺少 Comps 寫在最後的結尾行（讀到第 $1 列後）。匯入它可能會讓部分商品回到舊的狀態。請重新匯出，或匯入 JSON 備份。',
    zh_CN:
      '这个 CSV 被截断了：缺少 Comps 写在最后的结尾行（读到第 $1 行后）。导入它可能会让部分商品回到旧的状态。请重新导出，或导入 JSON 备份。',
    ja: 'この CSV は途中で切れています。Comps が最後に書く終了行がありません（$1 行の後）。読み込むと一部の商品が古い状態に戻るおそれがあります。もう一度書き出すか、JSON のバックアップを読み込んでください。',
  },
  optImportErrOldCsv: {
    en: 'This CSV was exported by an older version of Comps, which wrote no end line: Comps cannot check that the file is complete, and a file cut short would bring back an old state of some listings. Import it only if you know it is whole.',
    zh_TW:
      '這個 CSV 由舊版 Comps 匯出，沒有結尾行：Comps 無法確認檔案是否完整，而被截斷的檔案可能會讓部分商品回到舊的狀態。只有在確定檔案完整時才匯入。',
    zh_CN:
      '这个 CSV 由旧版 Comps 导出，没有结尾行：Comps 无法确认文件是否完整，而被截断的文件可能会让部分商品回到旧的状态。只有在确定文件完整时才导入。',
    ja: 'この CSV は古いバージョンの Comps で書き出されたもので、終了行がありません。ファイルが完全かどうかを Comps は確認できず、途中で切れたファイルは一部の商品を古い状態に戻すおそれがあります。完全なファイルだと分かっている場合にだけ読み込んでください。',
  },
  optImportAnyway: {
    en: 'Import it anyway',
    zh_TW: '仍要匯入',
    zh_CN: '仍要导入',
    ja: 'それでも読み込む',
  },
  optImportErrBadEnd: {
    en: 'The CSV’s end line counts $1 rows, but $2 come before it: rows are missing or were added. Export it again, or import the JSON backup.',
    zh_TW: 'CSV 的結尾行記載 $1 列，但前面有 $2 列：有資料列遺失或被加入。請重新匯出，或匯入 JSON 備份。',
    zh_CN: 'CSV 的结尾行记载 $1 行，但前面有 $2 行：有数据行丢失或被加入。请重新导出，或导入 JSON 备份。',
    ja: 'CSV の終了行には $1 行とありますが、その前には $2 行あります。行が欠けているか、追加されています。もう一度書き出すか、JSON のバックアップを読み込んでください。',
  },
  optImportErrEndLine: {
    en: 'The CSV’s end line is damaged, or is not its last line ($1).',
    zh_TW: 'CSV 的結尾行已損壞，或不是最後一行（$1）。',
    zh_CN: 'CSV 的结尾行已损坏，或不是最后一行（$1）。',
    ja: 'CSV の終了行が壊れているか、最後の行ではありません（$1）。',
  },
  optImportErrBusy: {
    en: 'Another import is running (in another tab or window). Wait for it to finish, then try again.',
    zh_TW: '另一個匯入正在進行中（在其他分頁或視窗）。請等它完成後再試一次。',
    zh_CN: '另一个导入正在进行中（在其他标签页或窗口）。请等它完成后再试一次。',
    ja: '別の読み込みが実行中です（ほかのタブまたはウィンドウ）。終わってから、もう一度お試しください。',
  },
  optImportErrOther: {
    en: 'The import failed: $1',
    zh_TW: '匯入失敗：$1',
    zh_CN: '导入失败：$1',
    ja: '読み込みに失敗しました：$1',
  },
  optWhereLine: {
    en: 'line $1',
    zh_TW: '第 $1 行',
    zh_CN: '第 $1 行',
    ja: '$1 行目',
  },
  optWhereListing: {
    en: 'listing $1',
    zh_TW: '第 $1 件商品',
    zh_CN: '第 $1 件商品',
    ja: '$1 件目の商品',
  },
  optWhereListingKey: {
    en: 'listing $1 ($2)',
    zh_TW: '第 $1 件商品（$2）',
    zh_CN: '第 $1 件商品（$2）',
    ja: '$1 件目の商品（$2）',
  },
  optWhereChoice: {
    en: 'choice $1',
    zh_TW: '第 $1 筆選擇',
    zh_CN: '第 $1 条选择',
    ja: '$1 件目の選択',
  },

  // Retention
  optRetentionHeading: {
    en: 'How long prices are kept',
    zh_TW: '價格保留期間',
    zh_CN: '价格保留期限',
    ja: '価格の保存期間',
  },
  optKeepAll: {
    en: 'Keep everything',
    zh_TW: '全部保留',
    zh_CN: '全部保留',
    ja: 'すべて保存する',
  },
  optKeepMonths: {
    en: 'Delete prices seen more than',
    zh_TW: '刪除超過以下期間的價格：',
    zh_CN: '删除超过以下期限的价格：',
    ja: '次の期間より前に記録した価格を削除：',
  },
  optRetentionMonthsLabel: {
    en: 'Months to keep',
    zh_TW: '保留月數',
    zh_CN: '保留月数',
    ja: '保存する月数',
  },
  optMonths: {
    en: 'months ago',
    zh_TW: '個月',
    zh_CN: '个月',
    ja: 'か月',
  },
  optRetentionRule: {
    en: 'A listing not seen in that time is deleted with its price history. Other listings lose their older price observations, but always keep their latest one. This runs now and then once a day.',
    zh_TW:
      '在這段期間內沒有再看到的商品，會連同價格紀錄一起刪除。其他商品會刪除較舊的價格紀錄，但一定保留最新的一筆。設定後會立即執行，之後每天執行一次。',
    zh_CN:
      '在这段期间内没有再看到的商品，会连同价格记录一起删除。其他商品会删除较旧的价格记录，但一定保留最新的一条。设置后会立即执行，之后每天执行一次。',
    ja: 'この期間に一度も表示されなかった商品は、価格の記録ごと削除されます。それ以外の商品は古い価格の記録が削除されますが、最新の記録は必ず残ります。設定するとすぐに実行され、その後は1日1回実行されます。',
  },
  optRetentionInvalid: {
    en: 'Enter a whole number of months from 1 to 600.',
    zh_TW: '請輸入 1 到 600 之間的整數月數。',
    zh_CN: '请输入 1 到 600 之间的整数月数。',
    ja: '1〜600 の整数で月数を入力してください。',
  },
  optRetentionConfirm: {
    en: 'Delete the price observations older than $1 months now, and every day from now on?',
    zh_TW: '要立即刪除超過 $1 個月的價格紀錄，並在之後每天自動刪除嗎？',
    zh_CN: '要立即删除超过 $1 个月的价格记录，并在之后每天自动删除吗？',
    ja: '$1 か月より前の価格の記録を今すぐ削除し、今後も毎日削除しますか？',
  },
  optRetentionApplying: {
    en: 'Deleting old prices…',
    zh_TW: '正在刪除舊價格…',
    zh_CN: '正在删除旧价格…',
    ja: '古い価格を削除しています…',
  },
  optRetentionDone: {
    en: 'Saved. Deleted $1 listings and $2 price observations.',
    zh_TW: '已儲存。刪除了 $1 件商品和 $2 筆價格紀錄。',
    zh_CN: '已保存。删除了 $1 件商品和 $2 条价格记录。',
    ja: '保存しました。商品 $1 件と価格の記録 $2 件を削除しました。',
  },

  // Currency
  optCurrencyHeading: {
    en: 'Currency',
    zh_TW: '貨幣',
    zh_CN: '货币',
    ja: '通貨',
  },
  optDisplayCurrency: {
    en: 'Show reference prices in',
    zh_TW: '參考價格顯示的貨幣',
    zh_CN: '参考价格显示的货币',
    ja: '相場を表示する通貨',
  },
  optCurrencyAuto: {
    en: 'The currency of your browser’s region ($1)',
    zh_TW: '瀏覽器所在地區的貨幣（$1）',
    zh_CN: '浏览器所在地区的货币（$1）',
    ja: 'ブラウザの地域の通貨（$1）',
  },
  optRatesHeading: {
    en: 'Conversion rates',
    zh_TW: '匯率',
    zh_CN: '汇率',
    ja: '換算レート',
  },
  optRatesNote: {
    en: 'Units of each currency for 1 US dollar. They only convert prices for display: every listing keeps its own price and currency.',
    zh_TW: '每 1 美元可兌換的各貨幣數量。只用於換算顯示的價格，每件商品都保留原本的價格與貨幣。',
    zh_CN: '每 1 美元可兑换的各货币数量。只用于换算显示的价格，每件商品都保留原来的价格和货币。',
    ja: '1 米ドルあたりの各通貨の額です。表示用の換算にだけ使われ、各商品の元の価格と通貨はそのまま残ります。',
  },
  optRatesShipped: {
    en: 'These are the rates shipped with Comps, of $1.',
    zh_TW: '目前使用 Comps 內建的匯率（$1）。',
    zh_CN: '当前使用 Comps 内置的汇率（$1）。',
    ja: 'Comps に同梱のレート（$1 時点）を使っています。',
  },
  optRatesEdited: {
    en: 'Some rates are yours; the others are those shipped with Comps, of $1.',
    zh_TW: '部分匯率是你自訂的，其餘為 Comps 內建的匯率（$1）。',
    zh_CN: '部分汇率是你自定义的，其余为 Comps 内置的汇率（$1）。',
    ja: '一部のレートはあなたが設定したものです。それ以外は Comps に同梱のレート（$1 時点）です。',
  },
  optRatesShow: {
    en: 'See and edit the rates',
    zh_TW: '查看並編輯匯率',
    zh_CN: '查看并编辑汇率',
    ja: 'レートを表示・編集',
  },
  optRateCurrency: {
    en: 'Currency',
    zh_TW: '貨幣',
    zh_CN: '货币',
    ja: '通貨',
  },
  optRatePerUsd: {
    en: 'For 1 USD',
    zh_TW: '每 1 美元',
    zh_CN: '每 1 美元',
    ja: '1 米ドルあたり',
  },
  optRateDefault: {
    en: 'Shipped rate',
    zh_TW: '內建匯率',
    zh_CN: '内置汇率',
    ja: '同梱レート',
  },
  optRateInvalid: {
    en: '$1: enter a number above 0.',
    zh_TW: '$1：請輸入大於 0 的數字。',
    zh_CN: '$1：请输入大于 0 的数字。',
    ja: '$1：0 より大きい数値を入力してください。',
  },
  optRatesSave: {
    en: 'Save the rates',
    zh_TW: '儲存匯率',
    zh_CN: '保存汇率',
    ja: 'レートを保存',
  },
  optRatesReset: {
    en: 'Back to the shipped rates',
    zh_TW: '恢復內建匯率',
    zh_CN: '恢复内置汇率',
    ja: '同梱レートに戻す',
  },
  optRatesSaved: {
    en: 'Rates saved.',
    zh_TW: '匯率已儲存。',
    zh_CN: '汇率已保存。',
    ja: 'レートを保存しました。',
  },

  // Storage
  optStorageHeading: {
    en: 'Stored data',
    zh_TW: '已儲存的資料',
    zh_CN: '已保存的数据',
    ja: '保存されたデータ',
  },
  optUsage: {
    en: '$1 used ($2 available to the browser).',
    zh_TW: '已使用 $1（瀏覽器可用空間 $2）。',
    zh_CN: '已使用 $1（浏览器可用空间 $2）。',
    ja: '$1 使用中（ブラウザが使える容量：$2）。',
  },
  optUsageUnknown: {
    en: 'This browser does not tell how much space is used.',
    zh_TW: '這個瀏覽器無法得知已使用的空間。',
    zh_CN: '此浏览器无法得知已使用的空间。',
    ja: 'このブラウザでは使用容量を確認できません。',
  },
  optPersisted: {
    en: 'The browser keeps this data even when disk space runs low.',
    zh_TW: '即使磁碟空間不足，瀏覽器也會保留這些資料。',
    zh_CN: '即使磁盘空间不足，浏览器也会保留这些数据。',
    ja: 'ディスクの空きが少なくなっても、ブラウザはこのデータを保持します。',
  },
  optNotPersisted: {
    en: 'The browser may delete this data if disk space runs low.',
    zh_TW: '磁碟空間不足時，瀏覽器可能會刪除這些資料。',
    zh_CN: '磁盘空间不足时，浏览器可能会删除这些数据。',
    ja: 'ディスクの空きが少なくなると、ブラウザがこのデータを削除することがあります。',
  },
  optPersistButton: {
    en: 'Ask the browser to keep it',
    zh_TW: '要求瀏覽器保留',
    zh_CN: '请求浏览器保留',
    ja: '保持するようブラウザに求める',
  },
  optPersistDenied: {
    en: 'The browser did not grant it. (Firefox asks you; Chrome decides by itself, for example once the extension is used often.)',
    zh_TW: '瀏覽器沒有允許。（Firefox 會詢問你；Chrome 會自行決定，例如在經常使用這個擴充功能之後。）',
    zh_CN: '浏览器没有允许。（Firefox 会询问你；Chrome 会自行决定，例如在经常使用此扩展程序之后。）',
    ja: 'ブラウザに許可されませんでした。（Firefox は確認を求めます。Chrome は拡張機能の利用状況などから自動で判断します。）',
  },
  optNoData: {
    en: 'Nothing is stored yet.',
    zh_TW: '目前還沒有任何資料。',
    zh_CN: '目前还没有任何数据。',
    ja: 'まだ何も保存されていません。',
  },
  optSitesTable: {
    en: 'Listings and price observations per site',
    zh_TW: '各網站的商品與價格紀錄數',
    zh_CN: '各网站的商品与价格记录数',
    ja: 'サイトごとの商品数と価格の記録数',
  },
  optSiteColumn: {
    en: 'Site',
    zh_TW: '網站',
    zh_CN: '网站',
    ja: 'サイト',
  },
  optListingsColumn: {
    en: 'Listings',
    zh_TW: '商品',
    zh_CN: '商品',
    ja: '商品',
  },
  optObservationsColumn: {
    en: 'Price observations',
    zh_TW: '價格紀錄',
    zh_CN: '价格记录',
    ja: '価格の記録',
  },
  optActionsColumn: {
    en: 'Actions',
    zh_TW: '操作',
    zh_CN: '操作',
    ja: '操作',
  },
  optTotal: {
    en: 'Total',
    zh_TW: '合計',
    zh_CN: '合计',
    ja: '合計',
  },
  optDeleteSite: {
    en: 'Delete…',
    zh_TW: '刪除…',
    zh_CN: '删除…',
    ja: '削除…',
  },
  optDeleteSiteLabel: {
    en: 'Delete the data of $1',
    zh_TW: '刪除 $1 的資料',
    zh_CN: '删除 $1 的数据',
    ja: '$1 のデータを削除',
  },
  optDeleteAll: {
    en: 'Delete everything…',
    zh_TW: '全部刪除…',
    zh_CN: '全部删除…',
    ja: 'すべて削除…',
  },
  optDeleteSiteConfirm: {
    en: 'Delete $1 listings and $2 price observations from $3?',
    zh_TW: '要刪除 $3 的 $1 件商品和 $2 筆價格紀錄嗎？',
    zh_CN: '要删除 $3 的 $1 件商品和 $2 条价格记录吗？',
    ja: '$3 の商品 $1 件と価格の記録 $2 件を削除しますか？',
  },
  optDeleteAllConfirm: {
    en: 'Delete all $1 listings and $2 price observations? Your settings are kept.',
    zh_TW: '要刪除全部 $1 件商品和 $2 筆價格紀錄嗎？你的設定會保留。',
    zh_CN: '要删除全部 $1 件商品和 $2 条价格记录吗？你的设置会保留。',
    ja: '商品 $1 件と価格の記録 $2 件をすべて削除しますか？設定は残ります。',
  },
  optDeleted: {
    en: 'Deleted $1 listings and $2 price observations.',
    zh_TW: '已刪除 $1 件商品和 $2 筆價格紀錄。',
    zh_CN: '已删除 $1 件商品和 $2 条价格记录。',
    ja: '商品 $1 件と価格の記録 $2 件を削除しました。',
  },
} satisfies Record<string, Message>;
