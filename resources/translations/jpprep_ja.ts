<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About jpprep</source>
            <translation>jpprep について</translation>
        </message>
        <message>
            <source>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;Offline study for the JLPT, the JFT-Basic and the Specified Skilled Worker (特定技能) sector tests: spaced-repetition decks, mock exams, and furigana made on this computer. Your progress stays on this computer (or your centre's server).&lt;/p&gt;&lt;p&gt;JLPT levels of the shipped words are approximate: no official list exists.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;JLPT、JFT-Basic、特定技能の分野別試験のためのオフライン学習アプリです。間隔反復のデッキ、模擬試験、このコンピューター上で付けるふりがなを備えています。学習記録はこのコンピューター（または教育機関のサーバー）に保存されます。&lt;/p&gt;&lt;p&gt;収録語の JLPT レベルは目安です（公式の語彙リストは存在しません）。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
    </context>
    <context>
        <name>AddNoteDialog</name>
        <message>
            <source>Add a note</source>
            <translation>ノートを追加</translation>
        </message>
        <message>
            <source>empty: generated</source>
            <translation>空欄の場合は自動生成</translation>
        </message>
        <message>
            <source>&amp;Deck:</source>
            <translation>デッキ(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Japanese:</source>
            <translation>日本語(&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>読み(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>意味・英語(&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>タグ(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>レベル(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>追加(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign</source>
            <translation>課題を出す</translation>
        </message>
        <message>
            <source>Deck or mock exam</source>
            <translation>デッキまたは模擬試験</translation>
        </message>
        <message>
            <source>Deck: {name}</source>
            <translation>デッキ：{name}</translation>
        </message>
        <message>
            <source>Mock exam: {name}</source>
            <translation>模擬試験：{name}</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>問題セット</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学習者</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>クラス全員</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>内容(&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>問題セット(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>対象(&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>期限(&amp;D):</translation>
        </message>
        <message>
            <source>Random (any mock of this exam counts)</source>
            <translation>ランダム（この試験の模試ならどれでも可）</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1（%2問）</translation>
        </message>
    </context>
    <context>
        <name>AudioButton</name>
        <message>
            <source>▶ Play (R)</source>
            <translation>▶ 再生 (R)</translation>
        </message>
        <message>
            <source>Play the audio</source>
            <translation>音声を再生</translation>
        </message>
    </context>
    <context>
        <name>BankWords</name>
        <message>
            <source>The bank's “id” must be a short name made of letters, digits, '-', '_' or '.'.</source>
            <translation>バンクの “id” は、英字・数字・'-'・'_'・'.' でできた短い名前にしてください。</translation>
        </message>
        <message>
            <source>“{field}” must be the name of a file.</source>
            <translation>“{field}” にはファイル名を書いてください。</translation>
        </message>
        <message>
            <source>The file {name} must be inside the bank's folder.</source>
            <translation>ファイル {name} はバンクのフォルダーの中に置いてください。</translation>
        </message>
        <message>
            <source>The file {name} does not exist. Put it at {path}, or correct the name.</source>
            <translation>ファイル {name} がありません。{path} に置くか、名前を直してください。</translation>
        </message>
        <message>
            <source>Passage number {position} has no “id”.</source>
            <translation>{position} 番目の本文に “id” がありません。</translation>
        </message>
        <message>
            <source>The passage id {passage} is used twice.</source>
            <translation>本文の id {passage} が 2 回使われています。</translation>
        </message>
        <message>
            <source>Passage {passage}: “kind” must be text, notice or table.</source>
            <translation>本文 {passage}：“kind” は text、notice、table のどれかにしてください。</translation>
        </message>
        <message>
            <source>Passage {passage} is a table but has no “rows”.</source>
            <translation>本文 {passage} は表ですが、“rows” がありません。</translation>
        </message>
        <message>
            <source>Passage {passage} has no text, rows or image.</source>
            <translation>本文 {passage} には、テキストも行も画像もありません。</translation>
        </message>
        <message>
            <source>The bank has no questions: “items” must be a list that is not empty.</source>
            <translation>バンクに問題がありません。“items” は空でないリストにしてください。</translation>
        </message>
        <message>
            <source>Entry number {position} of “items” is not a question written in braces { }.</source>
            <translation>“items” の {position} 番目が、{ } で囲んだ問題になっていません。</translation>
        </message>
        <message>
            <source>Question number {position} has no valid “id”.</source>
            <translation>{position} 番目の問題に正しい “id” がありません。</translation>
        </message>
        <message>
            <source>This question id is used twice. Give every question its own id.</source>
            <translation>この問題の id が 2 回使われています。問題ごとに別の id を付けてください。</translation>
        </message>
        <message>
            <source>The question id {item} is in two banks ({first} and {second}). Give questions ids that are unique across banks.</source>
            <translation>問題の id {item} が 2 つのバンク（{first} と {second}）にあります。どのバンクとも重ならない id を付けてください。</translation>
        </message>
        <message>
            <source>{type} is not a question type. See the list of types in docs/item-bank-format.md.</source>
            <translation>{type} という問題形式はありません。形式の一覧は docs/item-bank-format.md を見てください。</translation>
        </message>
        <message>
            <source>“{field}” is not a field of a question. See docs/item-bank-format.md.</source>
            <translation>“{field}” は問題のフィールドではありません。docs/item-bank-format.md を見てください。</translation>
        </message>
        <message>
            <source>“{field}” must be text.</source>
            <translation>“{field}” はテキストにしてください。</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '[[' and ']]' do not pair up.</source>
            <translation>“{field}” のマークアップが壊れています。'[[' と ']]' の数が合いません。</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '《' and '》' do not pair up.</source>
            <translation>“{field}” のマークアップが壊れています。'《' と '》' の数が合いません。</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: a reading 《…》 must follow kanji, or mark its base with ｜.</source>
            <translation>“{field}” のマークアップが壊れています。読み《…》は漢字のすぐ後に書くか、親文字の前に ｜ を付けてください。</translation>
        </message>
        <message>
            <source>“choices” must be a list.</source>
            <translation>“choices” はリストにしてください。</translation>
        </message>
        <message>
            <source>Each choice must be text or {"text", "image"}.</source>
            <translation>選択肢はどれもテキストか {"text", "image"} にしてください。</translation>
        </message>
        <message>
            <source>Two choices are the same ({choice}): the question would have two right answers or give the answer away.</source>
            <translation>同じ選択肢が 2 つあります（{choice}）。正解が 2 つになるか、答えが分かってしまいます。</translation>
        </message>
        <message>
            <source>A ★ (sentence composition) question needs exactly four pieces; this one has {count}.</source>
            <translation>★（文の組み立て）の問題には、部品がちょうど 4 つ必要です。この問題には {count} つあります。</translation>
        </message>
        <message>
            <source>“order” must list the piece numbers 1 to 4 in their right order, each once.</source>
            <translation>“order” には、部品の番号 1〜4 を正しい順に 1 回ずつ書いてください。</translation>
        </message>
        <message>
            <source>“star” must be the ★ slot, 1 to 4.</source>
            <translation>“star” は ★ の位置（1〜4）にしてください。</translation>
        </message>
        <message>
            <source>A ★ question takes “order” and “star”, not “answer” (the answer is the piece in the ★ slot).</source>
            <translation>★ の問題には “answer” ではなく “order” と “star” を書きます（答えは ★ の位置に入る部品です）。</translation>
        </message>
        <message>
            <source>A question needs 2 to 4 choices; this one has {count}.</source>
            <translation>問題には選択肢が 2〜4 つ必要です。この問題には {count} つあります。</translation>
        </message>
        <message>
            <source>This question has {count} right answers; exactly one is allowed.</source>
            <translation>この問題には正解が {count} つあります。正解は 1 つだけにしてください。</translation>
        </message>
        <message>
            <source>This question has no right answer. Add “answer”: the number of the right choice (1 to 4).</source>
            <translation>この問題には正解がありません。“answer” に正しい選択肢の番号（1〜4）を書いてください。</translation>
        </message>
        <message>
            <source>“answer” must be the number of a choice, from 1 to {max}.</source>
            <translation>“answer” は選択肢の番号（1〜{max}）にしてください。</translation>
        </message>
        <message>
            <source>There is no passage {passage}.</source>
            <translation>本文 {passage} がありません。</translation>
        </message>
        <message>
            <source>A {type} question needs a “passage”.</source>
            <translation>{type} の問題には “passage” が必要です。</translation>
        </message>
        <message>
            <source>Each line of “script” must be {"speaker", "text"}.</source>
            <translation>“script” の各行は {"speaker", "text"} にしてください。</translation>
        </message>
        <message>
            <source>A listening question needs “audio” (a file) or “script” (what is said).</source>
            <translation>聴解の問題には “audio”（ファイル）か “script”（話す内容）が必要です。</translation>
        </message>
        <message>
            <source>A question that is only heard needs “audio” or “script”.</source>
            <translation>音声だけの問題には “audio” か “script” が必要です。</translation>
        </message>
        <message>
            <source>A {type} question needs an “image” (the photo or drawing).</source>
            <translation>{type} の問題には “image”（写真や絵）が必要です。</translation>
        </message>
        <message>
            <source>Mark the tested word with [[…]] in “stem”.</source>
            <translation>“stem” の中の問う語を [[…]] で囲んでください。</translation>
        </message>
        <message>
            <source>The tested word must not carry furigana (it would give the answer away).</source>
            <translation>問う語にふりがなを付けないでください（答えが分かってしまいます）。</translation>
        </message>
        <message>
            <source>This question has no “stem” or “question”.</source>
            <translation>この問題には “stem” も “question” もありません。</translation>
        </message>
        <message>
            <source>“furigana” must be "on" or "off" (or left out to follow the exam).</source>
            <translation>“furigana” は "on" か "off" にしてください（書かなければ試験の設定に従います）。</translation>
        </message>
        <message>
            <source>Form number {position} needs an “id” and “sections” (for each section, its list of question ids).</source>
            <translation>{position} 番目の問題セットには “id” と “sections”（セクションごとの問題 id の一覧）が必要です。</translation>
        </message>
        <message>
            <source>Form {form}, section {section}: there is no question {missing}.</source>
            <translation>問題セット {form}、セクション {section}：問題 {missing} がありません。</translation>
        </message>
        <message>
            <source>The form {form} is for {form_exam}, not for {exam}.</source>
            <translation>問題セット {form} は {exam} 用ではなく、{form_exam} 用です。</translation>
        </message>
        <message>
            <source>The form {form} has the sections {sections}, which {exam} does not have (it has {known}).</source>
            <translation>問題セット {form} にはセクション {sections} がありますが、{exam} にはありません（{exam} のセクションは {known}）。</translation>
        </message>
        <message>
            <source>The form {form} has no questions for the section {section}.</source>
            <translation>問題セット {form} に、セクション {section} の問題がありません。</translation>
        </message>
        <message>
            <source>The form {form}, section {section}, does not match {exam}: {counts}. A fixed form is a full mock exam: give each section exactly the questions of the exam, or leave the form out and let jpprep make one from the bank.</source>
            <translation>問題セット {form} のセクション {section} が {exam} と合いません：{counts}。固定の問題セットは完全な模擬試験です。各セクションに試験どおりの問題を入れるか、問題セットを外して jpprep にバンクから作らせてください。</translation>
        </message>
        <message>
            <source>No question bank has a form named {form}.</source>
            <translation>{form} という名前の問題セットは、どの問題バンクにもありません。</translation>
        </message>
        <message>
            <source>{type} on {topic}: {have} instead of {want}</source>
            <translation>{type}（{topic}）：{want} 問のはずが {have} 問</translation>
        </message>
        <message>
            <source>{type}: {have} instead of {want}</source>
            <translation>{type}：{want} 問のはずが {have} 問</translation>
        </message>
        <message>
            <source>; </source>
            <translation>、</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>{line} 行目</translation>
        </message>
        <message>
            <source>question {item}</source>
            <translation>問題 {item}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>フィールド {field}</translation>
        </message>
        <message>
            <source>This question bank was not loaded because of this problem:</source>
            <translation>次の不備があるため、この問題バンクは読み込まれませんでした：</translation>
        </message>
        <message numerus="yes">
            <source>This question bank has %Ln problem(s), so it was not loaded. The first:</source>
            <translation>
                <numerusform>この問題バンクには不備が %Ln 件あるため、読み込まれませんでした。最初の不備：</numerusform>
            </translation>
        </message>
        <message>
            <source>A teacher can list them all with “jpprep exam check”.</source>
            <translation>先生は “jpprep exam check” ですべての不備を一覧できます。</translation>
        </message>
    </context>
    <context>
        <name>BlueprintNotes</name>
        <message>
            <source>Real JLPT scores are scaled with Item Response Theory (equated across sessions); a mock can only give a linear estimate from raw answers.</source>
            <translation>実際の JLPT の得点は項目応答理論（IRT）で尺度化され、回ごとに等化されています。模擬試験では、正答数からの単純な推定しかできません。</translation>
        </message>
        <message>
            <source>JFT-Basic reports a scaled score (10-250) from a calibrated item pool; 200 or more is A2, the SSW (i) requirement. A mock can only give a linear estimate.</source>
            <translation>JFT-Basic は、調整済みの問題プールから尺度化した得点（10～250）を出します。200 以上が A2 で、特定技能 1 号の要件です。模擬試験では単純な推定しかできません。</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate.</source>
            <translation>合格点は総得点に対する割合で、実施団体が難易度に応じて調整することがあります。模擬試験の結果は目安です。</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate. One source reports 73% from April 2025 [verify].</source>
            <translation>合格点は総得点に対する割合で、実施団体が難易度に応じて調整することがあります。模擬試験の結果は目安です。2025 年 4 月から 73% とする資料があります［要確認］。</translation>
        </message>
        <message>
            <source>Exact day in August 2026 when the A1/A2.1 bands started: the notice says 'from August 2026' (1 August used here).</source>
            <translation>A1/A2.1 の判定が始まった 2026 年 8 月の正確な日付：告知には「2026 年 8 月から」とだけあります（ここでは 8 月 1 日としています）。</translation>
        </message>
        <message>
            <source>Per-section item counts (about 12-15 each).</source>
            <translation>セクションごとの問題数（それぞれ約 12～15 問）。</translation>
        </message>
        <message>
            <source>統合理解 (reading) is 3 in the guidebook-cited note, 2 in other mock specs: 2 used here.</source>
            <translation>統合理解（読解）は、ガイドブックを引用した資料では 3 問、ほかの模擬試験の仕様では 2 問です。ここでは 2 問としています。</translation>
        </message>
        <message>
            <source>語形成 count: 5 per guidebook, some recent forms 3.</source>
            <translation>語形成の問題数：ガイドブックでは 5 問、最近の一部の試験では 3 問。</translation>
        </message>
        <message>
            <source>N3 listening counts 6/6/3/4/9 and reading counts are from secondary sources.</source>
            <translation>N3 の聴解の問題数（6/6/3/4/9）と読解の問題数は、二次資料によるものです。</translation>
        </message>
        <message>
            <source>Post-2020 N4 item counts (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) are from secondary sources: check against jlpt.jp 試験科目と試験時間.</source>
            <translation>2020 年以降の N4 の問題数（7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8）は二次資料によるものです。jlpt.jp の「試験科目と試験時間」で確認してください。</translation>
        </message>
        <message>
            <source>Item counts are JLPT's approximate counts (小問数の目安); a given test may differ slightly.</source>
            <translation>問題数は JLPT の「小問数の目安」です。実際の試験では少し異なることがあります。</translation>
        </message>
        <message>
            <source>Pass mark 65% of total (source truncated).</source>
            <translation>合格点は総得点の 65%（出典が途中で切れています）。</translation>
        </message>
        <message>
            <source>Split between 学科, 実技 and listening (this mock: 40/24/6).</source>
            <translation>学科・実技・聴解の配分（この模擬試験では 40/24/6）。</translation>
        </message>
        <message>
            <source>Whether furigana is printed.</source>
            <translation>ふりがなが付くかどうか。</translation>
        </message>
        <message>
            <source>Pass mark: 60% historically; 73% from April 2025 per one source.</source>
            <translation>合格点：従来は 60%。2025 年 4 月から 73% とする資料があります。</translation>
        </message>
        <message>
            <source>Whether the Japanese-language version prints furigana.</source>
            <translation>日本語版にふりがなが付くかどうか。</translation>
        </message>
        <message>
            <source>実技 pass mark (per JAC); the split between ○× and multiple-choice items; the final CBT question counts.</source>
            <translation>実技の合格点（JAC による）、○× 問題と多肢選択問題の配分、CBT の最終的な問題数。</translation>
        </message>
        <message>
            <source>How the 200 points split between 学科 and 実技 items (equal weight per item used here).</source>
            <translation>200 点が学科と実技の問題にどう配分されるか（ここでは 1 問あたり同じ配点としています）。</translation>
        </message>
        <message>
            <source>Question counts of the current CBT (this mock: 30 + 20).</source>
            <translation>現在の CBT の問題数（この模擬試験では 30 + 20）。</translation>
        </message>
    </context>
    <context>
        <name>BrowserPage</name>
        <message>
            <source>Browse decks</source>
            <translation>デッキを閲覧</translation>
        </message>
        <message>
            <source>Search Japanese, reading, romaji or meaning</source>
            <translation>日本語・読み・ローマ字・意味で検索</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>すべてのレベル</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>学習中</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>復習</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>Notes with a card in this state for you</source>
            <translation>あなたのカードがこの状態にあるノート</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>読み</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>意味</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>レベル</translation>
        </message>
        <message>
            <source>Deck</source>
            <translation>デッキ</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>追加日</translation>
        </message>
        <message>
            <source>Sort by date added (newest first)</source>
            <translation>追加日順に並べ替え（新しい順）</translation>
        </message>
        <message>
            <source>Click a column title to sort; right-click to sort by the date added</source>
            <translation>列の見出しをクリックすると並べ替えます。右クリックで追加日順に並べ替えます</translation>
        </message>
        <message>
            <source>Reading corrections</source>
            <translation>読みの訂正</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>すべてのデッキ</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>すべての分野</translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln 件のノート</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2 notes</source>
            <translation>%2 件中 %1 件のノートを表示</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</source>
            <translation>
                <numerusform>%Ln 件のノートを選択中です。上のボタンで削除・移動・タグ付け・保留・保留の解除ができます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
    </context>
    <context>
        <name>CbtRunner</name>
        <message>
            <source>◀ Back</source>
            <translation>◀ 戻る</translation>
        </message>
        <message>
            <source>⚑ Flag (F)</source>
            <translation>⚑ 見直しフラグ (F)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>次へ ▶</translation>
        </message>
        <message>
            <source>Instructions / Your language (I)</source>
            <translation>説明 / 母語で表示 (I)</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>セクション終了 (E)</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>問題 %1 / %2</translation>
        </message>
        <message>
            <source>⚑ Unflag (F)</source>
            <translation>⚑ フラグを外す (F)</translation>
        </message>
        <message>
            <source>Time remaining %1</source>
            <translation>残り時間 %1</translation>
        </message>
        <message>
            <source>Choose the best answer for each question with the keys 1-4 or the mouse. Back and Next move between the questions of this section; the palette on the left shows which questions are answered (grey), not answered (white) and flagged for review (orange). Flag (F) marks a question to check later. Finish section (E) closes the section: you cannot go back to it. The time shown is for the whole test. Listening questions have a Play button.</source>
            <translation>各問題の答えを 1～4 のキーかマウスで選んでください。「戻る」「次へ」でこのセクション内の問題を移動できます。左の一覧は、解答済み（灰色）、未解答（白）、見直しフラグ付き（オレンジ）を示します。フラグ (F) で後で見直す問題に印を付けます。「セクション終了」(E) でセクションを閉じます。閉じたセクションには戻れません。表示される時間は試験全体の残り時間です。聴解問題には再生ボタンがあります。</translation>
        </message>
    </context>
    <context>
        <name>ClassroomPage</name>
        <message>
            <source>Students</source>
            <translation>学習者</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>課題を出す…(&amp;A)</translation>
        </message>
        <message>
            <source>Class report &amp;CSV…</source>
            <translation>クラスのレポート CSV…(&amp;C)</translation>
        </message>
        <message>
            <source>Class report &amp;PDF…</source>
            <translation>クラスのレポート PDF…(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Student report PDF…</source>
            <translation>個人レポート PDF…(&amp;S)</translation>
        </message>
        <message>
            <source>Assignments:</source>
            <translation>課題:</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>課題</translation>
        </message>
        <message>
            <source>&amp;Remove assignment</source>
            <translation>課題を削除(&amp;R)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s); last 30 days.</source>
            <translation>
                <numerusform>学習者 %Ln 人（過去30日間）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln at risk.</source>
            <translation>
                <numerusform>要注意 %Ln 人。</numerusform>
            </translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>要注意</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>順調</translation>
        </message>
        <message>
            <source>whole class</source>
            <translation>クラス全員</translation>
        </message>
        <message>
            <source>{title} for {who}, due {date}</source>
            <translation>{title}（対象：{who}、期限：{date}）</translation>
        </message>
        <message>
            <source>behind for {exam} on {date}: {left} cards still new, {needed} a day needed</source>
            <translation>{date}の{exam}に遅れ気味：未学習カード{left}枚、1日{needed}枚が必要</translation>
        </message>
        <message>
            <source>latest {exam} mock not passed ({percent}%)</source>
            <translation>直近の{exam}模試は不合格（{percent}%）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue assignment(s): {titles}</source>
            <translation>
                <numerusform>期限切れの課題%Ln件：{titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no study in the last %Ln day(s)</source>
            <translation>
                <numerusform>過去%Ln日間、学習なし</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{name} is at risk: {why}</source>
            <translation>{name} さんは要注意です：{why}</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>課題を出す</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>Choose a student in the table first.</source>
            <translation>先に表から学習者を選んでください。</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>レポートを保存</translation>
        </message>
        <message>
            <source>Could not save the report: {error}</source>
            <translation>レポートを保存できませんでした：{error}</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>学習者</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>学習時間（分）</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>解答数</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>記憶率</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>課題</translation>
        </message>
        <message>
            <source>Latest mock</source>
            <translation>最新の模試</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>傾向</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状況</translation>
        </message>
    </context>
    <context>
        <name>DeckDeleter</name>
        <message>
            <source>Delete the deck “%1”?</source>
            <translation>デッキ「%1」を削除しますか？</translation>
        </message>
        <message>
            <source>Deleted with it:</source>
            <translation>一緒に削除されるもの：</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sub-deck(s)</source>
            <translation>
                <numerusform>サブデッキ %Ln 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>ノート %Ln 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>カード %Ln 枚</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sound or picture file(s)</source>
            <translation>
                <numerusform>音声・画像ファイル %Ln 個</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s): the study history of these cards</source>
            <translation>
                <numerusform>解答記録 %Ln 件（これらのカードの学習履歴）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the progress of %Ln learner(s) on them</source>
            <translation>
                <numerusform>学習者 %Ln 人分の進み具合</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>including %Ln card(s) of these notes in other decks</source>
            <translation>
                <numerusform>うち、他のデッキにあるこれらのノートのカード %Ln 枚</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not deleted: %Ln card(s) of notes from other decks will go back to their own deck, with their progress:</source>
            <translation>
                <numerusform>削除されないもの：他のデッキのノートのカード %Ln 枚は、進み具合を保ったまま元のデッキに戻ります：</numerusform>
            </translation>
        </message>
        <message>
            <source>It comes with jpprep: it is not loaded again when jpprep starts.</source>
            <translation>このデッキは jpprep に付属しています。次に jpprep を起動しても、再び読み込まれることはありません。</translation>
        </message>
        <message>
            <source>This cannot be undone. To keep its notes, export the deck first.</source>
            <translation>元に戻すことはできません。ノートを残したい場合は、先にデッキをエクスポートしてください。</translation>
        </message>
        <message>
            <source>Delete deck</source>
            <translation>デッキを削除</translation>
        </message>
        <message>
            <source>&amp;Export first…</source>
            <translation>先にエクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete deck</source>
            <translation>デッキを削除(&amp;D)</translation>
        </message>
        <message>
            <source>Deleting “%1”…</source>
            <translation>「%1」を削除しています…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the deck “%1” (%Ln note(s)).</source>
            <translation>
                <numerusform>デッキ「%1」を削除しました（ノート %Ln 件）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>jpprep 付属のデッキを読み込んでいます…</translation>
        </message>
        <message numerus="yes">
            <source>Brought back %Ln deck(s).</source>
            <translation>
                <numerusform>デッキを %Ln 個元に戻しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Export deck</source>
            <translation>デッキをエクスポート</translation>
        </message>
        <message>
            <source>jpprep deck (*.jpdeck);;Anki deck (*.apkg);;Spreadsheet (*.csv)</source>
            <translation>jpprep デッキ (*.jpdeck);;Anki デッキ (*.apkg);;表計算ファイル (*.csv)</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>「%1」をエクスポートしています…</translation>
        </message>
        <message>
            <source>Exported “%1” to %2.</source>
            <translation>「%1」を %2 にエクスポートしました。</translation>
        </message>
    </context>
    <context>
        <name>DeckOptionsDialog</name>
        <message>
            <source>Deck options: {deck}</source>
            <translation>デッキのオプション：{deck}</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>プリセット</translation>
        </message>
        <message>
            <source>New preset from this one</source>
            <translation>このプリセットから新規作成</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>プリセット：</translation>
        </message>
        <message>
            <source>Preset name</source>
            <translation>プリセット名</translation>
        </message>
        <message>
            <source>Preset name:</source>
            <translation>プリセット名：</translation>
        </message>
        <message>
            <source>Desired retention:</source>
            <translation>目標の記憶率：</translation>
        </message>
        <message>
            <source>Learning steps:</source>
            <translation>学習ステップ：</translation>
        </message>
        <message>
            <source>Relearning steps:</source>
            <translation>再学習ステップ：</translation>
        </message>
        <message>
            <source>Write waits such as 1m 10m 1h 1d (minutes, hours, days).</source>
            <translation>間隔は1m 10m 1h 1dのように書きます（分、時間、日）。</translation>
        </message>
        <message>
            <source>New cards a day:</source>
            <translation>1日の新規カード数：</translation>
        </message>
        <message>
            <source>Reviews a day:</source>
            <translation>1日の復習数：</translation>
        </message>
        <message>
            <source>Longest wait (days):</source>
            <translation>最大間隔（日）：</translation>
        </message>
        <message>
            <source>Tag it "leech"</source>
            <translation>「leech」タグを付ける</translation>
        </message>
        <message>
            <source>Tag it and suspend it</source>
            <translation>タグを付けて保留にする</translation>
        </message>
        <message>
            <source>What happens to a leech</source>
            <translation>リーチになったカードの扱い</translation>
        </message>
        <message>
            <source>Leech after (times forgotten):</source>
            <translation>リーチとみなす忘れた回数：</translation>
        </message>
        <message>
            <source>Bury other cards of the same word until tomorrow</source>
            <translation>同じ単語のほかのカードを明日まで延期する</translation>
        </message>
        <message>
            <source>Fitted from your answers</source>
            <translation>あなたの解答から調整済み</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>標準</translation>
        </message>
        <message>
            <source>Memory model:</source>
            <translation>記憶モデル：</translation>
        </message>
        <message>
            <source>Desired retention</source>
            <translation>目標の記憶率</translation>
        </message>
        <message>
            <source>Learning steps</source>
            <translation>学習ステップ</translation>
        </message>
        <message>
            <source>Relearning steps</source>
            <translation>再学習ステップ</translation>
        </message>
        <message>
            <source>New cards a day</source>
            <translation>1日の新規カード数</translation>
        </message>
        <message>
            <source>Reviews a day</source>
            <translation>1日の復習数</translation>
        </message>
        <message>
            <source>Longest wait (days)</source>
            <translation>最大間隔（日）</translation>
        </message>
        <message>
            <source>Leech after (times forgotten)</source>
            <translation>リーチとみなす忘れた回数</translation>
        </message>
        <message>
            <source>Your school has locked these options: ask your teacher to change them.</source>
            <translation>これらのオプションは学校によってロックされています。変更は先生に相談してください。</translation>
        </message>
        <message>
            <source>A new preset, used by this deck only.</source>
            <translation>このデッキだけが使う新しいプリセットです。</translation>
        </message>
        <message>
            <source>Only this deck uses this preset.</source>
            <translation>このプリセットを使うのはこのデッキだけです。</translation>
        </message>
        <message numerus="yes">
            <source>Changes apply to %Ln deck(s) using this preset.</source>
            <translation>
                <numerusform>変更はこのプリセットを使う%Ln個のデッキに適用されます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards come back when you still remember about {p} % of them. Higher means more reviews every day; lower means fewer reviews but more forgetting.</source>
            <translation>カードの約{p} %をまだ覚えているうちに復習します。高くすると毎日の復習が増え、低くすると復習は減りますが、忘れるカードが増えます。</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name}（コピー）</translation>
        </message>
        <message>
            <source>Choose a retention from 70 % to 97 %.</source>
            <translation>記憶率は70 %～97 %の間で選んでください。</translation>
        </message>
        <message>
            <source>Write each wait as a number above 0 with m, h or d, such as 1m 10m 1d (at most 30 days).</source>
            <translation>間隔は0より大きい数にm、h、dを付けて、1m 10m 1dのように書いてください（最長30日）。</translation>
        </message>
        <message>
            <source>A preset needs a name (1 to 100 characters).</source>
            <translation>プリセットには名前が必要です（1～100文字）。</translation>
        </message>
        <message>
            <source>Enter a whole number from {lo} to {hi}.</source>
            <translation>{lo}～{hi}の整数を入力してください。</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked field.</source>
            <translation>保存されていません。印の付いた項目を直してください。</translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message>
            <source>The disk is full. Your last change was not saved; everything before it is safe. Free some space (or ask your teacher), then try again.</source>
            <translation>ディスクがいっぱいです。最後の変更は保存されていませんが、それより前のデータは無事です。空き容量を作ってから（または先生に相談してから）、もう一度お試しください。</translation>
        </message>
        <message>
            <source>jpprep cannot save to its database: the file or its folder is read-only. Your last change was not saved; everything before it is safe. Please tell your teacher.</source>
            <translation>データベースに保存できません。ファイルまたはそのフォルダーが読み取り専用になっています。最後の変更は保存されていませんが、それより前のデータは無事です。先生に知らせてください。</translation>
        </message>
        <message>
            <source>jpprep cannot open or make its database file: the folder may be read-only or missing. Please tell your teacher.</source>
            <translation>データベースファイルを開くことも作ることもできません。フォルダーが読み取り専用になっているか、存在しない可能性があります。先生に知らせてください。</translation>
        </message>
        <message>
            <source>jpprep cannot write to its data folder. Please tell your teacher.</source>
            <translation>データフォルダーに書き込めません。先生に知らせてください。</translation>
        </message>
        <message>
            <source>The database is damaged, so jpprep left it untouched. Please tell your teacher: a backup can be restored.</source>
            <translation>データベースが壊れているため、jpprep は変更を加えずにそのままにしました。先生に知らせてください。バックアップから復元できます。</translation>
        </message>
        <message>
            <source>This file is not a jpprep database, so jpprep left it untouched. Please tell your teacher.</source>
            <translation>このファイルは jpprep のデータベースではないため、変更を加えずにそのままにしました。先生に知らせてください。</translation>
        </message>
        <message>
            <source>This database was made by a newer version of jpprep, so this version left it untouched. Please install the newer jpprep, or tell your teacher.</source>
            <translation>このデータベースは新しいバージョンの jpprep で作られたため、このバージョンでは変更を加えずにそのままにしました。新しい jpprep をインストールするか、先生に知らせてください。</translation>
        </message>
        <message>
            <source>jpprep cannot reach the class server. Check that this computer is connected to the network, or tell your teacher.</source>
            <translation>クラスのサーバーに接続できません。このコンピューターがネットワークにつながっているか確認するか、先生に知らせてください。</translation>
        </message>
        <message>
            <source>The class server did not accept jpprep's user name or password. Please tell your teacher.</source>
            <translation>クラスのサーバーが jpprep のユーザー名またはパスワードを受け付けませんでした。先生に知らせてください。</translation>
        </message>
        <message>
            <source>jpprep cannot open its database ({detail}). Please tell your teacher.</source>
            <translation>データベースを開けません（{detail}）。先生に知らせてください。</translation>
        </message>
        <message>
            <source>The disk is full, so the backup was not made. Your progress is safe. Free some space (or delete old backups).</source>
            <translation>ディスクがいっぱいのため、バックアップは作成されませんでした。学習の記録は無事です。空き容量を作ってください（古いバックアップを削除することもできます）。</translation>
        </message>
        <message>
            <source>The backup folder cannot be written, so the backup was not made. Your progress is safe. Please tell your teacher.</source>
            <translation>バックアップフォルダーに書き込めないため、バックアップは作成されませんでした。学習の記録は無事です。先生に知らせてください。</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Choose another backup.</source>
            <translation>このバックアップは壊れているため、復元できません。別のバックアップを選んでください。</translation>
        </message>
        <message>
            <source>This file is not a jpprep backup. Choose a file from the backups folder.</source>
            <translation>このファイルは jpprep のバックアップではありません。バックアップのフォルダーからファイルを選んでください。</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of jpprep. Install the newer jpprep to restore it.</source>
            <translation>このバックアップは新しいバージョンの jpprep で作られています。復元するには新しい jpprep を入れてください。</translation>
        </message>
        <message>
            <source>This is the database itself, not a backup. Choose a file from the backups folder.</source>
            <translation>これはデータベースそのもので、バックアップではありません。バックアップのフォルダーからファイルを選んでください。</translation>
        </message>
        <message>
            <source>The backup was not made ({detail}). Your progress is safe. Please tell your teacher.</source>
            <translation>バックアップを作れませんでした（{detail}）。学習の記録は無事です。先生に知らせてください。</translation>
        </message>
        <message>
            <source>There is no database file to back up yet.</source>
            <translation>バックアップするデータベースファイルがまだありません。</translation>
        </message>
        <message>
            <source>jpprep is starting on the profile “{profile}” in another window. Wait a moment and switch to that window.</source>
            <translation>プロフィール「{profile}」の jpprep が別のウィンドウで起動中です。少し待ってから、そのウィンドウに切り替えてください。</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on this computer. Switch to that window, or close it first.</source>
            <translation>プロフィール「{profile}」は、このコンピューターの jpprep ですでに開いています。そのウィンドウに切り替えるか、先にそのウィンドウを閉じてください。</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on the computer “{host}” (since {since}). Close jpprep there first, or choose another profile. If that computer crashed, tell your teacher.</source>
            <translation>プロフィール「{profile}」は、コンピューター「{host}」の jpprep ですでに開いています（{since} から）。先にそちらの jpprep を閉じるか、別のプロフィールを選んでください。そのコンピューターが異常終了した場合は、先生に知らせてください。</translation>
        </message>
        <message>
            <source>A PIN is made of digits only, for example 4821.</source>
            <translation>PIN には数字だけを使います（例：4821）。</translation>
        </message>
        <message>
            <source>A PIN has {min} to {max} digits.</source>
            <translation>PIN は {min}～{max} 桁の数字です。</translation>
        </message>
        <message>
            <source>That profile no longer exists.</source>
            <translation>そのプロフィールはもう存在しません。</translation>
        </message>
        <message>
            <source>That options preset no longer exists.</source>
            <translation>そのプリセットはもう存在しません。</translation>
        </message>
        <message>
            <source>An options preset needs a name of {min} to {max} characters.</source>
            <translation>オプションのプリセットには{min}～{max}文字の名前が必要です。</translation>
        </message>
        <message>
            <source>A preset named “{name}” already exists. Choose another name, or choose that preset in the list.</source>
            <translation>「{name}」という名前のプリセットはすでにあります。別の名前にするか、一覧からそのプリセットを選んでください。</translation>
        </message>
        <message>
            <source>A profile needs a name. Type a name, for example your first name.</source>
            <translation>プロフィールには名前が必要です。名前（例：自分の下の名前）を入力してください。</translation>
        </message>
        <message>
            <source>The name is longer than {max} characters.</source>
            <translation>名前が {max} 文字を超えています。</translation>
        </message>
        <message>
            <source>The name contains invisible control characters. Please type it again.</source>
            <translation>名前に目に見えない制御文字が含まれています。もう一度入力してください。</translation>
        </message>
        <message>
            <source>A profile named “{name}” already exists. Choose another name, or switch to that profile.</source>
            <translation>「{name}」という名前のプロフィールはすでにあります。別の名前を選ぶか、そのプロフィールに切り替えてください。</translation>
        </message>
        <message>
            <source>The question banks do not have enough questions of these types for {exam}: {types}. Add questions to a bank, or choose another practice mode.</source>
            <translation>問題バンクに、{exam} のこれらの問題形式の問題が足りません：{types}。バンクに問題を加えるか、別の練習方法を選んでください。</translation>
        </message>
        <message>
            <source>Choose a section to practise.</source>
            <translation>練習するセクションを選んでください。</translation>
        </message>
        <message>
            <source>Choose at least one question type to practise.</source>
            <translation>練習する問題形式を 1 つ以上選んでください。</translation>
        </message>
        <message>
            <source>{exam} has no question type “{type}”.</source>
            <translation>{exam} には「{type}」という問題形式はありません。</translation>
        </message>
        <message>
            <source>“{mode}” is not a practice mode of jpprep.</source>
            <translation>「{mode}」は jpprep の練習方法ではありません。</translation>
        </message>
        <message>
            <source>There is no mock exam “{exam}”.</source>
            <translation>「{exam}」という模擬試験はありません。</translation>
        </message>
        <message>
            <source>This exam attempt no longer exists.</source>
            <translation>この受験の記録はもうありません。</translation>
        </message>
        <message>
            <source>The questions of this exam have changed ({gone} are gone), so it cannot be continued. Start a new one.</source>
            <translation>この試験の問題が変わったため（{gone} 問がなくなりました）、続けることができません。新しく始めてください。</translation>
        </message>
        <message>
            <source>This exam has no questions.</source>
            <translation>この試験には問題がありません。</translation>
        </message>
        <message>
            <source>This saved exam was made by another version of jpprep and cannot be continued. Start a new one.</source>
            <translation>この保存された試験は別のバージョンの jpprep で作られたため、続けることができません。新しく始めてください。</translation>
        </message>
        <message>
            <source>jpprep cannot read this question bank ({detail}).</source>
            <translation>jpprep はこの問題バンクを読み取れません（{detail}）。</translation>
        </message>
        <message>
            <source>This question bank is larger than 32 MB.</source>
            <translation>この問題バンクは 32 MB を超えています。</translation>
        </message>
        <message>
            <source>This question bank is not UTF-8 text. Save it as UTF-8.</source>
            <translation>この問題バンクは UTF-8 のテキストではありません。UTF-8 で保存し直してください。</translation>
        </message>
        <message>
            <source>This question bank is not valid JSON (column {column}). Check the quotes, commas and brackets there.</source>
            <translation>この問題バンクは正しい JSON ではありません（{column} 文字目）。その位置の引用符・カンマ・かっこを確かめてください。</translation>
        </message>
        <message>
            <source>This file is not a jpprep question bank (“format”: 1 is missing).</source>
            <translation>このファイルは jpprep の問題バンクではありません（“format”: 1 がありません）。</translation>
        </message>
        <message>
            <source>Choose a deck or a mock exam to assign.</source>
            <translation>課題にするデッキか模擬試験を選んでください。</translation>
        </message>
        <message>
            <source>Only a mock exam can be assigned with a form. Choose a mock exam, or leave the form out.</source>
            <translation>問題セットを指定できるのは模擬試験の課題だけです。模擬試験を選ぶか、問題セットを指定しないでください。</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation>「{value}」は日付ではありません。YYYY-MM-DD の形で書いてください（例：2026-03-31）。</translation>
        </message>
        <message>
            <source>That deck no longer exists.</source>
            <translation>そのデッキはもうありません。</translation>
        </message>
        <message>
            <source>This card no longer exists: its note or deck was deleted. Go back to Home and choose a deck.</source>
            <translation>このカードはもうありません。ノートかデッキが削除されました。ホームに戻って、デッキを選んでください。</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>そのノートはもう存在しません。</translation>
        </message>
        <message>
            <source>No note is chosen. Select one or more notes in the list first.</source>
            <translation>ノートが選ばれていません。先に一覧から 1 つ以上のノートを選んでください。</translation>
        </message>
        <message>
            <source>The English meaning is empty. Write what the word means in English.</source>
            <translation>英語の意味が空です。その語の意味を英語で書いてください。</translation>
        </message>
        <message>
            <source>The tag is empty. Type a tag, for example verb.</source>
            <translation>タグが空です。タグを入力してください（例：verb）。</translation>
        </message>
        <message>
            <source>The tag “{tag}” has a space in it. A tag is one word: use - or _ instead of spaces.</source>
            <translation>タグ「{tag}」に空白があります。タグは 1 語です。空白の代わりに - か _ を使ってください。</translation>
        </message>
        <message>
            <source>That student no longer exists.</source>
            <translation>その学習者はもういません。</translation>
        </message>
        <message>
            <source>The lab configuration file does not exist. Everything that can be locked is locked.</source>
            <translation>ラボ設定ファイルがありません。ロックできる機能はすべてロックされています。</translation>
        </message>
        <message>
            <source>The lab configuration file cannot be read. Everything that can be locked is locked.</source>
            <translation>ラボ設定ファイルを読み込めません。ロックできる機能はすべてロックされています。</translation>
        </message>
        <message>
            <source>The lab configuration file is not valid TOML (each setting is one line: key = "value"). Everything that can be locked is locked until it is fixed.</source>
            <translation>ラボ設定ファイルが正しい TOML ではありません（設定は 1 行に 1 つです：key = "value"）。修正されるまで、ロックできる機能はすべてロックされます。</translation>
        </message>
        <message>
            <source>“{key}” is not a known key. Did you mean: {known}?</source>
            <translation>「{key}」は不明なキーです。正しくは {known} ではありませんか？</translation>
        </message>
        <message>
            <source>“{key}” must be a text in quotes.</source>
            <translation>「{key}」は引用符で囲んだ文字列にしてください。</translation>
        </message>
        <message>
            <source>“{key}” is not a database URL.</source>
            <translation>「{key}」はデータベースの URL ではありません。</translation>
        </message>
        <message>
            <source>jpprep cannot use “{driver}” databases. Use postgresql+psycopg or sqlite.</source>
            <translation>jpprep は「{driver}」のデータベースを使えません。postgresql+psycopg か sqlite を使ってください。</translation>
        </message>
        <message>
            <source>“{value}” is not an interface language of jpprep. Use one of: {known}.</source>
            <translation>「{value}」は jpprep の表示言語ではありません。次のいずれかを使ってください：{known}。</translation>
        </message>
        <message>
            <source>“{key}” must be a list of ids in quotes.</source>
            <translation>「{key}」は引用符で囲んだ ID のリストにしてください。</translation>
        </message>
        <message>
            <source>“{key}” must be a list of names in quotes ({known}). Everything is locked until it is fixed.</source>
            <translation>「{key}」は引用符で囲んだ名前のリストにしてください（{known}）。修正されるまで、すべてロックされます。</translation>
        </message>
        <message>
            <source>“{value}” is not a name that “{key}” knows ({known}). Everything is locked until it is fixed.</source>
            <translation>「{value}」は「{key}」で使える名前ではありません（{known}）。修正されるまで、すべてロックされます。</translation>
        </message>
        <message>
            <source>“{key}” is not a password hash.</source>
            <translation>「{key}」はパスワードのハッシュではありません。</translation>
        </message>
        <message>
            <source>“{value}” is not a choice for “{key}”. Use "study locally" or "stop".</source>
            <translation>「{value}」は「{key}」の選択肢ではありません。"study locally" か "stop" を使ってください。</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}、{line} 行目</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; nothing was changed. Please tell your teacher.</source>
            <translation>予期しないエラーが起きました。何も変更されていません。先生に知らせてください。</translation>
        </message>
        <message>
            <source>Please tell your teacher: the lab configuration file has a problem. The rest of the file still applies.</source>
            <translation>先生に知らせてください：ラボ設定ファイルに問題があります。ファイルのほかの設定は有効です。</translation>
        </message>
        <message>
            <source>Study continues on this computer only; your answers here are not in the class database.</source>
            <translation>学習はこのコンピューターだけで続けます。ここでの解答はクラスのデータベースには入りません。</translation>
        </message>
    </context>
    <context>
        <name>ExamTargetDialog</name>
        <message>
            <source>Exam target</source>
            <translation>受験目標</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>試験</translation>
        </message>
        <message>
            <source>Exam date</source>
            <translation>試験日</translation>
        </message>
        <message>
            <source>Decks for this exam</source>
            <translation>この試験用のデッキ</translation>
        </message>
        <message>
            <source>Exam:</source>
            <translation>試験:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日付:</translation>
        </message>
        <message>
            <source>Decks:</source>
            <translation>デッキ:</translation>
        </message>
        <message>
            <source>Pace check</source>
            <translation>ペース確認</translation>
        </message>
        <message>
            <source>Remove target</source>
            <translation>目標を削除</translation>
        </message>
        <message>
            <source>Tick the decks you need for this exam.</source>
            <translation>この試験に必要なデッキにチェックを入れてください。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) left.</source>
            <translation>
                <numerusform>残り %Ln 日。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) not met yet.</source>
            <translation>
                <numerusform>未学習のカードが %Ln 枚あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pace (%1 new a day) meets them all by %2.</source>
            <translation>今のペース（1日 %1 枚の新規）なら %2 までにすべて終わります。</translation>
        </message>
        <message>
            <source>At your pace (%1 new a day) you will not meet them all. %2 new cards a day would.</source>
            <translation>今のペース（1日 %1 枚の新規）では間に合いません。1日 %2 枚なら間に合います。</translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day.</source>
            <translation>
                <numerusform>1日あたり約 %Ln 回の解答になります。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: that is more than the %Ln answer(s) you do on a typical day.</source>
            <translation>
                <numerusform>注意：普段の1日の解答数（%Ln 回）より多くなります。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamsPage</name>
        <message>
            <source>Mock exams</source>
            <translation>模擬試験</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>試験</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>練習</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>問題セット</translation>
        </message>
        <message>
            <source>Section or type</source>
            <translation>セクション・問題形式</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>問題数</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Resume the open exam</source>
            <translation>中断中の試験を再開</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>過去の結果</translation>
        </message>
        <message>
            <source>(practice only: not enough questions for a full mock)</source>
            <translation>（練習のみ：本番形式の模試には問題数が足りません）</translation>
        </message>
        <message>
            <source>pass (estimate)</source>
            <translation>合格（推定）</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>未達</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>練習</translation>
        </message>
        <message>
            <source>%1 minutes for the whole test</source>
            <translation>試験全体で %1 分</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>; </source>
            <translation>、</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>questions</source>
            <translation>問</translation>
        </message>
        <message>
            <source>Format as of %1.</source>
            <translation>%1 時点の試験形式です。</translation>
        </message>
        <message>
            <source>Not yet confirmed:</source>
            <translation>未確認：</translation>
        </message>
        <message>
            <source>Readiness (last attempts):</source>
            <translation>準備度（直近の受験）:</translation>
        </message>
        <message>
            <source>Weak question types:</source>
            <translation>苦手な問題形式:</translation>
        </message>
        <message>
            <source>Random (new questions each time)</source>
            <translation>ランダム（毎回新しい問題）</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1（%2問）</translation>
        </message>
        <message>
            <source>From the question bank %1</source>
            <translation>問題バンク %1 から</translation>
        </message>
        <message>
            <source>No weak question types yet: finish a mock or a practice set first.</source>
            <translation>苦手な問題形式はまだありません。先に模擬試験か練習セットを終えてください。</translation>
        </message>
        <message>
            <source>%1 question(s) added to the deck %2.</source>
            <translation>%1 問をデッキ「%2」に追加しました。</translation>
        </message>
        <message>
            <source>Full timed mock</source>
            <translation>時間を計る本番形式の模試</translation>
        </message>
        <message>
            <source>One section</source>
            <translation>1セクション</translation>
        </message>
        <message>
            <source>One question type</source>
            <translation>1つの問題形式</translation>
        </message>
        <message>
            <source>My weak types</source>
            <translation>苦手な問題形式</translation>
        </message>
    </context>
    <context>
        <name>FitWords</name>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</source>
            <translation>
                <numerusform>%Ln 件の復習から最適化しました。新しいモデルのほうが解答をよく予測できるため（対数損失 {old} → {new}）、今後はこちらを使います。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</source>
            <translation>
                <numerusform>%Ln 件の復習から最適化しました。今のモデルのほうが解答をよく予測できるため（対数損失 {old}、新しいモデルは {new}）、今のモデルをそのまま使います。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough reviews yet: {items} of the {needed} needed (a review counts when it comes a day or more after the card's previous answer). The current model is kept.</source>
            <translation>復習の数がまだ足りません（必要な {needed} 件のうち {items} 件。同じカードの前回の解答から1日以上あけた復習だけを数えます）。今のモデルをそのまま使います。</translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s), so the current one is kept.</source>
            <translation>
                <numerusform>%Ln 件の復習からモデルを最適化できなかったため、今のモデルをそのまま使います。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s) ({reason}), so the current one is kept.</source>
            <translation>
                <numerusform>%Ln 件の復習からモデルを最適化できなかったため（{reason}）、今のモデルをそのまま使います。</numerusform>
            </translation>
        </message>
        <message>
            <source>there are not enough reviews</source>
            <translation>復習の数が足りません</translation>
        </message>
        <message>
            <source>some reviews cannot be used</source>
            <translation>使えない復習があります</translation>
        </message>
        <message>
            <source>the current parameters are not valid</source>
            <translation>今のパラメーターが正しくありません</translation>
        </message>
        <message>
            <source>no better parameters were found</source>
            <translation>より良いパラメーターが見つかりませんでした</translation>
        </message>
        <message>
            <source>the fitting was stopped</source>
            <translation>最適化が中断されました</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>FlagMark</name>
        <message>
            <source>Red flag</source>
            <translation>赤のフラグ</translation>
        </message>
        <message>
            <source>Orange flag</source>
            <translation>オレンジのフラグ</translation>
        </message>
        <message>
            <source>Green flag</source>
            <translation>緑のフラグ</translation>
        </message>
        <message>
            <source>Blue flag</source>
            <translation>青のフラグ</translation>
        </message>
        <message>
            <source>Flag {n}</source>
            <translation>フラグ {n}</translation>
        </message>
    </context>
    <context>
        <name>FormNames</name>
        <message>
            <source>Form %1</source>
            <translation>問題セット%1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message>
            <source>Study calendar</source>
            <translation>学習カレンダー</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) with study in the last year</source>
            <translation>
                <numerusform>過去1年の学習日数：%Ln 日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s)</source>
            <translation>
                <numerusform>%Ln 回の解答</numerusform>
            </translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>水</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>金</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s)</source>
            <translation>
                <numerusform>%1：%Ln 回の解答</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Deck</source>
            <translation>デッキ</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>学習中</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>復習</translation>
        </message>
        <message>
            <source>Today's work</source>
            <translation>今日の学習</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>課題</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>デッキ</translation>
        </message>
        <message>
            <source>Delete deck…</source>
            <translation>デッキを削除…</translation>
        </message>
        <message>
            <source>Study this deck</source>
            <translation>このデッキを学習</translation>
        </message>
        <message>
            <source>Study all due cards</source>
            <translation>期限のカードをすべて学習</translation>
        </message>
        <message>
            <source>Deck options</source>
            <translation>デッキのオプション</translation>
        </message>
        <message>
            <source>Daily limits, learning steps and retention of the chosen deck</source>
            <translation>選んだデッキの1日の上限、学習ステップ、記憶率</translation>
        </message>
        <message numerus="yes">
            <source>Bring back %Ln deleted deck(s) that come with jpprep</source>
            <translation>
                <numerusform>削除した付属デッキを元に戻す（%Ln 個）</numerusform>
            </translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>こんにちは、{name} さん</translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) due.</source>
            <translation>
                <numerusform>今日の復習：%Ln 枚。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new card(s) waiting.</source>
            <translation>
                <numerusform>新規カード：%Ln 枚。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today: %Ln.</source>
            <translation>
                <numerusform>今日の学習済み：%Ln 枚。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Streak: %Ln day(s).</source>
            <translation>
                <numerusform>連続学習：%Ln 日。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) to study again ({learning_column}: {learning}, {due_column}: {due}).</source>
            <translation>
                <numerusform>今日もう一度学習するカード：%Ln 枚（{learning_column}：{learning}、{due_column}：{due}）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Assignments from your teacher:</source>
            <translation>先生からの課題：</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>overdue, {p}% done</source>
            <translation>期限切れ、{p}% 完了</translation>
        </message>
        <message>
            <source>{p}% done</source>
            <translation>{p}% 完了</translation>
        </message>
        <message>
            <source>; </source>
            <translation>、</translation>
        </message>
        <message>
            <source>your other mock does not count: take {form}</source>
            <translation>別の模試は数えられません：{form}を受けてください</translation>
        </message>
        <message>
            <source>a practice does not count: take {form} as a full mock</source>
            <translation>練習は数えられません：{form}を本番形式の模試として受けてください</translation>
        </message>
        <message>
            <source>only {form} counts</source>
            <translation>{form}のみ有効</translation>
        </message>
        <message>
            <source>a practice does not count: take the full mock</source>
            <translation>練習は数えられません：模試全体を受けてください</translation>
        </message>
        <message>
            <source>• {title}: due {date} ({state})</source>
            <translation>• {title}：期限 {date}（{state}）</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>{title}を始める</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {file}</source>
            <translation>{file} を読み込む</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>戻る(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>読み込む(&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} を読んでいます…</translation>
        </message>
        <message>
            <source>Bring my Anki review history</source>
            <translation>Anki の復習履歴も取り込む</translation>
        </message>
        <message>
            <source>Cards you have not studied in jpprep yet take their Anki progress, and every answer you gave in Anki counts in your statistics.</source>
            <translation>jpprep でまだ学習していないカードは Anki の進み具合を引き継ぎ、Anki での解答はすべて統計に含まれます。</translation>
        </message>
        <message>
            <source>jpprep guessed what each column holds. Change a column if the guess is wrong; the preview shows the first rows as they will be imported.</source>
            <translation>jpprep が各列の内容を推測しました。違う場合は列を変更してください。プレビューには最初の数行が読み込まれる形で表示されます。</translation>
        </message>
        <message>
            <source>An Anki package: notes, cards, nested decks, tags and media are imported. Importing it again updates the same notes.</source>
            <translation>Anki パッケージ：ノート、カード、入れ子のデッキ、タグ、メディアを読み込みます。もう一度読み込むと同じノートが更新されます。</translation>
        </message>
        <message>
            <source>A jpprep deck. Importing it again updates the same notes and keeps everyone's progress.</source>
            <translation>jpprep のデッキです。もう一度読み込むと同じノートが更新され、全員の学習状況はそのまま残ります。</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>直し方</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>問題一覧</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} を読み込んでいます…</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>スキップした理由</translation>
        </message>
        <message>
            <source>Other (kept with the note)</source>
            <translation>その他（ノートに保存）</translation>
        </message>
        <message>
            <source>Japanese (kanji)</source>
            <translation>日本語（漢字）</translation>
        </message>
        <message>
            <source>Reading (kana)</source>
            <translation>読み（かな）</translation>
        </message>
        <message>
            <source>Meaning in English</source>
            <translation>意味（英語）</translation>
        </message>
        <message>
            <source>Meaning in Urdu</source>
            <translation>意味（ウルドゥー語）</translation>
        </message>
        <message>
            <source>Meaning in Nepali</source>
            <translation>意味（ネパール語）</translation>
        </message>
        <message>
            <source>Meaning in Indonesian</source>
            <translation>意味（インドネシア語）</translation>
        </message>
        <message>
            <source>Meaning in Vietnamese</source>
            <translation>意味（ベトナム語）</translation>
        </message>
        <message>
            <source>Meaning in Tagalog</source>
            <translation>意味（タガログ語）</translation>
        </message>
        <message>
            <source>Meaning in Filipino</source>
            <translation>意味（フィリピン語）</translation>
        </message>
        <message>
            <source>Meaning in Burmese</source>
            <translation>意味（ビルマ語）</translation>
        </message>
        <message>
            <source>Example sentence (Japanese)</source>
            <translation>例文（日本語）</translation>
        </message>
        <message>
            <source>Example sentence (English)</source>
            <translation>例文（英語）</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>JLPT level</source>
            <translation>JLPT レベル</translation>
        </message>
        <message>
            <source>SSW sector</source>
            <translation>特定技能の分野</translation>
        </message>
        <message>
            <source>Kind (vocab, kanji, grammar)</source>
            <translation>種類（語彙・漢字・文法）</translation>
        </message>
        <message>
            <source>Note id</source>
            <translation>ノート ID</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>{letter} 列</translation>
        </message>
        <message>
            <source>What column {name} holds</source>
            <translation>列「{name}」の内容</translation>
        </message>
        <message>
            <source>This cannot be imported yet: {problem}</source>
            <translation>このままでは読み込めません：{problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) can be imported; the others have problems (marked ⚠).</source>
            <translation>
                <numerusform>%Ln 行を読み込めます。ほかの行には問題があります（⚠ の行）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) can be imported.</source>
            <translation>
                <numerusform>全 %Ln 行を読み込めます。</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {n}</source>
            <translation>{n} 行目</translation>
        </message>
        <message>
            <source>(no meaning)</source>
            <translation>（意味なし）</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported. The file has %Ln problem(s), listed below. Fix the file and import it again, or import only the rows without problems.</source>
            <translation>
                <numerusform>まだ何も読み込んでいません。ファイルに %Ln 件の問題があります（下の一覧）。ファイルを直して読み込み直すか、問題のない行だけを読み込んでください。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %Ln valid row(s)</source>
            <translation>
                <numerusform>有効な %Ln 行を読み込む</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported: the file has %Ln problem(s) and no row jpprep can import. Fix the file and import it again.</source>
            <translation>
                <numerusform>何も読み込んでいません：ファイルに %Ln 件の問題があり、読み込める行がありません。ファイルを直して読み込み直してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Imported into “{deck}”.</source>
            <translation>「{deck}」に読み込みました。</translation>
        </message>
        <message numerus="yes">
            <source>Added: %Ln note(s).</source>
            <translation>
                <numerusform>追加：%Ln 件のノート。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated: %Ln note(s).</source>
            <translation>
                <numerusform>更新：%Ln 件のノート。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already up to date: %Ln note(s).</source>
            <translation>
                <numerusform>変更なし：%Ln 件のノート。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %Ln row(s).</source>
            <translation>
                <numerusform>スキップ：%Ln 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anki review history: %Ln answer(s) brought over.</source>
            <translation>
                <numerusform>Anki の復習履歴：%Ln 件の解答を取り込みました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cards with their Anki progress: %Ln.</source>
            <translation>
                <numerusform>Anki の進み具合を引き継いだカード：%Ln 枚。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Intervals</name>
        <message>
            <source>under a minute</source>
            <translation>1分未満</translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln時間</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Lnか月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln年</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n}年</translation>
        </message>
    </context>
    <context>
        <name>JlptRunner</name>
        <message>
            <source>Answer sheet</source>
            <translation>解答用紙</translation>
        </message>
        <message>
            <source>◀ Back (P)</source>
            <translation>◀ 戻る (P)</translation>
        </message>
        <message>
            <source>Next (N) ▶</source>
            <translation>次へ (N) ▶</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>セクション終了 (E)</translation>
        </message>
        <message>
            <source>Time left %1</source>
            <translation>残り時間 %1</translation>
        </message>
    </context>
    <context>
        <name>KanaAnswerBox</name>
        <message>
            <source>Type the reading (romaji becomes kana), then Enter</source>
            <translation>読みを入力して Enter を押してください（ローマ字はかなになります）</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>あなたの答え</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>ホーム</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>デッキ</translation>
        </message>
        <message>
            <source>Mock exams</source>
            <translation>模擬試験</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>進捗</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>クラス</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>常に表示</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>まだ覚えていない漢字だけ</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>表示しない</translation>
        </message>
        <message>
            <source>jpprep: {name}</source>
            <translation>jpprep: {name}</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>セクション</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import deck…</source>
            <translation>デッキを読み込む…(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>プロフィール(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>プロフィールを切り替え…(&amp;S)</translation>
        </message>
        <message>
            <source>Set or change &amp;PIN…</source>
            <translation>PIN の設定・変更…(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>ログアウト(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Furigana</source>
            <translation>ふりがな(&amp;F)</translation>
        </message>
        <message>
            <source>Show &amp;romaji</source>
            <translation>ローマ字を表示(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About jpprep and sources</source>
            <translation>jpprep と出典について(&amp;A)</translation>
        </message>
        <message>
            <source>PIN saved.</source>
            <translation>PIN を保存しました。</translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>jpprep 付属のデッキを読み込んでいます…</translation>
        </message>
        <message>
            <source>Decks ready.</source>
            <translation>デッキの準備ができました。</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln note(s) from the shipped decks.</source>
            <translation>
                <numerusform>付属のデッキから %Ln 件のノートを追加しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took out %Ln note(s) that jpprep no longer ships.</source>
            <translation>
                <numerusform>jpprep に含まれなくなったノート %Ln 件をデッキから外しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</source>
            <translation>
                <numerusform>そのうち学習または編集したことのある %Ln 件は、解答の記録とともに保留にして「Retired」デッキに残しています。</numerusform>
            </translation>
        </message>
        <message>
            <source>To study any of them again, select them under Decks and press Unsuspend.</source>
            <translation>もう一度学習したいものは、「デッキ」で選んで「保留を解除」を押してください。</translation>
        </message>
        <message>
            <source>Import a deck</source>
            <translation>デッキを読み込む</translation>
        </message>
        <message>
            <source>Decks (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>デッキ (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Imported: {a} added, {u} updated, {s} skipped.</source>
            <translation>読み込み完了：追加 {a}、更新 {u}、スキップ {s}。</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move notes</source>
            <translation>ノートを移動</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln note(s) to:</source>
            <translation>
                <numerusform>%Ln 件のノートの移動先:</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>移動(&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>NoteActions</name>
        <message>
            <source>&amp;New note…</source>
            <translation>新しいノート(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <source>M&amp;ove…</source>
            <translation>移動(&amp;O)…</translation>
        </message>
        <message>
            <source>Ta&amp;g…</source>
            <translation>タグ(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Fill in readings</source>
            <translation>読みを補完(&amp;F)</translation>
        </message>
        <message>
            <source>Generate a reading for every note without one: the selected notes, or else the deck chosen above</source>
            <translation>読みのないノートすべてに読みを生成します（選択中のノート、なければ上で選んだデッキ）</translation>
        </message>
        <message>
            <source>Nothing was changed: the class server is not reachable. Try again when it is back.</source>
            <translation>何も変更されていません：クラスのサーバーに接続できません。サーバーが戻ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>There is no deck yet: import one first.</source>
            <translation>デッキがまだありません。先にデッキを読み込んでください。</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 を追加しました。</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>ノートを削除</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln note(s)?</source>
            <translation>
                <numerusform>%Ln 件のノートを削除しますか？</numerusform>
            </translation>
        </message>
        <message>
            <source>Their %1 card(s) and %2 answer(s) by %3 learner(s) are deleted with them. This cannot be undone.</source>
            <translation>%1 枚のカードと、%3 人の学習者による %2 件の解答記録も一緒に削除されます。元に戻すことはできません。</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln note(s).</source>
            <translation>
                <numerusform>%Ln 件のノートを削除しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln note(s) to %1.</source>
            <translation>
                <numerusform>%Ln 件のノートを %1 に移動しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 added to %Ln note(s).</source>
            <translation>
                <numerusform>%Ln 件のノートにタグ %1 を追加しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 removed from %Ln note(s).</source>
            <translation>
                <numerusform>%Ln 件のノートからタグ %1 を外しました。</numerusform>
            </translation>
        </message>
        <message>
            <source>Every note here already has a reading.</source>
            <translation>ここにあるノートにはすべて読みがあります。</translation>
        </message>
        <message numerus="yes">
            <source>Filling in %Ln reading(s)…</source>
            <translation>
                <numerusform>%Ln 件の読みを補完しています…</numerusform>
            </translation>
        </message>
        <message>
            <source>Filling in readings: %1 of %2…</source>
            <translation>読みを補完しています: %1 / %2…</translation>
        </message>
        <message numerus="yes">
            <source>Filled in %Ln reading(s); check them (they are marked as generated).</source>
            <translation>
                <numerusform>%Ln 件の読みを補完しました。確認してください（自動生成の印が付いています）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) could not be read.</source>
            <translation>
                <numerusform>%Ln 件のノートは読みを生成できませんでした。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>&amp;Japanese:</source>
            <translation>日本語(&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>読み(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>意味・英語(&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>タグ(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>レベル(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Your training centre has locked changes to decks.</source>
            <translation>研修センターの設定により、デッキは変更できません。</translation>
        </message>
        <message>
            <source>Choose a note in the list to edit it.</source>
            <translation>編集するノートを一覧から選んでください。</translation>
        </message>
        <message>
            <source>This reading was generated; check it and correct it if needed.</source>
            <translation>この読みは自動生成です。確認し、必要なら修正してください。</translation>
        </message>
        <message>
            <source>Not saved: the class server is not reachable. Your changes are still here; press Save again when it is back.</source>
            <translation>保存されていません：クラスのサーバーに接続できません。変更した内容はここに残っています。サーバーが戻ったら、もう一度「保存」を押してください。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>The class server is back: press Save to store your changes.</source>
            <translation>クラスのサーバーが戻りました。「保存」を押して変更を保存してください。</translation>
        </message>
    </context>
    <context>
        <name>NoteEditorDialog</name>
        <message>
            <source>Edit note</source>
            <translation>ノートの編集</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Class server</source>
            <translation>クラスのサーバー</translation>
        </message>
        <message>
            <source>You have studied all the cards this computer had ready. Your answers are safe here; you can go on when the class server is back.</source>
            <translation>このコンピューターに用意されていたカードはすべて学習しました。解答はここに安全に保存されています。クラスのサーバーが戻ったら続けられます。</translation>
        </message>
        <message>
            <source>The class server is not reachable. Your answers are saved on this computer and will be sent when it is back.</source>
            <translation>クラスのサーバーに接続できません。解答はこのコンピューターに保存され、サーバーが戻ったら送信されます。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to be sent.</source>
            <translation>
                <numerusform>送信待ちの解答：%Ln件</numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is back. All your answers have been sent.</source>
            <translation>クラスのサーバーが戻りました。解答はすべて送信されました。</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message numerus="yes">
            <source>{exam} on {date}: %Ln day(s) left.</source>
            <translation>
                <numerusform>{exam}（{date}）まであと%Ln日。</numerusform>
            </translation>
        </message>
        <message>
            <source>Every card has been met.</source>
            <translation>すべてのカードを学習しました。</translation>
        </message>
        <message numerus="yes">
            <source>On track: %Ln card(s) still to meet.</source>
            <translation>
                <numerusform>順調です。未学習のカードはあと%Ln枚です。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you finish on {date}.</source>
            <translation>
                <numerusform>1日%Ln枚のペースで、{date}に終わります。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still to meet.</source>
            <translation>
                <numerusform>未学習のカードはあと%Ln枚です。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That needs %Ln new card(s) a day.</source>
            <translation>
                <numerusform>そのためには1日%Ln枚の新しいカードが必要です。</numerusform>
            </translation>
        </message>
        <message>
            <source>The exam is today or already past: choose the next exam date.</source>
            <translation>試験日は今日か、すでに過ぎています。次の試験日を選んでください。</translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you will not meet every card before the exam.</source>
            <translation>
                <numerusform>1日%Ln枚の新しいカードでは、試験までにすべてのカードを学習できません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln a day would.</source>
            <translation>
                <numerusform>1日%Ln枚なら間に合います。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day,</source>
            <translation>
                <numerusform>1日に約%Ln回答えることになり、</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than the %Ln you do on a typical day.</source>
            <translation>
                <numerusform>普段の1日（%Ln回）より多くなります。</numerusform>
            </translation>
        </message>
        <message>
            <source>which is a lot to start with.</source>
            <translation>始めたばかりには多い量です。</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>The cell has {chars} characters; the limit is {limit}.</source>
            <translation>このセルは {chars} 文字あります。上限は {limit} 文字です。</translation>
        </message>
        <message>
            <source>The id is empty.</source>
            <translation>id が空です。</translation>
        </message>
        <message>
            <source>The kind “{kind}” is not vocab, kanji or grammar.</source>
            <translation>種類「{kind}」は vocab・kanji・grammar のどれでもありません。</translation>
        </message>
        <message>
            <source>The Japanese word or sentence is empty.</source>
            <translation>日本語の単語または文が空です。</translation>
        </message>
        <message>
            <source>“{value}” is not kana.</source>
            <translation>「{value}」はかなではありません。</translation>
        </message>
        <message>
            <source>The English meaning is empty.</source>
            <translation>英語の意味が空です。</translation>
        </message>
        <message>
            <source>“{word}” is in the file twice (first on row {first}).</source>
            <translation>「{word}」がファイルに 2 回あります（最初は {first} 行目）。</translation>
        </message>
        <message>
            <source>The level “{level}” is too long.</source>
            <translation>レベル「{level}」が長すぎます。</translation>
        </message>
        <message>
            <source>The sector “{sector}” is too long.</source>
            <translation>分野「{sector}」が長すぎます。</translation>
        </message>
        <message>
            <source>“{name}” is not a plain file name.</source>
            <translation>「{name}」は単純なファイル名ではありません。</translation>
        </message>
        <message>
            <source>“{name}” is not in the media/ folder.</source>
            <translation>「{name}」が media/ フォルダーにありません。</translation>
        </message>
        <message>
            <source>The id “{id}” is used twice (first on row {first}).</source>
            <translation>id「{id}」が 2 回使われています（最初は {first} 行目）。</translation>
        </message>
        <message>
            <source>The row has {cells} cells, but the first row names {columns} columns.</source>
            <translation>この行にはセルが {cells} 個ありますが、1 行目で名前が付いている列は {columns} 個です。</translation>
        </message>
        <message>
            <source>{key} must be text.</source>
            <translation>{key} は文字列で書いてください。</translation>
        </message>
        <message>
            <source>{key} is missing.</source>
            <translation>{key} がありません。</translation>
        </message>
        <message>
            <source>This jpprep cannot read deck format {value} (it reads format 1).</source>
            <translation>この jpprep はデッキ形式 {value} を読み込めません（読み込めるのは形式 1 です）。</translation>
        </message>
        <message>
            <source>The deck id “{value}” may use only lower-case letters, digits, '.', '_' and '-'.</source>
            <translation>デッキ id「{value}」に使えるのは、英小文字・数字・'.'・'_'・'-' だけです。</translation>
        </message>
        <message>
            <source>The deck name “{value}” has an empty part between '::'.</source>
            <translation>デッキ名「{value}」の '::' の間が空になっています。</translation>
        </message>
        <message>
            <source>languages must be a list of language codes.</source>
            <translation>languages は言語コードのリストで書いてください。</translation>
        </message>
        <message>
            <source>card_types must be a list taken from {known}.</source>
            <translation>card_types は次の中から選んだリストで書いてください：{known}</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>そのファイルまたはフォルダーはありません。</translation>
        </message>
        <message>
            <source>jpprep cannot import this kind of file.</source>
            <translation>jpprep はこの種類のファイルを読み込めません。</translation>
        </message>
        <message>
            <source>This .jpdeck has no deck.toml.</source>
            <translation>この .jpdeck には deck.toml がありません。</translation>
        </message>
        <message>
            <source>deck.toml is missing.</source>
            <translation>deck.toml がありません。</translation>
        </message>
        <message>
            <source>deck.toml is not UTF-8 text.</source>
            <translation>deck.toml が UTF-8 のテキストではありません。</translation>
        </message>
        <message>
            <source>deck.toml is not valid TOML.</source>
            <translation>deck.toml が正しい TOML ではありません。</translation>
        </message>
        <message>
            <source>notes.csv is missing.</source>
            <translation>notes.csv がありません。</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>このファイルは UTF-8 のテキストではありません。</translation>
        </message>
        <message>
            <source>The CSV file cannot be read.</source>
            <translation>CSV ファイルを読み取れません。</translation>
        </message>
        <message>
            <source>notes.csv is empty.</source>
            <translation>notes.csv が空です。</translation>
        </message>
        <message>
            <source>notes.csv has no column “{column}”.</source>
            <translation>notes.csv に「{column}」列がありません。</translation>
        </message>
        <message>
            <source>notes.csv names the column “{column}” twice.</source>
            <translation>notes.csv で「{column}」列が 2 回出てきます。</translation>
        </message>
        <message>
            <source>The file's text encoding is not UTF-8 or Shift_JIS.</source>
            <translation>このファイルの文字コードは UTF-8 でも Shift_JIS でもありません。</translation>
        </message>
        <message>
            <source>This Excel file is damaged or cannot be read.</source>
            <translation>この Excel ファイルは壊れているか、読み取れません。</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>このブックにはシートがありません。</translation>
        </message>
        <message>
            <source>The file has more than {max} rows.</source>
            <translation>このファイルは {max} 行を超えています。</translation>
        </message>
        <message>
            <source>jpprep cannot read the file ({detail}).</source>
            <translation>jpprep はこのファイルを読み取れません（{detail}）。</translation>
        </message>
        <message>
            <source>The spreadsheet is empty.</source>
            <translation>表が空です。</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the Japanese words.</source>
            <translation>jpprep には、どの列に日本語の単語があるのか判断できません。</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the meanings.</source>
            <translation>jpprep には、どの列に意味があるのか判断できません。</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB, more than the {limit_mb} MB jpprep accepts.</source>
            <translation>このファイルは {size_mb} MB あり、jpprep で扱える {limit_mb} MB を超えています。</translation>
        </message>
        <message>
            <source>This file is not a zip archive, or it is damaged.</source>
            <translation>このファイルは zip 形式ではないか、壊れています。</translation>
        </message>
        <message>
            <source>This archive holds an unsafe entry (a path outside it, a link, or far more data than its size); nothing was imported.</source>
            <translation>このアーカイブには安全でない項目（外部を指すパス、リンク、サイズに見合わない大量のデータ）が含まれています。何も読み込んでいません。</translation>
        </message>
        <message>
            <source>A part of this Anki package is damaged.</source>
            <translation>この Anki パッケージの一部が壊れています。</translation>
        </message>
        <message>
            <source>This package was made by a newer Anki than jpprep knows.</source>
            <translation>このパッケージは、jpprep が対応していない新しい Anki で作られています。</translation>
        </message>
        <message>
            <source>This is not an Anki package (it has no collection).</source>
            <translation>これは Anki パッケージではありません（コレクションが入っていません）。</translation>
        </message>
        <message>
            <source>The package holds no notes.</source>
            <translation>このパッケージにはノートが入っていません。</translation>
        </message>
        <message>
            <source>The note type of this note is missing or has no fields; the note was left out.</source>
            <translation>このノートのノートタイプがないか、フィールドがありません。このノートは読み込みませんでした。</translation>
        </message>
        <message>
            <source>The GUID “{guid}” appears twice; the second note was left out.</source>
            <translation>GUID「{guid}」が 2 回出てきます。2 つ目のノートは読み込みませんでした。</translation>
        </message>
        <message>
            <source>The fields of this note hold {chars} characters, more than jpprep accepts; the note was left out.</source>
            <translation>このノートのフィールドは {chars} 文字あり、jpprep の上限を超えています。このノートは読み込みませんでした。</translation>
        </message>
        <message>
            <source>The media file name “{name}” is not safe; the file was left out.</source>
            <translation>メディアファイル名「{name}」は安全ではありません。このファイルは読み込みませんでした。</translation>
        </message>
        <message>
            <source>The note id “{id}” appears twice; the first note was kept and the second left out.</source>
            <translation>ノートの id「{id}」が 2 回出てきます。1 つ目のノートを残し、2 つ目は読み込みませんでした。</translation>
        </message>
        <message>
            <source>Shorten it; long texts belong in a separate file.</source>
            <translation>短くしてください。長い文章は別のファイルに分けてください。</translation>
        </message>
        <message>
            <source>Give every row an id that is unique in the deck, for example taberu.</source>
            <translation>各行に、デッキ内で重複しない id を付けてください（例：taberu）。</translation>
        </message>
        <message>
            <source>Give every row its own id.</source>
            <translation>行ごとに別の id を付けてください。</translation>
        </message>
        <message>
            <source>Write vocab, kanji or grammar, or leave it empty for vocab.</source>
            <translation>vocab・kanji・grammar のどれかを書いてください。空欄にすると vocab になります。</translation>
        </message>
        <message>
            <source>Write the Japanese word or sentence.</source>
            <translation>日本語の単語または文を書いてください。</translation>
        </message>
        <message>
            <source>Write {kana}, or leave it empty and jpprep makes the reading.</source>
            <translation>{kana} と書いてください。空欄にすると jpprep が読みを付けます。</translation>
        </message>
        <message>
            <source>Write the reading in hiragana, or leave it empty and jpprep makes the reading.</source>
            <translation>読みをひらがなで書いてください。空欄にすると jpprep が読みを付けます。</translation>
        </message>
        <message>
            <source>Write the English meaning (other languages go in meaning_ur, meaning_ne, …).</source>
            <translation>英語の意味を書いてください（ほかの言語は meaning_ur、meaning_ne などに書きます）。</translation>
        </message>
        <message>
            <source>Write the English meaning in this cell.</source>
            <translation>このセルに英語の意味を書いてください。</translation>
        </message>
        <message>
            <source>Remove one of the rows, or give each its own reading.</source>
            <translation>どちらかの行を消すか、それぞれに別の読みを付けてください。</translation>
        </message>
        <message>
            <source>Write N5, N4, N3, N2 or N1.</source>
            <translation>N5・N4・N3・N2・N1 のどれかを書いてください。</translation>
        </message>
        <message>
            <source>Use a short code such as nursing-care.</source>
            <translation>nursing-care のような短いコードにしてください。</translation>
        </message>
        <message>
            <source>Write only the file name inside media/, for example taberu.mp3.</source>
            <translation>media/ の中のファイル名だけを書いてください（例：taberu.mp3）。</translation>
        </message>
        <message>
            <source>Put the file in media/, or clear the cell.</source>
            <translation>ファイルを media/ に入れるか、セルを空にしてください。</translation>
        </message>
        <message>
            <source>Put quotes around cells that contain commas.</source>
            <translation>カンマを含むセルは引用符（"）で囲んでください。</translation>
        </message>
        <message>
            <source>Write {key} = "...".</source>
            <translation>{key} = "..." の形で書いてください。</translation>
        </message>
        <message>
            <source>Add a line {key} = "..." to deck.toml.</source>
            <translation>deck.toml に {key} = "..." の行を加えてください。</translation>
        </message>
        <message>
            <source>Install a newer jpprep, or set format = 1.</source>
            <translation>新しい jpprep を入れるか、format = 1 にしてください。</translation>
        </message>
        <message>
            <source>For example id = "jlpt-n5-verbs".</source>
            <translation>例：id = "jlpt-n5-verbs"</translation>
        </message>
        <message>
            <source>Write it like "JLPT::N5".</source>
            <translation>"JLPT::N5" のように書いてください。</translation>
        </message>
        <message>
            <source>For example languages = ["en", "ur"].</source>
            <translation>例：languages = ["en", "ur"]</translation>
        </message>
        <message>
            <source>For example card_types = ["recognition"].</source>
            <translation>例：card_types = ["recognition"]</translation>
        </message>
        <message>
            <source>Check the name and the folder it is in.</source>
            <translation>名前と、置いてあるフォルダーを確かめてください。</translation>
        </message>
        <message>
            <source>Import a deck folder, .jpdeck, .apkg, .colpkg, .csv, .tsv or .xlsx.</source>
            <translation>デッキのフォルダー、.jpdeck、.apkg、.colpkg、.csv、.tsv、.xlsx のどれかを読み込んでください。</translation>
        </message>
        <message>
            <source>Zip the deck folder itself (deck.toml, notes.csv and media/).</source>
            <translation>デッキのフォルダーそのもの（deck.toml、notes.csv、media/）を zip にしてください。</translation>
        </message>
        <message>
            <source>Every deck folder needs a deck.toml.</source>
            <translation>デッキのフォルダーには deck.toml が必要です。</translation>
        </message>
        <message>
            <source>Save it as UTF-8.</source>
            <translation>UTF-8 で保存し直してください。</translation>
        </message>
        <message>
            <source>Check the quotes and brackets on that line.</source>
            <translation>その行の引用符とかっこを確かめてください。</translation>
        </message>
        <message>
            <source>Put the notes in notes.csv next to deck.toml.</source>
            <translation>ノートは deck.toml と同じ場所の notes.csv に書いてください。</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” (in Excel: Save As &gt; CSV UTF-8).</source>
            <translation>「CSV UTF-8」で保存し直してください（Excel では「名前を付けて保存」&gt;「CSV UTF-8」）。</translation>
        </message>
        <message>
            <source>Check the quotes in that row.</source>
            <translation>その行の引用符を確かめてください。</translation>
        </message>
        <message>
            <source>The first line names the columns: id,expression,reading,meaning_en</source>
            <translation>1 行目に列の名前を書きます：id,expression,reading,meaning_en</translation>
        </message>
        <message>
            <source>The first line must name the columns, at least id,expression,meaning_en.</source>
            <translation>1 行目に列の名前を書いてください。少なくとも id,expression,meaning_en が必要です。</translation>
        </message>
        <message>
            <source>Rename or remove one of them.</source>
            <translation>どちらかの名前を変えるか、削除してください。</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” in Excel or LibreOffice.</source>
            <translation>Excel か LibreOffice で「CSV UTF-8」として保存し直してください。</translation>
        </message>
        <message>
            <source>Open it in Excel and save it again as .xlsx.</source>
            <translation>Excel で開いて、.xlsx として保存し直してください。</translation>
        </message>
        <message>
            <source>Split it into smaller decks.</source>
            <translation>いくつかの小さいデッキに分けてください。</translation>
        </message>
        <message>
            <source>Put one word per row: kanji, kana, meaning.</source>
            <translation>1 行に 1 語ずつ、漢字・かな・意味の順に書いてください。</translation>
        </message>
        <message>
            <source>Name that column “expression” (or 漢字), or choose it in the column step.</source>
            <translation>その列の名前を「expression」（または「漢字」）にするか、列の設定で選んでください。</translation>
        </message>
        <message>
            <source>Name that column “meaning_en” (or English), or choose it in the column step.</source>
            <translation>その列の名前を「meaning_en」（または「English」）にするか、列の設定で選んでください。</translation>
        </message>
        <message>
            <source>Export it again from the program that made it.</source>
            <translation>作成したプログラムから書き出し直してください。</translation>
        </message>
        <message>
            <source>Only import files from people you trust.</source>
            <translation>信頼できる人から受け取ったファイルだけを読み込んでください。</translation>
        </message>
        <message>
            <source>Export the deck from Anki again.</source>
            <translation>Anki からデッキを書き出し直してください。</translation>
        </message>
        <message>
            <source>In Anki, export with “Support older Anki versions” ticked.</source>
            <translation>Anki で「Support older Anki versions」にチェックを入れて書き出してください。</translation>
        </message>
        <message>
            <source>Choose an .apkg or .colpkg file from Anki.</source>
            <translation>Anki の .apkg または .colpkg ファイルを選んでください。</translation>
        </message>
        <message>
            <source>Export the deck with its notes from Anki.</source>
            <translation>Anki からノートを含めてデッキを書き出してください。</translation>
        </message>
        <message>
            <source>Repair the note type in Anki (Tools &gt; Check Database).</source>
            <translation>Anki でノートタイプを修復してください（Tools &gt; Check Database）。</translation>
        </message>
        <message>
            <source>Run Tools &gt; Check Database in Anki and export again.</source>
            <translation>Anki で Tools &gt; Check Database を実行してから、書き出し直してください。</translation>
        </message>
        <message>
            <source>Shorten the note in Anki.</source>
            <translation>Anki でこのノートを短くしてください。</translation>
        </message>
        <message>
            <source>Rename the file in Anki's media folder.</source>
            <translation>Anki のメディアフォルダーで、このファイルの名前を変えてください。</translation>
        </message>
        <message>
            <source>Give every note its own id.</source>
            <translation>ノートごとに別の id を付けてください。</translation>
        </message>
        <message>
            <source>note {guid}</source>
            <translation>ノート {guid}</translation>
        </message>
        <message>
            <source>{file}, note {guid}</source>
            <translation>{file}、ノート {guid}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}、{line} 行目</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column} ({field})</source>
            <translation>{file}、{row} 行目、{column} 列（{field}）</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {field}</source>
            <translation>{file}、{row} 行目、{field} 列</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <translation>{file}、{row} 行目</translation>
        </message>
        <message>
            <source>{file}, column {field}</source>
            <translation>{file}、{field} 列</translation>
        </message>
        <message>
            <source>{file}, field {field}</source>
            <translation>{file}、項目 {field}</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>間違いが多すぎます。{n} 分待つか、先生に相談してください。</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>間違いが多すぎます。{n} 秒待つか、先生に相談してください。</translation>
        </message>
        <message>
            <source>Welcome to jpprep</source>
            <translation>jpprep へようこそ</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation>プロフィールを選択</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>プロフィール</translation>
        </message>
        <message>
            <source>Who is studying?</source>
            <translation>誰が学習しますか？</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>PIN:</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Or make a new profile:</source>
            <translation>または新しいプロフィールを作成：</translation>
        </message>
        <message>
            <source>jpprep keeps your progress on this computer.
What is your name? It is shown only here.</source>
            <translation>jpprep は学習記録をこのコンピューターに保存します。
お名前を入力してください（この画面にだけ表示されます）。</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>学習者</translation>
        </message>
        <message>
            <source>New profile name</source>
            <translation>新しいプロフィール名</translation>
        </message>
        <message>
            <source>&amp;Instructor profile</source>
            <translation>講師用プロフィール(&amp;I)</translation>
        </message>
        <message>
            <source>Instructor password</source>
            <translation>講師用パスワード</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>This profile has a PIN. Please type it.</source>
            <translation>このプロフィールには PIN が設定されています。入力してください。</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. You can try %Ln more time(s) before you must wait.</source>
            <translation>
                <numerusform>PIN が正しくありません。待たずに試せるのは、あと %Ln 回です。</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>プロフィール</translation>
        </message>
        <message>
            <source>That is not the instructor password. Nothing was made.</source>
            <translation>講師用パスワードが違います。何も作成されていません。</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>適用</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ヘルプ</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>はい(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>いいえ(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>QuestionTypes</name>
        <message>
            <source>Kanji reading</source>
            <translation>漢字読み</translation>
        </message>
        <message>
            <source>Orthography</source>
            <translation>表記</translation>
        </message>
        <message>
            <source>Word formation</source>
            <translation>語形成</translation>
        </message>
        <message>
            <source>Contextually-defined expressions</source>
            <translation>文脈規定</translation>
        </message>
        <message>
            <source>Paraphrases</source>
            <translation>言い換え類義</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>用法</translation>
        </message>
        <message>
            <source>Selecting grammar form</source>
            <translation>文法形式の判断</translation>
        </message>
        <message>
            <source>Sentence composition</source>
            <translation>文の組み立て</translation>
        </message>
        <message>
            <source>Text grammar</source>
            <translation>文章の文法</translation>
        </message>
        <message>
            <source>Comprehension (short passages)</source>
            <translation>内容理解（短文）</translation>
        </message>
        <message>
            <source>Comprehension (mid-size passages)</source>
            <translation>内容理解（中文）</translation>
        </message>
        <message>
            <source>Comprehension (long passages)</source>
            <translation>内容理解（長文）</translation>
        </message>
        <message>
            <source>Integrated comprehension</source>
            <translation>統合理解</translation>
        </message>
        <message>
            <source>Thematic comprehension</source>
            <translation>主張理解（長文）</translation>
        </message>
        <message>
            <source>Information retrieval</source>
            <translation>情報検索</translation>
        </message>
        <message>
            <source>Task-based comprehension</source>
            <translation>課題理解</translation>
        </message>
        <message>
            <source>Comprehension of key points</source>
            <translation>ポイント理解</translation>
        </message>
        <message>
            <source>Summary comprehension</source>
            <translation>概要理解</translation>
        </message>
        <message>
            <source>Verbal expressions</source>
            <translation>発話表現</translation>
        </message>
        <message>
            <source>Quick response</source>
            <translation>即時応答</translation>
        </message>
        <message>
            <source>Integrated comprehension (listening)</source>
            <translation>統合理解（聴解）</translation>
        </message>
        <message>
            <source>Word meaning</source>
            <translation>語の意味</translation>
        </message>
        <message>
            <source>Word usage</source>
            <translation>語の使い方</translation>
        </message>
        <message>
            <source>Kanji meaning and usage</source>
            <translation>漢字の意味と用法</translation>
        </message>
        <message>
            <source>Grammar</source>
            <translation>文法</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>表現</translation>
        </message>
        <message>
            <source>Comprehending conversations</source>
            <translation>会話の理解</translation>
        </message>
        <message>
            <source>Communicating at shops and public places</source>
            <translation>店や公共の場所での理解</translation>
        </message>
        <message>
            <source>Announcements and instructions</source>
            <translation>アナウンスや指示の理解</translation>
        </message>
        <message>
            <source>Comprehending content</source>
            <translation>内容の理解</translation>
        </message>
        <message>
            <source>Information search</source>
            <translation>情報検索</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>学科</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>○×</translation>
        </message>
        <message>
            <source>Photo or illustration judgement</source>
            <translation>判断等試験</translation>
        </message>
        <message>
            <source>Calculation</source>
            <translation>計算・計画立案</translation>
        </message>
        <message>
            <source>Listening to instructions</source>
            <translation>聴き取り</translation>
        </message>
        <message>
            <source>Care vocabulary</source>
            <translation>介護のことば</translation>
        </message>
        <message>
            <source>Care conversation</source>
            <translation>介護の会話・声かけ</translation>
        </message>
        <message>
            <source>Care documents</source>
            <translation>介護の文書</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>▶ Play audio (L)</source>
            <translation>▶ 音声を再生 (L)</translation>
        </message>
        <message>
            <source>The audio plays once.</source>
            <translation>音声は1回だけ再生されます。</translation>
        </message>
        <message>
            <source>Audio playback is not available on this computer: the script is shown instead when you press Play.</source>
            <translation>このコンピューターでは音声を再生できません。再生を押すと代わりにスクリプトが表示されます。</translation>
        </message>
        <message>
            <source>Played. In this test the audio plays only once.</source>
            <translation>再生済みです。この試験では音声は1回しか再生されません。</translation>
        </message>
    </context>
    <context>
        <name>ReadingPreview</name>
        <message>
            <source>word, e.g. 日本</source>
            <translation>語（例: 日本）</translation>
        </message>
        <message>
            <source>reading, e.g. にほん</source>
            <translation>読み（例: にほん）</translation>
        </message>
        <message>
            <source>in this deck</source>
            <translation>このデッキで</translation>
        </message>
        <message>
            <source>in every deck</source>
            <translation>すべてのデッキで</translation>
        </message>
        <message>
            <source>Sa&amp;ve correction</source>
            <translation>訂正を保存(&amp;V)</translation>
        </message>
        <message>
            <source>Always read</source>
            <translation>常にこの語を</translation>
        </message>
        <message>
            <source>as</source>
            <translation>この読みで</translation>
        </message>
        <message>
            <source>Generated reading: %1 (nothing typed; check it)</source>
            <translation>自動生成された読み: %1（未入力です。確認してください）</translation>
        </message>
        <message>
            <source>Now always read as %1.</source>
            <translation>現在は常に %1 と読みます。</translation>
        </message>
        <message>
            <source>Choose a note first, or save it for every deck.</source>
            <translation>先にノートを選ぶか、すべてのデッキ用に保存してください。</translation>
        </message>
        <message>
            <source>Saved: %1 is now always read %2.</source>
            <translation>保存しました。%1 は今後常に %2 と読みます。</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Scoring section</source>
            <translation>得点区分</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>正解</translation>
        </message>
        <message>
            <source>Estimated score</source>
            <translation>推定得点</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>基準点</translation>
        </message>
        <message>
            <source>Send missed questions to a review deck</source>
            <translation>間違えた問題を復習デッキに送る</translation>
        </message>
        <message>
            <source>Back to exams</source>
            <translation>試験一覧に戻る</translation>
        </message>
        <message>
            <source>Form: %1</source>
            <translation>問題セット：%1</translation>
        </message>
        <message>
            <source>Practice finished: %1 of %2 correct.</source>
            <translation>練習終了：%2 問中 %1 問正解。</translation>
        </message>
        <message>
            <source>Estimated result: PASS (%1 of %2 correct).</source>
            <translation>推定結果：合格（%2 問中 %1 問正解）。</translation>
        </message>
        <message>
            <source>Estimated result: NOT YET A PASS (%1 of %2 correct).</source>
            <translation>推定結果：まだ合格ラインに届いていません（%2 問中 %1 問正解）。</translation>
        </message>
        <message>
            <source>Score: %1%</source>
            <translation>得点：%1%</translation>
        </message>
        <message>
            <source>Estimated total: %1 / %2</source>
            <translation>推定合計：%1 / %2</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>A1未満</translation>
        </message>
        <message>
            <source>Band: %1</source>
            <translation>判定：%1</translation>
        </message>
        <message>
            <source>below the minimum</source>
            <translation>基準点未満</translation>
        </message>
        <message>
            <source>The total %1 is below the pass mark %2.</source>
            <translation>合計%1点は合格点の%2点に届いていません。</translation>
        </message>
        <message>
            <source>The estimate %1 is below %2 (A2), the level the SSW visa asks for.</source>
            <translation>推定スコア%1は、特定技能ビザに必要な%2（A2）に届いていません。</translation>
        </message>
        <message>
            <source>%1% of the points is below the pass mark %2%.</source>
            <translation>得点率%1%は合格ラインの%2%に届いていません。</translation>
        </message>
        <message>
            <source>%1: at this rate this section would be below its minimum (%2).</source>
            <translation>%1：このままでは、この得点区分は基準点に届きません（%2）。</translation>
        </message>
        <message>
            <source>%1 is below its minimum (%2): this alone fails the test, whatever the total.</source>
            <translation>%1が基準点に届いていません（%2）。合計点にかかわらず、これだけで不合格になります。</translation>
        </message>
        <message>
            <source>This is an estimate. Real JLPT scores are scaled scores (Item Response Theory): they depend on which questions you got right, not only how many, so your real score can differ.</source>
            <translation>これは推定です。実際のJLPTの得点は尺度得点（項目応答理論）で、正解した数だけでなく、どの問題に正解したかによって決まるため、実際の得点とは異なることがあります。</translation>
        </message>
        <message>
            <source>This is an estimate. The real JFT-Basic score (10-250) is a scaled score (Item Response Theory) from a calibrated question pool, so your real score can differ.</source>
            <translation>これは推定です。実際のJFT-Basicの得点（10～250）は、調整済みの問題群から算出される尺度得点（項目応答理論）のため、実際の得点とは異なることがあります。</translation>
        </message>
        <message>
            <source>This is an estimate from the share of points. The organiser may adjust the pass mark for each test's difficulty.</source>
            <translation>これは得点率からの推定です。合格点は、試験ごとの難しさに応じて実施団体が調整することがあります。</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>あなたの答え</translation>
        </message>
        <message>
            <source>Right answer</source>
            <translation>正解</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>スクリプト</translation>
        </message>
        <message>
            <source>No {language} explanation yet: showing English.</source>
            <translation>{language}の解説はまだありません。英語で表示しています。</translation>
        </message>
    </context>
    <context>
        <name>RunnerBase</name>
        <message>
            <source>Start the section (Enter)</source>
            <translation>セクションを開始 (Enter)</translation>
        </message>
        <message>
            <source>Time is up for that section.</source>
            <translation>そのセクションの時間が終了しました。</translation>
        </message>
        <message>
            <source>This audio has already been played.</source>
            <translation>この音声はすでに再生されました。</translation>
        </message>
        <message>
            <source>Preparing the audio…</source>
            <translation>音声を準備しています…</translation>
        </message>
        <message>
            <source>Press Finish section again (E) to close this section. You cannot come back to it.</source>
            <translation>このセクションを終了するには、もう一度「セクション終了」(E) を押してください。終了後は戻れません。</translation>
        </message>
        <message>
            <source>Next section: %1
%2 minutes. The timer starts when you begin.</source>
            <translation>次のセクション：%1
%2 分。開始するとタイマーが動き始めます。</translation>
        </message>
    </context>
    <context>
        <name>RunnerWords</name>
        <message numerus="yes">
            <source>%Ln question(s) not answered. </source>
            <translation>
                <numerusform>未回答の問題が %Ln 問あります。</numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam: your answers are saved on this computer and sent when the server is back, even if jpprep is closed meanwhile.</source>
            <translation>クラスのサーバーに接続できません。試験はそのまま続けてください。解答はこのコンピューターに保存されており、サーバーが戻ったら送信されます。その間に jpprep を閉じても失われません。</translation>
        </message>
    </context>
    <context>
        <name>SectionNames</name>
        <message>
            <source>Script and Vocabulary</source>
            <translation>文字と語彙</translation>
        </message>
        <message>
            <source>Conversation and Expression</source>
            <translation>会話と表現</translation>
        </message>
        <message>
            <source>Listening Comprehension</source>
            <translation>聴解</translation>
        </message>
        <message>
            <source>Reading Comprehension</source>
            <translation>読解</translation>
        </message>
        <message>
            <source>Listening</source>
            <translation>聴解</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>読解</translation>
        </message>
        <message>
            <source>Language Knowledge</source>
            <translation>言語知識（文字・語彙・文法）</translation>
        </message>
        <message>
            <source>Language Knowledge and Reading</source>
            <translation>言語知識（文字・語彙・文法）・読解</translation>
        </message>
        <message>
            <source>Language Knowledge (Vocabulary)</source>
            <translation>言語知識（文字・語彙）</translation>
        </message>
        <message>
            <source>Language Knowledge (Grammar) and Reading</source>
            <translation>言語知識（文法）・読解</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>学科</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>実技</translation>
        </message>
        <message>
            <source>Practical (judgement)</source>
            <translation>実技（判断）</translation>
        </message>
        <message>
            <source>Japanese listening</source>
            <translation>日本語の聴き取り</translation>
        </message>
        <message>
            <source>Nursing Care Japanese</source>
            <translation>介護日本語</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
    </context>
    <context>
        <name>ServerNotice</name>
        <message>
            <source>Class server</source>
            <translation>クラスのサーバー</translation>
        </message>
    </context>
    <context>
        <name>ServerWords</name>
        <message>
            <source>The class server is not reachable. This page shows what it last read, and changes cannot be saved until the server is back. jpprep keeps trying.</source>
            <translation>クラスのサーバーに接続できません。このページには最後に読み込んだ内容を表示しています。サーバーが戻るまで変更は保存できません。jpprep は接続を試み続けます。</translation>
        </message>
        <message>
            <source>The class server is not reachable; try again when it is back.</source>
            <translation>クラスのサーバーに接続できません。サーバーが戻ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam and keep jpprep open: your answers are saved as soon as the server is back.</source>
            <translation>クラスのサーバーに接続できません。試験はそのまま続けてください。jpprep は閉じないでください。サーバーが戻りしだい、解答は保存されます。</translation>
        </message>
        <message>
            <source>The class server is back.</source>
            <translation>クラスのサーバーが戻りました。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>このコンピューターに保存された解答%Ln件は、次にここで jpprep を開いたときにクラスのサーバーへ送信されます。何も失われていません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>このコンピューターに保存された模擬試験%Ln件は、次にここで jpprep を開いたときにクラスのサーバーへ送信されます。何も失われていません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>このコンピューターに保存された模擬試験%Ln件も、同時に送信されます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>このコンピューターで行ったカードの変更（フラグ、リセット、次の復習日、保留）%Ln件は、次にここで jpprep を開いたときにクラスのサーバーへ送信されます。何も失われていません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>このコンピューターで行ったカードの変更（フラグ、リセット、次の復習日、保留）%Ln件も、同時に送信されます。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set or change PIN</source>
            <translation>PIN の設定・変更</translation>
        </message>
        <message>
            <source>A PIN keeps other students out of your profile on a shared computer. Use {a} to {b} digits.</source>
            <translation>共用のコンピューターで、他の学習者があなたのプロフィールを開けないようにします。{a}～{b} 桁の数字を使ってください。</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>現在の PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>新しい PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>新しい PIN（確認）</translation>
        </message>
        <message>
            <source>Current PIN:</source>
            <translation>現在の PIN:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>新しい PIN:</translation>
        </message>
        <message>
            <source>New PIN again:</source>
            <translation>新しい PIN（確認）:</translation>
        </message>
        <message>
            <source>Remove PIN</source>
            <translation>PIN を解除</translation>
        </message>
        <message>
            <source>The current PIN is not right. Nothing was changed.</source>
            <translation>現在の PIN が違います。何も変更されていません。</translation>
        </message>
        <message>
            <source>The two new PINs are not the same. Please type them again.</source>
            <translation>新しい PIN が一致しません。もう一度入力してください。</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>間違いが多すぎます。{n} 分待つか、先生に相談してください。</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>間違いが多すぎます。{n} 秒待つか、先生に相談してください。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>表示言語(&amp;I):</translation>
        </message>
        <message>
            <source>Your training centre has fixed the interface language.</source>
            <translation>表示言語は教育機関の設定で固定されています。</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>ウルドゥー語</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>ネパール語</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>インドネシア語</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>ベトナム語</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>タガログ語</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>ビルマ語</translation>
        </message>
        <message>
            <source>&amp;Meanings and explanations in:</source>
            <translation>意味・解説の言語(&amp;M):</translation>
        </message>
        <message>
            <source>When a card has no meaning in this language, English is shown and the card says so.</source>
            <translation>カードにこの言語の意味がない場合は英語で表示し、その旨をカードに示します。</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>常に表示</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>まだ覚えていない漢字だけ</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>表示しない</translation>
        </message>
        <message>
            <source>&amp;Furigana:</source>
            <translation>ふりがな(&amp;F):</translation>
        </message>
        <message>
            <source>Show &amp;romaji next to readings</source>
            <translation>読みの横にローマ字を表示(&amp;R)</translation>
        </message>
        <message>
            <source>T&amp;ype the reading on reading cards (romaji becomes kana)</source>
            <translation>読みのカードで読みを入力する（ローマ字はかなになります）(&amp;Y)</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>システムに合わせる</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>ダーク</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>ハイコントラスト</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>テーマ(&amp;T):</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>文字サイズ(&amp;S):</translation>
        </message>
        <message>
            <source>:00</source>
            <translation> 時</translation>
        </message>
        <message>
            <source>Cards for a new day become due at this hour.</source>
            <translation>この時刻から新しい日のカードが出題されます。</translation>
        </message>
        <message>
            <source>New &amp;day starts at:</source>
            <translation>1日の始まり(&amp;D):</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>jpprep could not start: {error}</source>
            <translation>jpprep を起動できませんでした: {error}</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>Progress</source>
            <translation>進捗</translation>
        </message>
        <message>
            <source>Show progress for</source>
            <translation>進捗を表示する対象</translation>
        </message>
        <message>
            <source>Exam target…</source>
            <translation>受験目標…</translation>
        </message>
        <message>
            <source>Fit my memory model</source>
            <translation>記憶モデルを最適化</translation>
        </message>
        <message>
            <source>Learn how fast you forget from your own answers, so reviews come at the right time. Kept only if it predicts your answers better.</source>
            <translation>自分の解答から忘れる速さを学習し、復習を適切なタイミングで出題します。解答をよりよく予測できる場合だけ採用します。</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>表示:</translation>
        </message>
        <message>
            <source>Exam target</source>
            <translation>受験目標</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>連続学習</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>最長連続学習</translation>
        </message>
        <message>
            <source>Studied today</source>
            <translation>今日の学習</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>今週</translation>
        </message>
        <message>
            <source>Answers in total</source>
            <translation>累計解答数</translation>
        </message>
        <message>
            <source>Remembered now (estimate)</source>
            <translation>現在覚えている数（推定）</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>過去12か月</translation>
        </message>
        <message>
            <source>Reviews due in the next 30 days</source>
            <translation>今後30日間の復習予定</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>今後30日間の予定</translation>
        </message>
        <message>
            <source>Cards by state</source>
            <translation>状態別カード数</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Remembered</source>
            <translation>記憶率</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>解答数</translation>
        </message>
        <message>
            <source>Card age</source>
            <translation>カードの経過期間</translation>
        </message>
        <message>
            <source>True retention by month</source>
            <translation>月別の実記憶率</translation>
        </message>
        <message>
            <source>True retention by card age</source>
            <translation>経過期間別の実記憶率</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>学習中</translation>
        </message>
        <message>
            <source>Relearning</source>
            <translation>再学習中</translation>
        </message>
        <message>
            <source>Young</source>
            <translation>短期</translation>
        </message>
        <message>
            <source>Mature</source>
            <translation>長期</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>すべてのデッキ</translation>
        </message>
        <message>
            <source>The statistics could not be read: %1</source>
            <translation>統計を読み込めませんでした：%1</translation>
        </message>
        <message>
            <source>No exam target yet. Choose one with “Exam target…” to see if your pace is enough.</source>
            <translation>受験目標がまだありません。「受験目標…」で設定すると、今のペースで間に合うか確認できます。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln 日</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Fitting your memory model…</source>
            <translation>記憶モデルを最適化しています…</translation>
        </message>
        <message>
            <source>Fitting your memory model… %1%</source>
            <translation>記憶モデルを最適化しています… %1%</translation>
        </message>
        <message>
            <source>No deck to fit yet.</source>
            <translation>最適化できるデッキがまだありません。</translation>
        </message>
        <message>
            <source>Fitting failed: %1</source>
            <translation>最適化に失敗しました：%1</translation>
        </message>
    </context>
    <context>
        <name>StatsWords</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln分</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1時間%2分</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>month name, year</comment>
            <translation>%2年%1</translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>%1以上</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>%1未満</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1〜%2</translation>
        </message>
    </context>
    <context>
        <name>StudyPage</name>
        <message>
            <source>Again</source>
            <translation>もう一度</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>難しい</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>正解</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>簡単</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>ウルドゥー語</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>ネパール語</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>インドネシア語</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>ベトナム語</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>タガログ語</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>ビルマ語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>Cards left today</source>
            <translation>今日の残りカード</translation>
        </message>
        <message>
            <source>More (M)</source>
            <translation>その他 (M)</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>その他の操作</translation>
        </message>
        <message>
            <source>Edit the note (E)</source>
            <translation>ノートを編集 (E)</translation>
        </message>
        <message>
            <source>Reset card (make it new again)</source>
            <translation>カードをリセット（新しいカードに戻す）</translation>
        </message>
        <message>
            <source>Set due date…</source>
            <translation>次の復習日を設定…</translation>
        </message>
        <message>
            <source>Bury until tomorrow (-)</source>
            <translation>明日まで延期 (-)</translation>
        </message>
        <message>
            <source>Suspend (!)</source>
            <translation>保留 (!)</translation>
        </message>
        <message>
            <source>No flag (Ctrl+0)</source>
            <translation>フラグなし (Ctrl+0)</translation>
        </message>
        <message>
            <source>Reviewed today</source>
            <translation>今日の復習数</translation>
        </message>
        <message>
            <source>Time on this card</source>
            <translation>このカードにかけた時間</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>単語</translation>
        </message>
        <message>
            <source>Example sentence</source>
            <translation>例文</translation>
        </message>
        <message>
            <source>Example sentence in romaji</source>
            <translation>例文のローマ字</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>答えを表示 (Space)</translation>
        </message>
        <message>
            <source>Back to the decks</source>
            <translation>デッキ一覧に戻る</translation>
        </message>
        <message>
            <source>No {language} meaning yet: showing English.</source>
            <translation>{language}の意味はまだありません。英語で表示しています。</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>すべてのデッキ</translation>
        </message>
        <message>
            <source>New {new} · Learning {learn} · Due {due}</source>
            <translation>新規 {new} · 学習中 {learn} · 復習 {due}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviewed today</source>
            <translation>
                <numerusform>今日は %Ln 枚復習しました</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done! Nothing more is due here today.
Come back tomorrow, or study another deck.</source>
            <translation>お疲れさまでした！今日ここで学習するカードはもうありません。
また明日学習するか、別のデッキに進みましょう。</translation>
        </message>
        <message>
            <source>How do you say this in Japanese?</source>
            <translation>日本語で何と言いますか？</translation>
        </message>
        <message>
            <source>Listen. What does it mean?</source>
            <translation>聞いてください。どういう意味ですか？</translation>
        </message>
        <message>
            <source>What is the reading?</source>
            <translation>読み方は？</translation>
        </message>
        <message>
            <source>What does this mean?</source>
            <translation>意味は？</translation>
        </message>
        <message>
            <source>{time} on this card</source>
            <translation>このカード: {time}</translation>
        </message>
        <message>
            <source>Right! {reading}. Press 3 (Good) or Space.</source>
            <translation>正解です！ {reading}。3（正解）か Space を押してください。</translation>
        </message>
        <message>
            <source>Katakana is needed here: {reading}. Press 1 (Again).</source>
            <translation>ここはカタカナで書きます: {reading}。1（もう一度）を押してください。</translation>
        </message>
        <message>
            <source>Not quite: you typed {typed}; the reading is {reading}. Press 1 (Again).</source>
            <translation>惜しいです。入力: {typed}、正しい読み: {reading}。1（もう一度）を押してください。</translation>
        </message>
        <message>
            <source>Notes are shared by the whole class, so editing one needs the class server; try again when it is back.</source>
            <translation>ノートはクラス全員で共有しているため、編集にはクラスのサーバーが必要です。サーバーが戻ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>Set due date</source>
            <translation>次の復習日</translation>
        </message>
        <message>
            <source>Show this card again in how many days? (0 = today)</source>
            <translation>このカードを何日後にもう一度表示しますか？（0 = 今日）</translation>
        </message>
    </context>
    <context>
        <name>SuspendButton</name>
        <message>
            <source>&amp;Unsuspend</source>
            <translation>保留を解除(&amp;U)</translation>
        </message>
        <message>
            <source>S&amp;uspend</source>
            <translation>保留にする(&amp;U)</translation>
        </message>
        <message>
            <source>Unsuspend all your cards of the selected notes, so study offers them again (%1)</source>
            <translation>選んだノートのあなたのカードの保留をすべて解除し、再び学習に出します (%1)</translation>
        </message>
        <message>
            <source>Suspend all your cards of the selected notes: study does not show them until you unsuspend them (%1)</source>
            <translation>選んだノートのあなたのカードをすべて保留にします。解除するまで学習には出ません (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Unsuspended %Ln note(s): study offers their cards again.</source>
            <translation>
                <numerusform>%Ln 件のノートの保留を解除しました。カードが再び学習に出ます。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suspended %Ln note(s): study will not show their cards until you unsuspend them.</source>
            <translation>
                <numerusform>%Ln 件のノートを保留にしました。解除するまでカードは学習に出ません。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tag notes</source>
            <translation>ノートのタグ</translation>
        </message>
        <message numerus="yes">
            <source>A tag for %Ln note(s):</source>
            <translation>
                <numerusform>%Ln 件のノートのタグ:</numerusform>
            </translation>
        </message>
        <message>
            <source>one word, e.g. lesson-3</source>
            <translation>1 語で（例: lesson-3）</translation>
        </message>
        <message>
            <source>&amp;Add tag</source>
            <translation>タグを追加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove tag</source>
            <translation>タグを外す(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>間違いが多すぎます。{n} 分待つか、先生に相談してください。</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>間違いが多すぎます。{n} 秒待つか、先生に相談してください。</translation>
        </message>
    </context>
</TS>
