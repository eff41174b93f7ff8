<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About jpprep</source>
            <translation>jpprep کے بارے میں</translation>
        </message>
        <message>
            <source>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;Offline study for the JLPT, the JFT-Basic and the Specified Skilled Worker (特定技能) sector tests: spaced-repetition decks, mock exams, and furigana made on this computer. Your progress stays on this computer (or your centre's server).&lt;/p&gt;&lt;p&gt;JLPT levels of the shipped words are approximate: no official list exists.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;JLPT، JFT-Basic اور مخصوص ہنرمند کارکن (特定技能) کے شعبہ جاتی ٹیسٹوں کی آف لائن تیاری: وقفے وقفے سے دہرائی والے ڈیک، نمونہ امتحانات، اور اسی کمپیوٹر پر بنائے گئے فوریگانا۔ آپ کی پیش رفت اسی کمپیوٹر (یا آپ کے مرکز کے سرور) پر رہتی ہے۔&lt;/p&gt;&lt;p&gt;ساتھ آنے والے الفاظ کی JLPT سطحیں تخمینی ہیں: کوئی سرکاری فہرست موجود نہیں۔&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>تعارف</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>ماخذ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
    </context>
    <context>
        <name>AddNoteDialog</name>
        <message>
            <source>Add a note</source>
            <translation>نوٹ شامل کریں</translation>
        </message>
        <message>
            <source>empty: generated</source>
            <translation>خالی: خود بنایا جائے گا</translation>
        </message>
        <message>
            <source>&amp;Deck:</source>
            <translation>ڈیک (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Japanese:</source>
            <translation>جاپانی (&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>تلفظ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>معنی، انگریزی (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>ٹیگ (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>سطح (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>شامل کریں (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign</source>
            <translation>تفویض کریں</translation>
        </message>
        <message>
            <source>Deck or mock exam</source>
            <translation>ڈیک یا نمونہ امتحان</translation>
        </message>
        <message>
            <source>Deck: {name}</source>
            <translation>ڈیک: {name}</translation>
        </message>
        <message>
            <source>Mock exam: {name}</source>
            <translation>نمونہ امتحان: {name}</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>پرچہ</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>طالب علم</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>پوری کلاس</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>آخری تاریخ</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>کیا (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>پرچہ (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>کس کو (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>آخری تاریخ (&amp;D):</translation>
        </message>
        <message>
            <source>Random (any mock of this exam counts)</source>
            <translation>بے ترتیب (اس امتحان کا کوئی بھی نمونہ امتحان شمار ہوگا)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 سوالات)</translation>
        </message>
    </context>
    <context>
        <name>AudioButton</name>
        <message>
            <source>▶ Play (R)</source>
            <translation>▶ سنیں (R)</translation>
        </message>
        <message>
            <source>Play the audio</source>
            <translation>آواز سنیں</translation>
        </message>
    </context>
    <context>
        <name>BankWords</name>
        <message>
            <source>The bank's “id” must be a short name made of letters, digits, '-', '_' or '.'.</source>
            <translation>بینک کا “id” حروف، ہندسوں، ⁦'-'⁩، ⁦'_'⁩ یا ⁦'.'⁩ سے بنا ایک مختصر نام ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>“{field}” must be the name of a file.</source>
            <translation>“{field}” کسی فائل کا نام ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>The file {name} must be inside the bank's folder.</source>
            <translation>فائل {name} بینک کے فولڈر کے اندر ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>The file {name} does not exist. Put it at {path}, or correct the name.</source>
            <translation>فائل {name} موجود نہیں ہے۔ اسے {path} پر رکھیں، یا نام درست کریں۔</translation>
        </message>
        <message>
            <source>Passage number {position} has no “id”.</source>
            <translation>عبارت نمبر {position} کا کوئی “id” نہیں ہے۔</translation>
        </message>
        <message>
            <source>The passage id {passage} is used twice.</source>
            <translation>عبارت کا id {passage} دو بار استعمال ہوا ہے۔</translation>
        </message>
        <message>
            <source>Passage {passage}: “kind” must be text, notice or table.</source>
            <translation>عبارت {passage}: “kind” کو text، notice یا table ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>Passage {passage} is a table but has no “rows”.</source>
            <translation>عبارت {passage} ایک جدول ہے لیکن اس میں “rows” نہیں ہیں۔</translation>
        </message>
        <message>
            <source>Passage {passage} has no text, rows or image.</source>
            <translation>عبارت {passage} میں نہ متن ہے، نہ قطاریں، نہ تصویر۔</translation>
        </message>
        <message>
            <source>The bank has no questions: “items” must be a list that is not empty.</source>
            <translation>بینک میں کوئی سوال نہیں ہے: “items” ایک ایسی فہرست ہونی چاہیے جو خالی نہ ہو۔</translation>
        </message>
        <message>
            <source>Entry number {position} of “items” is not a question written in braces { }.</source>
            <translation>“items” کا اندراج نمبر {position} { } کے اندر لکھا ہوا سوال نہیں ہے۔</translation>
        </message>
        <message>
            <source>Question number {position} has no valid “id”.</source>
            <translation>سوال نمبر {position} کا کوئی درست “id” نہیں ہے۔</translation>
        </message>
        <message>
            <source>This question id is used twice. Give every question its own id.</source>
            <translation>سوال کا یہ id دو بار استعمال ہوا ہے۔ ہر سوال کو اپنا الگ id دیں۔</translation>
        </message>
        <message>
            <source>The question id {item} is in two banks ({first} and {second}). Give questions ids that are unique across banks.</source>
            <translation>سوال کا id {item} دو بینکوں ({first} اور {second}) میں ہے۔ سوالوں کو ایسے id دیں جو سب بینکوں میں الگ الگ ہوں۔</translation>
        </message>
        <message>
            <source>{type} is not a question type. See the list of types in docs/item-bank-format.md.</source>
            <translation>{type} سوال کی کوئی قسم نہیں ہے۔ اقسام کی فہرست docs/item-bank-format.md میں دیکھیں۔</translation>
        </message>
        <message>
            <source>“{field}” is not a field of a question. See docs/item-bank-format.md.</source>
            <translation>“{field}” سوال کی کوئی فیلڈ نہیں ہے۔ docs/item-bank-format.md دیکھیں۔</translation>
        </message>
        <message>
            <source>“{field}” must be text.</source>
            <translation>“{field}” متن ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '[[' and ']]' do not pair up.</source>
            <translation>“{field}” کی مارک اپ ٹوٹی ہوئی ہے: ⁦'[['⁩ اور ⁦']]'⁩ کے جوڑے پورے نہیں ہیں۔</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '《' and '》' do not pair up.</source>
            <translation>“{field}” کی مارک اپ ٹوٹی ہوئی ہے: ⁦'《'⁩ اور ⁦'》'⁩ کے جوڑے پورے نہیں ہیں۔</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: a reading 《…》 must follow kanji, or mark its base with ｜.</source>
            <translation>“{field}” کی مارک اپ ٹوٹی ہوئی ہے: ⁦《…》⁩ میں لکھا تلفظ کانجی کے فوراً بعد آنا چاہیے، یا جس لفظ کا تلفظ ہے اسے ｜ سے نشان زد کریں۔</translation>
        </message>
        <message>
            <source>“choices” must be a list.</source>
            <translation>“choices” ایک فہرست ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>Each choice must be text or {"text", "image"}.</source>
            <translation>ہر انتخاب یا تو متن ہو یا ⁦{"text", "image"}⁩۔</translation>
        </message>
        <message>
            <source>Two choices are the same ({choice}): the question would have two right answers or give the answer away.</source>
            <translation>دو انتخاب ایک جیسے ہیں ({choice}): اس طرح سوال کے دو درست جواب ہو جائیں گے یا جواب ظاہر ہو جائے گا۔</translation>
        </message>
        <message>
            <source>A ★ (sentence composition) question needs exactly four pieces; this one has {count}.</source>
            <translation>★ (جملے کی ترتیب) والے سوال میں ٹھیک چار ٹکڑے ہونے چاہییں؛ اس میں {count} ہیں۔</translation>
        </message>
        <message>
            <source>“order” must list the piece numbers 1 to 4 in their right order, each once.</source>
            <translation>“order” میں ٹکڑوں کے نمبر 1 سے 4 تک درست ترتیب میں ہوں، ہر نمبر ایک بار۔</translation>
        </message>
        <message>
            <source>“star” must be the ★ slot, 1 to 4.</source>
            <translation>“star” میں ★ والی جگہ کا نمبر ہو، 1 سے 4 تک۔</translation>
        </message>
        <message>
            <source>A ★ question takes “order” and “star”, not “answer” (the answer is the piece in the ★ slot).</source>
            <translation>★ والے سوال میں “order” اور “star” لکھے جاتے ہیں، “answer” نہیں (جواب وہ ٹکڑا ہے جو ★ والی جگہ پر آتا ہے)۔</translation>
        </message>
        <message>
            <source>A question needs 2 to 4 choices; this one has {count}.</source>
            <translation>سوال میں 2 سے 4 انتخاب ہونے چاہییں؛ اس میں {count} ہیں۔</translation>
        </message>
        <message>
            <source>This question has {count} right answers; exactly one is allowed.</source>
            <translation>اس سوال کے {count} درست جواب ہیں؛ صرف ایک درست جواب ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>This question has no right answer. Add “answer”: the number of the right choice (1 to 4).</source>
            <translation>اس سوال کا کوئی درست جواب نہیں ہے۔ “answer” شامل کریں: درست انتخاب کا نمبر (1 سے 4)۔</translation>
        </message>
        <message>
            <source>“answer” must be the number of a choice, from 1 to {max}.</source>
            <translation>“answer” کسی انتخاب کا نمبر ہونا چاہیے، 1 سے {max} تک۔</translation>
        </message>
        <message>
            <source>There is no passage {passage}.</source>
            <translation>عبارت {passage} موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>A {type} question needs a “passage”.</source>
            <translation>{type} والے سوال کے لیے “passage” ضروری ہے۔</translation>
        </message>
        <message>
            <source>Each line of “script” must be {"speaker", "text"}.</source>
            <translation>“script” کی ہر سطر ⁦{"speaker", "text"}⁩ ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>A listening question needs “audio” (a file) or “script” (what is said).</source>
            <translation>سننے والے سوال کے لیے “audio” (ایک فائل) یا “script” (جو بولا جاتا ہے) ضروری ہے۔</translation>
        </message>
        <message>
            <source>A question that is only heard needs “audio” or “script”.</source>
            <translation>جو سوال صرف سنا جاتا ہے اس کے لیے “audio” یا “script” ضروری ہے۔</translation>
        </message>
        <message>
            <source>A {type} question needs an “image” (the photo or drawing).</source>
            <translation>{type} والے سوال کے لیے “image” (تصویر یا خاکہ) ضروری ہے۔</translation>
        </message>
        <message>
            <source>Mark the tested word with [[…]] in “stem”.</source>
            <translation>“stem” میں جانچے جانے والے لفظ کو ⁦[[…]]⁩ سے نشان زد کریں۔</translation>
        </message>
        <message>
            <source>The tested word must not carry furigana (it would give the answer away).</source>
            <translation>جانچے جانے والے لفظ پر فوریگانا نہیں ہونا چاہیے (اس سے جواب ظاہر ہو جائے گا)۔</translation>
        </message>
        <message>
            <source>This question has no “stem” or “question”.</source>
            <translation>اس سوال میں نہ “stem” ہے نہ “question”۔</translation>
        </message>
        <message>
            <source>“furigana” must be "on" or "off" (or left out to follow the exam).</source>
            <translation>“furigana” کو ⁦"on"⁩ یا ⁦"off"⁩ ہونا چاہیے (یا اسے نہ لکھیں تاکہ امتحان کی ترتیب چلے)۔</translation>
        </message>
        <message>
            <source>Form number {position} needs an “id” and “sections” (for each section, its list of question ids).</source>
            <translation>پرچہ نمبر {position} کے لیے “id” اور “sections” ضروری ہیں (ہر حصے کے لیے اس کے سوالوں کے id کی فہرست)۔</translation>
        </message>
        <message>
            <source>Form {form}, section {section}: there is no question {missing}.</source>
            <translation>پرچہ {form}، حصہ {section}: سوال {missing} موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>The form {form} is for {form_exam}, not for {exam}.</source>
            <translation>پرچہ {form} {form_exam} کے لیے ہے، {exam} کے لیے نہیں۔</translation>
        </message>
        <message>
            <source>The form {form} has the sections {sections}, which {exam} does not have (it has {known}).</source>
            <translation>پرچہ {form} میں حصے {sections} ہیں، جو {exam} میں نہیں ہیں (اس کے حصے {known} ہیں)۔</translation>
        </message>
        <message>
            <source>The form {form} has no questions for the section {section}.</source>
            <translation>پرچہ {form} میں حصہ {section} کے لیے کوئی سوال نہیں ہے۔</translation>
        </message>
        <message>
            <source>The form {form}, section {section}, does not match {exam}: {counts}. A fixed form is a full mock exam: give each section exactly the questions of the exam, or leave the form out and let jpprep make one from the bank.</source>
            <translation>پرچہ {form} کا حصہ {section}، {exam} سے میل نہیں کھاتا: {counts}۔ مقررہ پرچہ ایک مکمل نمونہ امتحان ہوتا ہے: ہر حصے میں ٹھیک وہی سوال دیں جو امتحان میں ہوتے ہیں، یا پرچہ نکال دیں اور jpprep کو بینک سے پرچہ بنانے دیں۔</translation>
        </message>
        <message>
            <source>No question bank has a form named {form}.</source>
            <translation>سوالوں کے کسی بینک میں {form} نام کا پرچہ نہیں ہے۔</translation>
        </message>
        <message>
            <source>{type} on {topic}: {have} instead of {want}</source>
            <translation>{type} ({topic} پر): {want} کے بجائے {have}</translation>
        </message>
        <message>
            <source>{type}: {have} instead of {want}</source>
            <translation>{type}: {want} کے بجائے {have}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>لائن {line}</translation>
        </message>
        <message>
            <source>question {item}</source>
            <translation>سوال {item}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>فیلڈ {field}</translation>
        </message>
        <message>
            <source>This question bank was not loaded because of this problem:</source>
            <translation>یہ سوالوں کا بینک اس مسئلے کی وجہ سے لوڈ نہیں ہوا:</translation>
        </message>
        <message numerus="yes">
            <source>This question bank has %Ln problem(s), so it was not loaded. The first:</source>
            <translation>
                <numerusform>سوالوں کے اس بینک میں %Ln مسئلہ ہے، اس لیے یہ لوڈ نہیں ہوا۔ پہلا مسئلہ:</numerusform>
                <numerusform>سوالوں کے اس بینک میں %Ln مسائل ہیں، اس لیے یہ لوڈ نہیں ہوا۔ پہلا مسئلہ:</numerusform>
            </translation>
        </message>
        <message>
            <source>A teacher can list them all with “jpprep exam check”.</source>
            <translation>استاد “jpprep exam check” سے سب مسائل کی فہرست دیکھ سکتے ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>BlueprintNotes</name>
        <message>
            <source>Real JLPT scores are scaled with Item Response Theory (equated across sessions); a mock can only give a linear estimate from raw answers.</source>
            <translation>اصل JLPT کے نمبر Item Response Theory سے اسکیل کیے جاتے ہیں (ہر امتحان کے درمیان برابر کیے جاتے ہیں)؛ نمونہ امتحان صرف درست جوابات کی تعداد سے ایک سیدھا اندازہ دے سکتا ہے۔</translation>
        </message>
        <message>
            <source>JFT-Basic reports a scaled score (10-250) from a calibrated item pool; 200 or more is A2, the SSW (i) requirement. A mock can only give a linear estimate.</source>
            <translation>JFT-Basic جانچے ہوئے سوالوں کے ذخیرے سے اسکیل شدہ اسکور (10 سے 250) دیتا ہے؛ 200 یا اس سے زیادہ A2 ہے، جو SSW (i) کی شرط ہے۔ نمونہ امتحان صرف ایک سیدھا اندازہ دے سکتا ہے۔</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate.</source>
            <translation>کامیابی کے نمبر کل نمبروں کا ایک حصہ ہیں؛ منتظم مشکل کے حساب سے انہیں بدل سکتا ہے۔ نمونہ امتحان ایک اندازہ دیتا ہے۔</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate. One source reports 73% from April 2025 [verify].</source>
            <translation>کامیابی کے نمبر کل نمبروں کا ایک حصہ ہیں؛ منتظم مشکل کے حساب سے انہیں بدل سکتا ہے۔ نمونہ امتحان ایک اندازہ دیتا ہے۔ ایک ذریعے کے مطابق اپریل 2025 سے یہ 73% ہے [تصدیق باقی]۔</translation>
        </message>
        <message>
            <source>Exact day in August 2026 when the A1/A2.1 bands started: the notice says 'from August 2026' (1 August used here).</source>
            <translation>اگست 2026 میں A1/A2.1 درجے کس دن سے شروع ہوئے: اعلان میں صرف 'اگست 2026 سے' لکھا ہے (یہاں 1 اگست لیا گیا ہے)۔</translation>
        </message>
        <message>
            <source>Per-section item counts (about 12-15 each).</source>
            <translation>ہر حصے میں سوالوں کی تعداد (ہر ایک میں تقریباً 12 سے 15)۔</translation>
        </message>
        <message>
            <source>統合理解 (reading) is 3 in the guidebook-cited note, 2 in other mock specs: 2 used here.</source>
            <translation>統合理解 (پڑھائی) گائیڈ بک کے حوالے والے نوٹ میں 3 ہے، دوسرے نمونہ امتحانوں کی تفصیل میں 2: یہاں 2 لیا گیا ہے۔</translation>
        </message>
        <message>
            <source>語形成 count: 5 per guidebook, some recent forms 3.</source>
            <translation>語形成 کی تعداد: گائیڈ بک کے مطابق 5، کچھ حالیہ پرچوں میں 3۔</translation>
        </message>
        <message>
            <source>N3 listening counts 6/6/3/4/9 and reading counts are from secondary sources.</source>
            <translation>N3 سننے کے سوالوں کی تعداد 6/6/3/4/9 اور پڑھائی کی تعداد ثانوی ذرائع سے لی گئی ہے۔</translation>
        </message>
        <message>
            <source>Post-2020 N4 item counts (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) are from secondary sources: check against jlpt.jp 試験科目と試験時間.</source>
            <translation>2020 کے بعد N4 کے سوالوں کی تعداد (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) ثانوی ذرائع سے ہے: jlpt.jp کے 試験科目と試験時間 سے ملا کر دیکھیں۔</translation>
        </message>
        <message>
            <source>Item counts are JLPT's approximate counts (小問数の目安); a given test may differ slightly.</source>
            <translation>سوالوں کی تعداد JLPT کی اندازاً تعداد (小問数の目安) ہے؛ کسی خاص امتحان میں تھوڑا فرق ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>Pass mark 65% of total (source truncated).</source>
            <translation>کامیابی کے نمبر کل کا 65% (ذریعہ نامکمل ہے)۔</translation>
        </message>
        <message>
            <source>Split between 学科, 実技 and listening (this mock: 40/24/6).</source>
            <translation>学科، 実技 اور سننے کے سوالوں کی تقسیم (اس نمونہ امتحان میں: 40/24/6)۔</translation>
        </message>
        <message>
            <source>Whether furigana is printed.</source>
            <translation>کیا فوریگانا چھپا ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Pass mark: 60% historically; 73% from April 2025 per one source.</source>
            <translation>کامیابی کے نمبر: پہلے 60%؛ ایک ذریعے کے مطابق اپریل 2025 سے 73%۔</translation>
        </message>
        <message>
            <source>Whether the Japanese-language version prints furigana.</source>
            <translation>کیا جاپانی زبان والے پرچے میں فوریگانا چھپا ہوتا ہے۔</translation>
        </message>
        <message>
            <source>実技 pass mark (per JAC); the split between ○× and multiple-choice items; the final CBT question counts.</source>
            <translation>実技 کے کامیابی کے نمبر (JAC کے مطابق)؛ ○× اور کثیر انتخابی سوالوں کی تقسیم؛ CBT کے سوالوں کی آخری تعداد۔</translation>
        </message>
        <message>
            <source>How the 200 points split between 学科 and 実技 items (equal weight per item used here).</source>
            <translation>200 نمبر 学科 اور 実技 کے سوالوں میں کیسے تقسیم ہوتے ہیں (یہاں ہر سوال کا وزن برابر رکھا گیا ہے)۔</translation>
        </message>
        <message>
            <source>Question counts of the current CBT (this mock: 30 + 20).</source>
            <translation>موجودہ CBT کے سوالوں کی تعداد (اس نمونہ امتحان میں: 30 + 20)۔</translation>
        </message>
    </context>
    <context>
        <name>BrowserPage</name>
        <message>
            <source>Browse decks</source>
            <translation>ڈیک دیکھیں</translation>
        </message>
        <message>
            <source>Search Japanese, reading, romaji or meaning</source>
            <translation>جاپانی، تلفظ، رومانجی یا معنی تلاش کریں</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>ٹیگ</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>تمام سطحیں</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>کوئی بھی حالت</translation>
        </message>
        <message>
            <source>New</source>
            <translation>نئے</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>سیکھنے میں</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>دہرائی</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>معطل</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>مؤخر</translation>
        </message>
        <message>
            <source>Notes with a card in this state for you</source>
            <translation>وہ نوٹ جن کا کوئی کارڈ آپ کے لیے اس حالت میں ہے</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>جاپانی</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>تلفظ</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>معنی</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>ٹیگ</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>سطح</translation>
        </message>
        <message>
            <source>Deck</source>
            <translation>ڈیک</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>شامل کیا گیا</translation>
        </message>
        <message>
            <source>Sort by date added (newest first)</source>
            <translation>شامل کرنے کی تاریخ سے ترتیب دیں (نئے پہلے)</translation>
        </message>
        <message>
            <source>Click a column title to sort; right-click to sort by the date added</source>
            <translation>ترتیب کے لیے کالم کے عنوان پر کلک کریں؛ شامل کرنے کی تاریخ سے ترتیب کے لیے دائیں کلک کریں</translation>
        </message>
        <message>
            <source>Reading corrections</source>
            <translation>تلفظ کی درستی</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>تمام ڈیک</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>تمام شعبے</translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln نوٹ</numerusform>
                <numerusform>%Ln نوٹ</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2 notes</source>
            <translation>%2 میں سے %1 نوٹ دکھائے جا رہے ہیں</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</source>
            <translation>
                <numerusform>%Ln نوٹ منتخب ہیں: اوپر کے بٹنوں سے انہیں حذف کریں، منتقل کریں، ٹیگ لگائیں، معطل کریں یا ان کی معطلی ختم کریں۔</numerusform>
                <numerusform>%Ln نوٹ منتخب ہیں: اوپر کے بٹنوں سے انہیں حذف کریں، منتقل کریں، ٹیگ لگائیں، معطل کریں یا ان کی معطلی ختم کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>محفوظ ہو گیا۔</translation>
        </message>
    </context>
    <context>
        <name>CbtRunner</name>
        <message>
            <source>◀ Back</source>
            <translation>▶ پچھلا</translation>
        </message>
        <message>
            <source>⚑ Flag (F)</source>
            <translation>⚑ نشان لگائیں (F)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>اگلا ◀</translation>
        </message>
        <message>
            <source>Instructions / Your language (I)</source>
            <translation>ہدایات / آپ کی زبان (I)</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>حصہ ختم کریں (E)</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>%2 میں سے سوال %1</translation>
        </message>
        <message>
            <source>⚑ Unflag (F)</source>
            <translation>⚑ نشان ہٹائیں (F)</translation>
        </message>
        <message>
            <source>Time remaining %1</source>
            <translation>باقی وقت %1</translation>
        </message>
        <message>
            <source>Choose the best answer for each question with the keys 1-4 or the mouse. Back and Next move between the questions of this section; the palette on the left shows which questions are answered (grey), not answered (white) and flagged for review (orange). Flag (F) marks a question to check later. Finish section (E) closes the section: you cannot go back to it. The time shown is for the whole test. Listening questions have a Play button.</source>
            <translation>ہر سوال کا بہترین جواب 1 سے 4 تک کی کلیدوں یا ماؤس سے چنیں۔ پچھلا اور اگلا اس حصے کے سوالات کے درمیان لے جاتے ہیں؛ ایک طرف کی فہرست دکھاتی ہے کہ کن سوالات کا جواب دیا گیا (سرمئی)، کن کا نہیں (سفید) اور کن پر دوبارہ دیکھنے کا نشان ہے (نارنجی)۔ نشان (F) کسی سوال کو بعد میں دیکھنے کے لیے نشان زد کرتا ہے۔ حصہ ختم کریں (E) حصہ بند کر دیتا ہے: آپ اس پر واپس نہیں جا سکتے۔ دکھایا گیا وقت پورے ٹیسٹ کا ہے۔ سننے کے سوالات میں چلائیں کا بٹن ہوتا ہے۔</translation>
        </message>
    </context>
    <context>
        <name>ClassroomPage</name>
        <message>
            <source>Students</source>
            <translation>طلبہ</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>تفویض کریں… (&amp;A)</translation>
        </message>
        <message>
            <source>Class report &amp;CSV…</source>
            <translation>کلاس رپورٹ CSV… (&amp;C)</translation>
        </message>
        <message>
            <source>Class report &amp;PDF…</source>
            <translation>کلاس رپورٹ PDF… (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Student report PDF…</source>
            <translation>طالب علم کی رپورٹ PDF… (&amp;S)</translation>
        </message>
        <message>
            <source>Assignments:</source>
            <translation>تفویض کردہ کام:</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>تفویض کردہ کام</translation>
        </message>
        <message>
            <source>&amp;Remove assignment</source>
            <translation>کام ہٹائیں (&amp;R)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s); last 30 days.</source>
            <translation>
                <numerusform>%Ln طالب علم؛ پچھلے 30 دن۔</numerusform>
                <numerusform>%Ln طلبہ؛ پچھلے 30 دن۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln at risk.</source>
            <translation>
                <numerusform>%Ln کو خطرہ ہے۔</numerusform>
                <numerusform>%Ln کو خطرہ ہے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>خطرے میں</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>درست راستے پر</translation>
        </message>
        <message>
            <source>whole class</source>
            <translation>پوری کلاس</translation>
        </message>
        <message>
            <source>{title} for {who}, due {date}</source>
            <translation>{title} برائے {who}، آخری تاریخ {date}</translation>
        </message>
        <message>
            <source>behind for {exam} on {date}: {left} cards still new, {needed} a day needed</source>
            <translation>{date} کے {exam} کے لیے پیچھے: {left} کارڈ ابھی نئے ہیں، روزانہ {needed} درکار</translation>
        </message>
        <message>
            <source>latest {exam} mock not passed ({percent}%)</source>
            <translation>{exam} کا تازہ نمونہ امتحان پاس نہیں ہوا ({percent}%)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue assignment(s): {titles}</source>
            <translation>
                <numerusform>%Ln کام کی تاریخ گزر گئی: {titles}</numerusform>
                <numerusform>%Ln کاموں کی تاریخ گزر گئی: {titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no study in the last %Ln day(s)</source>
            <translation>
                <numerusform>پچھلے %Ln دن میں کوئی مطالعہ نہیں</numerusform>
                <numerusform>پچھلے %Ln دنوں میں کوئی مطالعہ نہیں</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>{name} is at risk: {why}</source>
            <translation>{name} خطرے میں ہے: {why}</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>تفویض کریں</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>رپورٹ</translation>
        </message>
        <message>
            <source>Choose a student in the table first.</source>
            <translation>پہلے جدول میں سے کوئی طالب علم چنیں۔</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF فائلیں (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV فائلیں (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>رپورٹ محفوظ کریں</translation>
        </message>
        <message>
            <source>Could not save the report: {error}</source>
            <translation>رپورٹ محفوظ نہیں ہو سکی: {error}</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>طالب علم</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>منٹ</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>جوابات</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>یادداشت</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>تفویض شدہ</translation>
        </message>
        <message>
            <source>Latest mock</source>
            <translation>تازہ نمونہ امتحان</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>رجحان</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>حالت</translation>
        </message>
    </context>
    <context>
        <name>DeckDeleter</name>
        <message>
            <source>Delete the deck “%1”?</source>
            <translation>ڈیک “%1” حذف کریں؟</translation>
        </message>
        <message>
            <source>Deleted with it:</source>
            <translation>اس کے ساتھ یہ بھی حذف ہوں گے:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sub-deck(s)</source>
            <translation>
                <numerusform>%Ln ذیلی ڈیک</numerusform>
                <numerusform>%Ln ذیلی ڈیک</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln نوٹ</numerusform>
                <numerusform>%Ln نوٹ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln کارڈ</numerusform>
                <numerusform>%Ln کارڈ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sound or picture file(s)</source>
            <translation>
                <numerusform>آواز یا تصویر کی %Ln فائل</numerusform>
                <numerusform>آواز یا تصویر کی %Ln فائلیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s): the study history of these cards</source>
            <translation>
                <numerusform>%Ln جواب: ان کارڈز پر مطالعے کی تاریخ</numerusform>
                <numerusform>%Ln جوابات: ان کارڈز پر مطالعے کی تاریخ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the progress of %Ln learner(s) on them</source>
            <translation>
                <numerusform>ان پر %Ln طالب علم کی پیش رفت</numerusform>
                <numerusform>ان پر %Ln طلبہ کی پیش رفت</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>including %Ln card(s) of these notes in other decks</source>
            <translation>
                <numerusform>ان میں اِن نوٹس کا %Ln کارڈ بھی شامل ہے جو دوسرے ڈیک میں ہے</numerusform>
                <numerusform>ان میں اِن نوٹس کے %Ln کارڈ بھی شامل ہیں جو دوسرے ڈیکوں میں ہیں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not deleted: %Ln card(s) of notes from other decks will go back to their own deck, with their progress:</source>
            <translation>
                <numerusform>حذف نہیں ہوگا: دوسرے ڈیک کے نوٹ کا %Ln کارڈ اپنی پیش رفت سمیت اپنے ڈیک میں واپس چلا جائے گا:</numerusform>
                <numerusform>حذف نہیں ہوں گے: دوسرے ڈیکوں کے نوٹس کے %Ln کارڈ اپنی پیش رفت سمیت اپنے ڈیک میں واپس چلے جائیں گے:</numerusform>
            </translation>
        </message>
        <message>
            <source>It comes with jpprep: it is not loaded again when jpprep starts.</source>
            <translation>یہ ڈیک jpprep کے ساتھ آتا ہے: jpprep دوبارہ کھلنے پر یہ واپس نہیں آئے گا۔</translation>
        </message>
        <message>
            <source>This cannot be undone. To keep its notes, export the deck first.</source>
            <translation>یہ واپس نہیں ہو سکتا۔ اس کے نوٹ محفوظ رکھنے کے لیے پہلے ڈیک برآمد کر لیں۔</translation>
        </message>
        <message>
            <source>Delete deck</source>
            <translation>ڈیک حذف کریں</translation>
        </message>
        <message>
            <source>&amp;Export first…</source>
            <translation>پہلے برآمد کریں… (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Delete deck</source>
            <translation>ڈیک حذف کریں (&amp;D)</translation>
        </message>
        <message>
            <source>Deleting “%1”…</source>
            <translation>“%1” حذف ہو رہا ہے…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the deck “%1” (%Ln note(s)).</source>
            <translation>
                <numerusform>ڈیک “%1” حذف ہو گیا (%Ln نوٹ)۔</numerusform>
                <numerusform>ڈیک “%1” حذف ہو گیا (%Ln نوٹ)۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>jpprep کے ساتھ آنے والے ڈیک لوڈ ہو رہے ہیں…</translation>
        </message>
        <message numerus="yes">
            <source>Brought back %Ln deck(s).</source>
            <translation>
                <numerusform>%Ln ڈیک واپس آ گیا۔</numerusform>
                <numerusform>%Ln ڈیک واپس آ گئے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Export deck</source>
            <translation>ڈیک برآمد کریں</translation>
        </message>
        <message>
            <source>jpprep deck (*.jpdeck);;Anki deck (*.apkg);;Spreadsheet (*.csv)</source>
            <translation>jpprep ڈیک (*.jpdeck);;Anki ڈیک (*.apkg);;اسپریڈشیٹ (*.csv)</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>“%1” برآمد ہو رہا ہے…</translation>
        </message>
        <message>
            <source>Exported “%1” to %2.</source>
            <translation>“%1” کو %2 میں برآمد کر دیا گیا۔</translation>
        </message>
    </context>
    <context>
        <name>DeckOptionsDialog</name>
        <message>
            <source>Deck options: {deck}</source>
            <translation>ڈیک کے اختیارات: {deck}</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>پری سیٹ</translation>
        </message>
        <message>
            <source>New preset from this one</source>
            <translation>اس سے نیا پری سیٹ بنائیں</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>پری سیٹ:</translation>
        </message>
        <message>
            <source>Preset name</source>
            <translation>پری سیٹ کا نام</translation>
        </message>
        <message>
            <source>Preset name:</source>
            <translation>پری سیٹ کا نام:</translation>
        </message>
        <message>
            <source>Desired retention:</source>
            <translation>مطلوبہ یادداشت:</translation>
        </message>
        <message>
            <source>Learning steps:</source>
            <translation>سیکھنے کے مراحل:</translation>
        </message>
        <message>
            <source>Relearning steps:</source>
            <translation>دوبارہ سیکھنے کے مراحل:</translation>
        </message>
        <message>
            <source>Write waits such as 1m 10m 1h 1d (minutes, hours, days).</source>
            <translation>وقفے اس طرح لکھیں: 1m 10m 1h 1d (منٹ، گھنٹے، دن)۔</translation>
        </message>
        <message>
            <source>New cards a day:</source>
            <translation>روزانہ نئے کارڈ:</translation>
        </message>
        <message>
            <source>Reviews a day:</source>
            <translation>روزانہ دہرائی:</translation>
        </message>
        <message>
            <source>Longest wait (days):</source>
            <translation>سب سے لمبا وقفہ (دن):</translation>
        </message>
        <message>
            <source>Tag it "leech"</source>
            <translation>اس پر "leech" کا ٹیگ لگائیں</translation>
        </message>
        <message>
            <source>Tag it and suspend it</source>
            <translation>ٹیگ لگائیں اور معطل کریں</translation>
        </message>
        <message>
            <source>What happens to a leech</source>
            <translation>مشکل کارڈ کے ساتھ کیا ہو</translation>
        </message>
        <message>
            <source>Leech after (times forgotten):</source>
            <translation>اتنی بار بھولنے پر مشکل کارڈ (leech):</translation>
        </message>
        <message>
            <source>Bury other cards of the same word until tomorrow</source>
            <translation>اسی لفظ کے دوسرے کارڈ کل تک ملتوی کریں</translation>
        </message>
        <message>
            <source>Fitted from your answers</source>
            <translation>آپ کے جوابات سے ترتیب دیا گیا</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>طے شدہ</translation>
        </message>
        <message>
            <source>Memory model:</source>
            <translation>یادداشت کا ماڈل:</translation>
        </message>
        <message>
            <source>Desired retention</source>
            <translation>مطلوبہ یادداشت</translation>
        </message>
        <message>
            <source>Learning steps</source>
            <translation>سیکھنے کے مراحل</translation>
        </message>
        <message>
            <source>Relearning steps</source>
            <translation>دوبارہ سیکھنے کے مراحل</translation>
        </message>
        <message>
            <source>New cards a day</source>
            <translation>روزانہ نئے کارڈ</translation>
        </message>
        <message>
            <source>Reviews a day</source>
            <translation>روزانہ دہرائی</translation>
        </message>
        <message>
            <source>Longest wait (days)</source>
            <translation>سب سے لمبا وقفہ (دن)</translation>
        </message>
        <message>
            <source>Leech after (times forgotten)</source>
            <translation>اتنی بار بھولنے پر مشکل کارڈ (leech)</translation>
        </message>
        <message>
            <source>Your school has locked these options: ask your teacher to change them.</source>
            <translation>آپ کے اسکول نے یہ اختیارات بند کر دیے ہیں: تبدیلی کے لیے اپنے استاد سے پوچھیں۔</translation>
        </message>
        <message>
            <source>A new preset, used by this deck only.</source>
            <translation>نیا پری سیٹ، صرف اس ڈیک کے لیے۔</translation>
        </message>
        <message>
            <source>Only this deck uses this preset.</source>
            <translation>یہ پری سیٹ صرف یہی ڈیک استعمال کرتا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>Changes apply to %Ln deck(s) using this preset.</source>
            <translation>
                <numerusform>تبدیلیاں اس پری سیٹ کو استعمال کرنے والے %Ln ڈیک پر لاگو ہوں گی۔</numerusform>
                <numerusform>تبدیلیاں اس پری سیٹ کو استعمال کرنے والے %Ln ڈیکس پر لاگو ہوں گی۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards come back when you still remember about {p} % of them. Higher means more reviews every day; lower means fewer reviews but more forgetting.</source>
            <translation>کارڈ اس وقت واپس آتے ہیں جب آپ کو ان میں سے تقریباً {p} % ابھی یاد ہوں۔ زیادہ کا مطلب ہے ہر روز زیادہ دہرائی؛ کم کا مطلب ہے کم دہرائی مگر زیادہ بھولنا۔</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (نقل)</translation>
        </message>
        <message>
            <source>Choose a retention from 70 % to 97 %.</source>
            <translation>یادداشت کی شرح 70 % سے 97 % کے درمیان چنیں۔</translation>
        </message>
        <message>
            <source>Write each wait as a number above 0 with m, h or d, such as 1m 10m 1d (at most 30 days).</source>
            <translation>ہر وقفہ 0 سے بڑا عدد m، h یا d کے ساتھ لکھیں، جیسے 1m 10m 1d (زیادہ سے زیادہ 30 دن)۔</translation>
        </message>
        <message>
            <source>A preset needs a name (1 to 100 characters).</source>
            <translation>پری سیٹ کا نام ضروری ہے (1 سے 100 حروف)۔</translation>
        </message>
        <message>
            <source>Enter a whole number from {lo} to {hi}.</source>
            <translation>{lo} سے {hi} تک کا پورا عدد لکھیں۔</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked field.</source>
            <translation>کچھ محفوظ نہیں ہوا: نشان زدہ خانہ درست کریں۔</translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message>
            <source>The disk is full. Your last change was not saved; everything before it is safe. Free some space (or ask your teacher), then try again.</source>
            <translation>ڈسک بھر گئی ہے۔ آپ کی آخری تبدیلی محفوظ نہیں ہوئی؛ اس سے پہلے کا سب کچھ محفوظ ہے۔ کچھ جگہ خالی کریں (یا اپنے استاد سے پوچھیں)، پھر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>jpprep cannot save to its database: the file or its folder is read-only. Your last change was not saved; everything before it is safe. Please tell your teacher.</source>
            <translation>jpprep اپنے ڈیٹا بیس میں محفوظ نہیں کر سکتا: فائل یا اس کا فولڈر صرف پڑھنے کے لیے ہے۔ آپ کی آخری تبدیلی محفوظ نہیں ہوئی؛ اس سے پہلے کا سب کچھ محفوظ ہے۔ براہِ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>jpprep cannot open or make its database file: the folder may be read-only or missing. Please tell your teacher.</source>
            <translation>jpprep اپنی ڈیٹا بیس فائل نہ کھول سکتا ہے نہ بنا سکتا ہے: ہو سکتا ہے فولڈر صرف پڑھنے کے لیے ہو یا موجود نہ ہو۔ براہِ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>jpprep cannot write to its data folder. Please tell your teacher.</source>
            <translation>jpprep اپنے ڈیٹا فولڈر میں نہیں لکھ سکتا۔ براہِ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>The database is damaged, so jpprep left it untouched. Please tell your teacher: a backup can be restored.</source>
            <translation>ڈیٹا بیس خراب ہو گیا ہے، اس لیے jpprep نے اسے نہیں چھیڑا۔ براہِ کرم اپنے استاد کو بتائیں: بیک اپ سے بحال کیا جا سکتا ہے۔</translation>
        </message>
        <message>
            <source>This file is not a jpprep database, so jpprep left it untouched. Please tell your teacher.</source>
            <translation>یہ فائل jpprep کا ڈیٹا بیس نہیں ہے، اس لیے jpprep نے اسے نہیں چھیڑا۔ براہِ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>This database was made by a newer version of jpprep, so this version left it untouched. Please install the newer jpprep, or tell your teacher.</source>
            <translation>یہ ڈیٹا بیس jpprep کے نئے ورژن نے بنایا ہے، اس لیے اس ورژن نے اسے نہیں چھیڑا۔ براہِ کرم نیا jpprep انسٹال کریں، یا اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>jpprep cannot reach the class server. Check that this computer is connected to the network, or tell your teacher.</source>
            <translation>jpprep کلاس کے سرور تک نہیں پہنچ سکتا۔ دیکھیں کہ یہ کمپیوٹر نیٹ ورک سے جڑا ہوا ہے، یا اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>The class server did not accept jpprep's user name or password. Please tell your teacher.</source>
            <translation>کلاس کے سرور نے jpprep کا یوزر نیم یا پاس ورڈ قبول نہیں کیا۔ براہِ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>jpprep cannot open its database ({detail}). Please tell your teacher.</source>
            <translation>jpprep اپنا ڈیٹا بیس نہیں کھول سکتا ({detail})۔ براہِ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>The disk is full, so the backup was not made. Your progress is safe. Free some space (or delete old backups).</source>
            <translation>ڈسک بھر گئی ہے، اس لیے بیک اپ نہیں بنا۔ آپ کی پیش رفت محفوظ ہے۔ کچھ جگہ خالی کریں (یا پرانے بیک اپ حذف کریں)۔</translation>
        </message>
        <message>
            <source>The backup folder cannot be written, so the backup was not made. Your progress is safe. Please tell your teacher.</source>
            <translation>بیک اپ فولڈر میں لکھا نہیں جا سکتا، اس لیے بیک اپ نہیں بنا۔ آپ کی پیش رفت محفوظ ہے۔ براہِ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Choose another backup.</source>
            <translation>یہ بیک اپ خراب ہے اور بحال نہیں ہو سکتا۔ کوئی اور بیک اپ چنیں۔</translation>
        </message>
        <message>
            <source>This file is not a jpprep backup. Choose a file from the backups folder.</source>
            <translation>یہ فائل jpprep کا بیک اپ نہیں ہے۔ بیک اپ فولڈر سے کوئی فائل چنیں۔</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of jpprep. Install the newer jpprep to restore it.</source>
            <translation>یہ بیک اپ jpprep کے نئے ورژن سے بنا ہے۔ اسے بحال کرنے کے لیے نیا jpprep انسٹال کریں۔</translation>
        </message>
        <message>
            <source>This is the database itself, not a backup. Choose a file from the backups folder.</source>
            <translation>یہ خود ڈیٹا بیس ہے، بیک اپ نہیں۔ بیک اپ فولڈر سے کوئی فائل چنیں۔</translation>
        </message>
        <message>
            <source>The backup was not made ({detail}). Your progress is safe. Please tell your teacher.</source>
            <translation>بیک اپ نہیں بنا ({detail})۔ آپ کی پیش رفت محفوظ ہے۔ براہ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>There is no database file to back up yet.</source>
            <translation>ابھی بیک اپ کے لیے کوئی ڈیٹا بیس فائل نہیں ہے۔</translation>
        </message>
        <message>
            <source>jpprep is starting on the profile “{profile}” in another window. Wait a moment and switch to that window.</source>
            <translation>پروفائل “{profile}” پر jpprep ایک اور ونڈو میں شروع ہو رہا ہے۔ تھوڑا انتظار کریں اور پھر اس ونڈو پر جائیں۔</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on this computer. Switch to that window, or close it first.</source>
            <translation>پروفائل “{profile}” اس کمپیوٹر پر jpprep میں پہلے سے کھلا ہے۔ اس ونڈو پر جائیں، یا پہلے اسے بند کریں۔</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on the computer “{host}” (since {since}). Close jpprep there first, or choose another profile. If that computer crashed, tell your teacher.</source>
            <translation>پروفائل “{profile}” کمپیوٹر “{host}” پر jpprep میں پہلے سے کھلا ہے ({since} سے)۔ پہلے وہاں jpprep بند کریں، یا کوئی اور پروفائل چنیں۔ اگر وہ کمپیوٹر اچانک بند ہو گیا تھا تو اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>A PIN is made of digits only, for example 4821.</source>
            <translation>PIN صرف ہندسوں سے بنتا ہے، مثلاً 4821۔</translation>
        </message>
        <message>
            <source>A PIN has {min} to {max} digits.</source>
            <translation>PIN میں {min} سے {max} ہندسے ہوتے ہیں۔</translation>
        </message>
        <message>
            <source>That profile no longer exists.</source>
            <translation>یہ پروفائل اب موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>That options preset no longer exists.</source>
            <translation>یہ پری سیٹ اب موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>An options preset needs a name of {min} to {max} characters.</source>
            <translation>اختیارات کے پری سیٹ کا نام {min} سے {max} حروف کا ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>A preset named “{name}” already exists. Choose another name, or choose that preset in the list.</source>
            <translation>“{name}” نام کا پری سیٹ پہلے سے موجود ہے۔ کوئی اور نام چنیں، یا فہرست میں سے وہی پری سیٹ چنیں۔</translation>
        </message>
        <message>
            <source>A profile needs a name. Type a name, for example your first name.</source>
            <translation>پروفائل کے لیے نام ضروری ہے۔ کوئی نام لکھیں، مثلاً اپنا پہلا نام۔</translation>
        </message>
        <message>
            <source>The name is longer than {max} characters.</source>
            <translation>نام {max} حروف سے لمبا ہے۔</translation>
        </message>
        <message>
            <source>The name contains invisible control characters. Please type it again.</source>
            <translation>نام میں نظر نہ آنے والے کنٹرول حروف ہیں۔ براہِ کرم اسے دوبارہ لکھیں۔</translation>
        </message>
        <message>
            <source>A profile named “{name}” already exists. Choose another name, or switch to that profile.</source>
            <translation>“{name}” نام کا پروفائل پہلے سے موجود ہے۔ کوئی اور نام چنیں، یا اس پروفائل پر جائیں۔</translation>
        </message>
        <message>
            <source>The question banks do not have enough questions of these types for {exam}: {types}. Add questions to a bank, or choose another practice mode.</source>
            <translation>{exam} کے لیے سوالوں کے بینکوں میں ان اقسام کے کافی سوال نہیں ہیں: {types}۔ کسی بینک میں سوال شامل کریں، یا مشق کا کوئی اور طریقہ چنیں۔</translation>
        </message>
        <message>
            <source>Choose a section to practise.</source>
            <translation>مشق کے لیے ایک حصہ چنیں۔</translation>
        </message>
        <message>
            <source>Choose at least one question type to practise.</source>
            <translation>مشق کے لیے کم از کم ایک قسم کا سوال چنیں۔</translation>
        </message>
        <message>
            <source>{exam} has no question type “{type}”.</source>
            <translation>{exam} میں “{type}” قسم کا کوئی سوال نہیں ہے۔</translation>
        </message>
        <message>
            <source>“{mode}” is not a practice mode of jpprep.</source>
            <translation>“{mode}” jpprep میں مشق کا کوئی طریقہ نہیں ہے۔</translation>
        </message>
        <message>
            <source>There is no mock exam “{exam}”.</source>
            <translation>“{exam}” نام کا کوئی نمونہ امتحان نہیں ہے۔</translation>
        </message>
        <message>
            <source>This exam attempt no longer exists.</source>
            <translation>امتحان کی یہ کوشش اب موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>The questions of this exam have changed ({gone} are gone), so it cannot be continued. Start a new one.</source>
            <translation>اس امتحان کے سوال بدل گئے ہیں ({gone} سوال نہیں رہے)، اس لیے اسے جاری نہیں رکھا جا سکتا۔ نیا امتحان شروع کریں۔</translation>
        </message>
        <message>
            <source>This exam has no questions.</source>
            <translation>اس امتحان میں کوئی سوال نہیں ہے۔</translation>
        </message>
        <message>
            <source>This saved exam was made by another version of jpprep and cannot be continued. Start a new one.</source>
            <translation>یہ محفوظ امتحان jpprep کے کسی اور ورژن میں بنا تھا اور جاری نہیں رکھا جا سکتا۔ نیا امتحان شروع کریں۔</translation>
        </message>
        <message>
            <source>jpprep cannot read this question bank ({detail}).</source>
            <translation>jpprep سوالوں کا یہ بینک نہیں پڑھ سکتا ({detail})۔</translation>
        </message>
        <message>
            <source>This question bank is larger than 32 MB.</source>
            <translation>سوالوں کا یہ بینک 32 MB سے بڑا ہے۔</translation>
        </message>
        <message>
            <source>This question bank is not UTF-8 text. Save it as UTF-8.</source>
            <translation>سوالوں کے اس بینک کا متن UTF-8 میں نہیں ہے۔ اسے UTF-8 میں محفوظ کریں۔</translation>
        </message>
        <message>
            <source>This question bank is not valid JSON (column {column}). Check the quotes, commas and brackets there.</source>
            <translation>سوالوں کا یہ بینک درست JSON نہیں ہے (کالم {column})۔ وہاں کوٹیشن مارکس، کوما اور بریکٹ چیک کریں۔</translation>
        </message>
        <message>
            <source>This file is not a jpprep question bank (“format”: 1 is missing).</source>
            <translation>یہ فائل jpprep کا سوالوں کا بینک نہیں ہے (⁦“format”: 1⁩ موجود نہیں)۔</translation>
        </message>
        <message>
            <source>Choose a deck or a mock exam to assign.</source>
            <translation>دینے کے لیے کوئی ڈیک یا نمونہ امتحان چنیں۔</translation>
        </message>
        <message>
            <source>Only a mock exam can be assigned with a form. Choose a mock exam, or leave the form out.</source>
            <translation>پرچہ صرف نمونہ امتحان کے ساتھ دیا جا سکتا ہے۔ نمونہ امتحان چنیں، یا پرچہ نہ چنیں۔</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation>“{value}” تاریخ نہیں ہے۔ اسے YYYY-MM-DD کی صورت میں لکھیں، مثلاً ⁦2026-03-31⁩۔</translation>
        </message>
        <message>
            <source>That deck no longer exists.</source>
            <translation>وہ ڈیک اب موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>This card no longer exists: its note or deck was deleted. Go back to Home and choose a deck.</source>
            <translation>یہ کارڈ اب موجود نہیں ہے: اس کا نوٹ یا ڈیک حذف کر دیا گیا ہے۔ ہوم پر واپس جائیں اور کوئی ڈیک منتخب کریں۔</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>یہ نوٹ اب موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>No note is chosen. Select one or more notes in the list first.</source>
            <translation>کوئی نوٹ نہیں چنا گیا۔ پہلے فہرست میں ایک یا زیادہ نوٹ چنیں۔</translation>
        </message>
        <message>
            <source>The English meaning is empty. Write what the word means in English.</source>
            <translation>انگریزی معنی خالی ہے۔ انگریزی میں لکھیں کہ اس لفظ کا کیا مطلب ہے۔</translation>
        </message>
        <message>
            <source>The tag is empty. Type a tag, for example verb.</source>
            <translation>ٹیگ خالی ہے۔ کوئی ٹیگ لکھیں، مثلاً verb۔</translation>
        </message>
        <message>
            <source>The tag “{tag}” has a space in it. A tag is one word: use - or _ instead of spaces.</source>
            <translation>ٹیگ “{tag}” میں خالی جگہ ہے۔ ٹیگ ایک ہی لفظ ہوتا ہے: خالی جگہ کی بجائے ⁦-⁩ یا ⁦_⁩ لکھیں۔</translation>
        </message>
        <message>
            <source>That student no longer exists.</source>
            <translation>وہ طالب علم اب موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>The lab configuration file does not exist. Everything that can be locked is locked.</source>
            <translation>لیب کنفیگریشن فائل موجود نہیں ہے۔ جو کچھ لاک ہو سکتا ہے وہ سب لاک ہے۔</translation>
        </message>
        <message>
            <source>The lab configuration file cannot be read. Everything that can be locked is locked.</source>
            <translation>لیب کنفیگریشن فائل پڑھی نہیں جا سکتی۔ جو کچھ لاک ہو سکتا ہے وہ سب لاک ہے۔</translation>
        </message>
        <message>
            <source>The lab configuration file is not valid TOML (each setting is one line: key = "value"). Everything that can be locked is locked until it is fixed.</source>
            <translation>لیب کنفیگریشن فائل درست TOML نہیں ہے (ہر سیٹنگ ایک لائن میں: ⁦key = "value"⁩)۔ ٹھیک ہونے تک جو کچھ لاک ہو سکتا ہے وہ سب لاک رہے گا۔</translation>
        </message>
        <message>
            <source>“{key}” is not a known key. Did you mean: {known}?</source>
            <translation>“{key}” کوئی معلوم key نہیں ہے۔ کیا آپ کا مطلب تھا: {known}؟</translation>
        </message>
        <message>
            <source>“{key}” must be a text in quotes.</source>
            <translation>“{key}” کوٹیشن مارکس میں لکھا ہوا متن ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>“{key}” is not a database URL.</source>
            <translation>“{key}” ڈیٹا بیس کا URL نہیں ہے۔</translation>
        </message>
        <message>
            <source>jpprep cannot use “{driver}” databases. Use postgresql+psycopg or sqlite.</source>
            <translation>jpprep “{driver}” ڈیٹا بیس استعمال نہیں کر سکتا۔ postgresql+psycopg یا sqlite استعمال کریں۔</translation>
        </message>
        <message>
            <source>“{value}” is not an interface language of jpprep. Use one of: {known}.</source>
            <translation>“{value}” jpprep کی انٹرفیس زبان نہیں ہے۔ ان میں سے کوئی ایک استعمال کریں: {known}۔</translation>
        </message>
        <message>
            <source>“{key}” must be a list of ids in quotes.</source>
            <translation>“{key}” کوٹیشن مارکس میں لکھی ids کی فہرست ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>“{key}” must be a list of names in quotes ({known}). Everything is locked until it is fixed.</source>
            <translation>“{key}” کوٹیشن مارکس میں لکھے ناموں کی فہرست ہونی چاہیے ({known})۔ ٹھیک ہونے تک سب کچھ لاک رہے گا۔</translation>
        </message>
        <message>
            <source>“{value}” is not a name that “{key}” knows ({known}). Everything is locked until it is fixed.</source>
            <translation>“{value}” ایسا نام نہیں ہے جسے “{key}” پہچانتا ہو ({known})۔ ٹھیک ہونے تک سب کچھ لاک رہے گا۔</translation>
        </message>
        <message>
            <source>“{key}” is not a password hash.</source>
            <translation>“{key}” پاس ورڈ ہیش نہیں ہے۔</translation>
        </message>
        <message>
            <source>“{value}” is not a choice for “{key}”. Use "study locally" or "stop".</source>
            <translation>“{value}” “{key}” کے لیے درست انتخاب نہیں ہے۔ "study locally" یا "stop" استعمال کریں۔</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}، لائن {line}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; nothing was changed. Please tell your teacher.</source>
            <translation>کوئی غیر متوقع خرابی ہو گئی؛ کچھ بھی تبدیل نہیں ہوا۔ براہ کرم اپنے استاد کو بتائیں۔</translation>
        </message>
        <message>
            <source>Please tell your teacher: the lab configuration file has a problem. The rest of the file still applies.</source>
            <translation>براہِ کرم اپنے استاد کو بتائیں: لیب کنفیگریشن فائل میں ایک مسئلہ ہے۔ فائل کی باقی سیٹنگز لاگو ہیں۔</translation>
        </message>
        <message>
            <source>Study continues on this computer only; your answers here are not in the class database.</source>
            <translation>پڑھائی صرف اس کمپیوٹر پر جاری ہے؛ یہاں دیے گئے آپ کے جوابات کلاس کے ڈیٹا بیس میں نہیں ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>ExamTargetDialog</name>
        <message>
            <source>Exam target</source>
            <translation>امتحان کا ہدف</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>امتحان</translation>
        </message>
        <message>
            <source>Exam date</source>
            <translation>امتحان کی تاریخ</translation>
        </message>
        <message>
            <source>Decks for this exam</source>
            <translation>اس امتحان کے ڈیک</translation>
        </message>
        <message>
            <source>Exam:</source>
            <translation>امتحان:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>تاریخ:</translation>
        </message>
        <message>
            <source>Decks:</source>
            <translation>ڈیک:</translation>
        </message>
        <message>
            <source>Pace check</source>
            <translation>رفتار کی جانچ</translation>
        </message>
        <message>
            <source>Remove target</source>
            <translation>ہدف ہٹائیں</translation>
        </message>
        <message>
            <source>Tick the decks you need for this exam.</source>
            <translation>اس امتحان کے لیے درکار ڈیکوں پر نشان لگائیں۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) left.</source>
            <translation>
                <numerusform>%Ln دن باقی ہے۔</numerusform>
                <numerusform>%Ln دن باقی ہیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) not met yet.</source>
            <translation>
                <numerusform>%Ln کارڈ ابھی نہیں پڑھا گیا۔</numerusform>
                <numerusform>%Ln کارڈ ابھی نہیں پڑھے گئے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pace (%1 new a day) meets them all by %2.</source>
            <translation>آپ کی رفتار (روزانہ %1 نئے) سے یہ سب %2 تک مکمل ہو جائیں گے۔</translation>
        </message>
        <message>
            <source>At your pace (%1 new a day) you will not meet them all. %2 new cards a day would.</source>
            <translation>آپ کی رفتار (روزانہ %1 نئے) سے یہ سب مکمل نہیں ہوں گے۔ روزانہ %2 نئے کارڈ سے ہو جائیں گے۔</translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day.</source>
            <translation>
                <numerusform>یعنی روزانہ تقریباً %Ln جواب۔</numerusform>
                <numerusform>یعنی روزانہ تقریباً %Ln جوابات۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: that is more than the %Ln answer(s) you do on a typical day.</source>
            <translation>
                <numerusform>خبردار: یہ اس %Ln جواب سے زیادہ ہے جو آپ عام دن میں دیتے ہیں۔</numerusform>
                <numerusform>خبردار: یہ ان %Ln جوابات سے زیادہ ہے جو آپ عام دن میں دیتے ہیں۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamsPage</name>
        <message>
            <source>Mock exams</source>
            <translation>نمونہ امتحانات</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>امتحان</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>مشق</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>پرچہ</translation>
        </message>
        <message>
            <source>Section or type</source>
            <translation>حصہ یا قسم</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>سوالات</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>شروع کریں</translation>
        </message>
        <message>
            <source>Resume the open exam</source>
            <translation>کھلا امتحان جاری رکھیں</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>پچھلے نتائج</translation>
        </message>
        <message>
            <source>(practice only: not enough questions for a full mock)</source>
            <translation>(صرف مشق: مکمل نمونہ امتحان کے لیے سوالات کافی نہیں)</translation>
        </message>
        <message>
            <source>pass (estimate)</source>
            <translation>پاس (تخمینہ)</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ابھی نہیں</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>مشق</translation>
        </message>
        <message>
            <source>%1 minutes for the whole test</source>
            <translation>پورے ٹیسٹ کے لیے %1 منٹ</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> منٹ</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>questions</source>
            <translation>سوالات</translation>
        </message>
        <message>
            <source>Format as of %1.</source>
            <translation>%1 کے مطابق فارمیٹ۔</translation>
        </message>
        <message>
            <source>Not yet confirmed:</source>
            <translation>ابھی تصدیق نہیں ہوئی:</translation>
        </message>
        <message>
            <source>Readiness (last attempts):</source>
            <translation>تیاری (آخری کوششیں):</translation>
        </message>
        <message>
            <source>Weak question types:</source>
            <translation>کمزور سوالی اقسام:</translation>
        </message>
        <message>
            <source>Random (new questions each time)</source>
            <translation>بے ترتیب (ہر بار نئے سوالات)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 سوالات)</translation>
        </message>
        <message>
            <source>From the question bank %1</source>
            <translation>سوالوں کے بینک %1 سے</translation>
        </message>
        <message>
            <source>No weak question types yet: finish a mock or a practice set first.</source>
            <translation>ابھی کوئی کمزور سوالی قسم نہیں: پہلے ایک نمونہ امتحان یا مشقی سیٹ مکمل کریں۔</translation>
        </message>
        <message>
            <source>%1 question(s) added to the deck %2.</source>
            <translation>%1 سوالات ڈیک %2 میں شامل کر دیے گئے۔</translation>
        </message>
        <message>
            <source>Full timed mock</source>
            <translation>مکمل وقت والا نمونہ امتحان</translation>
        </message>
        <message>
            <source>One section</source>
            <translation>ایک حصہ</translation>
        </message>
        <message>
            <source>One question type</source>
            <translation>ایک سوالی قسم</translation>
        </message>
        <message>
            <source>My weak types</source>
            <translation>میری کمزور اقسام</translation>
        </message>
    </context>
    <context>
        <name>FitWords</name>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</source>
            <translation>
                <numerusform>%Ln دہرائی سے ماڈل بنایا گیا: نیا ماڈل آپ کے جوابات کا بہتر اندازہ لگاتا ہے (پیش گوئی کی غلطی {old} کی بجائے {new})، اس لیے اب سے یہی استعمال ہوگا۔</numerusform>
                <numerusform>%Ln دہرائیوں سے ماڈل بنایا گیا: نیا ماڈل آپ کے جوابات کا بہتر اندازہ لگاتا ہے (پیش گوئی کی غلطی {old} کی بجائے {new})، اس لیے اب سے یہی استعمال ہوگا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</source>
            <translation>
                <numerusform>%Ln دہرائی سے ماڈل بنایا گیا: آپ کا موجودہ ماڈل پہلے ہی آپ کے جوابات کا بہترین اندازہ لگاتا ہے (پیش گوئی کی غلطی {old}؛ نئے ماڈل کی {new})، اس لیے وہی رکھا گیا ہے۔</numerusform>
                <numerusform>%Ln دہرائیوں سے ماڈل بنایا گیا: آپ کا موجودہ ماڈل پہلے ہی آپ کے جوابات کا بہترین اندازہ لگاتا ہے (پیش گوئی کی غلطی {old}؛ نئے ماڈل کی {new})، اس لیے وہی رکھا گیا ہے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough reviews yet: {items} of the {needed} needed (a review counts when it comes a day or more after the card's previous answer). The current model is kept.</source>
            <translation>ابھی کافی دہرائیاں نہیں ہیں: {needed} درکار میں سے {items} (وہی دہرائی گنی جاتی ہے جو کارڈ کے پچھلے جواب کے ایک دن یا زیادہ بعد ہو)۔ موجودہ ماڈل رکھا گیا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s), so the current one is kept.</source>
            <translation>
                <numerusform>آپ کی %Ln دہرائی سے ماڈل نہیں بن سکا، اس لیے موجودہ ماڈل رکھا گیا ہے۔</numerusform>
                <numerusform>آپ کی %Ln دہرائیوں سے ماڈل نہیں بن سکا، اس لیے موجودہ ماڈل رکھا گیا ہے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s) ({reason}), so the current one is kept.</source>
            <translation>
                <numerusform>آپ کی %Ln دہرائی سے ماڈل نہیں بن سکا ({reason})، اس لیے موجودہ ماڈل رکھا گیا ہے۔</numerusform>
                <numerusform>آپ کی %Ln دہرائیوں سے ماڈل نہیں بن سکا ({reason})، اس لیے موجودہ ماڈل رکھا گیا ہے۔</numerusform>
            </translation>
        </message>
        <message>
            <source>there are not enough reviews</source>
            <translation>دہرائیاں کافی نہیں ہیں</translation>
        </message>
        <message>
            <source>some reviews cannot be used</source>
            <translation>کچھ دہرائیاں استعمال نہیں ہو سکتیں</translation>
        </message>
        <message>
            <source>the current parameters are not valid</source>
            <translation>موجودہ پیرامیٹر درست نہیں ہیں</translation>
        </message>
        <message>
            <source>no better parameters were found</source>
            <translation>اس سے بہتر پیرامیٹر نہیں ملے</translation>
        </message>
        <message>
            <source>the fitting was stopped</source>
            <translation>ماڈل بنانا روک دیا گیا</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>FlagMark</name>
        <message>
            <source>Red flag</source>
            <translation>سرخ جھنڈا</translation>
        </message>
        <message>
            <source>Orange flag</source>
            <translation>نارنجی جھنڈا</translation>
        </message>
        <message>
            <source>Green flag</source>
            <translation>سبز جھنڈا</translation>
        </message>
        <message>
            <source>Blue flag</source>
            <translation>نیلا جھنڈا</translation>
        </message>
        <message>
            <source>Flag {n}</source>
            <translation>جھنڈا {n}</translation>
        </message>
    </context>
    <context>
        <name>FormNames</name>
        <message>
            <source>Form %1</source>
            <translation>پرچہ %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message>
            <source>Study calendar</source>
            <translation>مطالعے کا کیلنڈر</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) with study in the last year</source>
            <translation>
                <numerusform>پچھلے سال میں %Ln دن مطالعہ ہوا</numerusform>
                <numerusform>پچھلے سال میں %Ln دن مطالعہ ہوا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s)</source>
            <translation>
                <numerusform>%Ln جواب</numerusform>
                <numerusform>%Ln جوابات</numerusform>
            </translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>پیر</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>بدھ</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>جمعہ</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s)</source>
            <translation>
                <numerusform>%1: %Ln جواب</numerusform>
                <numerusform>%1: %Ln جوابات</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Deck</source>
            <translation>ڈیک</translation>
        </message>
        <message>
            <source>New</source>
            <translation>نئے</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>سیکھنے میں</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>دہرائی</translation>
        </message>
        <message>
            <source>Today's work</source>
            <translation>آج کا کام</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>تفویض کردہ کام</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>ڈیک</translation>
        </message>
        <message>
            <source>Delete deck…</source>
            <translation>ڈیک حذف کریں…</translation>
        </message>
        <message>
            <source>Study this deck</source>
            <translation>یہ ڈیک پڑھیں</translation>
        </message>
        <message>
            <source>Study all due cards</source>
            <translation>دہرائی کے تمام کارڈ پڑھیں</translation>
        </message>
        <message>
            <source>Deck options</source>
            <translation>ڈیک کے اختیارات</translation>
        </message>
        <message>
            <source>Daily limits, learning steps and retention of the chosen deck</source>
            <translation>چنے ہوئے ڈیک کی روزانہ حد، سیکھنے کے مراحل اور یادداشت</translation>
        </message>
        <message numerus="yes">
            <source>Bring back %Ln deleted deck(s) that come with jpprep</source>
            <translation>
                <numerusform>jpprep کے ساتھ آنے والا %Ln حذف شدہ ڈیک واپس لائیں</numerusform>
                <numerusform>jpprep کے ساتھ آنے والے %Ln حذف شدہ ڈیک واپس لائیں</numerusform>
            </translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>خوش آمدید، {name}</translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) due.</source>
            <translation>
                <numerusform>آج %Ln کارڈ دہرائی کے لیے ہے۔</numerusform>
                <numerusform>آج %Ln کارڈ دہرائی کے لیے ہیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new card(s) waiting.</source>
            <translation>
                <numerusform>%Ln نیا کارڈ منتظر ہے۔</numerusform>
                <numerusform>%Ln نئے کارڈ منتظر ہیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today: %Ln.</source>
            <translation>
                <numerusform>آج دہرائے گئے: %Ln۔</numerusform>
                <numerusform>آج دہرائے گئے: %Ln۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Streak: %Ln day(s).</source>
            <translation>
                <numerusform>مسلسل: %Ln دن۔</numerusform>
                <numerusform>مسلسل: %Ln دن۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) to study again ({learning_column}: {learning}, {due_column}: {due}).</source>
            <translation>
                <numerusform>آج %Ln کارڈ دوبارہ دیکھنا ہے ({learning_column}: {learning}، {due_column}: {due})۔</numerusform>
                <numerusform>آج %Ln کارڈ دوبارہ دیکھنے ہیں ({learning_column}: {learning}، {due_column}: {due})۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Assignments from your teacher:</source>
            <translation>آپ کے استاد کی طرف سے کام:</translation>
        </message>
        <message>
            <source>done</source>
            <translation>مکمل</translation>
        </message>
        <message>
            <source>overdue, {p}% done</source>
            <translation>تاخیر، {p}% مکمل</translation>
        </message>
        <message>
            <source>{p}% done</source>
            <translation>{p}% مکمل</translation>
        </message>
        <message>
            <source>; </source>
            <translation>؛ </translation>
        </message>
        <message>
            <source>your other mock does not count: take {form}</source>
            <translation>آپ کا دوسرا نمونہ امتحان شمار نہیں ہوگا: {form} دیں</translation>
        </message>
        <message>
            <source>a practice does not count: take {form} as a full mock</source>
            <translation>مشق شمار نہیں ہوتی: {form} مکمل نمونہ امتحان کے طور پر دیں</translation>
        </message>
        <message>
            <source>only {form} counts</source>
            <translation>صرف {form} شمار ہوگا</translation>
        </message>
        <message>
            <source>a practice does not count: take the full mock</source>
            <translation>مشق شمار نہیں ہوتی: مکمل نمونہ امتحان دیں</translation>
        </message>
        <message>
            <source>• {title}: due {date} ({state})</source>
            <translation>• {title}: آخری تاریخ {date} ({state})</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>{title} شروع کریں</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {file}</source>
            <translation>{file} درآمد کریں</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>واپس (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>درآمد کریں (&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} پڑھا جا رہا ہے…</translation>
        </message>
        <message>
            <source>Bring my Anki review history</source>
            <translation>میری Anki دہرائی کی تاریخ بھی لائیں</translation>
        </message>
        <message>
            <source>Cards you have not studied in jpprep yet take their Anki progress, and every answer you gave in Anki counts in your statistics.</source>
            <translation>جو کارڈ آپ نے ابھی jpprep میں نہیں پڑھے انہیں Anki والی پیش رفت ملے گی، اور Anki میں دیا گیا ہر جواب آپ کے اعداد و شمار میں شامل ہوگا۔</translation>
        </message>
        <message>
            <source>jpprep guessed what each column holds. Change a column if the guess is wrong; the preview shows the first rows as they will be imported.</source>
            <translation>jpprep نے اندازہ لگایا ہے کہ ہر کالم میں کیا ہے۔ اگر اندازہ غلط ہو تو کالم بدل دیں؛ نمونے میں پہلی قطاریں اسی طرح دکھائی گئی ہیں جیسے وہ درآمد ہوں گی۔</translation>
        </message>
        <message>
            <source>An Anki package: notes, cards, nested decks, tags and media are imported. Importing it again updates the same notes.</source>
            <translation>ایک Anki پیکج: نوٹ، کارڈ، اندرونی ڈیک، ٹیگ اور میڈیا درآمد ہوں گے۔ اسے دوبارہ درآمد کرنے سے وہی نوٹ تازہ ہو جاتے ہیں۔</translation>
        </message>
        <message>
            <source>A jpprep deck. Importing it again updates the same notes and keeps everyone's progress.</source>
            <translation>ایک jpprep ڈیک۔ اسے دوبارہ درآمد کرنے سے وہی نوٹ تازہ ہو جاتے ہیں اور سب کی پیش رفت محفوظ رہتی ہے۔</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>کالم</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>نمونہ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>فائل</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>قطار</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>خانہ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>مسئلہ</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>درست کیسے کریں</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>مسائل</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} درآمد ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>کہاں</translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>کیوں چھوڑا گیا</translation>
        </message>
        <message>
            <source>Other (kept with the note)</source>
            <translation>دیگر (نوٹ کے ساتھ رکھا جائے گا)</translation>
        </message>
        <message>
            <source>Japanese (kanji)</source>
            <translation>جاپانی (کانجی)</translation>
        </message>
        <message>
            <source>Reading (kana)</source>
            <translation>تلفظ (کانا)</translation>
        </message>
        <message>
            <source>Meaning in English</source>
            <translation>انگریزی میں معنی</translation>
        </message>
        <message>
            <source>Meaning in Urdu</source>
            <translation>اردو میں معنی</translation>
        </message>
        <message>
            <source>Meaning in Nepali</source>
            <translation>نیپالی میں معنی</translation>
        </message>
        <message>
            <source>Meaning in Indonesian</source>
            <translation>انڈونیشیائی میں معنی</translation>
        </message>
        <message>
            <source>Meaning in Vietnamese</source>
            <translation>ویتنامی میں معنی</translation>
        </message>
        <message>
            <source>Meaning in Tagalog</source>
            <translation>تگالوگ میں معنی</translation>
        </message>
        <message>
            <source>Meaning in Filipino</source>
            <translation>فلپینی میں معنی</translation>
        </message>
        <message>
            <source>Meaning in Burmese</source>
            <translation>برمی میں معنی</translation>
        </message>
        <message>
            <source>Example sentence (Japanese)</source>
            <translation>مثالی جملہ (جاپانی)</translation>
        </message>
        <message>
            <source>Example sentence (English)</source>
            <translation>مثالی جملہ (انگریزی)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>ٹیگ</translation>
        </message>
        <message>
            <source>JLPT level</source>
            <translation>JLPT سطح</translation>
        </message>
        <message>
            <source>SSW sector</source>
            <translation>SSW شعبہ</translation>
        </message>
        <message>
            <source>Kind (vocab, kanji, grammar)</source>
            <translation>قسم (ذخیرۂ الفاظ، کانجی، قواعد)</translation>
        </message>
        <message>
            <source>Note id</source>
            <translation>نوٹ کی شناخت</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>کالم {letter}</translation>
        </message>
        <message>
            <source>What column {name} holds</source>
            <translation>کالم {name} میں کیا ہے</translation>
        </message>
        <message>
            <source>This cannot be imported yet: {problem}</source>
            <translation>یہ ابھی درآمد نہیں ہو سکتا: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) can be imported; the others have problems (marked ⚠).</source>
            <translation>
                <numerusform>%Ln قطار درآمد ہو سکتی ہے؛ باقی میں مسائل ہیں (⚠ سے نشان زد)۔</numerusform>
                <numerusform>%Ln قطاریں درآمد ہو سکتی ہیں؛ باقی میں مسائل ہیں (⚠ سے نشان زد)۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) can be imported.</source>
            <translation>
                <numerusform>%Ln قطار درآمد ہو سکتی ہے۔</numerusform>
                <numerusform>تمام %Ln قطاریں درآمد ہو سکتی ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {n}</source>
            <translation>قطار {n}</translation>
        </message>
        <message>
            <source>(no meaning)</source>
            <translation>(کوئی معنی نہیں)</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported. The file has %Ln problem(s), listed below. Fix the file and import it again, or import only the rows without problems.</source>
            <translation>
                <numerusform>کچھ بھی درآمد نہیں ہوا۔ فائل میں %Ln مسئلہ ہے، جو نیچے درج ہے۔ فائل درست کر کے دوبارہ درآمد کریں، یا صرف بغیر مسئلے والی قطاریں درآمد کریں۔</numerusform>
                <numerusform>کچھ بھی درآمد نہیں ہوا۔ فائل میں %Ln مسائل ہیں، جو نیچے درج ہیں۔ فائل درست کر کے دوبارہ درآمد کریں، یا صرف بغیر مسئلے والی قطاریں درآمد کریں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %Ln valid row(s)</source>
            <translation>
                <numerusform>%Ln درست قطار درآمد کریں</numerusform>
                <numerusform>%Ln درست قطاریں درآمد کریں</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported: the file has %Ln problem(s) and no row jpprep can import. Fix the file and import it again.</source>
            <translation>
                <numerusform>کچھ بھی درآمد نہیں ہوا: فائل میں %Ln مسئلہ ہے اور کوئی قطار ایسی نہیں جو jpprep درآمد کر سکے۔ فائل درست کر کے دوبارہ درآمد کریں۔</numerusform>
                <numerusform>کچھ بھی درآمد نہیں ہوا: فائل میں %Ln مسائل ہیں اور کوئی قطار ایسی نہیں جو jpprep درآمد کر سکے۔ فائل درست کر کے دوبارہ درآمد کریں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Column</source>
            <translation>کالم</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>لائن</translation>
        </message>
        <message>
            <source>Imported into “{deck}”.</source>
            <translation>“{deck}” میں درآمد ہو گیا۔</translation>
        </message>
        <message numerus="yes">
            <source>Added: %Ln note(s).</source>
            <translation>
                <numerusform>شامل کیا گیا: %Ln نوٹ۔</numerusform>
                <numerusform>شامل کیے گئے: %Ln نوٹ۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated: %Ln note(s).</source>
            <translation>
                <numerusform>تازہ کیا گیا: %Ln نوٹ۔</numerusform>
                <numerusform>تازہ کیے گئے: %Ln نوٹ۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already up to date: %Ln note(s).</source>
            <translation>
                <numerusform>پہلے سے تازہ: %Ln نوٹ۔</numerusform>
                <numerusform>پہلے سے تازہ: %Ln نوٹ۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %Ln row(s).</source>
            <translation>
                <numerusform>چھوڑی گئی: %Ln قطار۔</numerusform>
                <numerusform>چھوڑی گئیں: %Ln قطاریں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anki review history: %Ln answer(s) brought over.</source>
            <translation>
                <numerusform>Anki دہرائی کی تاریخ: %Ln جواب لایا گیا۔</numerusform>
                <numerusform>Anki دہرائی کی تاریخ: %Ln جوابات لائے گئے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cards with their Anki progress: %Ln.</source>
            <translation>
                <numerusform>Anki کی پیش رفت والے کارڈ: %Ln۔</numerusform>
                <numerusform>Anki کی پیش رفت والے کارڈ: %Ln۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Intervals</name>
        <message>
            <source>under a minute</source>
            <translation>ایک منٹ سے کم</translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln منٹ</numerusform>
                <numerusform>%Ln منٹ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln گھنٹہ</numerusform>
                <numerusform>%Ln گھنٹے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln دن</numerusform>
                <numerusform>%Ln دن</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Ln مہینہ</numerusform>
                <numerusform>%Ln مہینے</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln سال</numerusform>
                <numerusform>%Ln سال</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} سال</translation>
        </message>
    </context>
    <context>
        <name>JlptRunner</name>
        <message>
            <source>Answer sheet</source>
            <translation>جوابی شیٹ</translation>
        </message>
        <message>
            <source>◀ Back (P)</source>
            <translation>▶ پچھلا (P)</translation>
        </message>
        <message>
            <source>Next (N) ▶</source>
            <translation>اگلا (N) ◀</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>حصہ ختم کریں (E)</translation>
        </message>
        <message>
            <source>Time left %1</source>
            <translation>باقی وقت %1</translation>
        </message>
    </context>
    <context>
        <name>KanaAnswerBox</name>
        <message>
            <source>Type the reading (romaji becomes kana), then Enter</source>
            <translation>تلفظ لکھیں (رومانجی کانا بن جاتی ہے)، پھر Enter دبائیں</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>آپ کا جواب</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>ہوم</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>مطالعہ</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>ڈیک</translation>
        </message>
        <message>
            <source>Mock exams</source>
            <translation>نمونہ امتحانات</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>پیش رفت</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>کلاس</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>ہمیشہ</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>صرف ان کانجی کے لیے جو ابھی نہیں آتے</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>کبھی نہیں</translation>
        </message>
        <message>
            <source>jpprep: {name}</source>
            <translation>jpprep: {name}</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>حصے</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>لوڈ ہو رہا ہے…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>فائل (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import deck…</source>
            <translation>ڈیک درآمد کریں… (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>بند کریں (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>پروفائل (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>پروفائل بدلیں… (&amp;S)</translation>
        </message>
        <message>
            <source>Set or change &amp;PIN…</source>
            <translation>PIN بنائیں یا بدلیں… (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>لاگ آؤٹ (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>منظر (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Furigana</source>
            <translation>فوریگانا (&amp;F)</translation>
        </message>
        <message>
            <source>Show &amp;romaji</source>
            <translation>رومانجی دکھائیں (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مدد (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About jpprep and sources</source>
            <translation>jpprep اور ماخذ کے بارے میں (&amp;A)</translation>
        </message>
        <message>
            <source>PIN saved.</source>
            <translation>PIN محفوظ ہو گیا۔</translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>jpprep کے ساتھ آنے والے ڈیک لوڈ ہو رہے ہیں…</translation>
        </message>
        <message>
            <source>Decks ready.</source>
            <translation>ڈیک تیار ہیں۔</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln note(s) from the shipped decks.</source>
            <translation>
                <numerusform>ساتھ آنے والے ڈیکوں سے %Ln نوٹ شامل کیا گیا۔</numerusform>
                <numerusform>ساتھ آنے والے ڈیکوں سے %Ln نوٹ شامل کیے گئے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took out %Ln note(s) that jpprep no longer ships.</source>
            <translation>
                <numerusform>%Ln نوٹ جو اب jpprep کے ساتھ نہیں آتا، اپنے ڈیک سے نکال دیا گیا۔</numerusform>
                <numerusform>%Ln نوٹ جو اب jpprep کے ساتھ نہیں آتے، اپنے ڈیکوں سے نکال دیے گئے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</source>
            <translation>
                <numerusform>ان میں سے %Ln نوٹ آپ نے پڑھا یا بدلا تھا: وہ آپ کے جوابات کے ساتھ، معطل حالت میں، Retired ڈیک میں محفوظ ہے۔</numerusform>
                <numerusform>ان میں سے %Ln نوٹ آپ نے پڑھے یا بدلے تھے: وہ آپ کے جوابات کے ساتھ، معطل حالت میں، Retired ڈیک میں محفوظ ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>To study any of them again, select them under Decks and press Unsuspend.</source>
            <translation>ان میں سے کسی کو دوبارہ پڑھنے کے لیے ڈیک کے صفحے پر اسے منتخب کریں اور “معطلی ختم کریں” دبائیں۔</translation>
        </message>
        <message>
            <source>Import a deck</source>
            <translation>ڈیک درآمد کریں</translation>
        </message>
        <message>
            <source>Decks (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>ڈیک (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;تمام فائلیں (*)</translation>
        </message>
        <message>
            <source>Imported: {a} added, {u} updated, {s} skipped.</source>
            <translation>درآمد مکمل: {a} شامل، {u} تازہ کیے گئے، {s} چھوڑ دیے گئے۔</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move notes</source>
            <translation>نوٹ منتقل کریں</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln note(s) to:</source>
            <translation>
                <numerusform>%Ln نوٹ یہاں منتقل کریں:</numerusform>
                <numerusform>%Ln نوٹ یہاں منتقل کریں:</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>منتقل کریں (&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>NoteActions</name>
        <message>
            <source>&amp;New note…</source>
            <translation>نیا نوٹ… (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>حذف کریں… (&amp;D)</translation>
        </message>
        <message>
            <source>M&amp;ove…</source>
            <translation>منتقل کریں… (&amp;O)</translation>
        </message>
        <message>
            <source>Ta&amp;g…</source>
            <translation>ٹیگ… (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Fill in readings</source>
            <translation>تلفظ بھریں (&amp;F)</translation>
        </message>
        <message>
            <source>Generate a reading for every note without one: the selected notes, or else the deck chosen above</source>
            <translation>جن نوٹس کا تلفظ نہیں ہے ان کا تلفظ بنائیں: منتخب نوٹ، ورنہ اوپر چنی گئی ڈیک</translation>
        </message>
        <message>
            <source>Nothing was changed: the class server is not reachable. Try again when it is back.</source>
            <translation>کچھ تبدیل نہیں ہوا: کلاس کے سرور سے رابطہ نہیں ہو پا رہا۔ سرور واپس آنے پر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>There is no deck yet: import one first.</source>
            <translation>ابھی کوئی ڈیک نہیں ہے: پہلے ایک ڈیک امپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 شامل ہو گیا۔</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>نوٹ حذف کریں</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln note(s)?</source>
            <translation>
                <numerusform>%Ln نوٹ حذف کریں؟</numerusform>
                <numerusform>%Ln نوٹ حذف کریں؟</numerusform>
            </translation>
        </message>
        <message>
            <source>Their %1 card(s) and %2 answer(s) by %3 learner(s) are deleted with them. This cannot be undone.</source>
            <translation>ان کے ساتھ ان کے %1 کارڈ اور %3 طلبہ کے %2 جوابات بھی حذف ہو جائیں گے۔ یہ واپس نہیں ہو سکتا۔</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>حذف کریں (&amp;D)</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln note(s).</source>
            <translation>
                <numerusform>%Ln نوٹ حذف ہو گئے۔</numerusform>
                <numerusform>%Ln نوٹ حذف ہو گئے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln note(s) to %1.</source>
            <translation>
                <numerusform>%Ln نوٹ %1 میں منتقل ہو گئے۔</numerusform>
                <numerusform>%Ln نوٹ %1 میں منتقل ہو گئے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 added to %Ln note(s).</source>
            <translation>
                <numerusform>ٹیگ %1 کو %Ln نوٹس میں شامل کیا گیا۔</numerusform>
                <numerusform>ٹیگ %1 کو %Ln نوٹس میں شامل کیا گیا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 removed from %Ln note(s).</source>
            <translation>
                <numerusform>ٹیگ %1 کو %Ln نوٹس سے ہٹا دیا گیا۔</numerusform>
                <numerusform>ٹیگ %1 کو %Ln نوٹس سے ہٹا دیا گیا۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Every note here already has a reading.</source>
            <translation>یہاں ہر نوٹ کا تلفظ پہلے سے موجود ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>Filling in %Ln reading(s)…</source>
            <translation>
                <numerusform>%Ln تلفظ بھرے جا رہے ہیں…</numerusform>
                <numerusform>%Ln تلفظ بھرے جا رہے ہیں…</numerusform>
            </translation>
        </message>
        <message>
            <source>Filling in readings: %1 of %2…</source>
            <translation>تلفظ بھرے جا رہے ہیں: %2 میں سے %1…</translation>
        </message>
        <message numerus="yes">
            <source>Filled in %Ln reading(s); check them (they are marked as generated).</source>
            <translation>
                <numerusform>%Ln تلفظ بھر دیے گئے؛ انہیں جانچ لیں (ان پر خود بنائے گئے کا نشان ہے)۔</numerusform>
                <numerusform>%Ln تلفظ بھر دیے گئے؛ انہیں جانچ لیں (ان پر خود بنائے گئے کا نشان ہے)۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) could not be read.</source>
            <translation>
                <numerusform>%Ln نوٹ نہیں پڑھے جا سکے۔</numerusform>
                <numerusform>%Ln نوٹ نہیں پڑھے جا سکے۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>&amp;Japanese:</source>
            <translation>جاپانی (&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>تلفظ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>معنی، انگریزی (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>ٹیگ (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>سطح (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>محفوظ کریں (&amp;S)</translation>
        </message>
        <message>
            <source>Your training centre has locked changes to decks.</source>
            <translation>آپ کے تربیتی مرکز نے ڈیکوں میں تبدیلی بند کر دی ہے۔</translation>
        </message>
        <message>
            <source>Choose a note in the list to edit it.</source>
            <translation>ترمیم کے لیے فہرست میں سے کوئی نوٹ چنیں۔</translation>
        </message>
        <message>
            <source>This reading was generated; check it and correct it if needed.</source>
            <translation>یہ تلفظ خودکار طور پر بنایا گیا ہے؛ اسے جانچیں اور ضرورت ہو تو درست کریں۔</translation>
        </message>
        <message>
            <source>Not saved: the class server is not reachable. Your changes are still here; press Save again when it is back.</source>
            <translation>محفوظ نہیں ہوا: کلاس کے سرور سے رابطہ نہیں ہو پا رہا۔ آپ کی تبدیلیاں یہیں موجود ہیں؛ سرور واپس آنے پر دوبارہ "محفوظ کریں" دبائیں۔</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>محفوظ ہو گیا۔</translation>
        </message>
        <message>
            <source>The class server is back: press Save to store your changes.</source>
            <translation>کلاس کا سرور واپس آ گیا ہے: اپنی تبدیلیاں محفوظ کرنے کے لیے "محفوظ کریں" دبائیں۔</translation>
        </message>
    </context>
    <context>
        <name>NoteEditorDialog</name>
        <message>
            <source>Edit note</source>
            <translation>نوٹ میں ترمیم</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Class server</source>
            <translation>کلاس کا سرور</translation>
        </message>
        <message>
            <source>You have studied all the cards this computer had ready. Your answers are safe here; you can go on when the class server is back.</source>
            <translation>آپ نے وہ تمام کارڈ پڑھ لیے جو اس کمپیوٹر پر تیار تھے۔ آپ کے جوابات یہاں محفوظ ہیں؛ کلاس کا سرور واپس آنے پر آپ آگے پڑھ سکیں گے۔</translation>
        </message>
        <message>
            <source>The class server is not reachable. Your answers are saved on this computer and will be sent when it is back.</source>
            <translation>کلاس کے سرور سے رابطہ نہیں ہو پا رہا۔ آپ کے جوابات اس کمپیوٹر پر محفوظ ہیں اور سرور واپس آنے پر بھیج دیے جائیں گے۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to be sent.</source>
            <translation>
                <numerusform>%Ln جواب بھیجے جانے کا منتظر ہے۔</numerusform>
                <numerusform>%Ln جوابات بھیجے جانے کے منتظر ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is back. All your answers have been sent.</source>
            <translation>کلاس کا سرور واپس آ گیا ہے۔ آپ کے تمام جوابات بھیج دیے گئے ہیں۔</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message numerus="yes">
            <source>{exam} on {date}: %Ln day(s) left.</source>
            <translation>
                <numerusform>امتحان {exam} {date} کو ہے: %Ln دن باقی ہے۔</numerusform>
                <numerusform>امتحان {exam} {date} کو ہے: %Ln دن باقی ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Every card has been met.</source>
            <translation>ہر کارڈ سیکھا جا چکا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>On track: %Ln card(s) still to meet.</source>
            <translation>
                <numerusform>رفتار ٹھیک ہے: ابھی %Ln کارڈ سیکھنا باقی ہے۔</numerusform>
                <numerusform>رفتار ٹھیک ہے: ابھی %Ln کارڈ سیکھنے باقی ہیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you finish on {date}.</source>
            <translation>
                <numerusform>روزانہ %Ln نیا کارڈ سیکھ کر آپ {date} تک مکمل کر لیں گے۔</numerusform>
                <numerusform>روزانہ %Ln نئے کارڈ سیکھ کر آپ {date} تک مکمل کر لیں گے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still to meet.</source>
            <translation>
                <numerusform>ابھی %Ln کارڈ سیکھنا باقی ہے۔</numerusform>
                <numerusform>ابھی %Ln کارڈ سیکھنے باقی ہیں۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That needs %Ln new card(s) a day.</source>
            <translation>
                <numerusform>اس کے لیے روزانہ %Ln نیا کارڈ چاہیے۔</numerusform>
                <numerusform>اس کے لیے روزانہ %Ln نئے کارڈ چاہییں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>The exam is today or already past: choose the next exam date.</source>
            <translation>امتحان آج ہے یا گزر چکا ہے: اگلے امتحان کی تاریخ چنیں۔</translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you will not meet every card before the exam.</source>
            <translation>
                <numerusform>روزانہ %Ln نیا کارڈ سیکھ کر آپ امتحان سے پہلے تمام کارڈ نہیں سیکھ پائیں گے۔</numerusform>
                <numerusform>روزانہ %Ln نئے کارڈ سیکھ کر آپ امتحان سے پہلے تمام کارڈ نہیں سیکھ پائیں گے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln a day would.</source>
            <translation>
                <numerusform>روزانہ %Ln سے ہو جائے گا۔</numerusform>
                <numerusform>روزانہ %Ln سے ہو جائے گا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day,</source>
            <translation>
                <numerusform>اس کا مطلب ہے روزانہ تقریباً %Ln جواب،</numerusform>
                <numerusform>اس کا مطلب ہے روزانہ تقریباً %Ln جوابات،</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than the %Ln you do on a typical day.</source>
            <translation>
                <numerusform>جو آپ کے عام دن کے %Ln سے زیادہ ہے۔</numerusform>
                <numerusform>جو آپ کے عام دن کے %Ln سے زیادہ ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>which is a lot to start with.</source>
            <translation>جو شروع میں کافی زیادہ ہے۔</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>The cell has {chars} characters; the limit is {limit}.</source>
            <translation>اس خانے میں {chars} حروف ہیں؛ حد {limit} ہے۔</translation>
        </message>
        <message>
            <source>The id is empty.</source>
            <translation>id خالی ہے۔</translation>
        </message>
        <message>
            <source>The kind “{kind}” is not vocab, kanji or grammar.</source>
            <translation>قسم “{kind}” نہ vocab ہے، نہ kanji، نہ grammar۔</translation>
        </message>
        <message>
            <source>The Japanese word or sentence is empty.</source>
            <translation>جاپانی لفظ یا جملہ خالی ہے۔</translation>
        </message>
        <message>
            <source>“{value}” is not kana.</source>
            <translation>“{value}” کانا نہیں ہے۔</translation>
        </message>
        <message>
            <source>The English meaning is empty.</source>
            <translation>انگریزی معنی خالی ہے۔</translation>
        </message>
        <message>
            <source>“{word}” is in the file twice (first on row {first}).</source>
            <translation>“{word}” فائل میں دو بار ہے (پہلی بار قطار {first} میں)۔</translation>
        </message>
        <message>
            <source>The level “{level}” is too long.</source>
            <translation>لیول “{level}” بہت لمبا ہے۔</translation>
        </message>
        <message>
            <source>The sector “{sector}” is too long.</source>
            <translation>شعبہ “{sector}” بہت لمبا ہے۔</translation>
        </message>
        <message>
            <source>“{name}” is not a plain file name.</source>
            <translation>“{name}” سادہ فائل کا نام نہیں ہے۔</translation>
        </message>
        <message>
            <source>“{name}” is not in the media/ folder.</source>
            <translation>“{name}” فولڈر media/ میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>The id “{id}” is used twice (first on row {first}).</source>
            <translation>id “{id}” دو بار استعمال ہوا ہے (پہلی بار قطار {first} میں)۔</translation>
        </message>
        <message>
            <source>The row has {cells} cells, but the first row names {columns} columns.</source>
            <translation>اس قطار میں {cells} خانے ہیں، مگر پہلی قطار میں {columns} کالموں کے نام ہیں۔</translation>
        </message>
        <message>
            <source>{key} must be text.</source>
            <translation>{key} ایک متن ہونا چاہیے۔</translation>
        </message>
        <message>
            <source>{key} is missing.</source>
            <translation>{key} موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>This jpprep cannot read deck format {value} (it reads format 1).</source>
            <translation>jpprep کا یہ ورژن ڈیک فارمیٹ {value} نہیں پڑھ سکتا (یہ فارمیٹ 1 پڑھتا ہے)۔</translation>
        </message>
        <message>
            <source>The deck id “{value}” may use only lower-case letters, digits, '.', '_' and '-'.</source>
            <translation>ڈیک id “{value}” میں صرف چھوٹے انگریزی حروف، ہندسے، '.'، '_' اور '-' ہو سکتے ہیں۔</translation>
        </message>
        <message>
            <source>The deck name “{value}” has an empty part between '::'.</source>
            <translation>ڈیک کے نام “{value}” میں '::' کے درمیان ایک حصہ خالی ہے۔</translation>
        </message>
        <message>
            <source>languages must be a list of language codes.</source>
            <translation>languages زبانوں کے کوڈز کی فہرست ہونی چاہیے۔</translation>
        </message>
        <message>
            <source>card_types must be a list taken from {known}.</source>
            <translation>card_types ایک فہرست ہونی چاہیے جس میں صرف یہ ہوں: {known}۔</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>ایسی کوئی فائل یا فولڈر موجود نہیں۔</translation>
        </message>
        <message>
            <source>jpprep cannot import this kind of file.</source>
            <translation>jpprep اس قسم کی فائل درآمد نہیں کر سکتا۔</translation>
        </message>
        <message>
            <source>This .jpdeck has no deck.toml.</source>
            <translation>اس .jpdeck میں deck.toml نہیں ہے۔</translation>
        </message>
        <message>
            <source>deck.toml is missing.</source>
            <translation>deck.toml موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>deck.toml is not UTF-8 text.</source>
            <translation>deck.toml کا متن UTF-8 میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>deck.toml is not valid TOML.</source>
            <translation>deck.toml درست TOML نہیں ہے۔</translation>
        </message>
        <message>
            <source>notes.csv is missing.</source>
            <translation>notes.csv موجود نہیں ہے۔</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>اس فائل کا متن UTF-8 میں نہیں ہے۔</translation>
        </message>
        <message>
            <source>The CSV file cannot be read.</source>
            <translation>CSV فائل پڑھی نہیں جا سکتی۔</translation>
        </message>
        <message>
            <source>notes.csv is empty.</source>
            <translation>notes.csv خالی ہے۔</translation>
        </message>
        <message>
            <source>notes.csv has no column “{column}”.</source>
            <translation>notes.csv میں کالم “{column}” نہیں ہے۔</translation>
        </message>
        <message>
            <source>notes.csv names the column “{column}” twice.</source>
            <translation>notes.csv میں کالم “{column}” کا نام دو بار آیا ہے۔</translation>
        </message>
        <message>
            <source>The file's text encoding is not UTF-8 or Shift_JIS.</source>
            <translation>اس فائل کے متن کی انکوڈنگ نہ UTF-8 ہے نہ Shift_JIS۔</translation>
        </message>
        <message>
            <source>This Excel file is damaged or cannot be read.</source>
            <translation>یہ Excel فائل خراب ہے یا پڑھی نہیں جا سکتی۔</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>اس ورک بک میں کوئی شیٹ نہیں ہے۔</translation>
        </message>
        <message>
            <source>The file has more than {max} rows.</source>
            <translation>اس فائل میں {max} سے زیادہ قطاریں ہیں۔</translation>
        </message>
        <message>
            <source>jpprep cannot read the file ({detail}).</source>
            <translation>jpprep یہ فائل نہیں پڑھ سکتا ({detail})۔</translation>
        </message>
        <message>
            <source>The spreadsheet is empty.</source>
            <translation>اسپریڈشیٹ خالی ہے۔</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the Japanese words.</source>
            <translation>jpprep یہ نہیں جان سکا کہ جاپانی الفاظ کس کالم میں ہیں۔</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the meanings.</source>
            <translation>jpprep یہ نہیں جان سکا کہ معنی کس کالم میں ہیں۔</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB, more than the {limit_mb} MB jpprep accepts.</source>
            <translation>یہ فائل {size_mb} MB کی ہے، جو jpprep کی حد {limit_mb} MB سے زیادہ ہے۔</translation>
        </message>
        <message>
            <source>This file is not a zip archive, or it is damaged.</source>
            <translation>یہ فائل zip آرکائیو نہیں ہے، یا خراب ہے۔</translation>
        </message>
        <message>
            <source>This archive holds an unsafe entry (a path outside it, a link, or far more data than its size); nothing was imported.</source>
            <translation>اس آرکائیو میں ایک غیر محفوظ اندراج ہے (اس سے باہر کا راستہ، کوئی لنک، یا اپنے سائز سے کہیں زیادہ ڈیٹا)؛ کچھ بھی درآمد نہیں ہوا۔</translation>
        </message>
        <message>
            <source>A part of this Anki package is damaged.</source>
            <translation>اس Anki پیکیج کا ایک حصہ خراب ہے۔</translation>
        </message>
        <message>
            <source>This package was made by a newer Anki than jpprep knows.</source>
            <translation>یہ پیکیج Anki کے ایسے نئے ورژن سے بنا ہے جسے jpprep نہیں جانتا۔</translation>
        </message>
        <message>
            <source>This is not an Anki package (it has no collection).</source>
            <translation>یہ Anki پیکیج نہیں ہے (اس میں کلیکشن نہیں ہے)۔</translation>
        </message>
        <message>
            <source>The package holds no notes.</source>
            <translation>اس پیکیج میں کوئی نوٹ نہیں ہے۔</translation>
        </message>
        <message>
            <source>The note type of this note is missing or has no fields; the note was left out.</source>
            <translation>اس نوٹ کی نوٹ ٹائپ موجود نہیں یا اس میں کوئی خانہ نہیں؛ یہ نوٹ چھوڑ دیا گیا۔</translation>
        </message>
        <message>
            <source>The GUID “{guid}” appears twice; the second note was left out.</source>
            <translation>GUID “{guid}” دو بار آیا ہے؛ دوسرا نوٹ چھوڑ دیا گیا۔</translation>
        </message>
        <message>
            <source>The fields of this note hold {chars} characters, more than jpprep accepts; the note was left out.</source>
            <translation>اس نوٹ کے خانوں میں {chars} حروف ہیں، جو jpprep کی حد سے زیادہ ہیں؛ یہ نوٹ چھوڑ دیا گیا۔</translation>
        </message>
        <message>
            <source>The media file name “{name}” is not safe; the file was left out.</source>
            <translation>میڈیا فائل کا نام “{name}” محفوظ نہیں ہے؛ یہ فائل چھوڑ دی گئی۔</translation>
        </message>
        <message>
            <source>The note id “{id}” appears twice; the first note was kept and the second left out.</source>
            <translation>نوٹ کا id “{id}” دو بار آیا ہے؛ پہلا نوٹ رکھا گیا اور دوسرا چھوڑ دیا گیا۔</translation>
        </message>
        <message>
            <source>Shorten it; long texts belong in a separate file.</source>
            <translation>اسے مختصر کریں؛ لمبے متن الگ فائل میں رکھیں۔</translation>
        </message>
        <message>
            <source>Give every row an id that is unique in the deck, for example taberu.</source>
            <translation>ہر قطار کو ایسا id دیں جو ڈیک میں کسی اور کا نہ ہو، مثلاً taberu۔</translation>
        </message>
        <message>
            <source>Give every row its own id.</source>
            <translation>ہر قطار کو اپنا الگ id دیں۔</translation>
        </message>
        <message>
            <source>Write vocab, kanji or grammar, or leave it empty for vocab.</source>
            <translation>vocab، kanji یا grammar لکھیں، یا vocab کے لیے خالی چھوڑ دیں۔</translation>
        </message>
        <message>
            <source>Write the Japanese word or sentence.</source>
            <translation>جاپانی لفظ یا جملہ لکھیں۔</translation>
        </message>
        <message>
            <source>Write {kana}, or leave it empty and jpprep makes the reading.</source>
            <translation>{kana} لکھیں، یا خالی چھوڑ دیں تو jpprep خود تلفظ بنا دے گا۔</translation>
        </message>
        <message>
            <source>Write the reading in hiragana, or leave it empty and jpprep makes the reading.</source>
            <translation>تلفظ ہیراگانا میں لکھیں، یا خالی چھوڑ دیں تو jpprep خود تلفظ بنا دے گا۔</translation>
        </message>
        <message>
            <source>Write the English meaning (other languages go in meaning_ur, meaning_ne, …).</source>
            <translation>انگریزی معنی لکھیں (دوسری زبانیں meaning_ur، meaning_ne، … میں جاتی ہیں)۔</translation>
        </message>
        <message>
            <source>Write the English meaning in this cell.</source>
            <translation>اس خانے میں انگریزی معنی لکھیں۔</translation>
        </message>
        <message>
            <source>Remove one of the rows, or give each its own reading.</source>
            <translation>ان میں سے ایک قطار ہٹا دیں، یا ہر ایک کو اپنا الگ تلفظ دیں۔</translation>
        </message>
        <message>
            <source>Write N5, N4, N3, N2 or N1.</source>
            <translation>N5، N4، N3، N2 یا N1 لکھیں۔</translation>
        </message>
        <message>
            <source>Use a short code such as nursing-care.</source>
            <translation>کوئی مختصر کوڈ استعمال کریں، جیسے nursing-care۔</translation>
        </message>
        <message>
            <source>Write only the file name inside media/, for example taberu.mp3.</source>
            <translation>صرف media/ کے اندر والی فائل کا نام لکھیں، مثلاً taberu.mp3۔</translation>
        </message>
        <message>
            <source>Put the file in media/, or clear the cell.</source>
            <translation>فائل media/ میں رکھیں، یا خانہ خالی کر دیں۔</translation>
        </message>
        <message>
            <source>Put quotes around cells that contain commas.</source>
            <translation>جن خانوں میں کوما ہو، انہیں کوٹیشن مارکس میں لکھیں۔</translation>
        </message>
        <message>
            <source>Write {key} = "...".</source>
            <translation>⁦{key} = "..."⁩ لکھیں۔</translation>
        </message>
        <message>
            <source>Add a line {key} = "..." to deck.toml.</source>
            <translation>deck.toml میں ایک لائن ⁦{key} = "..."⁩ شامل کریں۔</translation>
        </message>
        <message>
            <source>Install a newer jpprep, or set format = 1.</source>
            <translation>jpprep کا نیا ورژن انسٹال کریں، یا format = 1 لکھیں۔</translation>
        </message>
        <message>
            <source>For example id = "jlpt-n5-verbs".</source>
            <translation>مثلاً ⁦id = "jlpt-n5-verbs"⁩۔</translation>
        </message>
        <message>
            <source>Write it like "JLPT::N5".</source>
            <translation>اسے "JLPT::N5" کی طرح لکھیں۔</translation>
        </message>
        <message>
            <source>For example languages = ["en", "ur"].</source>
            <translation>مثلاً ⁦languages = ["en", "ur"]⁩۔</translation>
        </message>
        <message>
            <source>For example card_types = ["recognition"].</source>
            <translation>مثلاً ⁦card_types = ["recognition"]⁩۔</translation>
        </message>
        <message>
            <source>Check the name and the folder it is in.</source>
            <translation>نام اور اس کا فولڈر چیک کریں۔</translation>
        </message>
        <message>
            <source>Import a deck folder, .jpdeck, .apkg, .colpkg, .csv, .tsv or .xlsx.</source>
            <translation>ڈیک فولڈر، .jpdeck، .apkg، .colpkg، .csv، .tsv یا .xlsx درآمد کریں۔</translation>
        </message>
        <message>
            <source>Zip the deck folder itself (deck.toml, notes.csv and media/).</source>
            <translation>خود ڈیک فولڈر کو zip کریں (deck.toml، notes.csv اور media/)۔</translation>
        </message>
        <message>
            <source>Every deck folder needs a deck.toml.</source>
            <translation>ہر ڈیک فولڈر میں deck.toml ہونا ضروری ہے۔</translation>
        </message>
        <message>
            <source>Save it as UTF-8.</source>
            <translation>اسے UTF-8 میں محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Check the quotes and brackets on that line.</source>
            <translation>اس لائن پر کوٹیشن مارکس اور بریکٹ چیک کریں۔</translation>
        </message>
        <message>
            <source>Put the notes in notes.csv next to deck.toml.</source>
            <translation>نوٹس deck.toml کے ساتھ notes.csv میں رکھیں۔</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” (in Excel: Save As &gt; CSV UTF-8).</source>
            <translation>اسے “CSV UTF-8” کے طور پر محفوظ کریں (Excel میں: Save As &gt; CSV UTF-8)۔</translation>
        </message>
        <message>
            <source>Check the quotes in that row.</source>
            <translation>اس قطار میں کوٹیشن مارکس چیک کریں۔</translation>
        </message>
        <message>
            <source>The first line names the columns: id,expression,reading,meaning_en</source>
            <translation>پہلی لائن میں کالموں کے نام ہوتے ہیں: id,expression,reading,meaning_en</translation>
        </message>
        <message>
            <source>The first line must name the columns, at least id,expression,meaning_en.</source>
            <translation>پہلی لائن میں کالموں کے نام ہونے چاہییں، کم از کم id,expression,meaning_en۔</translation>
        </message>
        <message>
            <source>Rename or remove one of them.</source>
            <translation>ان میں سے ایک کا نام بدلیں یا اسے ہٹا دیں۔</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” in Excel or LibreOffice.</source>
            <translation>اسے Excel یا LibreOffice میں “CSV UTF-8” کے طور پر محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Open it in Excel and save it again as .xlsx.</source>
            <translation>اسے Excel میں کھولیں اور دوبارہ .xlsx کے طور پر محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Split it into smaller decks.</source>
            <translation>اسے چھوٹے ڈیکوں میں تقسیم کریں۔</translation>
        </message>
        <message>
            <source>Put one word per row: kanji, kana, meaning.</source>
            <translation>ہر قطار میں ایک لفظ لکھیں: کانجی، کانا، معنی۔</translation>
        </message>
        <message>
            <source>Name that column “expression” (or 漢字), or choose it in the column step.</source>
            <translation>اس کالم کا نام “expression” (یا 漢字) رکھیں، یا کالم والے مرحلے میں اسے چنیں۔</translation>
        </message>
        <message>
            <source>Name that column “meaning_en” (or English), or choose it in the column step.</source>
            <translation>اس کالم کا نام “meaning_en” (یا English) رکھیں، یا کالم والے مرحلے میں اسے چنیں۔</translation>
        </message>
        <message>
            <source>Export it again from the program that made it.</source>
            <translation>جس پروگرام نے اسے بنایا تھا، اسی سے دوبارہ ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Only import files from people you trust.</source>
            <translation>صرف ان لوگوں کی فائلیں درآمد کریں جن پر آپ بھروسا کرتے ہیں۔</translation>
        </message>
        <message>
            <source>Export the deck from Anki again.</source>
            <translation>Anki سے ڈیک دوبارہ ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>In Anki, export with “Support older Anki versions” ticked.</source>
            <translation>Anki میں “Support older Anki versions” پر نشان لگا کر ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Choose an .apkg or .colpkg file from Anki.</source>
            <translation>Anki کی کوئی .apkg یا .colpkg فائل چنیں۔</translation>
        </message>
        <message>
            <source>Export the deck with its notes from Anki.</source>
            <translation>Anki سے ڈیک اس کے نوٹس سمیت ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Repair the note type in Anki (Tools &gt; Check Database).</source>
            <translation>Anki میں نوٹ ٹائپ ٹھیک کریں (Tools &gt; Check Database)۔</translation>
        </message>
        <message>
            <source>Run Tools &gt; Check Database in Anki and export again.</source>
            <translation>Anki میں Tools &gt; Check Database چلائیں اور دوبارہ ایکسپورٹ کریں۔</translation>
        </message>
        <message>
            <source>Shorten the note in Anki.</source>
            <translation>Anki میں اس نوٹ کو مختصر کریں۔</translation>
        </message>
        <message>
            <source>Rename the file in Anki's media folder.</source>
            <translation>Anki کے میڈیا فولڈر میں اس فائل کا نام بدلیں۔</translation>
        </message>
        <message>
            <source>Give every note its own id.</source>
            <translation>ہر نوٹ کو اپنا الگ id دیں۔</translation>
        </message>
        <message>
            <source>note {guid}</source>
            <translation>نوٹ {guid}</translation>
        </message>
        <message>
            <source>{file}, note {guid}</source>
            <translation>{file}، نوٹ {guid}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}، لائن {line}</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column} ({field})</source>
            <translation>{file}، قطار {row}، کالم {column} ({field})</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {field}</source>
            <translation>{file}، قطار {row}، کالم {field}</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <translation>{file}، قطار {row}</translation>
        </message>
        <message>
            <source>{file}, column {field}</source>
            <translation>{file}، کالم {field}</translation>
        </message>
        <message>
            <source>{file}, field {field}</source>
            <translation>{file}، خانہ {field}</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>بہت زیادہ غلط کوششیں۔ براہِ کرم {n} منٹ انتظار کریں، یا اپنے استاد سے پوچھیں۔</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>بہت زیادہ غلط کوششیں۔ براہِ کرم {n} سیکنڈ انتظار کریں، یا اپنے استاد سے پوچھیں۔</translation>
        </message>
        <message>
            <source>Welcome to jpprep</source>
            <translation>jpprep میں خوش آمدید</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation>پروفائل منتخب کریں</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>پروفائلز</translation>
        </message>
        <message>
            <source>Who is studying?</source>
            <translation>کون پڑھ رہا ہے؟</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>پن:</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>پن</translation>
        </message>
        <message>
            <source>Or make a new profile:</source>
            <translation>یا نیا پروفائل بنائیں:</translation>
        </message>
        <message>
            <source>jpprep keeps your progress on this computer.
What is your name? It is shown only here.</source>
            <translation>jpprep آپ کی پیش رفت اسی کمپیوٹر پر محفوظ رکھتا ہے۔
آپ کا نام کیا ہے؟ یہ صرف یہیں دکھایا جاتا ہے۔</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>طالب علم</translation>
        </message>
        <message>
            <source>New profile name</source>
            <translation>نئے پروفائل کا نام</translation>
        </message>
        <message>
            <source>&amp;Instructor profile</source>
            <translation>استاد کا پروفائل (&amp;I)</translation>
        </message>
        <message>
            <source>Instructor password</source>
            <translation>استاد کا پاس ورڈ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>شروع کریں</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>This profile has a PIN. Please type it.</source>
            <translation>اس پروفائل پر PIN لگا ہے۔ براہِ کرم اسے لکھیں۔</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. You can try %Ln more time(s) before you must wait.</source>
            <translation>
                <numerusform>یہ PIN درست نہیں ہے۔ انتظار کرنے سے پہلے آپ مزید %Ln بار کوشش کر سکتے ہیں۔</numerusform>
                <numerusform>یہ PIN درست نہیں ہے۔ انتظار کرنے سے پہلے آپ مزید %Ln بار کوشش کر سکتے ہیں۔</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>پروفائل</translation>
        </message>
        <message>
            <source>That is not the instructor password. Nothing was made.</source>
            <translation>یہ استاد کا پاس ورڈ نہیں۔ کچھ نہیں بنایا گیا۔</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ٹھیک ہے</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>منسوخ کریں</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>محفوظ کریں</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>کھولیں</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>رد کریں</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>لاگو کریں</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مدد</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ہاں (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>نہیں (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>QuestionTypes</name>
        <message>
            <source>Kanji reading</source>
            <translation>کانجی کا تلفظ</translation>
        </message>
        <message>
            <source>Orthography</source>
            <translation>کانجی میں لکھنا</translation>
        </message>
        <message>
            <source>Word formation</source>
            <translation>الفاظ کی بناوٹ</translation>
        </message>
        <message>
            <source>Contextually-defined expressions</source>
            <translation>سیاق و سباق کے مطابق لفظ</translation>
        </message>
        <message>
            <source>Paraphrases</source>
            <translation>ہم معنی اظہار</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>لفظ کا استعمال</translation>
        </message>
        <message>
            <source>Selecting grammar form</source>
            <translation>قواعد کی درست شکل چننا</translation>
        </message>
        <message>
            <source>Sentence composition</source>
            <translation>جملہ ترتیب دینا</translation>
        </message>
        <message>
            <source>Text grammar</source>
            <translation>عبارت میں قواعد</translation>
        </message>
        <message>
            <source>Comprehension (short passages)</source>
            <translation>مختصر عبارت سمجھنا</translation>
        </message>
        <message>
            <source>Comprehension (mid-size passages)</source>
            <translation>درمیانی عبارت سمجھنا</translation>
        </message>
        <message>
            <source>Comprehension (long passages)</source>
            <translation>طویل عبارت سمجھنا</translation>
        </message>
        <message>
            <source>Integrated comprehension</source>
            <translation>کئی عبارتیں ملا کر سمجھنا</translation>
        </message>
        <message>
            <source>Thematic comprehension</source>
            <translation>مصنف کا مؤقف سمجھنا</translation>
        </message>
        <message>
            <source>Information retrieval</source>
            <translation>معلومات تلاش کرنا</translation>
        </message>
        <message>
            <source>Task-based comprehension</source>
            <translation>کرنے کا کام سمجھنا</translation>
        </message>
        <message>
            <source>Comprehension of key points</source>
            <translation>اہم نکات سمجھنا</translation>
        </message>
        <message>
            <source>Summary comprehension</source>
            <translation>خلاصہ سمجھنا</translation>
        </message>
        <message>
            <source>Verbal expressions</source>
            <translation>موقع کے مطابق بات کہنا</translation>
        </message>
        <message>
            <source>Quick response</source>
            <translation>فوری جواب</translation>
        </message>
        <message>
            <source>Integrated comprehension (listening)</source>
            <translation>کئی باتیں سن کر ملا کر سمجھنا</translation>
        </message>
        <message>
            <source>Word meaning</source>
            <translation>لفظ کا مطلب</translation>
        </message>
        <message>
            <source>Word usage</source>
            <translation>لفظ کا استعمال</translation>
        </message>
        <message>
            <source>Kanji meaning and usage</source>
            <translation>کانجی کا مطلب اور استعمال</translation>
        </message>
        <message>
            <source>Grammar</source>
            <translation>قواعد</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>اظہار</translation>
        </message>
        <message>
            <source>Comprehending conversations</source>
            <translation>گفتگو سمجھنا</translation>
        </message>
        <message>
            <source>Communicating at shops and public places</source>
            <translation>دکانوں اور عوامی جگہوں پر بات چیت</translation>
        </message>
        <message>
            <source>Announcements and instructions</source>
            <translation>اعلانات اور ہدایات</translation>
        </message>
        <message>
            <source>Comprehending content</source>
            <translation>مضمون سمجھنا</translation>
        </message>
        <message>
            <source>Information search</source>
            <translation>معلومات تلاش کرنا</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>نظری علم</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>صحیح یا غلط</translation>
        </message>
        <message>
            <source>Photo or illustration judgement</source>
            <translation>تصویر دیکھ کر فیصلہ</translation>
        </message>
        <message>
            <source>Calculation</source>
            <translation>حساب</translation>
        </message>
        <message>
            <source>Listening to instructions</source>
            <translation>ہدایات سننا</translation>
        </message>
        <message>
            <source>Care vocabulary</source>
            <translation>نگہداشت کے الفاظ</translation>
        </message>
        <message>
            <source>Care conversation</source>
            <translation>نگہداشت کی گفتگو</translation>
        </message>
        <message>
            <source>Care documents</source>
            <translation>نگہداشت کی دستاویزات</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>▶ Play audio (L)</source>
            <translation>▶ آڈیو چلائیں (L)</translation>
        </message>
        <message>
            <source>The audio plays once.</source>
            <translation>آڈیو صرف ایک بار چلے گی۔</translation>
        </message>
        <message>
            <source>Audio playback is not available on this computer: the script is shown instead when you press Play.</source>
            <translation>اس کمپیوٹر پر آڈیو نہیں چل سکتی: چلائیں دبانے پر اس کی تحریر دکھائی جائے گی۔</translation>
        </message>
        <message>
            <source>Played. In this test the audio plays only once.</source>
            <translation>چل چکی۔ اس ٹیسٹ میں آڈیو صرف ایک بار چلتی ہے۔</translation>
        </message>
    </context>
    <context>
        <name>ReadingPreview</name>
        <message>
            <source>word, e.g. 日本</source>
            <translation>لفظ، مثلاً 日本</translation>
        </message>
        <message>
            <source>reading, e.g. にほん</source>
            <translation>تلفظ، مثلاً にほん</translation>
        </message>
        <message>
            <source>in this deck</source>
            <translation>اس ڈیک میں</translation>
        </message>
        <message>
            <source>in every deck</source>
            <translation>ہر ڈیک میں</translation>
        </message>
        <message>
            <source>Sa&amp;ve correction</source>
            <translation>درستی محفوظ کریں (&amp;V)</translation>
        </message>
        <message>
            <source>Always read</source>
            <translation>یہ لفظ</translation>
        </message>
        <message>
            <source>as</source>
            <translation>ہمیشہ یوں پڑھیں</translation>
        </message>
        <message>
            <source>Generated reading: %1 (nothing typed; check it)</source>
            <translation>خود بنایا گیا تلفظ: %1 (کچھ نہیں لکھا گیا؛ جانچ لیں)</translation>
        </message>
        <message>
            <source>Now always read as %1.</source>
            <translation>اب ہمیشہ %1 پڑھا جاتا ہے۔</translation>
        </message>
        <message>
            <source>Choose a note first, or save it for every deck.</source>
            <translation>پہلے کوئی نوٹ چنیں، یا اسے ہر ڈیک کے لیے محفوظ کریں۔</translation>
        </message>
        <message>
            <source>Saved: %1 is now always read %2.</source>
            <translation>محفوظ ہو گیا: %1 اب ہمیشہ %2 پڑھا جائے گا۔</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Scoring section</source>
            <translation>اسکورنگ حصہ</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>درست</translation>
        </message>
        <message>
            <source>Estimated score</source>
            <translation>تخمینی اسکور</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>کم از کم</translation>
        </message>
        <message>
            <source>Send missed questions to a review deck</source>
            <translation>غلط سوالات دہرائی کے ڈیک میں بھیجیں</translation>
        </message>
        <message>
            <source>Back to exams</source>
            <translation>امتحانات پر واپس</translation>
        </message>
        <message>
            <source>Form: %1</source>
            <translation>پرچہ: %1</translation>
        </message>
        <message>
            <source>Practice finished: %1 of %2 correct.</source>
            <translation>مشق مکمل: %2 میں سے %1 درست۔</translation>
        </message>
        <message>
            <source>Estimated result: PASS (%1 of %2 correct).</source>
            <translation>تخمینی نتیجہ: پاس (%2 میں سے %1 درست)۔</translation>
        </message>
        <message>
            <source>Estimated result: NOT YET A PASS (%1 of %2 correct).</source>
            <translation>تخمینی نتیجہ: ابھی پاس نہیں (%2 میں سے %1 درست)۔</translation>
        </message>
        <message>
            <source>Score: %1%</source>
            <translation>اسکور: %1%</translation>
        </message>
        <message>
            <source>Estimated total: %1 / %2</source>
            <translation>تخمینی کل: %1 / %2</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>A1 سے نیچے</translation>
        </message>
        <message>
            <source>Band: %1</source>
            <translation>درجہ: %1</translation>
        </message>
        <message>
            <source>below the minimum</source>
            <translation>کم از کم سے نیچے</translation>
        </message>
        <message>
            <source>The total %1 is below the pass mark %2.</source>
            <translation>کل اسکور %1 پاس ہونے کے نمبر %2 سے کم ہے۔</translation>
        </message>
        <message>
            <source>The estimate %1 is below %2 (A2), the level the SSW visa asks for.</source>
            <translation>اندازاً اسکور %1، %2 (A2) سے کم ہے، جو SSW ویزا کے لیے درکار سطح ہے۔</translation>
        </message>
        <message>
            <source>%1% of the points is below the pass mark %2%.</source>
            <translation>%1% نمبر پاس ہونے کے نمبر %2% سے کم ہیں۔</translation>
        </message>
        <message>
            <source>%1: at this rate this section would be below its minimum (%2).</source>
            <translation>%1: اسی رفتار سے یہ حصہ اپنے کم از کم نمبر سے نیچے رہے گا (%2)۔</translation>
        </message>
        <message>
            <source>%1 is below its minimum (%2): this alone fails the test, whatever the total.</source>
            <translation>%1 اپنے کم از کم نمبر سے نیچے ہے (%2): کل اسکور جتنا بھی ہو، صرف اسی وجہ سے آپ پاس نہیں ہوں گے۔</translation>
        </message>
        <message>
            <source>This is an estimate. Real JLPT scores are scaled scores (Item Response Theory): they depend on which questions you got right, not only how many, so your real score can differ.</source>
            <translation>یہ ایک اندازہ ہے۔ JLPT کے اصل اسکور اسکیلڈ اسکور ہوتے ہیں (آئٹم ریسپانس تھیوری): یہ اس پر منحصر ہیں کہ آپ نے کون سے سوال درست کیے، صرف یہ نہیں کہ کتنے، اس لیے آپ کا اصل اسکور مختلف ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>This is an estimate. The real JFT-Basic score (10-250) is a scaled score (Item Response Theory) from a calibrated question pool, so your real score can differ.</source>
            <translation>یہ ایک اندازہ ہے۔ JFT-Basic کا اصل اسکور (10 سے 250) ایک اسکیلڈ اسکور ہے (آئٹم ریسپانس تھیوری) جو جانچے ہوئے سوالات کے ذخیرے سے بنتا ہے، اس لیے آپ کا اصل اسکور مختلف ہو سکتا ہے۔</translation>
        </message>
        <message>
            <source>This is an estimate from the share of points. The organiser may adjust the pass mark for each test's difficulty.</source>
            <translation>یہ حاصل کردہ نمبروں کے تناسب سے ایک اندازہ ہے۔ منتظمین ہر امتحان کی مشکل کے مطابق پاس ہونے کے نمبر بدل سکتے ہیں۔</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>آپ کا جواب</translation>
        </message>
        <message>
            <source>Right answer</source>
            <translation>درست جواب</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>متن</translation>
        </message>
        <message>
            <source>No {language} explanation yet: showing English.</source>
            <translation>ابھی {language} میں وضاحت موجود نہیں: انگریزی دکھائی جا رہی ہے۔</translation>
        </message>
    </context>
    <context>
        <name>RunnerBase</name>
        <message>
            <source>Start the section (Enter)</source>
            <translation>حصہ شروع کریں (Enter)</translation>
        </message>
        <message>
            <source>Time is up for that section.</source>
            <translation>اس حصے کا وقت ختم ہو گیا۔</translation>
        </message>
        <message>
            <source>This audio has already been played.</source>
            <translation>یہ آڈیو پہلے ہی چل چکی ہے۔</translation>
        </message>
        <message>
            <source>Preparing the audio…</source>
            <translation>آڈیو تیار ہو رہی ہے…</translation>
        </message>
        <message>
            <source>Press Finish section again (E) to close this section. You cannot come back to it.</source>
            <translation>یہ حصہ بند کرنے کے لیے دوبارہ «حصہ ختم کریں» (E) دبائیں۔ آپ اس پر واپس نہیں آ سکیں گے۔</translation>
        </message>
        <message>
            <source>Next section: %1
%2 minutes. The timer starts when you begin.</source>
            <translation>اگلا حصہ: %1
%2 منٹ۔ وقت آپ کے شروع کرنے پر چلنا شروع ہوگا۔</translation>
        </message>
    </context>
    <context>
        <name>RunnerWords</name>
        <message numerus="yes">
            <source>%Ln question(s) not answered. </source>
            <translation>
                <numerusform>%Ln سوال کا جواب نہیں دیا گیا۔ </numerusform>
                <numerusform>%Ln سوالات کے جواب نہیں دیے گئے۔ </numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam: your answers are saved on this computer and sent when the server is back, even if jpprep is closed meanwhile.</source>
            <translation>کلاس کے سرور سے رابطہ نہیں ہو پا رہا۔ امتحان جاری رکھیں: آپ کے جوابات اس کمپیوٹر پر محفوظ ہیں اور سرور واپس آنے پر بھیج دیے جائیں گے، چاہے اس دوران jpprep بند ہو جائے۔</translation>
        </message>
    </context>
    <context>
        <name>SectionNames</name>
        <message>
            <source>Script and Vocabulary</source>
            <translation>رسم الخط اور ذخیرۂ الفاظ</translation>
        </message>
        <message>
            <source>Conversation and Expression</source>
            <translation>گفتگو اور اظہار</translation>
        </message>
        <message>
            <source>Listening Comprehension</source>
            <translation>سن کر سمجھنا</translation>
        </message>
        <message>
            <source>Reading Comprehension</source>
            <translation>پڑھ کر سمجھنا</translation>
        </message>
        <message>
            <source>Listening</source>
            <translation>سن کر سمجھنا</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>پڑھ کر سمجھنا</translation>
        </message>
        <message>
            <source>Language Knowledge</source>
            <translation>زبان کا علم</translation>
        </message>
        <message>
            <source>Language Knowledge and Reading</source>
            <translation>زبان کا علم اور پڑھ کر سمجھنا</translation>
        </message>
        <message>
            <source>Language Knowledge (Vocabulary)</source>
            <translation>زبان کا علم (حروف اور ذخیرۂ الفاظ)</translation>
        </message>
        <message>
            <source>Language Knowledge (Grammar) and Reading</source>
            <translation>زبان کا علم (قواعد) اور پڑھ کر سمجھنا</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>نظری علم</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>عملی</translation>
        </message>
        <message>
            <source>Practical (judgement)</source>
            <translation>عملی (صورتِ حال کا فیصلہ)</translation>
        </message>
        <message>
            <source>Japanese listening</source>
            <translation>جاپانی سن کر سمجھنا</translation>
        </message>
        <message>
            <source>Nursing Care Japanese</source>
            <translation>نگہداشت کی جاپانی زبان</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>کل</translation>
        </message>
    </context>
    <context>
        <name>ServerNotice</name>
        <message>
            <source>Class server</source>
            <translation>کلاس کا سرور</translation>
        </message>
    </context>
    <context>
        <name>ServerWords</name>
        <message>
            <source>The class server is not reachable. This page shows what it last read, and changes cannot be saved until the server is back. jpprep keeps trying.</source>
            <translation>کلاس کے سرور سے رابطہ نہیں ہو پا رہا۔ یہ صفحہ وہی دکھا رہا ہے جو آخری بار پڑھا گیا تھا، اور سرور واپس آنے تک تبدیلیاں محفوظ نہیں ہو سکتیں۔ jpprep کوشش جاری رکھے ہوئے ہے۔</translation>
        </message>
        <message>
            <source>The class server is not reachable; try again when it is back.</source>
            <translation>کلاس کے سرور سے رابطہ نہیں ہو پا رہا؛ سرور واپس آنے پر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam and keep jpprep open: your answers are saved as soon as the server is back.</source>
            <translation>کلاس کے سرور سے رابطہ نہیں ہو پا رہا۔ امتحان جاری رکھیں اور jpprep کھلا رکھیں: سرور واپس آتے ہی آپ کے جوابات محفوظ ہو جائیں گے۔</translation>
        </message>
        <message>
            <source>The class server is back.</source>
            <translation>کلاس کا سرور واپس آ گیا ہے۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>اس کمپیوٹر پر محفوظ %Ln جواب اگلی بار یہاں jpprep کھلنے پر کلاس کے سرور کو بھیج دیا جائے گا۔ کچھ ضائع نہیں ہوا۔</numerusform>
                <numerusform>اس کمپیوٹر پر محفوظ %Ln جوابات اگلی بار یہاں jpprep کھلنے پر کلاس کے سرور کو بھیج دیے جائیں گے۔ کچھ ضائع نہیں ہوا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>اس کمپیوٹر پر محفوظ %Ln نمونہ امتحان اگلی بار یہاں jpprep کھلنے پر کلاس کے سرور کو بھیج دیا جائے گا۔ کچھ ضائع نہیں ہوا۔</numerusform>
                <numerusform>اس کمپیوٹر پر محفوظ %Ln نمونہ امتحانات اگلی بار یہاں jpprep کھلنے پر کلاس کے سرور کو بھیج دیے جائیں گے۔ کچھ ضائع نہیں ہوا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>اس کمپیوٹر پر محفوظ %Ln نمونہ امتحان بھی ساتھ ہی بھیج دیا جائے گا۔</numerusform>
                <numerusform>اس کمپیوٹر پر محفوظ %Ln نمونہ امتحانات بھی ساتھ ہی بھیج دیے جائیں گے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>اس کمپیوٹر پر کارڈز میں کی گئی %Ln تبدیلی (جھنڈا، کارڈ دوبارہ نیا بنانا، اگلی تاریخ یا معطلی) اگلی بار یہاں jpprep کھلنے پر کلاس کے سرور کو بھیج دی جائے گی۔ کچھ ضائع نہیں ہوا۔</numerusform>
                <numerusform>اس کمپیوٹر پر کارڈز میں کی گئی %Ln تبدیلیاں (جھنڈے، کارڈ دوبارہ نیا بنانا، اگلی تاریخیں یا معطلی) اگلی بار یہاں jpprep کھلنے پر کلاس کے سرور کو بھیج دی جائیں گی۔ کچھ ضائع نہیں ہوا۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>اس کمپیوٹر پر کارڈز میں کی گئی %Ln تبدیلی (جھنڈا، کارڈ دوبارہ نیا بنانا، اگلی تاریخ یا معطلی) بھی ساتھ ہی بھیج دی جائے گی۔</numerusform>
                <numerusform>اس کمپیوٹر پر کارڈز میں کی گئی %Ln تبدیلیاں (جھنڈے، کارڈ دوبارہ نیا بنانا، اگلی تاریخیں یا معطلی) بھی ساتھ ہی بھیج دی جائیں گی۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set or change PIN</source>
            <translation>PIN بنائیں یا بدلیں</translation>
        </message>
        <message>
            <source>A PIN keeps other students out of your profile on a shared computer. Use {a} to {b} digits.</source>
            <translation>مشترکہ کمپیوٹر پر PIN دوسرے طلبہ کو آپ کے پروفائل سے دور رکھتا ہے۔ {a} سے {b} ہندسے استعمال کریں۔</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>موجودہ PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>نیا PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>نیا PIN دوبارہ</translation>
        </message>
        <message>
            <source>Current PIN:</source>
            <translation>موجودہ PIN:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>نیا PIN:</translation>
        </message>
        <message>
            <source>New PIN again:</source>
            <translation>نیا PIN دوبارہ:</translation>
        </message>
        <message>
            <source>Remove PIN</source>
            <translation>PIN ہٹائیں</translation>
        </message>
        <message>
            <source>The current PIN is not right. Nothing was changed.</source>
            <translation>موجودہ PIN درست نہیں۔ کچھ تبدیل نہیں ہوا۔</translation>
        </message>
        <message>
            <source>The two new PINs are not the same. Please type them again.</source>
            <translation>دونوں نئے PIN ایک جیسے نہیں۔ براہِ کرم دوبارہ لکھیں۔</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>بہت زیادہ غلط کوششیں۔ براہِ کرم {n} منٹ انتظار کریں، یا اپنے استاد سے پوچھیں۔</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>بہت زیادہ غلط کوششیں۔ براہِ کرم {n} سیکنڈ انتظار کریں، یا اپنے استاد سے پوچھیں۔</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>ترتیبات</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>انٹرفیس کی زبان (&amp;I):</translation>
        </message>
        <message>
            <source>Your training centre has fixed the interface language.</source>
            <translation>آپ کے تربیتی مرکز نے انٹرفیس کی زبان مقرر کر دی ہے۔</translation>
        </message>
        <message>
            <source>English</source>
            <translation>انگریزی</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>اردو</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>نیپالی</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>انڈونیشیائی</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>ویتنامی</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>تگالوگ</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>برمی</translation>
        </message>
        <message>
            <source>&amp;Meanings and explanations in:</source>
            <translation>معانی اور وضاحتیں اس زبان میں (&amp;M):</translation>
        </message>
        <message>
            <source>When a card has no meaning in this language, English is shown and the card says so.</source>
            <translation>جب کسی کارڈ میں اس زبان میں معنی نہ ہو تو انگریزی دکھائی جاتی ہے اور کارڈ پر یہ لکھا ہوتا ہے۔</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>ہمیشہ</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>صرف ان کانجی کے لیے جو ابھی نہیں آتے</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>کبھی نہیں</translation>
        </message>
        <message>
            <source>&amp;Furigana:</source>
            <translation>فوریگانا (&amp;F):</translation>
        </message>
        <message>
            <source>Show &amp;romaji next to readings</source>
            <translation>تلفظ کے ساتھ رومانجی دکھائیں (&amp;R)</translation>
        </message>
        <message>
            <source>T&amp;ype the reading on reading cards (romaji becomes kana)</source>
            <translation>تلفظ والے کارڈوں پر تلفظ لکھیں (رومانجی کانا بن جاتی ہے) (&amp;Y)</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>سسٹم کے مطابق</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ہلکا</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>گہرا</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>زیادہ کنٹراسٹ</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>تھیم (&amp;T):</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>متن کا سائز (&amp;S):</translation>
        </message>
        <message>
            <source>:00</source>
            <translation>:00</translation>
        </message>
        <message>
            <source>Cards for a new day become due at this hour.</source>
            <translation>نئے دن کے کارڈ اس وقت سے دہرائی کے لیے آتے ہیں۔</translation>
        </message>
        <message>
            <source>New &amp;day starts at:</source>
            <translation>نیا دن اس وقت شروع ہو (&amp;D):</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>jpprep could not start: {error}</source>
            <translation>jpprep شروع نہیں ہو سکا: {error}</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>Progress</source>
            <translation>پیش رفت</translation>
        </message>
        <message>
            <source>Show progress for</source>
            <translation>پیش رفت دکھائیں برائے</translation>
        </message>
        <message>
            <source>Exam target…</source>
            <translation>امتحان کا ہدف…</translation>
        </message>
        <message>
            <source>Fit my memory model</source>
            <translation>میری یادداشت کا ماڈل بنائیں</translation>
        </message>
        <message>
            <source>Learn how fast you forget from your own answers, so reviews come at the right time. Kept only if it predicts your answers better.</source>
            <translation>آپ کے اپنے جوابات سے سیکھتا ہے کہ آپ کتنی جلدی بھولتے ہیں، تاکہ دہرائی صحیح وقت پر آئے۔ صرف تب رکھا جاتا ہے جب یہ آپ کے جوابات کا بہتر اندازہ لگائے۔</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>دکھائیں:</translation>
        </message>
        <message>
            <source>Exam target</source>
            <translation>امتحان کا ہدف</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>مسلسل دن</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>سب سے طویل سلسلہ</translation>
        </message>
        <message>
            <source>Studied today</source>
            <translation>آج کا مطالعہ</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>اس ہفتے</translation>
        </message>
        <message>
            <source>Answers in total</source>
            <translation>کل جوابات</translation>
        </message>
        <message>
            <source>Remembered now (estimate)</source>
            <translation>ابھی یاد (تخمینہ)</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>پچھلے 12 مہینے</translation>
        </message>
        <message>
            <source>Reviews due in the next 30 days</source>
            <translation>اگلے 30 دنوں میں دہرائی</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>اگلے 30 دنوں میں واجب</translation>
        </message>
        <message>
            <source>Cards by state</source>
            <translation>کارڈ حالت کے لحاظ سے</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>کارڈ</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>مہینہ</translation>
        </message>
        <message>
            <source>Remembered</source>
            <translation>یاد رہے</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>جوابات</translation>
        </message>
        <message>
            <source>Card age</source>
            <translation>کارڈ کی عمر</translation>
        </message>
        <message>
            <source>True retention by month</source>
            <translation>اصل یادداشت، مہینے کے لحاظ سے</translation>
        </message>
        <message>
            <source>True retention by card age</source>
            <translation>اصل یادداشت، کارڈ کی عمر کے لحاظ سے</translation>
        </message>
        <message>
            <source>New</source>
            <translation>نئے</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>سیکھنے میں</translation>
        </message>
        <message>
            <source>Relearning</source>
            <translation>دوبارہ سیکھنا</translation>
        </message>
        <message>
            <source>Young</source>
            <translation>نئے سیکھے</translation>
        </message>
        <message>
            <source>Mature</source>
            <translation>پختہ</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>معطل</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>مؤخر</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>تمام ڈیک</translation>
        </message>
        <message>
            <source>The statistics could not be read: %1</source>
            <translation>اعداد و شمار نہیں پڑھے جا سکے: %1</translation>
        </message>
        <message>
            <source>No exam target yet. Choose one with “Exam target…” to see if your pace is enough.</source>
            <translation>ابھی کوئی امتحانی ہدف نہیں۔ «امتحان کا ہدف…» سے ایک چنیں تاکہ معلوم ہو کہ آپ کی رفتار کافی ہے یا نہیں۔</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln دن</numerusform>
                <numerusform>%Ln دن</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>آج</translation>
        </message>
        <message>
            <source>Fitting your memory model…</source>
            <translation>آپ کی یادداشت کا ماڈل بن رہا ہے…</translation>
        </message>
        <message>
            <source>Fitting your memory model… %1%</source>
            <translation>آپ کی یادداشت کا ماڈل بن رہا ہے… %1%</translation>
        </message>
        <message>
            <source>No deck to fit yet.</source>
            <translation>ابھی کوئی ڈیک نہیں جس پر ماڈل بنایا جا سکے۔</translation>
        </message>
        <message>
            <source>Fitting failed: %1</source>
            <translation>ماڈل نہیں بن سکا: %1</translation>
        </message>
    </context>
    <context>
        <name>StatsWords</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln منٹ</numerusform>
                <numerusform>%Ln منٹ</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 گھنٹے %2 منٹ</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>month name, year</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>%1 سے زیادہ</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>%1 سے کم</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 سے %2 تک</translation>
        </message>
    </context>
    <context>
        <name>StudyPage</name>
        <message>
            <source>Again</source>
            <translation>دوبارہ</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>مشکل</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>ٹھیک</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>آسان</translation>
        </message>
        <message>
            <source>English</source>
            <translation>انگریزی</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>اردو</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>نیپالی</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>انڈونیشیائی</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>ویتنامی</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>تگالوگ</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>برمی</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>جاپانی</translation>
        </message>
        <message>
            <source>Cards left today</source>
            <translation>آج کے باقی کارڈ</translation>
        </message>
        <message>
            <source>More (M)</source>
            <translation>مزید (M)</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>مزید کام</translation>
        </message>
        <message>
            <source>Edit the note (E)</source>
            <translation>نوٹ میں ترمیم کریں (E)</translation>
        </message>
        <message>
            <source>Reset card (make it new again)</source>
            <translation>کارڈ دوبارہ نیا بنائیں</translation>
        </message>
        <message>
            <source>Set due date…</source>
            <translation>اگلی تاریخ مقرر کریں…</translation>
        </message>
        <message>
            <source>Bury until tomorrow (-)</source>
            <translation>کل تک چھپائیں (-)</translation>
        </message>
        <message>
            <source>Suspend (!)</source>
            <translation>معطل کریں (!)</translation>
        </message>
        <message>
            <source>No flag (Ctrl+0)</source>
            <translation>کوئی جھنڈا نہیں (Ctrl+0)</translation>
        </message>
        <message>
            <source>Reviewed today</source>
            <translation>آج دہرائے گئے</translation>
        </message>
        <message>
            <source>Time on this card</source>
            <translation>اس کارڈ پر وقت</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>سوال</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>لفظ</translation>
        </message>
        <message>
            <source>Example sentence</source>
            <translation>مثالی جملہ</translation>
        </message>
        <message>
            <source>Example sentence in romaji</source>
            <translation>مثالی جملہ رومانجی میں</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>جواب دکھائیں (Space)</translation>
        </message>
        <message>
            <source>Back to the decks</source>
            <translation>ڈیکوں پر واپس</translation>
        </message>
        <message>
            <source>No {language} meaning yet: showing English.</source>
            <translation>ابھی {language} میں معنی موجود نہیں: انگریزی دکھائی جا رہی ہے۔</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>تمام ڈیک</translation>
        </message>
        <message>
            <source>New {new} · Learning {learn} · Due {due}</source>
            <translation>نئے {new} · سیکھنے میں {learn} · دہرائی {due}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviewed today</source>
            <translation>
                <numerusform>آج %Ln کارڈ دہرایا</numerusform>
                <numerusform>آج %Ln کارڈ دہرائے</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done! Nothing more is due here today.
Come back tomorrow, or study another deck.</source>
            <translation>شاباش! آج یہاں مزید کچھ باقی نہیں۔
کل دوبارہ آئیں، یا کوئی اور ڈیک پڑھیں۔</translation>
        </message>
        <message>
            <source>How do you say this in Japanese?</source>
            <translation>اسے جاپانی میں کیسے کہتے ہیں؟</translation>
        </message>
        <message>
            <source>Listen. What does it mean?</source>
            <translation>سنیں۔ اس کا کیا مطلب ہے؟</translation>
        </message>
        <message>
            <source>What is the reading?</source>
            <translation>اسے کیسے پڑھتے ہیں؟</translation>
        </message>
        <message>
            <source>What does this mean?</source>
            <translation>اس کا مطلب کیا ہے؟</translation>
        </message>
        <message>
            <source>{time} on this card</source>
            <translation>اس کارڈ پر {time}</translation>
        </message>
        <message>
            <source>Right! {reading}. Press 3 (Good) or Space.</source>
            <translation>درست! {reading}۔ 3 (ٹھیک) یا Space دبائیں۔</translation>
        </message>
        <message>
            <source>Katakana is needed here: {reading}. Press 1 (Again).</source>
            <translation>یہاں کاتاکانا چاہیے: {reading}۔ 1 (دوبارہ) دبائیں۔</translation>
        </message>
        <message>
            <source>Not quite: you typed {typed}; the reading is {reading}. Press 1 (Again).</source>
            <translation>بالکل درست نہیں: آپ نے {typed} لکھا؛ تلفظ {reading} ہے۔ 1 (دوبارہ) دبائیں۔</translation>
        </message>
        <message>
            <source>Notes are shared by the whole class, so editing one needs the class server; try again when it is back.</source>
            <translation>نوٹ پوری کلاس کے مشترکہ ہیں، اس لیے نوٹ میں ترمیم کے لیے کلاس کا سرور چاہیے؛ سرور واپس آنے پر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <source>Set due date</source>
            <translation>اگلی تاریخ</translation>
        </message>
        <message>
            <source>Show this card again in how many days? (0 = today)</source>
            <translation>یہ کارڈ کتنے دن بعد دوبارہ دکھایا جائے؟ (0 = آج)</translation>
        </message>
    </context>
    <context>
        <name>SuspendButton</name>
        <message>
            <source>&amp;Unsuspend</source>
            <translation>معطلی ختم کریں (&amp;U)</translation>
        </message>
        <message>
            <source>S&amp;uspend</source>
            <translation>معطل کریں (&amp;U)</translation>
        </message>
        <message>
            <source>Unsuspend all your cards of the selected notes, so study offers them again (%1)</source>
            <translation>منتخب نوٹس کے آپ کے تمام کارڈز کی معطلی ختم کریں، تاکہ مطالعے میں یہ دوبارہ آئیں (%1)</translation>
        </message>
        <message>
            <source>Suspend all your cards of the selected notes: study does not show them until you unsuspend them (%1)</source>
            <translation>منتخب نوٹس کے آپ کے تمام کارڈ معطل کریں: جب تک آپ ان کی معطلی ختم نہ کریں، مطالعے میں یہ نہیں آئیں گے (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Unsuspended %Ln note(s): study offers their cards again.</source>
            <translation>
                <numerusform>%Ln نوٹ کی معطلی ختم ہو گئی: ان کے کارڈ مطالعے میں دوبارہ آئیں گے۔</numerusform>
                <numerusform>%Ln نوٹس کی معطلی ختم ہو گئی: ان کے کارڈ مطالعے میں دوبارہ آئیں گے۔</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suspended %Ln note(s): study will not show their cards until you unsuspend them.</source>
            <translation>
                <numerusform>%Ln نوٹ معطل ہو گیا: جب تک آپ معطلی ختم نہ کریں، اس کے کارڈ مطالعے میں نہیں آئیں گے۔</numerusform>
                <numerusform>%Ln نوٹس معطل ہو گئے: جب تک آپ معطلی ختم نہ کریں، ان کے کارڈ مطالعے میں نہیں آئیں گے۔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tag notes</source>
            <translation>نوٹس پر ٹیگ</translation>
        </message>
        <message numerus="yes">
            <source>A tag for %Ln note(s):</source>
            <translation>
                <numerusform>%Ln نوٹس کے لیے ٹیگ:</numerusform>
                <numerusform>%Ln نوٹس کے لیے ٹیگ:</numerusform>
            </translation>
        </message>
        <message>
            <source>one word, e.g. lesson-3</source>
            <translation>ایک لفظ، مثلاً lesson-3</translation>
        </message>
        <message>
            <source>&amp;Add tag</source>
            <translation>ٹیگ لگائیں (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove tag</source>
            <translation>ٹیگ ہٹائیں (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>بہت زیادہ غلط کوششیں۔ براہِ کرم {n} منٹ انتظار کریں، یا اپنے استاد سے پوچھیں۔</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>بہت زیادہ غلط کوششیں۔ براہِ کرم {n} سیکنڈ انتظار کریں، یا اپنے استاد سے پوچھیں۔</translation>
        </message>
    </context>
</TS>
