<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About jpprep</source>
            <translation>jpprep बारे</translation>
        </message>
        <message>
            <source>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;Offline study for the JLPT, the JFT-Basic and the Specified Skilled Worker (特定技能) sector tests: spaced-repetition decks, mock exams, and furigana made on this computer. Your progress stays on this computer (or your centre's server).&lt;/p&gt;&lt;p&gt;JLPT levels of the shipped words are approximate: no official list exists.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;JLPT, JFT-Basic र विशिष्ट सीपयुक्त कामदार (特定技能) क्षेत्रगत परीक्षाको अफलाइन तयारी: अन्तरालमा दोहोर्‍याउने डेकहरू, नमुना परीक्षाहरू, र यही कम्प्युटरमा बनाइएको फुरिगाना। तपाईंको प्रगति यही कम्प्युटर (वा तपाईंको केन्द्रको सर्भर) मा रहन्छ।&lt;/p&gt;&lt;p&gt;समावेश शब्दहरूको JLPT तह अनुमानित हो: कुनै आधिकारिक सूची छैन।&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>परिचय</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>स्रोतहरू</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बन्द गर्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>AddNoteDialog</name>
        <message>
            <source>Add a note</source>
            <translation>नोट थप्नुहोस्</translation>
        </message>
        <message>
            <source>empty: generated</source>
            <translation>खाली: आफैँ बनाइन्छ</translation>
        </message>
        <message>
            <source>&amp;Deck:</source>
            <translation>डेक (&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Japanese:</source>
            <translation>जापानी (&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>पढाइ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>अर्थ, अङ्ग्रेजी (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>ट्यागहरू (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>तह (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>थप्नुहोस् (&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign</source>
            <translation>तोक्नुहोस्</translation>
        </message>
        <message>
            <source>Deck or mock exam</source>
            <translation>डेक वा नमुना परीक्षा</translation>
        </message>
        <message>
            <source>Deck: {name}</source>
            <translation>डेक: {name}</translation>
        </message>
        <message>
            <source>Mock exam: {name}</source>
            <translation>नमुना परीक्षा: {name}</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>प्रश्नपत्र</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>विद्यार्थी</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>पूरा कक्षा</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>अन्तिम मिति</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>के (&amp;W):</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>प्रश्नपत्र (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>कसलाई (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>अन्तिम मिति (&amp;D):</translation>
        </message>
        <message>
            <source>Random (any mock of this exam counts)</source>
            <translation>स्वतः छानिएका (यस परीक्षाको जुनसुकै नमुना परीक्षा गनिन्छ)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 प्रश्न)</translation>
        </message>
    </context>
    <context>
        <name>AudioButton</name>
        <message>
            <source>▶ Play (R)</source>
            <translation>▶ बजाउनुहोस् (R)</translation>
        </message>
        <message>
            <source>Play the audio</source>
            <translation>अडियो बजाउनुहोस्</translation>
        </message>
    </context>
    <context>
        <name>BankWords</name>
        <message>
            <source>The bank's “id” must be a short name made of letters, digits, '-', '_' or '.'.</source>
            <translation>बैंकको “id” अक्षर, अङ्क, '-', '_' वा '.' ले बनेको छोटो नाम हुनुपर्छ।</translation>
        </message>
        <message>
            <source>“{field}” must be the name of a file.</source>
            <translation>“{field}” कुनै फाइलको नाम हुनुपर्छ।</translation>
        </message>
        <message>
            <source>The file {name} must be inside the bank's folder.</source>
            <translation>फाइल {name} बैंकको फोल्डरभित्र हुनुपर्छ।</translation>
        </message>
        <message>
            <source>The file {name} does not exist. Put it at {path}, or correct the name.</source>
            <translation>फाइल {name} छैन। यसलाई {path} मा राख्नुहोस्, वा नाम सच्याउनुहोस्।</translation>
        </message>
        <message>
            <source>Passage number {position} has no “id”.</source>
            <translation>अनुच्छेद नम्बर {position} मा “id” छैन।</translation>
        </message>
        <message>
            <source>The passage id {passage} is used twice.</source>
            <translation>अनुच्छेदको id {passage} दुई पटक प्रयोग भएको छ।</translation>
        </message>
        <message>
            <source>Passage {passage}: “kind” must be text, notice or table.</source>
            <translation>अनुच्छेद {passage}: “kind” text, notice वा table हुनुपर्छ।</translation>
        </message>
        <message>
            <source>Passage {passage} is a table but has no “rows”.</source>
            <translation>अनुच्छेद {passage} तालिका हो तर यसमा “rows” छैन।</translation>
        </message>
        <message>
            <source>Passage {passage} has no text, rows or image.</source>
            <translation>अनुच्छेद {passage} मा न पाठ छ, न पङ्क्ति, न चित्र।</translation>
        </message>
        <message>
            <source>The bank has no questions: “items” must be a list that is not empty.</source>
            <translation>बैंकमा कुनै प्रश्न छैन: “items” खाली नभएको सूची हुनुपर्छ।</translation>
        </message>
        <message>
            <source>Entry number {position} of “items” is not a question written in braces { }.</source>
            <translation>“items” को प्रविष्टि नम्बर {position} { } भित्र लेखिएको प्रश्न होइन।</translation>
        </message>
        <message>
            <source>Question number {position} has no valid “id”.</source>
            <translation>प्रश्न नम्बर {position} मा मान्य “id” छैन।</translation>
        </message>
        <message>
            <source>This question id is used twice. Give every question its own id.</source>
            <translation>यो प्रश्न id दुई पटक प्रयोग भएको छ। हरेक प्रश्नलाई आफ्नै छुट्टै id दिनुहोस्।</translation>
        </message>
        <message>
            <source>The question id {item} is in two banks ({first} and {second}). Give questions ids that are unique across banks.</source>
            <translation>प्रश्न id {item} दुई बैंकमा ({first} र {second}) छ। प्रश्नहरूलाई सबै बैंकमा नदोहोरिने id दिनुहोस्।</translation>
        </message>
        <message>
            <source>{type} is not a question type. See the list of types in docs/item-bank-format.md.</source>
            <translation>{type} प्रश्नको कुनै प्रकार होइन। प्रकारहरूको सूची docs/item-bank-format.md मा हेर्नुहोस्।</translation>
        </message>
        <message>
            <source>“{field}” is not a field of a question. See docs/item-bank-format.md.</source>
            <translation>“{field}” प्रश्नको कुनै फिल्ड होइन। docs/item-bank-format.md हेर्नुहोस्।</translation>
        </message>
        <message>
            <source>“{field}” must be text.</source>
            <translation>“{field}” पाठ हुनुपर्छ।</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '[[' and ']]' do not pair up.</source>
            <translation>“{field}” को मार्कअप बिग्रेको छ: '[[' र ']]' को जोडी मिलेको छैन।</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '《' and '》' do not pair up.</source>
            <translation>“{field}” को मार्कअप बिग्रेको छ: '《' र '》' को जोडी मिलेको छैन।</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: a reading 《…》 must follow kanji, or mark its base with ｜.</source>
            <translation>“{field}” को मार्कअप बिग्रेको छ: 《…》 को उच्चारण कान्जीपछि आउनुपर्छ, वा त्यसको आधार शब्दलाई ｜ ले चिन्ह लगाउनुहोस्।</translation>
        </message>
        <message>
            <source>“choices” must be a list.</source>
            <translation>“choices” सूची हुनुपर्छ।</translation>
        </message>
        <message>
            <source>Each choice must be text or {"text", "image"}.</source>
            <translation>हरेक विकल्प पाठ वा {"text", "image"} हुनुपर्छ।</translation>
        </message>
        <message>
            <source>Two choices are the same ({choice}): the question would have two right answers or give the answer away.</source>
            <translation>दुईवटा विकल्प उस्तै छन् ({choice}): यसो हुँदा प्रश्नका दुईवटा सही उत्तर हुन्छन् वा उत्तर पहिल्यै थाहा हुन्छ।</translation>
        </message>
        <message>
            <source>A ★ (sentence composition) question needs exactly four pieces; this one has {count}.</source>
            <translation>★ (वाक्य रचना) प्रश्नमा ठ्याक्कै चारवटा टुक्रा चाहिन्छ; यसमा {count} वटा छन्।</translation>
        </message>
        <message>
            <source>“order” must list the piece numbers 1 to 4 in their right order, each once.</source>
            <translation>“order” मा टुक्राका नम्बर १ देखि ४ सम्म सही क्रममा हुनुपर्छ, प्रत्येक एक पटक।</translation>
        </message>
        <message>
            <source>“star” must be the ★ slot, 1 to 4.</source>
            <translation>“star” ★ भएको ठाउँको नम्बर हुनुपर्छ, १ देखि ४ सम्म।</translation>
        </message>
        <message>
            <source>A ★ question takes “order” and “star”, not “answer” (the answer is the piece in the ★ slot).</source>
            <translation>★ प्रश्नमा “answer” होइन, “order” र “star” लेखिन्छ (उत्तर ★ को ठाउँमा पर्ने टुक्रा हो)।</translation>
        </message>
        <message>
            <source>A question needs 2 to 4 choices; this one has {count}.</source>
            <translation>प्रश्नमा २ देखि ४ वटा विकल्प चाहिन्छ; यसमा {count} वटा छन्।</translation>
        </message>
        <message>
            <source>This question has {count} right answers; exactly one is allowed.</source>
            <translation>यो प्रश्नका {count} वटा सही उत्तर छन्; एउटा मात्र हुन सक्छ।</translation>
        </message>
        <message>
            <source>This question has no right answer. Add “answer”: the number of the right choice (1 to 4).</source>
            <translation>यो प्रश्नको सही उत्तर छैन। “answer” थप्नुहोस्: सही विकल्पको नम्बर (१ देखि ४)।</translation>
        </message>
        <message>
            <source>“answer” must be the number of a choice, from 1 to {max}.</source>
            <translation>“answer” कुनै विकल्पको नम्बर हुनुपर्छ, १ देखि {max} सम्म।</translation>
        </message>
        <message>
            <source>There is no passage {passage}.</source>
            <translation>अनुच्छेद {passage} छैन।</translation>
        </message>
        <message>
            <source>A {type} question needs a “passage”.</source>
            <translation>{type} प्रश्नका लागि “passage” चाहिन्छ।</translation>
        </message>
        <message>
            <source>Each line of “script” must be {"speaker", "text"}.</source>
            <translation>“script” को हरेक लाइन {"speaker", "text"} हुनुपर्छ।</translation>
        </message>
        <message>
            <source>A listening question needs “audio” (a file) or “script” (what is said).</source>
            <translation>सुन्ने प्रश्नका लागि “audio” (फाइल) वा “script” (के बोलिन्छ) चाहिन्छ।</translation>
        </message>
        <message>
            <source>A question that is only heard needs “audio” or “script”.</source>
            <translation>सुनाइने मात्र प्रश्नका लागि “audio” वा “script” चाहिन्छ।</translation>
        </message>
        <message>
            <source>A {type} question needs an “image” (the photo or drawing).</source>
            <translation>{type} प्रश्नका लागि “image” (फोटो वा चित्र) चाहिन्छ।</translation>
        </message>
        <message>
            <source>Mark the tested word with [[…]] in “stem”.</source>
            <translation>“stem” मा जाँचिने शब्दलाई [[…]] ले चिन्ह लगाउनुहोस्।</translation>
        </message>
        <message>
            <source>The tested word must not carry furigana (it would give the answer away).</source>
            <translation>जाँचिने शब्दमा फुरिगाना हुनु हुँदैन (यसले उत्तर देखाइदिन्छ)।</translation>
        </message>
        <message>
            <source>This question has no “stem” or “question”.</source>
            <translation>यो प्रश्नमा न “stem” छ न “question”।</translation>
        </message>
        <message>
            <source>“furigana” must be "on" or "off" (or left out to follow the exam).</source>
            <translation>“furigana” "on" वा "off" हुनुपर्छ (वा परीक्षाकै नियम पालना गर्न यसलाई नलेख्नुहोस्)।</translation>
        </message>
        <message>
            <source>Form number {position} needs an “id” and “sections” (for each section, its list of question ids).</source>
            <translation>प्रश्नपत्र नम्बर {position} मा “id” र “sections” (हरेक खण्डका प्रश्न id हरूको सूची) चाहिन्छ।</translation>
        </message>
        <message>
            <source>Form {form}, section {section}: there is no question {missing}.</source>
            <translation>प्रश्नपत्र {form}, खण्ड {section}: प्रश्न {missing} छैन।</translation>
        </message>
        <message>
            <source>The form {form} is for {form_exam}, not for {exam}.</source>
            <translation>प्रश्नपत्र {form} {form_exam} का लागि हो, {exam} का लागि होइन।</translation>
        </message>
        <message>
            <source>The form {form} has the sections {sections}, which {exam} does not have (it has {known}).</source>
            <translation>प्रश्नपत्र {form} मा {sections} खण्ड छन्, जुन {exam} मा छैनन् (यसका खण्ड {known} हुन्)।</translation>
        </message>
        <message>
            <source>The form {form} has no questions for the section {section}.</source>
            <translation>प्रश्नपत्र {form} मा खण्ड {section} का लागि कुनै प्रश्न छैन।</translation>
        </message>
        <message>
            <source>The form {form}, section {section}, does not match {exam}: {counts}. A fixed form is a full mock exam: give each section exactly the questions of the exam, or leave the form out and let jpprep make one from the bank.</source>
            <translation>प्रश्नपत्र {form} को खण्ड {section} {exam} सँग मिल्दैन: {counts}। निश्चित प्रश्नपत्र पूरा नमुना परीक्षा हो: हरेक खण्डमा परीक्षामा जति र जस्ता प्रश्न हुन्छन् ठ्याक्कै त्यति दिनुहोस्, वा प्रश्नपत्र हटाएर jpprep लाई बैंकबाट एउटा बनाउन दिनुहोस्।</translation>
        </message>
        <message>
            <source>No question bank has a form named {form}.</source>
            <translation>कुनै पनि प्रश्न बैंकमा {form} नामको प्रश्नपत्र छैन।</translation>
        </message>
        <message>
            <source>{type} on {topic}: {have} instead of {want}</source>
            <translation>{type} ({topic} मा): {want} को सट्टा {have}</translation>
        </message>
        <message>
            <source>{type}: {have} instead of {want}</source>
            <translation>{type}: {want} को सट्टा {have}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>लाइन {line}</translation>
        </message>
        <message>
            <source>question {item}</source>
            <translation>प्रश्न {item}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>फिल्ड {field}</translation>
        </message>
        <message>
            <source>This question bank was not loaded because of this problem:</source>
            <translation>यो समस्याका कारण यो प्रश्न बैंक लोड भएन:</translation>
        </message>
        <message numerus="yes">
            <source>This question bank has %Ln problem(s), so it was not loaded. The first:</source>
            <translation>
                <numerusform>यो प्रश्न बैंकमा %Ln समस्या छ, त्यसैले यो लोड भएन। पहिलो समस्या:</numerusform>
                <numerusform>यो प्रश्न बैंकमा %Ln वटा समस्या छन्, त्यसैले यो लोड भएन। पहिलो समस्या:</numerusform>
            </translation>
        </message>
        <message>
            <source>A teacher can list them all with “jpprep exam check”.</source>
            <translation>शिक्षकले “jpprep exam check” ले सबै समस्याको सूची हेर्न सक्नुहुन्छ।</translation>
        </message>
    </context>
    <context>
        <name>BlueprintNotes</name>
        <message>
            <source>Real JLPT scores are scaled with Item Response Theory (equated across sessions); a mock can only give a linear estimate from raw answers.</source>
            <translation>वास्तविक JLPT अङ्क Item Response Theory द्वारा स्केल गरिन्छन् (हरेक परीक्षाबीच बराबर मिलाइन्छ); नमुना परीक्षाले सही उत्तरको सङ्ख्याबाट सीधा अनुमान मात्र दिन सक्छ।</translation>
        </message>
        <message>
            <source>JFT-Basic reports a scaled score (10-250) from a calibrated item pool; 200 or more is A2, the SSW (i) requirement. A mock can only give a linear estimate.</source>
            <translation>JFT-Basic ले मापन गरिएको प्रश्न भण्डारबाट स्केल गरिएको अङ्क (१०-२५०) दिन्छ; २०० वा बढी A2 हो, जुन SSW (i) को सर्त हो। नमुना परीक्षाले सीधा अनुमान मात्र दिन सक्छ।</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate.</source>
            <translation>उत्तीर्ण अङ्क कुल अङ्कको एउटा भाग हो; आयोजकले कठिनाइ हेरेर यसलाई मिलाउन सक्छ। नमुना परीक्षाले अनुमान दिन्छ।</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate. One source reports 73% from April 2025 [verify].</source>
            <translation>उत्तीर्ण अङ्क कुल अङ्कको एउटा भाग हो; आयोजकले कठिनाइ हेरेर यसलाई मिलाउन सक्छ। नमुना परीक्षाले अनुमान दिन्छ। एउटा स्रोतअनुसार अप्रिल २०२५ देखि यो ७३% छ [पुष्टि बाँकी]।</translation>
        </message>
        <message>
            <source>Exact day in August 2026 when the A1/A2.1 bands started: the notice says 'from August 2026' (1 August used here).</source>
            <translation>अगस्ट २०२६ मा A1/A2.1 स्तर कुन दिनदेखि सुरु भए: सूचनामा 'अगस्ट २०२६ देखि' मात्र लेखिएको छ (यहाँ १ अगस्ट मानिएको छ)।</translation>
        </message>
        <message>
            <source>Per-section item counts (about 12-15 each).</source>
            <translation>हरेक खण्डको प्रश्न सङ्ख्या (प्रत्येकमा लगभग १२-१५)।</translation>
        </message>
        <message>
            <source>統合理解 (reading) is 3 in the guidebook-cited note, 2 in other mock specs: 2 used here.</source>
            <translation>統合理解 (पढाइ) गाइडबुक उद्धृत टिप्पणीमा ३ छ, अरू नमुना विवरणमा २: यहाँ २ लिइएको छ।</translation>
        </message>
        <message>
            <source>語形成 count: 5 per guidebook, some recent forms 3.</source>
            <translation>語形成 को सङ्ख्या: गाइडबुकअनुसार ५, केही हालका प्रश्नपत्रमा ३।</translation>
        </message>
        <message>
            <source>N3 listening counts 6/6/3/4/9 and reading counts are from secondary sources.</source>
            <translation>N3 सुनाइका प्रश्न सङ्ख्या ६/६/३/४/९ र पढाइका सङ्ख्या द्वितीय स्रोतबाट लिइएका हुन्।</translation>
        </message>
        <message>
            <source>Post-2020 N4 item counts (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) are from secondary sources: check against jlpt.jp 試験科目と試験時間.</source>
            <translation>२०२० पछिका N4 प्रश्न सङ्ख्या (७/५/८/४/४ | १३/४/४ | ३/३/२ | ८/७/५/८) द्वितीय स्रोतबाट हुन्: jlpt.jp को 試験科目と試験時間 सँग भिडाएर हेर्नुहोस्।</translation>
        </message>
        <message>
            <source>Item counts are JLPT's approximate counts (小問数の目安); a given test may differ slightly.</source>
            <translation>प्रश्न सङ्ख्या JLPT को अनुमानित सङ्ख्या (小問数の目安) हो; कुनै परीक्षामा अलिकति फरक हुन सक्छ।</translation>
        </message>
        <message>
            <source>Pass mark 65% of total (source truncated).</source>
            <translation>उत्तीर्ण अङ्क कुलको ६५% (स्रोत अपूर्ण छ)।</translation>
        </message>
        <message>
            <source>Split between 学科, 実技 and listening (this mock: 40/24/6).</source>
            <translation>学科, 実技 र सुनाइबीचको बाँडफाँड (यो नमुना परीक्षामा: ४०/२४/६)।</translation>
        </message>
        <message>
            <source>Whether furigana is printed.</source>
            <translation>फुरिगाना छापिन्छ कि छापिँदैन।</translation>
        </message>
        <message>
            <source>Pass mark: 60% historically; 73% from April 2025 per one source.</source>
            <translation>उत्तीर्ण अङ्क: पहिले ६०%; एउटा स्रोतअनुसार अप्रिल २०२५ देखि ७३%।</translation>
        </message>
        <message>
            <source>Whether the Japanese-language version prints furigana.</source>
            <translation>जापानी भाषाको संस्करणमा फुरिगाना छापिन्छ कि छापिँदैन।</translation>
        </message>
        <message>
            <source>実技 pass mark (per JAC); the split between ○× and multiple-choice items; the final CBT question counts.</source>
            <translation>実技 को उत्तीर्ण अङ्क (JAC अनुसार); ○× र बहुविकल्पीय प्रश्नबीचको बाँडफाँड; CBT का अन्तिम प्रश्न सङ्ख्या।</translation>
        </message>
        <message>
            <source>How the 200 points split between 学科 and 実技 items (equal weight per item used here).</source>
            <translation>२०० अङ्क 学科 र 実技 का प्रश्नबीच कसरी बाँडिन्छ (यहाँ हरेक प्रश्नलाई बराबर भार दिइएको छ)।</translation>
        </message>
        <message>
            <source>Question counts of the current CBT (this mock: 30 + 20).</source>
            <translation>हालको CBT का प्रश्न सङ्ख्या (यो नमुना परीक्षामा: ३० + २०)।</translation>
        </message>
    </context>
    <context>
        <name>BrowserPage</name>
        <message>
            <source>Browse decks</source>
            <translation>डेकहरू हेर्नुहोस्</translation>
        </message>
        <message>
            <source>Search Japanese, reading, romaji or meaning</source>
            <translation>जापानी, पढाइ, रोमाजी वा अर्थ खोज्नुहोस्</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>ट्याग</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>सबै तह</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>जुनसुकै अवस्था</translation>
        </message>
        <message>
            <source>New</source>
            <translation>नयाँ</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>सिक्दै</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>दोहोर्याइ</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>रोकिएका</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>पछि सारिएका</translation>
        </message>
        <message>
            <source>Notes with a card in this state for you</source>
            <translation>तपाईंका लागि यस अवस्थामा कार्ड भएका नोटहरू</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>जापानी</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>पढाइ</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>अर्थ</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>ट्यागहरू</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>तह</translation>
        </message>
        <message>
            <source>Deck</source>
            <translation>डेक</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>थपिएको</translation>
        </message>
        <message>
            <source>Sort by date added (newest first)</source>
            <translation>थपिएको मितिअनुसार मिलाउनुहोस् (नयाँ पहिले)</translation>
        </message>
        <message>
            <source>Click a column title to sort; right-click to sort by the date added</source>
            <translation>मिलाउन स्तम्भको शीर्षकमा क्लिक गर्नुहोस्; थपिएको मितिअनुसार मिलाउन दायाँ क्लिक गर्नुहोस्</translation>
        </message>
        <message>
            <source>Reading corrections</source>
            <translation>पढाइ सुधार</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>सबै डेकहरू</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>सबै क्षेत्र</translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln नोट</numerusform>
                <numerusform>%Ln नोटहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2 notes</source>
            <translation>%2 मध्ये %1 नोट देखाइँदै</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</source>
            <translation>
                <numerusform>%Ln नोट छानिएका छन्: माथिका बटनहरूले तिनलाई मेटाउनुहोस्, सार्नुहोस्, ट्याग लगाउनुहोस्, स्थगित गर्नुहोस् वा स्थगन हटाउनुहोस्।</numerusform>
                <numerusform>%Ln नोट छानिएका छन्: माथिका बटनहरूले तिनलाई मेटाउनुहोस्, सार्नुहोस्, ट्याग लगाउनुहोस्, स्थगित गर्नुहोस् वा स्थगन हटाउनुहोस्।</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>सुरक्षित भयो।</translation>
        </message>
    </context>
    <context>
        <name>CbtRunner</name>
        <message>
            <source>◀ Back</source>
            <translation>◀ पछाडि</translation>
        </message>
        <message>
            <source>⚑ Flag (F)</source>
            <translation>⚑ चिनो लगाउनुहोस् (F)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>अर्को ▶</translation>
        </message>
        <message>
            <source>Instructions / Your language (I)</source>
            <translation>निर्देशन / तपाईंको भाषा (I)</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>खण्ड समाप्त गर्नुहोस् (E)</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>%2 मध्ये प्रश्न %1</translation>
        </message>
        <message>
            <source>⚑ Unflag (F)</source>
            <translation>⚑ चिनो हटाउनुहोस् (F)</translation>
        </message>
        <message>
            <source>Time remaining %1</source>
            <translation>बाँकी समय %1</translation>
        </message>
        <message>
            <source>Choose the best answer for each question with the keys 1-4 or the mouse. Back and Next move between the questions of this section; the palette on the left shows which questions are answered (grey), not answered (white) and flagged for review (orange). Flag (F) marks a question to check later. Finish section (E) closes the section: you cannot go back to it. The time shown is for the whole test. Listening questions have a Play button.</source>
            <translation>हरेक प्रश्नको सबैभन्दा राम्रो उत्तर 1-4 कुञ्जी वा माउसले छान्नुहोस्। पछाडि र अर्को ले यस खण्डका प्रश्नहरूबीच सार्छन्; बायाँको सूचीले कुन प्रश्नको उत्तर दिइयो (खैरो), कुनको दिइएन (सेतो) र कुनमा पुनरावलोकन चिनो छ (सुन्तला) देखाउँछ। चिनो (F) ले प्रश्नलाई पछि जाँच्न चिनो लगाउँछ। खण्ड समाप्त (E) ले खण्ड बन्द गर्छ: तपाईं त्यसमा फर्कन सक्नुहुन्न। देखाइएको समय पूरा परीक्षाको हो। सुन्ने प्रश्नहरूमा बजाउने बटन हुन्छ।</translation>
        </message>
    </context>
    <context>
        <name>ClassroomPage</name>
        <message>
            <source>Students</source>
            <translation>विद्यार्थीहरू</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>तोक्नुहोस्… (&amp;A)</translation>
        </message>
        <message>
            <source>Class report &amp;CSV…</source>
            <translation>कक्षा रिपोर्ट CSV… (&amp;C)</translation>
        </message>
        <message>
            <source>Class report &amp;PDF…</source>
            <translation>कक्षा रिपोर्ट PDF… (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Student report PDF…</source>
            <translation>विद्यार्थी रिपोर्ट PDF… (&amp;S)</translation>
        </message>
        <message>
            <source>Assignments:</source>
            <translation>तोकिएका काम:</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>तोकिएका काम</translation>
        </message>
        <message>
            <source>&amp;Remove assignment</source>
            <translation>काम हटाउनुहोस् (&amp;R)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s); last 30 days.</source>
            <translation>
                <numerusform>%Ln विद्यार्थी; पछिल्ला ३० दिन।</numerusform>
                <numerusform>%Ln विद्यार्थीहरू; पछिल्ला ३० दिन।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln at risk.</source>
            <translation>
                <numerusform>%Ln जोखिममा।</numerusform>
                <numerusform>%Ln जोखिममा।</numerusform>
            </translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>जोखिममा</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>ठीक बाटोमा</translation>
        </message>
        <message>
            <source>whole class</source>
            <translation>पूरा कक्षा</translation>
        </message>
        <message>
            <source>{title} for {who}, due {date}</source>
            <translation>{who} का लागि {title}, अन्तिम मिति {date}</translation>
        </message>
        <message>
            <source>behind for {exam} on {date}: {left} cards still new, {needed} a day needed</source>
            <translation>{date} को {exam} का लागि पछाडि: {left} कार्ड अझै नयाँ, दिनमा {needed} चाहिन्छ</translation>
        </message>
        <message>
            <source>latest {exam} mock not passed ({percent}%)</source>
            <translation>पछिल्लो {exam} नमुना परीक्षा उत्तीर्ण भएन ({percent}%)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue assignment(s): {titles}</source>
            <translation>
                <numerusform>%Ln कार्यको म्याद नाघ्यो: {titles}</numerusform>
                <numerusform>%Ln कार्यहरूको म्याद नाघ्यो: {titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no study in the last %Ln day(s)</source>
            <translation>
                <numerusform>पछिल्लो %Ln दिनमा कुनै अध्ययन छैन</numerusform>
                <numerusform>पछिल्ला %Ln दिनमा कुनै अध्ययन छैन</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{name} is at risk: {why}</source>
            <translation>{name} जोखिममा छ: {why}</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>तोक्नुहोस्</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>रिपोर्ट</translation>
        </message>
        <message>
            <source>Choose a student in the table first.</source>
            <translation>पहिले तालिकाबाट एक विद्यार्थी छान्नुहोस्।</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF फाइलहरू (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV फाइलहरू (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>रिपोर्ट सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <source>Could not save the report: {error}</source>
            <translation>रिपोर्ट सुरक्षित गर्न सकिएन: {error}</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>विद्यार्थी</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>मिनेट</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>उत्तरहरू</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>सम्झना</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>तोकिएको</translation>
        </message>
        <message>
            <source>Latest mock</source>
            <translation>पछिल्लो नमुना परीक्षा</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>प्रवृत्ति</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>अवस्था</translation>
        </message>
    </context>
    <context>
        <name>DeckDeleter</name>
        <message>
            <source>Delete the deck “%1”?</source>
            <translation>डेक “%1” मेटाउने?</translation>
        </message>
        <message>
            <source>Deleted with it:</source>
            <translation>यससँगै यी पनि मेटिन्छन्:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sub-deck(s)</source>
            <translation>
                <numerusform>%Ln उप-डेक</numerusform>
                <numerusform>%Ln उप-डेकहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln नोट</numerusform>
                <numerusform>%Ln नोटहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln कार्ड</numerusform>
                <numerusform>%Ln कार्डहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sound or picture file(s)</source>
            <translation>
                <numerusform>%Ln ध्वनि वा चित्र फाइल</numerusform>
                <numerusform>%Ln ध्वनि वा चित्र फाइलहरू</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s): the study history of these cards</source>
            <translation>
                <numerusform>%Ln उत्तर: यी कार्डहरूको अध्ययन इतिहास</numerusform>
                <numerusform>%Ln उत्तरहरू: यी कार्डहरूको अध्ययन इतिहास</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the progress of %Ln learner(s) on them</source>
            <translation>
                <numerusform>यिनमा %Ln विद्यार्थीको प्रगति</numerusform>
                <numerusform>यिनमा %Ln विद्यार्थीहरूको प्रगति</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>including %Ln card(s) of these notes in other decks</source>
            <translation>
                <numerusform>यसमा अरू डेकमा रहेको यी नोटहरूको %Ln कार्ड पनि पर्छ</numerusform>
                <numerusform>यसमा अरू डेकमा रहेका यी नोटहरूका %Ln कार्डहरू पनि पर्छन्</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not deleted: %Ln card(s) of notes from other decks will go back to their own deck, with their progress:</source>
            <translation>
                <numerusform>मेटिँदैन: अर्को डेकको नोटको %Ln कार्ड आफ्नो प्रगतिसहित आफ्नै डेकमा फर्कन्छ:</numerusform>
                <numerusform>मेटिँदैनन्: अरू डेकका नोटहरूका %Ln कार्डहरू आफ्नो प्रगतिसहित आफ्नै डेकमा फर्कन्छन्:</numerusform>
            </translation>
        </message>
        <message>
            <source>It comes with jpprep: it is not loaded again when jpprep starts.</source>
            <translation>यो डेक jpprep सँगै आउँछ: jpprep फेरि खोल्दा यो फेरि लोड हुँदैन।</translation>
        </message>
        <message>
            <source>This cannot be undone. To keep its notes, export the deck first.</source>
            <translation>यो फिर्ता गर्न सकिँदैन। यसका नोटहरू राख्न पहिले डेक निर्यात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Delete deck</source>
            <translation>डेक मेटाउनुहोस्</translation>
        </message>
        <message>
            <source>&amp;Export first…</source>
            <translation>पहिले निर्यात गर्नुहोस्… (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Delete deck</source>
            <translation>डेक मेटाउनुहोस् (&amp;D)</translation>
        </message>
        <message>
            <source>Deleting “%1”…</source>
            <translation>“%1” मेटाइँदै छ…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the deck “%1” (%Ln note(s)).</source>
            <translation>
                <numerusform>डेक “%1” मेटाइयो (%Ln नोट)।</numerusform>
                <numerusform>डेक “%1” मेटाइयो (%Ln नोटहरू)।</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>jpprep सँग आएका डेकहरू लोड हुँदै…</translation>
        </message>
        <message numerus="yes">
            <source>Brought back %Ln deck(s).</source>
            <translation>
                <numerusform>%Ln डेक फिर्ता ल्याइयो।</numerusform>
                <numerusform>%Ln डेकहरू फिर्ता ल्याइयो।</numerusform>
            </translation>
        </message>
        <message>
            <source>Export deck</source>
            <translation>डेक निर्यात गर्नुहोस्</translation>
        </message>
        <message>
            <source>jpprep deck (*.jpdeck);;Anki deck (*.apkg);;Spreadsheet (*.csv)</source>
            <translation>jpprep डेक (*.jpdeck);;Anki डेक (*.apkg);;स्प्रेडसिट (*.csv)</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>“%1” निर्यात हुँदै छ…</translation>
        </message>
        <message>
            <source>Exported “%1” to %2.</source>
            <translation>“%1” लाई %2 मा निर्यात गरियो।</translation>
        </message>
    </context>
    <context>
        <name>DeckOptionsDialog</name>
        <message>
            <source>Deck options: {deck}</source>
            <translation>डेकका विकल्पहरू: {deck}</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>प्रिसेट</translation>
        </message>
        <message>
            <source>New preset from this one</source>
            <translation>यसैबाट नयाँ प्रिसेट</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>प्रिसेट:</translation>
        </message>
        <message>
            <source>Preset name</source>
            <translation>प्रिसेटको नाम</translation>
        </message>
        <message>
            <source>Preset name:</source>
            <translation>प्रिसेटको नाम:</translation>
        </message>
        <message>
            <source>Desired retention:</source>
            <translation>चाहिएको सम्झना दर:</translation>
        </message>
        <message>
            <source>Learning steps:</source>
            <translation>सिकाइका चरणहरू:</translation>
        </message>
        <message>
            <source>Relearning steps:</source>
            <translation>फेरि सिकाइका चरणहरू:</translation>
        </message>
        <message>
            <source>Write waits such as 1m 10m 1h 1d (minutes, hours, days).</source>
            <translation>अन्तराल यसरी लेख्नुहोस्: 1m 10m 1h 1d (मिनेट, घण्टा, दिन)।</translation>
        </message>
        <message>
            <source>New cards a day:</source>
            <translation>दिनमा नयाँ कार्ड:</translation>
        </message>
        <message>
            <source>Reviews a day:</source>
            <translation>दिनमा दोहोर्याइ:</translation>
        </message>
        <message>
            <source>Longest wait (days):</source>
            <translation>सबैभन्दा लामो अन्तराल (दिन):</translation>
        </message>
        <message>
            <source>Tag it "leech"</source>
            <translation>"leech" ट्याग लगाउनुहोस्</translation>
        </message>
        <message>
            <source>Tag it and suspend it</source>
            <translation>ट्याग लगाएर रोक्नुहोस्</translation>
        </message>
        <message>
            <source>What happens to a leech</source>
            <translation>कठिन कार्डलाई के गर्ने</translation>
        </message>
        <message>
            <source>Leech after (times forgotten):</source>
            <translation>यति पटक बिर्सेपछि कठिन कार्ड (leech):</translation>
        </message>
        <message>
            <source>Bury other cards of the same word until tomorrow</source>
            <translation>उही शब्दका अरू कार्डहरू भोलिसम्म थाती राख्नुहोस्</translation>
        </message>
        <message>
            <source>Fitted from your answers</source>
            <translation>तपाईंका उत्तरहरूबाट मिलाइएको</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>पूर्वनिर्धारित</translation>
        </message>
        <message>
            <source>Memory model:</source>
            <translation>सम्झनाको मोडेल:</translation>
        </message>
        <message>
            <source>Desired retention</source>
            <translation>चाहिएको सम्झना दर</translation>
        </message>
        <message>
            <source>Learning steps</source>
            <translation>सिकाइका चरणहरू</translation>
        </message>
        <message>
            <source>Relearning steps</source>
            <translation>फेरि सिकाइका चरणहरू</translation>
        </message>
        <message>
            <source>New cards a day</source>
            <translation>दिनमा नयाँ कार्ड</translation>
        </message>
        <message>
            <source>Reviews a day</source>
            <translation>दिनमा दोहोर्याइ</translation>
        </message>
        <message>
            <source>Longest wait (days)</source>
            <translation>सबैभन्दा लामो अन्तराल (दिन)</translation>
        </message>
        <message>
            <source>Leech after (times forgotten)</source>
            <translation>यति पटक बिर्सेपछि कठिन कार्ड (leech)</translation>
        </message>
        <message>
            <source>Your school has locked these options: ask your teacher to change them.</source>
            <translation>तपाईंको विद्यालयले यी विकल्पहरू बन्द गरेको छ: परिवर्तनका लागि शिक्षकलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>A new preset, used by this deck only.</source>
            <translation>नयाँ प्रिसेट, यो डेकका लागि मात्र।</translation>
        </message>
        <message>
            <source>Only this deck uses this preset.</source>
            <translation>यो प्रिसेट यो डेकले मात्र प्रयोग गर्छ।</translation>
        </message>
        <message numerus="yes">
            <source>Changes apply to %Ln deck(s) using this preset.</source>
            <translation>
                <numerusform>परिवर्तनहरू यो प्रिसेट प्रयोग गर्ने %Ln डेकमा लागू हुन्छन्।</numerusform>
                <numerusform>परिवर्तनहरू यो प्रिसेट प्रयोग गर्ने %Ln डेकहरूमा लागू हुन्छन्।</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards come back when you still remember about {p} % of them. Higher means more reviews every day; lower means fewer reviews but more forgetting.</source>
            <translation>तपाईंलाई करिब {p} % कार्डहरू अझै याद हुँदा तिनीहरू फेरि आउँछन्। बढी राख्दा हरेक दिन दोहोर्याइ बढ्छ; कम राख्दा दोहोर्याइ घट्छ तर बढी बिर्सिन्छ।</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (प्रतिलिपि)</translation>
        </message>
        <message>
            <source>Choose a retention from 70 % to 97 %.</source>
            <translation>सम्झना दर ७० % देखि ९७ % भित्र छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Write each wait as a number above 0 with m, h or d, such as 1m 10m 1d (at most 30 days).</source>
            <translation>हरेक अन्तराल ० भन्दा ठूलो सङ्ख्यामा m, h वा d जोडेर लेख्नुहोस्, जस्तै 1m 10m 1d (बढीमा ३० दिन)।</translation>
        </message>
        <message>
            <source>A preset needs a name (1 to 100 characters).</source>
            <translation>प्रिसेटको नाम चाहिन्छ (१ देखि १०० अक्षर)।</translation>
        </message>
        <message>
            <source>Enter a whole number from {lo} to {hi}.</source>
            <translation>{lo} देखि {hi} सम्मको पूर्ण सङ्ख्या लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked field.</source>
            <translation>केही सुरक्षित भएन: चिन्ह लगाइएको ठाउँ सच्याउनुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message>
            <source>The disk is full. Your last change was not saved; everything before it is safe. Free some space (or ask your teacher), then try again.</source>
            <translation>डिस्क भरिएको छ। तपाईंको अन्तिम परिवर्तन सेभ भएन; त्यसअघिको सबै सुरक्षित छ। केही ठाउँ खाली गर्नुहोस् (वा आफ्नो शिक्षकलाई सोध्नुहोस्), अनि फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>jpprep cannot save to its database: the file or its folder is read-only. Your last change was not saved; everything before it is safe. Please tell your teacher.</source>
            <translation>jpprep ले आफ्नो डाटाबेसमा सेभ गर्न सक्दैन: फाइल वा यसको फोल्डर पढ्न मात्र मिल्ने छ। तपाईंको अन्तिम परिवर्तन सेभ भएन; त्यसअघिको सबै सुरक्षित छ। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>jpprep cannot open or make its database file: the folder may be read-only or missing. Please tell your teacher.</source>
            <translation>jpprep ले आफ्नो डाटाबेस फाइल खोल्न वा बनाउन सक्दैन: फोल्डर पढ्न मात्र मिल्ने वा हराएको हुन सक्छ। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>jpprep cannot write to its data folder. Please tell your teacher.</source>
            <translation>jpprep ले आफ्नो डाटा फोल्डरमा लेख्न सक्दैन। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>The database is damaged, so jpprep left it untouched. Please tell your teacher: a backup can be restored.</source>
            <translation>डाटाबेस बिग्रिएको छ, त्यसैले jpprep ले यसलाई नछोई जस्ताको तस्तै छोडेको छ। कृपया आफ्नो शिक्षकलाई भन्नुहोस्: ब्याकअपबाट फिर्ता ल्याउन सकिन्छ।</translation>
        </message>
        <message>
            <source>This file is not a jpprep database, so jpprep left it untouched. Please tell your teacher.</source>
            <translation>यो फाइल jpprep को डाटाबेस होइन, त्यसैले jpprep ले यसलाई नछोई जस्ताको तस्तै छोडेको छ। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>This database was made by a newer version of jpprep, so this version left it untouched. Please install the newer jpprep, or tell your teacher.</source>
            <translation>यो डाटाबेस jpprep को नयाँ संस्करणले बनाएको हो, त्यसैले यो संस्करणले यसलाई नछोई छोडेको छ। कृपया नयाँ jpprep इन्स्टल गर्नुहोस्, वा आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>jpprep cannot reach the class server. Check that this computer is connected to the network, or tell your teacher.</source>
            <translation>jpprep कक्षाको सर्भरमा पुग्न सक्दैन। यो कम्प्युटर नेटवर्कमा जोडिएको छ कि छैन हेर्नुहोस्, वा आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>The class server did not accept jpprep's user name or password. Please tell your teacher.</source>
            <translation>कक्षाको सर्भरले jpprep को प्रयोगकर्ता नाम वा पासवर्ड स्वीकार गरेन। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>jpprep cannot open its database ({detail}). Please tell your teacher.</source>
            <translation>jpprep ले आफ्नो डाटाबेस खोल्न सक्दैन ({detail})। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>The disk is full, so the backup was not made. Your progress is safe. Free some space (or delete old backups).</source>
            <translation>डिस्क भरिएकाले ब्याकअप बनेन। तपाईंको प्रगति सुरक्षित छ। केही ठाउँ खाली गर्नुहोस् (वा पुराना ब्याकअप मेटाउनुहोस्)।</translation>
        </message>
        <message>
            <source>The backup folder cannot be written, so the backup was not made. Your progress is safe. Please tell your teacher.</source>
            <translation>ब्याकअप फोल्डरमा लेख्न नमिल्ने भएकाले ब्याकअप बनेन। तपाईंको प्रगति सुरक्षित छ। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Choose another backup.</source>
            <translation>यो ब्याकअप बिग्रेको छ र पुनर्स्थापना गर्न सकिँदैन। अर्को ब्याकअप छान्नुहोस्।</translation>
        </message>
        <message>
            <source>This file is not a jpprep backup. Choose a file from the backups folder.</source>
            <translation>यो फाइल jpprep को ब्याकअप होइन। ब्याकअप फोल्डरबाट फाइल छान्नुहोस्।</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of jpprep. Install the newer jpprep to restore it.</source>
            <translation>यो ब्याकअप jpprep को नयाँ संस्करणले बनाएको हो। यसलाई पुनर्स्थापना गर्न नयाँ jpprep इन्स्टल गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This is the database itself, not a backup. Choose a file from the backups folder.</source>
            <translation>यो ब्याकअप होइन, डाटाबेस आफैँ हो। ब्याकअप फोल्डरबाट फाइल छान्नुहोस्।</translation>
        </message>
        <message>
            <source>The backup was not made ({detail}). Your progress is safe. Please tell your teacher.</source>
            <translation>ब्याकअप बनेन ({detail})। तपाईंको प्रगति सुरक्षित छ। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>There is no database file to back up yet.</source>
            <translation>ब्याकअप गर्न अहिलेसम्म कुनै डाटाबेस फाइल छैन।</translation>
        </message>
        <message>
            <source>jpprep is starting on the profile “{profile}” in another window. Wait a moment and switch to that window.</source>
            <translation>प्रोफाइल “{profile}” मा jpprep अर्को विन्डोमा सुरु हुँदैछ। एकछिन पर्खनुहोस् र त्यो विन्डोमा जानुहोस्।</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on this computer. Switch to that window, or close it first.</source>
            <translation>प्रोफाइल “{profile}” यो कम्प्युटरको jpprep मा पहिल्यै खुला छ। त्यो विन्डोमा जानुहोस्, वा पहिले त्यसलाई बन्द गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on the computer “{host}” (since {since}). Close jpprep there first, or choose another profile. If that computer crashed, tell your teacher.</source>
            <translation>प्रोफाइल “{profile}” कम्प्युटर “{host}” को jpprep मा पहिल्यै खुला छ ({since} देखि)। पहिले त्यहाँ jpprep बन्द गर्नुहोस्, वा अर्को प्रोफाइल छान्नुहोस्। त्यो कम्प्युटर अचानक बन्द भएको हो भने आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>A PIN is made of digits only, for example 4821.</source>
            <translation>PIN अङ्कहरूले मात्र बन्छ, जस्तै 4821।</translation>
        </message>
        <message>
            <source>A PIN has {min} to {max} digits.</source>
            <translation>PIN मा {min} देखि {max} अङ्क हुन्छन्।</translation>
        </message>
        <message>
            <source>That profile no longer exists.</source>
            <translation>त्यो प्रोफाइल अब छैन।</translation>
        </message>
        <message>
            <source>That options preset no longer exists.</source>
            <translation>त्यो प्रिसेट अब छैन।</translation>
        </message>
        <message>
            <source>An options preset needs a name of {min} to {max} characters.</source>
            <translation>विकल्प प्रिसेटको नाम {min} देखि {max} अक्षरसम्मको हुनुपर्छ।</translation>
        </message>
        <message>
            <source>A preset named “{name}” already exists. Choose another name, or choose that preset in the list.</source>
            <translation>“{name}” नामको प्रिसेट पहिल्यै छ। अर्को नाम छान्नुहोस्, वा सूचीबाट त्यही प्रिसेट छान्नुहोस्।</translation>
        </message>
        <message>
            <source>A profile needs a name. Type a name, for example your first name.</source>
            <translation>प्रोफाइलको नाम चाहिन्छ। एउटा नाम लेख्नुहोस्, जस्तै आफ्नो पहिलो नाम।</translation>
        </message>
        <message>
            <source>The name is longer than {max} characters.</source>
            <translation>नाम {max} अक्षरभन्दा लामो छ।</translation>
        </message>
        <message>
            <source>The name contains invisible control characters. Please type it again.</source>
            <translation>नाममा नदेखिने नियन्त्रण अक्षरहरू छन्। कृपया फेरि लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>A profile named “{name}” already exists. Choose another name, or switch to that profile.</source>
            <translation>“{name}” नामको प्रोफाइल पहिल्यै छ। अर्को नाम छान्नुहोस्, वा त्यो प्रोफाइलमा जानुहोस्।</translation>
        </message>
        <message>
            <source>The question banks do not have enough questions of these types for {exam}: {types}. Add questions to a bank, or choose another practice mode.</source>
            <translation>{exam} का लागि प्रश्न बैंकहरूमा यी प्रकारका पर्याप्त प्रश्न छैनन्: {types}। कुनै बैंकमा प्रश्न थप्नुहोस्, वा अभ्यासको अर्को तरिका छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose a section to practise.</source>
            <translation>अभ्यास गर्न एउटा खण्ड छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose at least one question type to practise.</source>
            <translation>अभ्यास गर्न कम्तीमा एउटा प्रश्न प्रकार छान्नुहोस्।</translation>
        </message>
        <message>
            <source>{exam} has no question type “{type}”.</source>
            <translation>{exam} मा “{type}” प्रकारको प्रश्न छैन।</translation>
        </message>
        <message>
            <source>“{mode}” is not a practice mode of jpprep.</source>
            <translation>“{mode}” jpprep को अभ्यास तरिका होइन।</translation>
        </message>
        <message>
            <source>There is no mock exam “{exam}”.</source>
            <translation>“{exam}” नामको कुनै नमुना परीक्षा छैन।</translation>
        </message>
        <message>
            <source>This exam attempt no longer exists.</source>
            <translation>यो परीक्षा प्रयास अब छैन।</translation>
        </message>
        <message>
            <source>The questions of this exam have changed ({gone} are gone), so it cannot be continued. Start a new one.</source>
            <translation>यो परीक्षाका प्रश्नहरू बदलिएका छन् ({gone} वटा हटेका छन्), त्यसैले यसलाई जारी राख्न सकिँदैन। नयाँ परीक्षा सुरु गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This exam has no questions.</source>
            <translation>यो परीक्षामा कुनै प्रश्न छैन।</translation>
        </message>
        <message>
            <source>This saved exam was made by another version of jpprep and cannot be continued. Start a new one.</source>
            <translation>यो सुरक्षित परीक्षा jpprep को अर्कै संस्करणमा बनेको हो र जारी राख्न सकिँदैन। नयाँ परीक्षा सुरु गर्नुहोस्।</translation>
        </message>
        <message>
            <source>jpprep cannot read this question bank ({detail}).</source>
            <translation>jpprep ले यो प्रश्न बैंक पढ्न सक्दैन ({detail})।</translation>
        </message>
        <message>
            <source>This question bank is larger than 32 MB.</source>
            <translation>यो प्रश्न बैंक ३२ MB भन्दा ठूलो छ।</translation>
        </message>
        <message>
            <source>This question bank is not UTF-8 text. Save it as UTF-8.</source>
            <translation>यो प्रश्न बैंक UTF-8 पाठ होइन। यसलाई UTF-8 मा सेभ गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This question bank is not valid JSON (column {column}). Check the quotes, commas and brackets there.</source>
            <translation>यो प्रश्न बैंक मान्य JSON होइन (स्तम्भ {column})। त्यहाँका उद्धरण चिह्न, अल्पविराम र कोष्ठक जाँच्नुहोस्।</translation>
        </message>
        <message>
            <source>This file is not a jpprep question bank (“format”: 1 is missing).</source>
            <translation>यो फाइल jpprep को प्रश्न बैंक होइन (“format”: 1 छैन)।</translation>
        </message>
        <message>
            <source>Choose a deck or a mock exam to assign.</source>
            <translation>तोक्नका लागि कुनै डेक वा नमुना परीक्षा छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Only a mock exam can be assigned with a form. Choose a mock exam, or leave the form out.</source>
            <translation>प्रश्नपत्र नमुना परीक्षासँग मात्र तोक्न सकिन्छ। नमुना परीक्षा छान्नुहोस्, वा प्रश्नपत्र नछान्नुहोस्।</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation>“{value}” मिति होइन। यसलाई YYYY-MM-DD को रूपमा लेख्नुहोस्, जस्तै 2026-03-31।</translation>
        </message>
        <message>
            <source>That deck no longer exists.</source>
            <translation>त्यो डेक अब छैन।</translation>
        </message>
        <message>
            <source>This card no longer exists: its note or deck was deleted. Go back to Home and choose a deck.</source>
            <translation>यो कार्ड अब छैन: यसको नोट वा डेक मेटाइएको छ। गृहपृष्ठमा फर्केर एउटा डेक छान्नुहोस्।</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>त्यो नोट अब छैन।</translation>
        </message>
        <message>
            <source>No note is chosen. Select one or more notes in the list first.</source>
            <translation>कुनै नोट छानिएको छैन। पहिले सूचीमा एक वा बढी नोट छान्नुहोस्।</translation>
        </message>
        <message>
            <source>The English meaning is empty. Write what the word means in English.</source>
            <translation>अङ्ग्रेजी अर्थ खाली छ। यो शब्दको अर्थ अङ्ग्रेजीमा लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>The tag is empty. Type a tag, for example verb.</source>
            <translation>ट्याग खाली छ। कुनै ट्याग टाइप गर्नुहोस्, जस्तै verb।</translation>
        </message>
        <message>
            <source>The tag “{tag}” has a space in it. A tag is one word: use - or _ instead of spaces.</source>
            <translation>ट्याग “{tag}” मा खाली ठाउँ छ। ट्याग एउटै शब्द हुन्छ: खाली ठाउँको सट्टा - वा _ लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>That student no longer exists.</source>
            <translation>त्यो विद्यार्थी अब छैन।</translation>
        </message>
        <message>
            <source>The lab configuration file does not exist. Everything that can be locked is locked.</source>
            <translation>ल्याब कन्फिगरेसन फाइल छैन। लक गर्न मिल्ने सबै कुरा लक गरिएको छ।</translation>
        </message>
        <message>
            <source>The lab configuration file cannot be read. Everything that can be locked is locked.</source>
            <translation>ल्याब कन्फिगरेसन फाइल पढ्न सकिँदैन। लक गर्न मिल्ने सबै कुरा लक गरिएको छ।</translation>
        </message>
        <message>
            <source>The lab configuration file is not valid TOML (each setting is one line: key = "value"). Everything that can be locked is locked until it is fixed.</source>
            <translation>ल्याब कन्फिगरेसन फाइल सही TOML होइन (हरेक सेटिङ एक लाइनमा: key = "value")। नसच्याएसम्म लक गर्न मिल्ने सबै कुरा लक रहन्छ।</translation>
        </message>
        <message>
            <source>“{key}” is not a known key. Did you mean: {known}?</source>
            <translation>“{key}” चिनिएको key होइन। के तपाईंले यो भन्न खोज्नुभएको हो: {known}?</translation>
        </message>
        <message>
            <source>“{key}” must be a text in quotes.</source>
            <translation>“{key}” उद्धरण चिह्नभित्र लेखिएको पाठ हुनुपर्छ।</translation>
        </message>
        <message>
            <source>“{key}” is not a database URL.</source>
            <translation>“{key}” डाटाबेसको URL होइन।</translation>
        </message>
        <message>
            <source>jpprep cannot use “{driver}” databases. Use postgresql+psycopg or sqlite.</source>
            <translation>jpprep ले “{driver}” डाटाबेस प्रयोग गर्न सक्दैन। postgresql+psycopg वा sqlite प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <source>“{value}” is not an interface language of jpprep. Use one of: {known}.</source>
            <translation>“{value}” jpprep को इन्टरफेस भाषा होइन। यीमध्ये एउटा प्रयोग गर्नुहोस्: {known}।</translation>
        </message>
        <message>
            <source>“{key}” must be a list of ids in quotes.</source>
            <translation>“{key}” उद्धरण चिह्नभित्र लेखिएका id हरूको सूची हुनुपर्छ।</translation>
        </message>
        <message>
            <source>“{key}” must be a list of names in quotes ({known}). Everything is locked until it is fixed.</source>
            <translation>“{key}” उद्धरण चिह्नभित्र लेखिएका नामहरूको सूची हुनुपर्छ ({known})। नसच्याएसम्म सबै कुरा लक रहन्छ।</translation>
        </message>
        <message>
            <source>“{value}” is not a name that “{key}” knows ({known}). Everything is locked until it is fixed.</source>
            <translation>“{value}” “{key}” ले चिन्ने नाम होइन ({known})। नसच्याएसम्म सबै कुरा लक रहन्छ।</translation>
        </message>
        <message>
            <source>“{key}” is not a password hash.</source>
            <translation>“{key}” पासवर्ड ह्यास होइन।</translation>
        </message>
        <message>
            <source>“{value}” is not a choice for “{key}”. Use "study locally" or "stop".</source>
            <translation>“{value}” “{key}” को विकल्प होइन। "study locally" वा "stop" प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, लाइन {line}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; nothing was changed. Please tell your teacher.</source>
            <translation>केही अनपेक्षित गडबडी भयो; केही पनि बदलिएन। कृपया आफ्नो शिक्षकलाई भन्नुहोस्।</translation>
        </message>
        <message>
            <source>Please tell your teacher: the lab configuration file has a problem. The rest of the file still applies.</source>
            <translation>कृपया आफ्नो शिक्षकलाई भन्नुहोस्: ल्याब कन्फिगरेसन फाइलमा समस्या छ। फाइलका बाँकी सेटिङहरू लागू हुन्छन्।</translation>
        </message>
        <message>
            <source>Study continues on this computer only; your answers here are not in the class database.</source>
            <translation>अध्ययन यो कम्प्युटरमा मात्र जारी छ; यहाँ दिइएका तपाईंका उत्तरहरू कक्षाको डाटाबेसमा छैनन्।</translation>
        </message>
    </context>
    <context>
        <name>ExamTargetDialog</name>
        <message>
            <source>Exam target</source>
            <translation>परीक्षा लक्ष्य</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>परीक्षा</translation>
        </message>
        <message>
            <source>Exam date</source>
            <translation>परीक्षा मिति</translation>
        </message>
        <message>
            <source>Decks for this exam</source>
            <translation>यो परीक्षाका डेकहरू</translation>
        </message>
        <message>
            <source>Exam:</source>
            <translation>परीक्षा:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>मिति:</translation>
        </message>
        <message>
            <source>Decks:</source>
            <translation>डेकहरू:</translation>
        </message>
        <message>
            <source>Pace check</source>
            <translation>गति जाँच</translation>
        </message>
        <message>
            <source>Remove target</source>
            <translation>लक्ष्य हटाउनुहोस्</translation>
        </message>
        <message>
            <source>Tick the decks you need for this exam.</source>
            <translation>यो परीक्षाका लागि चाहिने डेकहरूमा चिनो लगाउनुहोस्।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) left.</source>
            <translation>
                <numerusform>%Ln दिन बाँकी।</numerusform>
                <numerusform>%Ln दिन बाँकी।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) not met yet.</source>
            <translation>
                <numerusform>%Ln कार्ड अझै पढिएको छैन।</numerusform>
                <numerusform>%Ln कार्डहरू अझै पढिएका छैनन्।</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pace (%1 new a day) meets them all by %2.</source>
            <translation>तपाईंको गति (दिनमा %1 नयाँ) ले %2 सम्म सबै पूरा हुन्छन्।</translation>
        </message>
        <message>
            <source>At your pace (%1 new a day) you will not meet them all. %2 new cards a day would.</source>
            <translation>तपाईंको गति (दिनमा %1 नयाँ) ले सबै पूरा हुँदैनन्। दिनमा %2 नयाँ कार्डले पुग्छ।</translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day.</source>
            <translation>
                <numerusform>यसको अर्थ दिनमा करिब %Ln उत्तर।</numerusform>
                <numerusform>यसको अर्थ दिनमा करिब %Ln उत्तरहरू।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: that is more than the %Ln answer(s) you do on a typical day.</source>
            <translation>
                <numerusform>चेतावनी: यो तपाईंले सामान्य दिनमा दिने %Ln उत्तरभन्दा बढी हो।</numerusform>
                <numerusform>चेतावनी: यो तपाईंले सामान्य दिनमा दिने %Ln उत्तरहरूभन्दा बढी हो।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamsPage</name>
        <message>
            <source>Mock exams</source>
            <translation>नमुना परीक्षा</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>परीक्षा</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>अभ्यास</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>प्रश्नपत्र</translation>
        </message>
        <message>
            <source>Section or type</source>
            <translation>खण्ड वा प्रकार</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>प्रश्नहरू</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>सुरु गर्नुहोस्</translation>
        </message>
        <message>
            <source>Resume the open exam</source>
            <translation>खुला परीक्षा जारी राख्नुहोस्</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>पहिलेका नतिजा</translation>
        </message>
        <message>
            <source>(practice only: not enough questions for a full mock)</source>
            <translation>(अभ्यास मात्र: पूरा नमुना परीक्षाका लागि पर्याप्त प्रश्न छैनन्)</translation>
        </message>
        <message>
            <source>pass (estimate)</source>
            <translation>उत्तीर्ण (अनुमान)</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>अझै भएन</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>अभ्यास</translation>
        </message>
        <message>
            <source>%1 minutes for the whole test</source>
            <translation>पूरा परीक्षाका लागि %1 मिनेट</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> मिनेट</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>questions</source>
            <translation>प्रश्न</translation>
        </message>
        <message>
            <source>Format as of %1.</source>
            <translation>%1 अनुसारको ढाँचा।</translation>
        </message>
        <message>
            <source>Not yet confirmed:</source>
            <translation>अझै पुष्टि भएको छैन:</translation>
        </message>
        <message>
            <source>Readiness (last attempts):</source>
            <translation>तयारी (पछिल्ला प्रयास):</translation>
        </message>
        <message>
            <source>Weak question types:</source>
            <translation>कमजोर प्रश्न प्रकार:</translation>
        </message>
        <message>
            <source>Random (new questions each time)</source>
            <translation>स्वतः छानिएका (हरेक पटक नयाँ प्रश्नहरू)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 प्रश्न)</translation>
        </message>
        <message>
            <source>From the question bank %1</source>
            <translation>प्रश्न बैंक %1 बाट</translation>
        </message>
        <message>
            <source>No weak question types yet: finish a mock or a practice set first.</source>
            <translation>अहिलेसम्म कमजोर प्रश्न प्रकार छैन: पहिले एउटा नमुना परीक्षा वा अभ्यास सेट पूरा गर्नुहोस्।</translation>
        </message>
        <message>
            <source>%1 question(s) added to the deck %2.</source>
            <translation>%1 प्रश्न डेक %2 मा थपियो।</translation>
        </message>
        <message>
            <source>Full timed mock</source>
            <translation>पूरा समयको नमुना परीक्षा</translation>
        </message>
        <message>
            <source>One section</source>
            <translation>एउटा खण्ड</translation>
        </message>
        <message>
            <source>One question type</source>
            <translation>एउटा प्रश्न प्रकार</translation>
        </message>
        <message>
            <source>My weak types</source>
            <translation>मेरा कमजोर प्रकार</translation>
        </message>
    </context>
    <context>
        <name>FitWords</name>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</source>
            <translation>
                <numerusform>%Ln दोहोर्याइबाट मिलाइयो: नयाँ मोडेलले तपाईंका उत्तरहरू अझ राम्रोसँग अनुमान गर्छ (अनुमान त्रुटि {old} को सट्टा {new}), त्यसैले अबदेखि यही प्रयोग हुन्छ।</numerusform>
                <numerusform>%Ln दोहोर्याइहरूबाट मिलाइयो: नयाँ मोडेलले तपाईंका उत्तरहरू अझ राम्रोसँग अनुमान गर्छ (अनुमान त्रुटि {old} को सट्टा {new}), त्यसैले अबदेखि यही प्रयोग हुन्छ।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</source>
            <translation>
                <numerusform>%Ln दोहोर्याइबाट मिलाइयो: तपाईंको अहिलेको मोडेलले नै तपाईंका उत्तरहरू सबैभन्दा राम्रोसँग अनुमान गर्छ (अनुमान त्रुटि {old}; नयाँ मोडेलको {new}), त्यसैले यसैलाई राखिएको छ।</numerusform>
                <numerusform>%Ln दोहोर्याइहरूबाट मिलाइयो: तपाईंको अहिलेको मोडेलले नै तपाईंका उत्तरहरू सबैभन्दा राम्रोसँग अनुमान गर्छ (अनुमान त्रुटि {old}; नयाँ मोडेलको {new}), त्यसैले यसैलाई राखिएको छ।</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough reviews yet: {items} of the {needed} needed (a review counts when it comes a day or more after the card's previous answer). The current model is kept.</source>
            <translation>अझै पर्याप्त दोहोर्याइ छैन: चाहिने {needed} मध्ये {items} (कार्डको अघिल्लो उत्तरभन्दा एक दिन वा बढी पछि गरिएको दोहोर्याइ मात्र गनिन्छ)। अहिलेको मोडेल राखिएको छ।</translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s), so the current one is kept.</source>
            <translation>
                <numerusform>तपाईंको %Ln दोहोर्याइबाट मोडेल मिलाउन सकिएन, त्यसैले अहिलेको मोडेल राखिएको छ।</numerusform>
                <numerusform>तपाईंका %Ln दोहोर्याइहरूबाट मोडेल मिलाउन सकिएन, त्यसैले अहिलेको मोडेल राखिएको छ।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s) ({reason}), so the current one is kept.</source>
            <translation>
                <numerusform>तपाईंको %Ln दोहोर्याइबाट मोडेल मिलाउन सकिएन ({reason}), त्यसैले अहिलेको मोडेल राखिएको छ।</numerusform>
                <numerusform>तपाईंका %Ln दोहोर्याइहरूबाट मोडेल मिलाउन सकिएन ({reason}), त्यसैले अहिलेको मोडेल राखिएको छ।</numerusform>
            </translation>
        </message>
        <message>
            <source>there are not enough reviews</source>
            <translation>पर्याप्त दोहोर्याइ छैनन्</translation>
        </message>
        <message>
            <source>some reviews cannot be used</source>
            <translation>केही दोहोर्याइ प्रयोग गर्न मिल्दैन</translation>
        </message>
        <message>
            <source>the current parameters are not valid</source>
            <translation>अहिलेका प्यारामिटर मान्य छैनन्</translation>
        </message>
        <message>
            <source>no better parameters were found</source>
            <translation>योभन्दा राम्रा प्यारामिटर भेटिएनन्</translation>
        </message>
        <message>
            <source>the fitting was stopped</source>
            <translation>मिलाउने काम रोकियो</translation>
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
            <translation>रातो झन्डा</translation>
        </message>
        <message>
            <source>Orange flag</source>
            <translation>सुन्तले झन्डा</translation>
        </message>
        <message>
            <source>Green flag</source>
            <translation>हरियो झन्डा</translation>
        </message>
        <message>
            <source>Blue flag</source>
            <translation>निलो झन्डा</translation>
        </message>
        <message>
            <source>Flag {n}</source>
            <translation>झन्डा {n}</translation>
        </message>
    </context>
    <context>
        <name>FormNames</name>
        <message>
            <source>Form %1</source>
            <translation>प्रश्नपत्र %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message>
            <source>Study calendar</source>
            <translation>अध्ययन पात्रो</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) with study in the last year</source>
            <translation>
                <numerusform>गत वर्ष %Ln दिन अध्ययन भयो</numerusform>
                <numerusform>गत वर्ष %Ln दिन अध्ययन भयो</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s)</source>
            <translation>
                <numerusform>%Ln उत्तर</numerusform>
                <numerusform>%Ln उत्तरहरू</numerusform>
            </translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>सोम</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>बुध</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>शुक्र</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s)</source>
            <translation>
                <numerusform>%1: %Ln उत्तर</numerusform>
                <numerusform>%1: %Ln उत्तरहरू</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Deck</source>
            <translation>डेक</translation>
        </message>
        <message>
            <source>New</source>
            <translation>नयाँ</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>सिक्दै</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>दोहोर्‍याउने</translation>
        </message>
        <message>
            <source>Today's work</source>
            <translation>आजको काम</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>तोकिएका काम</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>डेकहरू</translation>
        </message>
        <message>
            <source>Delete deck…</source>
            <translation>डेक मेटाउनुहोस्…</translation>
        </message>
        <message>
            <source>Study this deck</source>
            <translation>यो डेक पढ्नुहोस्</translation>
        </message>
        <message>
            <source>Study all due cards</source>
            <translation>दोहोर्‍याउनुपर्ने सबै कार्ड पढ्नुहोस्</translation>
        </message>
        <message>
            <source>Deck options</source>
            <translation>डेकका विकल्पहरू</translation>
        </message>
        <message>
            <source>Daily limits, learning steps and retention of the chosen deck</source>
            <translation>छानिएको डेकको दैनिक सीमा, सिकाइका चरण र सम्झना दर</translation>
        </message>
        <message numerus="yes">
            <source>Bring back %Ln deleted deck(s) that come with jpprep</source>
            <translation>
                <numerusform>jpprep सँगै आउने मेटाइएको %Ln डेक फिर्ता ल्याउनुहोस्</numerusform>
                <numerusform>jpprep सँगै आउने मेटाइएका %Ln डेकहरू फिर्ता ल्याउनुहोस्</numerusform>
            </translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>नमस्ते, {name}</translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) due.</source>
            <translation>
                <numerusform>आज %Ln कार्ड दोहोर्‍याउन बाँकी छ।</numerusform>
                <numerusform>आज %Ln कार्डहरू दोहोर्‍याउन बाँकी छन्।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new card(s) waiting.</source>
            <translation>
                <numerusform>%Ln नयाँ कार्ड पर्खिरहेको छ।</numerusform>
                <numerusform>%Ln नयाँ कार्डहरू पर्खिरहेका छन्।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today: %Ln.</source>
            <translation>
                <numerusform>आज दोहोर्‍याइएका: %Ln।</numerusform>
                <numerusform>आज दोहोर्‍याइएका: %Ln।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Streak: %Ln day(s).</source>
            <translation>
                <numerusform>लगातार: %Ln दिन।</numerusform>
                <numerusform>लगातार: %Ln दिन।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) to study again ({learning_column}: {learning}, {due_column}: {due}).</source>
            <translation>
                <numerusform>आज %Ln कार्ड फेरि पढ्न बाँकी छ ({learning_column}: {learning}, {due_column}: {due})।</numerusform>
                <numerusform>आज %Ln कार्डहरू फेरि पढ्न बाँकी छन् ({learning_column}: {learning}, {due_column}: {due})।</numerusform>
            </translation>
        </message>
        <message>
            <source>Assignments from your teacher:</source>
            <translation>तपाईंको शिक्षकले दिएका काम:</translation>
        </message>
        <message>
            <source>done</source>
            <translation>सकियो</translation>
        </message>
        <message>
            <source>overdue, {p}% done</source>
            <translation>म्याद नाघ्यो, {p}% सकियो</translation>
        </message>
        <message>
            <source>{p}% done</source>
            <translation>{p}% सकियो</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>your other mock does not count: take {form}</source>
            <translation>तपाईंको अर्को नमुना परीक्षा गनिँदैन: {form} दिनुहोस्</translation>
        </message>
        <message>
            <source>a practice does not count: take {form} as a full mock</source>
            <translation>अभ्यास गनिँदैन: {form} पूरा नमुना परीक्षाको रूपमा दिनुहोस्</translation>
        </message>
        <message>
            <source>only {form} counts</source>
            <translation>{form} मात्र गनिन्छ</translation>
        </message>
        <message>
            <source>a practice does not count: take the full mock</source>
            <translation>अभ्यास गनिँदैन: पूरा नमुना परीक्षा दिनुहोस्</translation>
        </message>
        <message>
            <source>• {title}: due {date} ({state})</source>
            <translation>• {title}: अन्तिम मिति {date} ({state})</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>{title} सुरु गर्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {file}</source>
            <translation>{file} आयात गर्नुहोस्</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>पछाडि (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>आयात गर्नुहोस् (&amp;I)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>{file} पढ्दै…</translation>
        </message>
        <message>
            <source>Bring my Anki review history</source>
            <translation>मेरो Anki दोहोर्याइको इतिहास पनि ल्याउनुहोस्</translation>
        </message>
        <message>
            <source>Cards you have not studied in jpprep yet take their Anki progress, and every answer you gave in Anki counts in your statistics.</source>
            <translation>तपाईंले jpprep मा अझै नपढेका कार्डहरूले Anki को प्रगति पाउँछन्, र Anki मा दिएको हरेक उत्तर तपाईंको तथ्याङ्कमा गनिन्छ।</translation>
        </message>
        <message>
            <source>jpprep guessed what each column holds. Change a column if the guess is wrong; the preview shows the first rows as they will be imported.</source>
            <translation>jpprep ले हरेक स्तम्भमा के छ भनेर अनुमान गरेको छ। अनुमान गलत भए स्तम्भ बदल्नुहोस्; पूर्वावलोकनले पहिलो पङ्क्तिहरू आयात हुने रूपमै देखाउँछ।</translation>
        </message>
        <message>
            <source>An Anki package: notes, cards, nested decks, tags and media are imported. Importing it again updates the same notes.</source>
            <translation>एउटा Anki प्याकेज: नोट, कार्ड, भित्री डेक, ट्याग र मिडिया आयात हुन्छन्। फेरि आयात गर्दा उही नोटहरू अद्यावधिक हुन्छन्।</translation>
        </message>
        <message>
            <source>A jpprep deck. Importing it again updates the same notes and keeps everyone's progress.</source>
            <translation>एउटा jpprep डेक। फेरि आयात गर्दा उही नोटहरू अद्यावधिक हुन्छन् र सबैको प्रगति रहन्छ।</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>स्तम्भहरू</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>पूर्वावलोकन</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फाइल</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>पङ्क्ति</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>समस्या</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>कसरी सच्याउने</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>समस्याहरू</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} आयात हुँदै…</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>कहाँ</translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>किन छोडियो</translation>
        </message>
        <message>
            <source>Other (kept with the note)</source>
            <translation>अन्य (नोटसँगै राखिन्छ)</translation>
        </message>
        <message>
            <source>Japanese (kanji)</source>
            <translation>जापानी (कान्जी)</translation>
        </message>
        <message>
            <source>Reading (kana)</source>
            <translation>उच्चारण (काना)</translation>
        </message>
        <message>
            <source>Meaning in English</source>
            <translation>अङ्ग्रेजीमा अर्थ</translation>
        </message>
        <message>
            <source>Meaning in Urdu</source>
            <translation>उर्दूमा अर्थ</translation>
        </message>
        <message>
            <source>Meaning in Nepali</source>
            <translation>नेपालीमा अर्थ</translation>
        </message>
        <message>
            <source>Meaning in Indonesian</source>
            <translation>इन्डोनेसियालीमा अर्थ</translation>
        </message>
        <message>
            <source>Meaning in Vietnamese</source>
            <translation>भियतनामीमा अर्थ</translation>
        </message>
        <message>
            <source>Meaning in Tagalog</source>
            <translation>तागालोगमा अर्थ</translation>
        </message>
        <message>
            <source>Meaning in Filipino</source>
            <translation>फिलिपिनोमा अर्थ</translation>
        </message>
        <message>
            <source>Meaning in Burmese</source>
            <translation>बर्मेलीमा अर्थ</translation>
        </message>
        <message>
            <source>Example sentence (Japanese)</source>
            <translation>उदाहरण वाक्य (जापानी)</translation>
        </message>
        <message>
            <source>Example sentence (English)</source>
            <translation>उदाहरण वाक्य (अङ्ग्रेजी)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>ट्यागहरू</translation>
        </message>
        <message>
            <source>JLPT level</source>
            <translation>JLPT तह</translation>
        </message>
        <message>
            <source>SSW sector</source>
            <translation>SSW क्षेत्र</translation>
        </message>
        <message>
            <source>Kind (vocab, kanji, grammar)</source>
            <translation>प्रकार (शब्द, कान्जी, व्याकरण)</translation>
        </message>
        <message>
            <source>Note id</source>
            <translation>नोटको परिचय</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>स्तम्भ {letter}</translation>
        </message>
        <message>
            <source>What column {name} holds</source>
            <translation>स्तम्भ {name} मा के छ</translation>
        </message>
        <message>
            <source>This cannot be imported yet: {problem}</source>
            <translation>यो अझै आयात गर्न सकिँदैन: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) can be imported; the others have problems (marked ⚠).</source>
            <translation>
                <numerusform>%Ln पङ्क्ति आयात गर्न सकिन्छ; अरूमा समस्या छ (⚠ चिन्ह लगाइएको)।</numerusform>
                <numerusform>%Ln पङ्क्तिहरू आयात गर्न सकिन्छ; अरूमा समस्या छ (⚠ चिन्ह लगाइएको)।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) can be imported.</source>
            <translation>
                <numerusform>%Ln पङ्क्ति आयात गर्न सकिन्छ।</numerusform>
                <numerusform>सबै %Ln पङ्क्तिहरू आयात गर्न सकिन्छ।</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {n}</source>
            <translation>पङ्क्ति {n}</translation>
        </message>
        <message>
            <source>(no meaning)</source>
            <translation>(अर्थ छैन)</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported. The file has %Ln problem(s), listed below. Fix the file and import it again, or import only the rows without problems.</source>
            <translation>
                <numerusform>केही पनि आयात भएको छैन। फाइलमा %Ln समस्या छ, तल सूचीमा। फाइल सच्याएर फेरि आयात गर्नुहोस्, वा समस्या नभएका पङ्क्ति मात्र आयात गर्नुहोस्।</numerusform>
                <numerusform>केही पनि आयात भएको छैन। फाइलमा %Ln समस्याहरू छन्, तल सूचीमा। फाइल सच्याएर फेरि आयात गर्नुहोस्, वा समस्या नभएका पङ्क्ति मात्र आयात गर्नुहोस्।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %Ln valid row(s)</source>
            <translation>
                <numerusform>%Ln ठीक पङ्क्ति आयात गर्नुहोस्</numerusform>
                <numerusform>%Ln ठीक पङ्क्तिहरू आयात गर्नुहोस्</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported: the file has %Ln problem(s) and no row jpprep can import. Fix the file and import it again.</source>
            <translation>
                <numerusform>केही पनि आयात भएको छैन: फाइलमा %Ln समस्या छ र jpprep ले आयात गर्न सक्ने कुनै पङ्क्ति छैन। फाइल सच्याएर फेरि आयात गर्नुहोस्।</numerusform>
                <numerusform>केही पनि आयात भएको छैन: फाइलमा %Ln समस्याहरू छन् र jpprep ले आयात गर्न सक्ने कुनै पङ्क्ति छैन। फाइल सच्याएर फेरि आयात गर्नुहोस्।</numerusform>
            </translation>
        </message>
        <message>
            <source>Column</source>
            <translation>स्तम्भ</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>लाइन</translation>
        </message>
        <message>
            <source>Imported into “{deck}”.</source>
            <translation>“{deck}” मा आयात भयो।</translation>
        </message>
        <message numerus="yes">
            <source>Added: %Ln note(s).</source>
            <translation>
                <numerusform>थपियो: %Ln नोट।</numerusform>
                <numerusform>थपिए: %Ln नोटहरू।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated: %Ln note(s).</source>
            <translation>
                <numerusform>अद्यावधिक भयो: %Ln नोट।</numerusform>
                <numerusform>अद्यावधिक भए: %Ln नोटहरू।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already up to date: %Ln note(s).</source>
            <translation>
                <numerusform>पहिले नै अद्यावधिक: %Ln नोट।</numerusform>
                <numerusform>पहिले नै अद्यावधिक: %Ln नोटहरू।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %Ln row(s).</source>
            <translation>
                <numerusform>छोडियो: %Ln पङ्क्ति।</numerusform>
                <numerusform>छोडिए: %Ln पङ्क्तिहरू।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anki review history: %Ln answer(s) brought over.</source>
            <translation>
                <numerusform>Anki दोहोर्याइको इतिहास: %Ln उत्तर ल्याइयो।</numerusform>
                <numerusform>Anki दोहोर्याइको इतिहास: %Ln उत्तरहरू ल्याइए।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cards with their Anki progress: %Ln.</source>
            <translation>
                <numerusform>Anki को प्रगति भएका कार्ड: %Ln।</numerusform>
                <numerusform>Anki को प्रगति भएका कार्डहरू: %Ln।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Intervals</name>
        <message>
            <source>under a minute</source>
            <translation>एक मिनेटभन्दा कम</translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln मिनेट</numerusform>
                <numerusform>%Ln मिनेट</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln घण्टा</numerusform>
                <numerusform>%Ln घण्टा</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln दिन</numerusform>
                <numerusform>%Ln दिन</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Ln महिना</numerusform>
                <numerusform>%Ln महिना</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln वर्ष</numerusform>
                <numerusform>%Ln वर्ष</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} वर्ष</translation>
        </message>
    </context>
    <context>
        <name>JlptRunner</name>
        <message>
            <source>Answer sheet</source>
            <translation>उत्तरपत्र</translation>
        </message>
        <message>
            <source>◀ Back (P)</source>
            <translation>◀ पछाडि (P)</translation>
        </message>
        <message>
            <source>Next (N) ▶</source>
            <translation>अर्को (N) ▶</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>खण्ड समाप्त गर्नुहोस् (E)</translation>
        </message>
        <message>
            <source>Time left %1</source>
            <translation>बाँकी समय %1</translation>
        </message>
    </context>
    <context>
        <name>KanaAnswerBox</name>
        <message>
            <source>Type the reading (romaji becomes kana), then Enter</source>
            <translation>उच्चारण टाइप गर्नुहोस् (रोमाजी काना बन्छ), अनि Enter थिच्नुहोस्</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>तपाईंको उत्तर</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>गृहपृष्ठ</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>अध्ययन</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>डेकहरू</translation>
        </message>
        <message>
            <source>Mock exams</source>
            <translation>नमुना परीक्षा</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>प्रगति</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>सेटिङ</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>कक्षा</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>सधैं</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>अझै नजानेका कान्जीका लागि मात्र</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>कहिल्यै होइन</translation>
        </message>
        <message>
            <source>jpprep: {name}</source>
            <translation>jpprep: {name}</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>खण्डहरू</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>लोड हुँदैछ…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>फाइल (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import deck…</source>
            <translation>डेक आयात गर्नुहोस्… (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>बन्द गर्नुहोस् (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>प्रोफाइल (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>प्रोफाइल बदल्नुहोस्… (&amp;S)</translation>
        </message>
        <message>
            <source>Set or change &amp;PIN…</source>
            <translation>PIN राख्नुहोस् वा बदल्नुहोस्… (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>लग आउट (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>दृश्य (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Furigana</source>
            <translation>फुरिगाना (&amp;F)</translation>
        </message>
        <message>
            <source>Show &amp;romaji</source>
            <translation>रोमाजी देखाउनुहोस् (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>मद्दत (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About jpprep and sources</source>
            <translation>jpprep र स्रोतहरूबारे (&amp;A)</translation>
        </message>
        <message>
            <source>PIN saved.</source>
            <translation>PIN सुरक्षित भयो।</translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>jpprep सँग आएका डेकहरू लोड हुँदै…</translation>
        </message>
        <message>
            <source>Decks ready.</source>
            <translation>डेकहरू तयार छन्।</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln note(s) from the shipped decks.</source>
            <translation>
                <numerusform>समावेश डेकहरूबाट %Ln नोट थपियो।</numerusform>
                <numerusform>समावेश डेकहरूबाट %Ln नोटहरू थपिए।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took out %Ln note(s) that jpprep no longer ships.</source>
            <translation>
                <numerusform>jpprep सँग अब नआउने %Ln नोट आफ्नो डेकबाट हटाइयो।</numerusform>
                <numerusform>jpprep सँग अब नआउने %Ln नोटहरू आफ्ना डेकहरूबाट हटाइए।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</source>
            <translation>
                <numerusform>तीमध्ये तपाईंले पढेको वा बदलेको %Ln नोट तपाईंका उत्तरहरूसँगै, रोकिएको अवस्थामा, Retired डेकमा राखिएको छ।</numerusform>
                <numerusform>तीमध्ये तपाईंले पढेका वा बदलेका %Ln नोटहरू तपाईंका उत्तरहरूसँगै, रोकिएको अवस्थामा, Retired डेकमा राखिएका छन्।</numerusform>
            </translation>
        </message>
        <message>
            <source>To study any of them again, select them under Decks and press Unsuspend.</source>
            <translation>तीमध्ये कुनै फेरि पढ्न, डेकहरू पृष्ठमा त्यसलाई छानेर ‘स्थगन हटाउनुहोस्’ थिच्नुहोस्।</translation>
        </message>
        <message>
            <source>Import a deck</source>
            <translation>डेक आयात गर्नुहोस्</translation>
        </message>
        <message>
            <source>Decks (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>डेकहरू (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;सबै फाइलहरू (*)</translation>
        </message>
        <message>
            <source>Imported: {a} added, {u} updated, {s} skipped.</source>
            <translation>आयात भयो: {a} थपिए, {u} अद्यावधिक भए, {s} छोडिए।</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move notes</source>
            <translation>नोटहरू सार्नुहोस्</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln note(s) to:</source>
            <translation>
                <numerusform>%Ln नोट यहाँ सार्नुहोस्:</numerusform>
                <numerusform>%Ln नोट यहाँ सार्नुहोस्:</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>सार्नुहोस् (&amp;M)</translation>
        </message>
    </context>
    <context>
        <name>NoteActions</name>
        <message>
            <source>&amp;New note…</source>
            <translation>नयाँ नोट… (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>मेटाउनुहोस्… (&amp;D)</translation>
        </message>
        <message>
            <source>M&amp;ove…</source>
            <translation>सार्नुहोस्… (&amp;O)</translation>
        </message>
        <message>
            <source>Ta&amp;g…</source>
            <translation>ट्याग… (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Fill in readings</source>
            <translation>पढाइ भर्नुहोस् (&amp;F)</translation>
        </message>
        <message>
            <source>Generate a reading for every note without one: the selected notes, or else the deck chosen above</source>
            <translation>पढाइ नभएका सबै नोटको पढाइ बनाउनुहोस्: छानिएका नोटहरू, नत्र माथि छानिएको डेक</translation>
        </message>
        <message>
            <source>Nothing was changed: the class server is not reachable. Try again when it is back.</source>
            <translation>केही परिवर्तन भएन: कक्षाको सर्भरमा पुग्न सकिएन। सर्भर फर्केपछि फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>There is no deck yet: import one first.</source>
            <translation>अहिलेसम्म कुनै डेक छैन: पहिले एउटा आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 थपियो।</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>नोटहरू मेटाउनुहोस्</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln note(s)?</source>
            <translation>
                <numerusform>%Ln नोट मेटाउने?</numerusform>
                <numerusform>%Ln नोट मेटाउने?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their %1 card(s) and %2 answer(s) by %3 learner(s) are deleted with them. This cannot be undone.</source>
            <translation>यिनीसँगै यिनका %1 कार्ड र %3 विद्यार्थीका %2 उत्तर पनि मेटिन्छन्। यो फिर्ता गर्न सकिँदैन।</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>मेटाउनुहोस् (&amp;D)</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln note(s).</source>
            <translation>
                <numerusform>%Ln नोट मेटाइयो।</numerusform>
                <numerusform>%Ln नोट मेटाइयो।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln note(s) to %1.</source>
            <translation>
                <numerusform>%Ln नोट %1 मा सारियो।</numerusform>
                <numerusform>%Ln नोट %1 मा सारियो।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 added to %Ln note(s).</source>
            <translation>
                <numerusform>ट्याग %1, %Ln नोटमा थपियो।</numerusform>
                <numerusform>ट्याग %1, %Ln नोटमा थपियो।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 removed from %Ln note(s).</source>
            <translation>
                <numerusform>ट्याग %1, %Ln नोटबाट हटाइयो।</numerusform>
                <numerusform>ट्याग %1, %Ln नोटबाट हटाइयो।</numerusform>
            </translation>
        </message>
        <message>
            <source>Every note here already has a reading.</source>
            <translation>यहाँका सबै नोटमा पढाइ पहिले नै छ।</translation>
        </message>
        <message numerus="yes">
            <source>Filling in %Ln reading(s)…</source>
            <translation>
                <numerusform>%Ln पढाइ भरिँदै…</numerusform>
                <numerusform>%Ln पढाइ भरिँदै…</numerusform>
            </translation>
        </message>
        <message>
            <source>Filling in readings: %1 of %2…</source>
            <translation>पढाइ भरिँदै: %2 मध्ये %1…</translation>
        </message>
        <message numerus="yes">
            <source>Filled in %Ln reading(s); check them (they are marked as generated).</source>
            <translation>
                <numerusform>%Ln पढाइ भरियो; जाँच गर्नुहोस् (तिनमा स्वतः बनाइएको चिन्ह छ)।</numerusform>
                <numerusform>%Ln पढाइ भरियो; जाँच गर्नुहोस् (तिनमा स्वतः बनाइएको चिन्ह छ)।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) could not be read.</source>
            <translation>
                <numerusform>%Ln नोट पढ्न सकिएन।</numerusform>
                <numerusform>%Ln नोट पढ्न सकिएन।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>&amp;Japanese:</source>
            <translation>जापानी (&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>पढाइ (&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>अर्थ, अङ्ग्रेजी (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>ट्यागहरू (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>तह (&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>सुरक्षित गर्नुहोस् (&amp;S)</translation>
        </message>
        <message>
            <source>Your training centre has locked changes to decks.</source>
            <translation>तपाईंको तालिम केन्द्रले डेकमा परिवर्तन गर्न बन्द गरेको छ।</translation>
        </message>
        <message>
            <source>Choose a note in the list to edit it.</source>
            <translation>सम्पादन गर्न सूचीबाट एउटा नोट छान्नुहोस्।</translation>
        </message>
        <message>
            <source>This reading was generated; check it and correct it if needed.</source>
            <translation>यो पढाइ स्वचालित रूपमा बनाइएको हो; जाँच्नुहोस् र आवश्यक भए सच्याउनुहोस्।</translation>
        </message>
        <message>
            <source>Not saved: the class server is not reachable. Your changes are still here; press Save again when it is back.</source>
            <translation>सुरक्षित भएन: कक्षाको सर्भरमा पुग्न सकिएन। तपाईंका परिवर्तनहरू यहीँ छन्; सर्भर फर्केपछि फेरि "सुरक्षित गर्नुहोस्" थिच्नुहोस्।</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>सुरक्षित भयो।</translation>
        </message>
        <message>
            <source>The class server is back: press Save to store your changes.</source>
            <translation>कक्षाको सर्भर फर्किएको छ: आफ्ना परिवर्तनहरू सुरक्षित गर्न "सुरक्षित गर्नुहोस्" थिच्नुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>NoteEditorDialog</name>
        <message>
            <source>Edit note</source>
            <translation>नोट सम्पादन</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Class server</source>
            <translation>कक्षाको सर्भर</translation>
        </message>
        <message>
            <source>You have studied all the cards this computer had ready. Your answers are safe here; you can go on when the class server is back.</source>
            <translation>यो कम्प्युटरमा तयार भएका सबै कार्डहरू तपाईंले पढिसक्नुभयो। तपाईंका उत्तरहरू यहाँ सुरक्षित छन्; कक्षाको सर्भर फर्केपछि तपाईं अगाडि बढ्न सक्नुहुन्छ।</translation>
        </message>
        <message>
            <source>The class server is not reachable. Your answers are saved on this computer and will be sent when it is back.</source>
            <translation>कक्षाको सर्भरमा पुग्न सकिएन। तपाईंका उत्तरहरू यो कम्प्युटरमा सुरक्षित छन् र सर्भर फर्केपछि पठाइनेछन्।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to be sent.</source>
            <translation>
                <numerusform>%Ln उत्तर पठाउन बाँकी छ।</numerusform>
                <numerusform>%Ln उत्तरहरू पठाउन बाँकी छन्।</numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is back. All your answers have been sent.</source>
            <translation>कक्षाको सर्भर फर्कियो। तपाईंका सबै उत्तरहरू पठाइसकिए।</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message numerus="yes">
            <source>{exam} on {date}: %Ln day(s) left.</source>
            <translation>
                <numerusform>{exam} {date} मा: %Ln दिन बाँकी।</numerusform>
                <numerusform>{exam} {date} मा: %Ln दिन बाँकी।</numerusform>
            </translation>
        </message>
        <message>
            <source>Every card has been met.</source>
            <translation>सबै कार्ड सिकिसकियो।</translation>
        </message>
        <message numerus="yes">
            <source>On track: %Ln card(s) still to meet.</source>
            <translation>
                <numerusform>गति ठीक छ: अझै %Ln कार्ड सिक्न बाँकी।</numerusform>
                <numerusform>गति ठीक छ: अझै %Ln कार्ड सिक्न बाँकी।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you finish on {date}.</source>
            <translation>
                <numerusform>दिनको %Ln नयाँ कार्ड सिक्दा तपाईं {date} सम्ममा सक्नुहुन्छ।</numerusform>
                <numerusform>दिनको %Ln नयाँ कार्ड सिक्दा तपाईं {date} सम्ममा सक्नुहुन्छ।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still to meet.</source>
            <translation>
                <numerusform>अझै %Ln कार्ड सिक्न बाँकी।</numerusform>
                <numerusform>अझै %Ln कार्ड सिक्न बाँकी।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That needs %Ln new card(s) a day.</source>
            <translation>
                <numerusform>यसका लागि दिनको %Ln नयाँ कार्ड चाहिन्छ।</numerusform>
                <numerusform>यसका लागि दिनको %Ln नयाँ कार्ड चाहिन्छ।</numerusform>
            </translation>
        </message>
        <message>
            <source>The exam is today or already past: choose the next exam date.</source>
            <translation>परीक्षा आज हो वा बितिसक्यो: अर्को परीक्षाको मिति छान्नुहोस्।</translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you will not meet every card before the exam.</source>
            <translation>
                <numerusform>दिनको %Ln नयाँ कार्ड सिक्दा परीक्षाअघि सबै कार्ड सकिँदैन।</numerusform>
                <numerusform>दिनको %Ln नयाँ कार्ड सिक्दा परीक्षाअघि सबै कार्ड सकिँदैन।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln a day would.</source>
            <translation>
                <numerusform>दिनको %Ln ले पुग्छ।</numerusform>
                <numerusform>दिनको %Ln ले पुग्छ।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day,</source>
            <translation>
                <numerusform>यसको अर्थ दिनको करिब %Ln उत्तर,</numerusform>
                <numerusform>यसको अर्थ दिनको करिब %Ln उत्तर,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than the %Ln you do on a typical day.</source>
            <translation>
                <numerusform>जुन तपाईंको सामान्य दिनको %Ln भन्दा बढी हो।</numerusform>
                <numerusform>जुन तपाईंको सामान्य दिनको %Ln भन्दा बढी हो।</numerusform>
            </translation>
        </message>
        <message>
            <source>which is a lot to start with.</source>
            <translation>जुन सुरुमा धेरै हो।</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>The cell has {chars} characters; the limit is {limit}.</source>
            <translation>यो कोठामा {chars} अक्षर छन्; सीमा {limit} हो।</translation>
        </message>
        <message>
            <source>The id is empty.</source>
            <translation>id खाली छ।</translation>
        </message>
        <message>
            <source>The kind “{kind}” is not vocab, kanji or grammar.</source>
            <translation>प्रकार “{kind}” vocab, kanji वा grammar होइन।</translation>
        </message>
        <message>
            <source>The Japanese word or sentence is empty.</source>
            <translation>जापानी शब्द वा वाक्य खाली छ।</translation>
        </message>
        <message>
            <source>“{value}” is not kana.</source>
            <translation>“{value}” काना होइन।</translation>
        </message>
        <message>
            <source>The English meaning is empty.</source>
            <translation>अङ्ग्रेजी अर्थ खाली छ।</translation>
        </message>
        <message>
            <source>“{word}” is in the file twice (first on row {first}).</source>
            <translation>“{word}” फाइलमा दुई पटक छ (पहिलो पटक पङ्क्ति {first} मा)।</translation>
        </message>
        <message>
            <source>The level “{level}” is too long.</source>
            <translation>स्तर “{level}” धेरै लामो छ।</translation>
        </message>
        <message>
            <source>The sector “{sector}” is too long.</source>
            <translation>क्षेत्र “{sector}” धेरै लामो छ।</translation>
        </message>
        <message>
            <source>“{name}” is not a plain file name.</source>
            <translation>“{name}” साधारण फाइलको नाम होइन।</translation>
        </message>
        <message>
            <source>“{name}” is not in the media/ folder.</source>
            <translation>“{name}” media/ फोल्डरमा छैन।</translation>
        </message>
        <message>
            <source>The id “{id}” is used twice (first on row {first}).</source>
            <translation>id “{id}” दुई पटक प्रयोग भएको छ (पहिलो पटक पङ्क्ति {first} मा)।</translation>
        </message>
        <message>
            <source>The row has {cells} cells, but the first row names {columns} columns.</source>
            <translation>यो पङ्क्तिमा {cells} कोठा छन्, तर पहिलो पङ्क्तिले {columns} स्तम्भको नाम दिन्छ।</translation>
        </message>
        <message>
            <source>{key} must be text.</source>
            <translation>{key} पाठ हुनुपर्छ।</translation>
        </message>
        <message>
            <source>{key} is missing.</source>
            <translation>{key} छैन।</translation>
        </message>
        <message>
            <source>This jpprep cannot read deck format {value} (it reads format 1).</source>
            <translation>jpprep को यो संस्करणले डेक ढाँचा {value} पढ्न सक्दैन (यसले ढाँचा १ पढ्छ)।</translation>
        </message>
        <message>
            <source>The deck id “{value}” may use only lower-case letters, digits, '.', '_' and '-'.</source>
            <translation>डेक id “{value}” मा सानो अङ्ग्रेजी अक्षर, अङ्क, '.', '_' र '-' मात्र हुन सक्छन्।</translation>
        </message>
        <message>
            <source>The deck name “{value}” has an empty part between '::'.</source>
            <translation>डेकको नाम “{value}” मा '::' बीचको एउटा भाग खाली छ।</translation>
        </message>
        <message>
            <source>languages must be a list of language codes.</source>
            <translation>languages भाषा कोडहरूको सूची हुनुपर्छ।</translation>
        </message>
        <message>
            <source>card_types must be a list taken from {known}.</source>
            <translation>card_types यी मध्येबाट बनेको सूची हुनुपर्छ: {known}।</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>यस्तो कुनै फाइल वा फोल्डर छैन।</translation>
        </message>
        <message>
            <source>jpprep cannot import this kind of file.</source>
            <translation>jpprep ले यस प्रकारको फाइल आयात गर्न सक्दैन।</translation>
        </message>
        <message>
            <source>This .jpdeck has no deck.toml.</source>
            <translation>यो .jpdeck मा deck.toml छैन।</translation>
        </message>
        <message>
            <source>deck.toml is missing.</source>
            <translation>deck.toml छैन।</translation>
        </message>
        <message>
            <source>deck.toml is not UTF-8 text.</source>
            <translation>deck.toml UTF-8 पाठ होइन।</translation>
        </message>
        <message>
            <source>deck.toml is not valid TOML.</source>
            <translation>deck.toml मान्य TOML होइन।</translation>
        </message>
        <message>
            <source>notes.csv is missing.</source>
            <translation>notes.csv छैन।</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>यो फाइल UTF-8 पाठ होइन।</translation>
        </message>
        <message>
            <source>The CSV file cannot be read.</source>
            <translation>CSV फाइल पढ्न सकिँदैन।</translation>
        </message>
        <message>
            <source>notes.csv is empty.</source>
            <translation>notes.csv खाली छ।</translation>
        </message>
        <message>
            <source>notes.csv has no column “{column}”.</source>
            <translation>notes.csv मा “{column}” स्तम्भ छैन।</translation>
        </message>
        <message>
            <source>notes.csv names the column “{column}” twice.</source>
            <translation>notes.csv मा “{column}” स्तम्भको नाम दुई पटक छ।</translation>
        </message>
        <message>
            <source>The file's text encoding is not UTF-8 or Shift_JIS.</source>
            <translation>यो फाइलको पाठ एन्कोडिङ UTF-8 वा Shift_JIS होइन।</translation>
        </message>
        <message>
            <source>This Excel file is damaged or cannot be read.</source>
            <translation>यो Excel फाइल बिग्रेको छ वा पढ्न सकिँदैन।</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>यो वर्कबुकमा कुनै शिट छैन।</translation>
        </message>
        <message>
            <source>The file has more than {max} rows.</source>
            <translation>यो फाइलमा {max} भन्दा बढी पङ्क्ति छन्।</translation>
        </message>
        <message>
            <source>jpprep cannot read the file ({detail}).</source>
            <translation>jpprep ले यो फाइल पढ्न सक्दैन ({detail})।</translation>
        </message>
        <message>
            <source>The spreadsheet is empty.</source>
            <translation>स्प्रेडसिट खाली छ।</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the Japanese words.</source>
            <translation>jpprep ले जापानी शब्द कुन स्तम्भमा छन् भनेर पत्ता लगाउन सकेन।</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the meanings.</source>
            <translation>jpprep ले अर्थ कुन स्तम्भमा छन् भनेर पत्ता लगाउन सकेन।</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB, more than the {limit_mb} MB jpprep accepts.</source>
            <translation>यो फाइल {size_mb} MB को छ, jpprep ले लिने {limit_mb} MB भन्दा बढी।</translation>
        </message>
        <message>
            <source>This file is not a zip archive, or it is damaged.</source>
            <translation>यो फाइल zip अभिलेख होइन, वा बिग्रेको छ।</translation>
        </message>
        <message>
            <source>This archive holds an unsafe entry (a path outside it, a link, or far more data than its size); nothing was imported.</source>
            <translation>यो अभिलेखमा असुरक्षित प्रविष्टि छ (बाहिरतिरको मार्ग, लिङ्क, वा आफ्नो आकारभन्दा धेरै बढी डाटा); केही पनि आयात भएन।</translation>
        </message>
        <message>
            <source>A part of this Anki package is damaged.</source>
            <translation>यो Anki प्याकेजको एउटा भाग बिग्रेको छ।</translation>
        </message>
        <message>
            <source>This package was made by a newer Anki than jpprep knows.</source>
            <translation>यो प्याकेज jpprep ले नचिनेको Anki को नयाँ संस्करणले बनाएको हो।</translation>
        </message>
        <message>
            <source>This is not an Anki package (it has no collection).</source>
            <translation>यो Anki प्याकेज होइन (यसमा संग्रह छैन)।</translation>
        </message>
        <message>
            <source>The package holds no notes.</source>
            <translation>यो प्याकेजमा कुनै नोट छैन।</translation>
        </message>
        <message>
            <source>The note type of this note is missing or has no fields; the note was left out.</source>
            <translation>यो नोटको नोट प्रकार छैन वा त्यसमा कुनै क्षेत्र छैन; यो नोट छोडियो।</translation>
        </message>
        <message>
            <source>The GUID “{guid}” appears twice; the second note was left out.</source>
            <translation>GUID “{guid}” दुई पटक आएको छ; दोस्रो नोट छोडियो।</translation>
        </message>
        <message>
            <source>The fields of this note hold {chars} characters, more than jpprep accepts; the note was left out.</source>
            <translation>यो नोटका क्षेत्रहरूमा {chars} अक्षर छन्, jpprep ले लिन सक्नेभन्दा बढी; यो नोट छोडियो।</translation>
        </message>
        <message>
            <source>The media file name “{name}” is not safe; the file was left out.</source>
            <translation>मिडिया फाइलको नाम “{name}” सुरक्षित छैन; यो फाइल छोडियो।</translation>
        </message>
        <message>
            <source>The note id “{id}” appears twice; the first note was kept and the second left out.</source>
            <translation>नोट id “{id}” दुई पटक आएको छ; पहिलो नोट राखियो र दोस्रो छोडियो।</translation>
        </message>
        <message>
            <source>Shorten it; long texts belong in a separate file.</source>
            <translation>यसलाई छोटो बनाउनुहोस्; लामो पाठ छुट्टै फाइलमा राख्नुहोस्।</translation>
        </message>
        <message>
            <source>Give every row an id that is unique in the deck, for example taberu.</source>
            <translation>हरेक पङ्क्तिलाई डेकमा अरू कसैको नभएको id दिनुहोस्, जस्तै taberu।</translation>
        </message>
        <message>
            <source>Give every row its own id.</source>
            <translation>हरेक पङ्क्तिलाई आफ्नै छुट्टै id दिनुहोस्।</translation>
        </message>
        <message>
            <source>Write vocab, kanji or grammar, or leave it empty for vocab.</source>
            <translation>vocab, kanji वा grammar लेख्नुहोस्, वा vocab का लागि खाली छोड्नुहोस्।</translation>
        </message>
        <message>
            <source>Write the Japanese word or sentence.</source>
            <translation>जापानी शब्द वा वाक्य लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>Write {kana}, or leave it empty and jpprep makes the reading.</source>
            <translation>{kana} लेख्नुहोस्, वा खाली छोड्नुहोस् र jpprep ले आफैँ उच्चारण बनाउँछ।</translation>
        </message>
        <message>
            <source>Write the reading in hiragana, or leave it empty and jpprep makes the reading.</source>
            <translation>उच्चारण हिरागानामा लेख्नुहोस्, वा खाली छोड्नुहोस् र jpprep ले आफैँ उच्चारण बनाउँछ।</translation>
        </message>
        <message>
            <source>Write the English meaning (other languages go in meaning_ur, meaning_ne, …).</source>
            <translation>अङ्ग्रेजी अर्थ लेख्नुहोस् (अरू भाषा meaning_ur, meaning_ne, … मा जान्छन्)।</translation>
        </message>
        <message>
            <source>Write the English meaning in this cell.</source>
            <translation>यो कक्षमा अङ्ग्रेजी अर्थ लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>Remove one of the rows, or give each its own reading.</source>
            <translation>ती पङ्क्तिमध्ये एउटा हटाउनुहोस्, वा हरेकलाई आफ्नै उच्चारण दिनुहोस्।</translation>
        </message>
        <message>
            <source>Write N5, N4, N3, N2 or N1.</source>
            <translation>N5, N4, N3, N2 वा N1 लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>Use a short code such as nursing-care.</source>
            <translation>nursing-care जस्तो छोटो कोड प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Write only the file name inside media/, for example taberu.mp3.</source>
            <translation>media/ भित्रको फाइलको नाम मात्र लेख्नुहोस्, जस्तै taberu.mp3।</translation>
        </message>
        <message>
            <source>Put the file in media/, or clear the cell.</source>
            <translation>फाइल media/ मा राख्नुहोस्, वा कोठा खाली गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Put quotes around cells that contain commas.</source>
            <translation>अल्पविराम भएका कोठालाई उद्धरण चिह्नभित्र राख्नुहोस्।</translation>
        </message>
        <message>
            <source>Write {key} = "...".</source>
            <translation>{key} = "..." लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>Add a line {key} = "..." to deck.toml.</source>
            <translation>deck.toml मा {key} = "..." भन्ने लाइन थप्नुहोस्।</translation>
        </message>
        <message>
            <source>Install a newer jpprep, or set format = 1.</source>
            <translation>jpprep को नयाँ संस्करण इन्स्टल गर्नुहोस्, वा format = 1 राख्नुहोस्।</translation>
        </message>
        <message>
            <source>For example id = "jlpt-n5-verbs".</source>
            <translation>जस्तै id = "jlpt-n5-verbs"।</translation>
        </message>
        <message>
            <source>Write it like "JLPT::N5".</source>
            <translation>यसलाई "JLPT::N5" जस्तै लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>For example languages = ["en", "ur"].</source>
            <translation>जस्तै languages = ["en", "ur"]।</translation>
        </message>
        <message>
            <source>For example card_types = ["recognition"].</source>
            <translation>जस्तै card_types = ["recognition"]।</translation>
        </message>
        <message>
            <source>Check the name and the folder it is in.</source>
            <translation>नाम र त्यो रहेको फोल्डर जाँच्नुहोस्।</translation>
        </message>
        <message>
            <source>Import a deck folder, .jpdeck, .apkg, .colpkg, .csv, .tsv or .xlsx.</source>
            <translation>डेक फोल्डर, .jpdeck, .apkg, .colpkg, .csv, .tsv वा .xlsx आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Zip the deck folder itself (deck.toml, notes.csv and media/).</source>
            <translation>डेक फोल्डर आफैँलाई zip गर्नुहोस् (deck.toml, notes.csv र media/)।</translation>
        </message>
        <message>
            <source>Every deck folder needs a deck.toml.</source>
            <translation>हरेक डेक फोल्डरमा deck.toml चाहिन्छ।</translation>
        </message>
        <message>
            <source>Save it as UTF-8.</source>
            <translation>यसलाई UTF-8 मा सेभ गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Check the quotes and brackets on that line.</source>
            <translation>त्यो लाइनमा उद्धरण चिह्न र कोष्ठक जाँच्नुहोस्।</translation>
        </message>
        <message>
            <source>Put the notes in notes.csv next to deck.toml.</source>
            <translation>नोटहरू deck.toml को छेउमा notes.csv मा राख्नुहोस्।</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” (in Excel: Save As &gt; CSV UTF-8).</source>
            <translation>यसलाई “CSV UTF-8” का रूपमा सेभ गर्नुहोस् (Excel मा: Save As &gt; CSV UTF-8)।</translation>
        </message>
        <message>
            <source>Check the quotes in that row.</source>
            <translation>त्यो पङ्क्तिमा उद्धरण चिह्न जाँच्नुहोस्।</translation>
        </message>
        <message>
            <source>The first line names the columns: id,expression,reading,meaning_en</source>
            <translation>पहिलो लाइनले स्तम्भहरूको नाम दिन्छ: id,expression,reading,meaning_en</translation>
        </message>
        <message>
            <source>The first line must name the columns, at least id,expression,meaning_en.</source>
            <translation>पहिलो लाइनले स्तम्भहरूको नाम दिनुपर्छ, कम्तीमा id,expression,meaning_en।</translation>
        </message>
        <message>
            <source>Rename or remove one of them.</source>
            <translation>तीमध्ये एउटाको नाम बदल्नुहोस् वा हटाउनुहोस्।</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” in Excel or LibreOffice.</source>
            <translation>यसलाई Excel वा LibreOffice मा “CSV UTF-8” का रूपमा सेभ गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Open it in Excel and save it again as .xlsx.</source>
            <translation>यसलाई Excel मा खोलेर फेरि .xlsx का रूपमा सेभ गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Split it into smaller decks.</source>
            <translation>यसलाई साना डेकहरूमा बाँड्नुहोस्।</translation>
        </message>
        <message>
            <source>Put one word per row: kanji, kana, meaning.</source>
            <translation>हरेक पङ्क्तिमा एउटा शब्द राख्नुहोस्: कान्जी, काना, अर्थ।</translation>
        </message>
        <message>
            <source>Name that column “expression” (or 漢字), or choose it in the column step.</source>
            <translation>त्यो स्तम्भको नाम “expression” (वा 漢字) राख्नुहोस्, वा स्तम्भ चरणमा छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Name that column “meaning_en” (or English), or choose it in the column step.</source>
            <translation>त्यो स्तम्भको नाम “meaning_en” (वा English) राख्नुहोस्, वा स्तम्भ चरणमा छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Export it again from the program that made it.</source>
            <translation>यसलाई बनाउने प्रोग्रामबाट फेरि निर्यात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Only import files from people you trust.</source>
            <translation>आफूले भरोसा गर्ने मानिसका फाइल मात्र आयात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Export the deck from Anki again.</source>
            <translation>Anki बाट डेक फेरि निर्यात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>In Anki, export with “Support older Anki versions” ticked.</source>
            <translation>Anki मा “Support older Anki versions” मा चिन्ह लगाएर निर्यात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose an .apkg or .colpkg file from Anki.</source>
            <translation>Anki को .apkg वा .colpkg फाइल छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Export the deck with its notes from Anki.</source>
            <translation>Anki बाट डेक यसका नोटहरूसहित निर्यात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Repair the note type in Anki (Tools &gt; Check Database).</source>
            <translation>Anki मा नोट प्रकार मर्मत गर्नुहोस् (Tools &gt; Check Database)।</translation>
        </message>
        <message>
            <source>Run Tools &gt; Check Database in Anki and export again.</source>
            <translation>Anki मा Tools &gt; Check Database चलाएर फेरि निर्यात गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Shorten the note in Anki.</source>
            <translation>Anki मा यो नोट छोटो बनाउनुहोस्।</translation>
        </message>
        <message>
            <source>Rename the file in Anki's media folder.</source>
            <translation>Anki को मिडिया फोल्डरमा यो फाइलको नाम बदल्नुहोस्।</translation>
        </message>
        <message>
            <source>Give every note its own id.</source>
            <translation>हरेक नोटलाई आफ्नै छुट्टै id दिनुहोस्।</translation>
        </message>
        <message>
            <source>note {guid}</source>
            <translation>नोट {guid}</translation>
        </message>
        <message>
            <source>{file}, note {guid}</source>
            <translation>{file}, नोट {guid}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, लाइन {line}</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column} ({field})</source>
            <translation>{file}, पङ्क्ति {row}, स्तम्भ {column} ({field})</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {field}</source>
            <translation>{file}, पङ्क्ति {row}, स्तम्भ {field}</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <translation>{file}, पङ्क्ति {row}</translation>
        </message>
        <message>
            <source>{file}, column {field}</source>
            <translation>{file}, स्तम्भ {field}</translation>
        </message>
        <message>
            <source>{file}, field {field}</source>
            <translation>{file}, क्षेत्र {field}</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>धेरै पटक गलत भयो। कृपया {n} मिनेट पर्खनुहोस्, वा आफ्नो शिक्षकलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>धेरै पटक गलत भयो। कृपया {n} सेकेन्ड पर्खनुहोस्, वा आफ्नो शिक्षकलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>Welcome to jpprep</source>
            <translation>jpprep मा स्वागत छ</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation>प्रोफाइल छान्नुहोस्</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>प्रोफाइलहरू</translation>
        </message>
        <message>
            <source>Who is studying?</source>
            <translation>को पढ्दै हुनुहुन्छ?</translation>
        </message>
        <message>
            <source>PIN:</source>
            <translation>पिन:</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>पिन</translation>
        </message>
        <message>
            <source>Or make a new profile:</source>
            <translation>वा नयाँ प्रोफाइल बनाउनुहोस्:</translation>
        </message>
        <message>
            <source>jpprep keeps your progress on this computer.
What is your name? It is shown only here.</source>
            <translation>jpprep ले तपाईंको प्रगति यही कम्प्युटरमा राख्छ।
तपाईंको नाम के हो? यो यहाँ मात्र देखाइन्छ।</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>विद्यार्थी</translation>
        </message>
        <message>
            <source>New profile name</source>
            <translation>नयाँ प्रोफाइलको नाम</translation>
        </message>
        <message>
            <source>&amp;Instructor profile</source>
            <translation>शिक्षकको प्रोफाइल (&amp;I)</translation>
        </message>
        <message>
            <source>Instructor password</source>
            <translation>शिक्षकको पासवर्ड</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>सुरु गर्नुहोस्</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>This profile has a PIN. Please type it.</source>
            <translation>यो प्रोफाइलमा PIN छ। कृपया टाइप गर्नुहोस्।</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. You can try %Ln more time(s) before you must wait.</source>
            <translation>
                <numerusform>यो PIN मिलेन। पर्खनुपर्नुअघि तपाईं अझै %Ln पटक प्रयास गर्न सक्नुहुन्छ।</numerusform>
                <numerusform>यो PIN मिलेन। पर्खनुपर्नुअघि तपाईं अझै %Ln पटक प्रयास गर्न सक्नुहुन्छ।</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>प्रोफाइल</translation>
        </message>
        <message>
            <source>That is not the instructor password. Nothing was made.</source>
            <translation>त्यो शिक्षकको पासवर्ड होइन। केही बनाइएन।</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ठिक छ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>रद्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>बन्द गर्नुहोस्</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>सुरक्षित गर्नुहोस्</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>खोल्नुहोस्</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>खारेज गर्नुहोस्</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>लागू गर्नुहोस्</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>मद्दत</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>हो (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>होइन (&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>QuestionTypes</name>
        <message>
            <source>Kanji reading</source>
            <translation>कान्जीको उच्चारण</translation>
        </message>
        <message>
            <source>Orthography</source>
            <translation>कान्जीमा लेख्ने</translation>
        </message>
        <message>
            <source>Word formation</source>
            <translation>शब्द निर्माण</translation>
        </message>
        <message>
            <source>Contextually-defined expressions</source>
            <translation>सन्दर्भअनुसारको शब्द</translation>
        </message>
        <message>
            <source>Paraphrases</source>
            <translation>समान अर्थको अभिव्यक्ति</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>शब्दको प्रयोग</translation>
        </message>
        <message>
            <source>Selecting grammar form</source>
            <translation>व्याकरणको सही रूप छान्ने</translation>
        </message>
        <message>
            <source>Sentence composition</source>
            <translation>वाक्य बनाउने</translation>
        </message>
        <message>
            <source>Text grammar</source>
            <translation>पाठको व्याकरण</translation>
        </message>
        <message>
            <source>Comprehension (short passages)</source>
            <translation>छोटो पाठ बुझ्ने</translation>
        </message>
        <message>
            <source>Comprehension (mid-size passages)</source>
            <translation>मध्यम लम्बाइको पाठ बुझ्ने</translation>
        </message>
        <message>
            <source>Comprehension (long passages)</source>
            <translation>लामो पाठ बुझ्ने</translation>
        </message>
        <message>
            <source>Integrated comprehension</source>
            <translation>धेरै पाठ मिलाएर बुझ्ने</translation>
        </message>
        <message>
            <source>Thematic comprehension</source>
            <translation>लेखकको मत बुझ्ने</translation>
        </message>
        <message>
            <source>Information retrieval</source>
            <translation>जानकारी खोज्ने</translation>
        </message>
        <message>
            <source>Task-based comprehension</source>
            <translation>गर्नुपर्ने काम बुझ्ने</translation>
        </message>
        <message>
            <source>Comprehension of key points</source>
            <translation>मुख्य कुरा बुझ्ने</translation>
        </message>
        <message>
            <source>Summary comprehension</source>
            <translation>सारांश बुझ्ने</translation>
        </message>
        <message>
            <source>Verbal expressions</source>
            <translation>परिस्थितिअनुसार बोल्ने</translation>
        </message>
        <message>
            <source>Quick response</source>
            <translation>तुरुन्त जवाफ</translation>
        </message>
        <message>
            <source>Integrated comprehension (listening)</source>
            <translation>धेरै कुरा सुनेर मिलाएर बुझ्ने</translation>
        </message>
        <message>
            <source>Word meaning</source>
            <translation>शब्दको अर्थ</translation>
        </message>
        <message>
            <source>Word usage</source>
            <translation>शब्दको प्रयोग</translation>
        </message>
        <message>
            <source>Kanji meaning and usage</source>
            <translation>कान्जीको अर्थ र प्रयोग</translation>
        </message>
        <message>
            <source>Grammar</source>
            <translation>व्याकरण</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>अभिव्यक्ति</translation>
        </message>
        <message>
            <source>Comprehending conversations</source>
            <translation>कुराकानी बुझ्ने</translation>
        </message>
        <message>
            <source>Communicating at shops and public places</source>
            <translation>पसल र सार्वजनिक ठाउँमा कुराकानी</translation>
        </message>
        <message>
            <source>Announcements and instructions</source>
            <translation>सूचना र निर्देशन</translation>
        </message>
        <message>
            <source>Comprehending content</source>
            <translation>विषयवस्तु बुझ्ने</translation>
        </message>
        <message>
            <source>Information search</source>
            <translation>जानकारी खोज्ने</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>सैद्धान्तिक ज्ञान</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>सही वा गलत</translation>
        </message>
        <message>
            <source>Photo or illustration judgement</source>
            <translation>तस्बिर हेरेर निर्णय</translation>
        </message>
        <message>
            <source>Calculation</source>
            <translation>हिसाब</translation>
        </message>
        <message>
            <source>Listening to instructions</source>
            <translation>निर्देशन सुन्ने</translation>
        </message>
        <message>
            <source>Care vocabulary</source>
            <translation>हेरचाहका शब्द</translation>
        </message>
        <message>
            <source>Care conversation</source>
            <translation>हेरचाहको कुराकानी</translation>
        </message>
        <message>
            <source>Care documents</source>
            <translation>हेरचाहका कागजात</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>▶ Play audio (L)</source>
            <translation>▶ अडियो बजाउनुहोस् (L)</translation>
        </message>
        <message>
            <source>The audio plays once.</source>
            <translation>अडियो एक पटक मात्र बज्छ।</translation>
        </message>
        <message>
            <source>Audio playback is not available on this computer: the script is shown instead when you press Play.</source>
            <translation>यो कम्प्युटरमा अडियो बजाउन मिल्दैन: बजाउनुहोस् थिच्दा त्यसको लिखित रूप देखाइन्छ।</translation>
        </message>
        <message>
            <source>Played. In this test the audio plays only once.</source>
            <translation>बज्यो। यो परीक्षामा अडियो एक पटक मात्र बज्छ।</translation>
        </message>
    </context>
    <context>
        <name>ReadingPreview</name>
        <message>
            <source>word, e.g. 日本</source>
            <translation>शब्द, जस्तै 日本</translation>
        </message>
        <message>
            <source>reading, e.g. にほん</source>
            <translation>पढाइ, जस्तै にほん</translation>
        </message>
        <message>
            <source>in this deck</source>
            <translation>यो डेकमा</translation>
        </message>
        <message>
            <source>in every deck</source>
            <translation>सबै डेकमा</translation>
        </message>
        <message>
            <source>Sa&amp;ve correction</source>
            <translation>सुधार सुरक्षित गर्नुहोस् (&amp;V)</translation>
        </message>
        <message>
            <source>Always read</source>
            <translation>यो शब्द</translation>
        </message>
        <message>
            <source>as</source>
            <translation>सधैँ यसरी पढ्नुहोस्</translation>
        </message>
        <message>
            <source>Generated reading: %1 (nothing typed; check it)</source>
            <translation>स्वतः बनाइएको पढाइ: %1 (केही लेखिएको छैन; जाँच गर्नुहोस्)</translation>
        </message>
        <message>
            <source>Now always read as %1.</source>
            <translation>अब सधैँ %1 पढिन्छ।</translation>
        </message>
        <message>
            <source>Choose a note first, or save it for every deck.</source>
            <translation>पहिले एउटा नोट छान्नुहोस्, वा सबै डेकका लागि सुरक्षित गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Saved: %1 is now always read %2.</source>
            <translation>सुरक्षित भयो: %1 अब सधैँ %2 पढिन्छ।</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Scoring section</source>
            <translation>अंक गणना खण्ड</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>सही</translation>
        </message>
        <message>
            <source>Estimated score</source>
            <translation>अनुमानित अंक</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>न्यूनतम</translation>
        </message>
        <message>
            <source>Send missed questions to a review deck</source>
            <translation>छुटेका प्रश्नहरू दोहोर्‍याउने डेकमा पठाउनुहोस्</translation>
        </message>
        <message>
            <source>Back to exams</source>
            <translation>परीक्षाहरूमा फर्कनुहोस्</translation>
        </message>
        <message>
            <source>Form: %1</source>
            <translation>प्रश्नपत्र: %1</translation>
        </message>
        <message>
            <source>Practice finished: %1 of %2 correct.</source>
            <translation>अभ्यास सकियो: %2 मध्ये %1 सही।</translation>
        </message>
        <message>
            <source>Estimated result: PASS (%1 of %2 correct).</source>
            <translation>अनुमानित नतिजा: उत्तीर्ण (%2 मध्ये %1 सही)।</translation>
        </message>
        <message>
            <source>Estimated result: NOT YET A PASS (%1 of %2 correct).</source>
            <translation>अनुमानित नतिजा: अझै उत्तीर्ण भएन (%2 मध्ये %1 सही)।</translation>
        </message>
        <message>
            <source>Score: %1%</source>
            <translation>अंक: %1%</translation>
        </message>
        <message>
            <source>Estimated total: %1 / %2</source>
            <translation>अनुमानित जम्मा: %1 / %2</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>A1 भन्दा तल</translation>
        </message>
        <message>
            <source>Band: %1</source>
            <translation>स्तर: %1</translation>
        </message>
        <message>
            <source>below the minimum</source>
            <translation>न्यूनतमभन्दा कम</translation>
        </message>
        <message>
            <source>The total %1 is below the pass mark %2.</source>
            <translation>कुल अंक %1 उत्तीर्णाङ्क %2 भन्दा कम छ।</translation>
        </message>
        <message>
            <source>The estimate %1 is below %2 (A2), the level the SSW visa asks for.</source>
            <translation>अनुमानित अंक %1, %2 (A2) भन्दा कम छ, जुन SSW भिसाका लागि चाहिने स्तर हो।</translation>
        </message>
        <message>
            <source>%1% of the points is below the pass mark %2%.</source>
            <translation>%1% अंक उत्तीर्णाङ्क %2% भन्दा कम छ।</translation>
        </message>
        <message>
            <source>%1: at this rate this section would be below its minimum (%2).</source>
            <translation>%1: यही दरमा यो खण्ड आफ्नो न्यूनतम अंकभन्दा तल हुनेछ (%2)।</translation>
        </message>
        <message>
            <source>%1 is below its minimum (%2): this alone fails the test, whatever the total.</source>
            <translation>%1 आफ्नो न्यूनतम अंकभन्दा तल छ (%2): कुल अंक जति भए पनि यसैले मात्र परीक्षामा अनुत्तीर्ण हुन्छ।</translation>
        </message>
        <message>
            <source>This is an estimate. Real JLPT scores are scaled scores (Item Response Theory): they depend on which questions you got right, not only how many, so your real score can differ.</source>
            <translation>यो अनुमान मात्र हो। JLPT का वास्तविक अंक स्केल्ड अंक हुन् (आइटम रेस्पोन्स थ्योरी): कति प्रश्न मात्र होइन, कुन प्रश्न सही भयो भन्नेमा पनि भर पर्छ, त्यसैले तपाईंको वास्तविक अंक फरक हुन सक्छ।</translation>
        </message>
        <message>
            <source>This is an estimate. The real JFT-Basic score (10-250) is a scaled score (Item Response Theory) from a calibrated question pool, so your real score can differ.</source>
            <translation>यो अनुमान मात्र हो। JFT-Basic को वास्तविक अंक (10-250) मापन गरिएको प्रश्न भण्डारबाट निकालिने स्केल्ड अंक हो (आइटम रेस्पोन्स थ्योरी), त्यसैले तपाईंको वास्तविक अंक फरक हुन सक्छ।</translation>
        </message>
        <message>
            <source>This is an estimate from the share of points. The organiser may adjust the pass mark for each test's difficulty.</source>
            <translation>यो प्राप्त अंकको अनुपातबाट गरिएको अनुमान हो। आयोजकले प्रत्येक परीक्षाको कठिनाइअनुसार उत्तीर्णाङ्क मिलाउन सक्छन्।</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>तपाईंको उत्तर</translation>
        </message>
        <message>
            <source>Right answer</source>
            <translation>सही उत्तर</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>स्क्रिप्ट</translation>
        </message>
        <message>
            <source>No {language} explanation yet: showing English.</source>
            <translation>अहिलेसम्म {language} व्याख्या छैन: अङ्ग्रेजी देखाइँदै।</translation>
        </message>
    </context>
    <context>
        <name>RunnerBase</name>
        <message>
            <source>Start the section (Enter)</source>
            <translation>खण्ड सुरु गर्नुहोस् (Enter)</translation>
        </message>
        <message>
            <source>Time is up for that section.</source>
            <translation>त्यो खण्डको समय सकियो।</translation>
        </message>
        <message>
            <source>This audio has already been played.</source>
            <translation>यो अडियो पहिले नै बजिसकेको छ।</translation>
        </message>
        <message>
            <source>Preparing the audio…</source>
            <translation>अडियो तयार हुँदै…</translation>
        </message>
        <message>
            <source>Press Finish section again (E) to close this section. You cannot come back to it.</source>
            <translation>यो खण्ड बन्द गर्न फेरि «खण्ड समाप्त गर्नुहोस्» (E) थिच्नुहोस्। तपाईं यसमा फर्कन सक्नुहुने छैन।</translation>
        </message>
        <message>
            <source>Next section: %1
%2 minutes. The timer starts when you begin.</source>
            <translation>अर्को खण्ड: %1
%2 मिनेट। तपाईंले सुरु गरेपछि समय चल्न थाल्छ।</translation>
        </message>
    </context>
    <context>
        <name>RunnerWords</name>
        <message numerus="yes">
            <source>%Ln question(s) not answered. </source>
            <translation>
                <numerusform>%Ln प्रश्नको उत्तर दिइएको छैन। </numerusform>
                <numerusform>%Ln प्रश्नहरूको उत्तर दिइएको छैन। </numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam: your answers are saved on this computer and sent when the server is back, even if jpprep is closed meanwhile.</source>
            <translation>कक्षाको सर्भरमा पुग्न सकिएन। परीक्षा जारी राख्नुहोस्: तपाईंका उत्तरहरू यो कम्प्युटरमा सुरक्षित छन् र सर्भर फर्केपछि पठाइनेछन्, बीचमा jpprep बन्द भए पनि।</translation>
        </message>
    </context>
    <context>
        <name>SectionNames</name>
        <message>
            <source>Script and Vocabulary</source>
            <translation>लिपि र शब्दावली</translation>
        </message>
        <message>
            <source>Conversation and Expression</source>
            <translation>कुराकानी र अभिव्यक्ति</translation>
        </message>
        <message>
            <source>Listening Comprehension</source>
            <translation>सुनेर बुझ्ने</translation>
        </message>
        <message>
            <source>Reading Comprehension</source>
            <translation>पढेर बुझ्ने</translation>
        </message>
        <message>
            <source>Listening</source>
            <translation>सुनेर बुझ्ने</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>पढेर बुझ्ने</translation>
        </message>
        <message>
            <source>Language Knowledge</source>
            <translation>भाषा ज्ञान</translation>
        </message>
        <message>
            <source>Language Knowledge and Reading</source>
            <translation>भाषा ज्ञान र पढेर बुझ्ने</translation>
        </message>
        <message>
            <source>Language Knowledge (Vocabulary)</source>
            <translation>भाषा ज्ञान (लिपि र शब्दावली)</translation>
        </message>
        <message>
            <source>Language Knowledge (Grammar) and Reading</source>
            <translation>भाषा ज्ञान (व्याकरण) र पढेर बुझ्ने</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>सैद्धान्तिक ज्ञान</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>व्यावहारिक</translation>
        </message>
        <message>
            <source>Practical (judgement)</source>
            <translation>व्यावहारिक (परिस्थितिको निर्णय)</translation>
        </message>
        <message>
            <source>Japanese listening</source>
            <translation>जापानी भाषा सुनेर बुझ्ने</translation>
        </message>
        <message>
            <source>Nursing Care Japanese</source>
            <translation>हेरचाह (कैगो) को जापानी भाषा</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>जम्मा</translation>
        </message>
    </context>
    <context>
        <name>ServerNotice</name>
        <message>
            <source>Class server</source>
            <translation>कक्षाको सर्भर</translation>
        </message>
    </context>
    <context>
        <name>ServerWords</name>
        <message>
            <source>The class server is not reachable. This page shows what it last read, and changes cannot be saved until the server is back. jpprep keeps trying.</source>
            <translation>कक्षाको सर्भरमा पुग्न सकिएन। यो पृष्ठले अन्तिम पटक पढेको कुरा देखाउँदैछ, र सर्भर नफर्केसम्म परिवर्तनहरू सुरक्षित गर्न सकिँदैन। jpprep ले प्रयास गरिरहेको छ।</translation>
        </message>
        <message>
            <source>The class server is not reachable; try again when it is back.</source>
            <translation>कक्षाको सर्भरमा पुग्न सकिएन; सर्भर फर्केपछि फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam and keep jpprep open: your answers are saved as soon as the server is back.</source>
            <translation>कक्षाको सर्भरमा पुग्न सकिएन। परीक्षा जारी राख्नुहोस् र jpprep खुला राख्नुहोस्: सर्भर फर्कनेबित्तिकै तपाईंका उत्तरहरू सुरक्षित हुनेछन्।</translation>
        </message>
        <message>
            <source>The class server is back.</source>
            <translation>कक्षाको सर्भर फर्कियो।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>यो कम्प्युटरमा सुरक्षित %Ln उत्तर अर्को पटक यहाँ jpprep खोल्दा कक्षाको सर्भरमा पठाइनेछ। केही पनि हराएको छैन।</numerusform>
                <numerusform>यो कम्प्युटरमा सुरक्षित %Ln उत्तरहरू अर्को पटक यहाँ jpprep खोल्दा कक्षाको सर्भरमा पठाइनेछन्। केही पनि हराएको छैन।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>यो कम्प्युटरमा सुरक्षित %Ln नमुना परीक्षा अर्को पटक यहाँ jpprep खोल्दा कक्षाको सर्भरमा पठाइनेछ। केही पनि हराएको छैन।</numerusform>
                <numerusform>यो कम्प्युटरमा सुरक्षित %Ln नमुना परीक्षाहरू अर्को पटक यहाँ jpprep खोल्दा कक्षाको सर्भरमा पठाइनेछन्। केही पनि हराएको छैन।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>यो कम्प्युटरमा सुरक्षित %Ln नमुना परीक्षा पनि सँगै पठाइनेछ।</numerusform>
                <numerusform>यो कम्प्युटरमा सुरक्षित %Ln नमुना परीक्षाहरू पनि सँगै पठाइनेछन्।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>यो कम्प्युटरमा कार्डहरूमा गरिएको %Ln परिवर्तन (झन्डा, रिसेट, अर्को मिति वा स्थगन) अर्को पटक यहाँ jpprep खोल्दा कक्षाको सर्भरमा पठाइनेछ। केही पनि हराएको छैन।</numerusform>
                <numerusform>यो कम्प्युटरमा कार्डहरूमा गरिएका %Ln परिवर्तनहरू (झन्डा, रिसेट, अर्को मिति वा स्थगन) अर्को पटक यहाँ jpprep खोल्दा कक्षाको सर्भरमा पठाइनेछन्। केही पनि हराएको छैन।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>यो कम्प्युटरमा कार्डहरूमा गरिएको %Ln परिवर्तन (झन्डा, रिसेट, अर्को मिति वा स्थगन) पनि सँगै पठाइनेछ।</numerusform>
                <numerusform>यो कम्प्युटरमा कार्डहरूमा गरिएका %Ln परिवर्तनहरू (झन्डा, रिसेट, अर्को मिति वा स्थगन) पनि सँगै पठाइनेछन्।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set or change PIN</source>
            <translation>PIN राख्नुहोस् वा बदल्नुहोस्</translation>
        </message>
        <message>
            <source>A PIN keeps other students out of your profile on a shared computer. Use {a} to {b} digits.</source>
            <translation>साझा कम्प्युटरमा PIN ले अरू विद्यार्थीलाई तपाईंको प्रोफाइलबाट टाढा राख्छ। {a} देखि {b} अङ्क प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>हालको PIN</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>नयाँ PIN</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>नयाँ PIN फेरि</translation>
        </message>
        <message>
            <source>Current PIN:</source>
            <translation>हालको PIN:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>नयाँ PIN:</translation>
        </message>
        <message>
            <source>New PIN again:</source>
            <translation>नयाँ PIN फेरि:</translation>
        </message>
        <message>
            <source>Remove PIN</source>
            <translation>PIN हटाउनुहोस्</translation>
        </message>
        <message>
            <source>The current PIN is not right. Nothing was changed.</source>
            <translation>हालको PIN मिलेन। केही पनि परिवर्तन भएन।</translation>
        </message>
        <message>
            <source>The two new PINs are not the same. Please type them again.</source>
            <translation>दुई नयाँ PIN उस्तै छैनन्। कृपया फेरि टाइप गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>धेरै पटक गलत भयो। कृपया {n} मिनेट पर्खनुहोस्, वा आफ्नो शिक्षकलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>धेरै पटक गलत भयो। कृपया {n} सेकेन्ड पर्खनुहोस्, वा आफ्नो शिक्षकलाई सोध्नुहोस्।</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>सेटिङ</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>इन्टरफेसको भाषा (&amp;I):</translation>
        </message>
        <message>
            <source>Your training centre has fixed the interface language.</source>
            <translation>तपाईंको तालिम केन्द्रले इन्टरफेसको भाषा तोकेको छ।</translation>
        </message>
        <message>
            <source>English</source>
            <translation>अङ्ग्रेजी</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>उर्दू</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>नेपाली</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>इन्डोनेसियाली</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>भियतनामी</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>तागालोग</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>बर्मेली</translation>
        </message>
        <message>
            <source>&amp;Meanings and explanations in:</source>
            <translation>अर्थ र व्याख्याको भाषा (&amp;M):</translation>
        </message>
        <message>
            <source>When a card has no meaning in this language, English is shown and the card says so.</source>
            <translation>कुनै कार्डमा यो भाषामा अर्थ नभए अङ्ग्रेजी देखाइन्छ र कार्डले त्यो बताउँछ।</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>सधैं</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>अझै नजानेका कान्जीका लागि मात्र</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>कहिल्यै होइन</translation>
        </message>
        <message>
            <source>&amp;Furigana:</source>
            <translation>फुरिगाना (&amp;F):</translation>
        </message>
        <message>
            <source>Show &amp;romaji next to readings</source>
            <translation>पढाइको छेउमा रोमाजी देखाउनुहोस् (&amp;R)</translation>
        </message>
        <message>
            <source>T&amp;ype the reading on reading cards (romaji becomes kana)</source>
            <translation>उच्चारण कार्डमा उच्चारण टाइप गर्नुहोस् (रोमाजी काना बन्छ) (&amp;Y)</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>प्रणाली जस्तै</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>उज्यालो</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>अँध्यारो</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>उच्च कन्ट्रास्ट</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>थिम (&amp;T):</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>अक्षरको आकार (&amp;S):</translation>
        </message>
        <message>
            <source>:00</source>
            <translation>:00</translation>
        </message>
        <message>
            <source>Cards for a new day become due at this hour.</source>
            <translation>नयाँ दिनका कार्डहरू यो समयदेखि दोहोर्‍याउन बाँकी हुन्छन्।</translation>
        </message>
        <message>
            <source>New &amp;day starts at:</source>
            <translation>नयाँ दिन सुरु हुने समय (&amp;D):</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>jpprep could not start: {error}</source>
            <translation>jpprep सुरु हुन सकेन: {error}</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>Progress</source>
            <translation>प्रगति</translation>
        </message>
        <message>
            <source>Show progress for</source>
            <translation>यसको प्रगति देखाउनुहोस्</translation>
        </message>
        <message>
            <source>Exam target…</source>
            <translation>परीक्षा लक्ष्य…</translation>
        </message>
        <message>
            <source>Fit my memory model</source>
            <translation>मेरो सम्झना मोडेल मिलाउनुहोस्</translation>
        </message>
        <message>
            <source>Learn how fast you forget from your own answers, so reviews come at the right time. Kept only if it predicts your answers better.</source>
            <translation>तपाईंका आफ्नै उत्तरबाट तपाईं कति छिटो बिर्सनुहुन्छ भनेर सिक्छ, ताकि दोहोर्‍याइ ठीक समयमा आओस्। यसले तपाईंका उत्तर अझ राम्रोसँग अनुमान गरे मात्र राखिन्छ।</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>देखाउनुहोस्:</translation>
        </message>
        <message>
            <source>Exam target</source>
            <translation>परीक्षा लक्ष्य</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>लगातार</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>सबैभन्दा लामो लगातार</translation>
        </message>
        <message>
            <source>Studied today</source>
            <translation>आज पढिएको</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>यो हप्ता</translation>
        </message>
        <message>
            <source>Answers in total</source>
            <translation>जम्मा उत्तरहरू</translation>
        </message>
        <message>
            <source>Remembered now (estimate)</source>
            <translation>अहिले सम्झिएका (अनुमान)</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>पछिल्ला १२ महिना</translation>
        </message>
        <message>
            <source>Reviews due in the next 30 days</source>
            <translation>अर्को ३० दिनमा दोहोर्‍याउनुपर्ने</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>अर्को ३० दिनमा बाँकी</translation>
        </message>
        <message>
            <source>Cards by state</source>
            <translation>अवस्था अनुसार कार्डहरू</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>कार्डहरू</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>महिना</translation>
        </message>
        <message>
            <source>Remembered</source>
            <translation>सम्झिएका</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>उत्तरहरू</translation>
        </message>
        <message>
            <source>Card age</source>
            <translation>कार्डको उमेर</translation>
        </message>
        <message>
            <source>True retention by month</source>
            <translation>महिना अनुसार वास्तविक सम्झना</translation>
        </message>
        <message>
            <source>True retention by card age</source>
            <translation>कार्डको उमेर अनुसार वास्तविक सम्झना</translation>
        </message>
        <message>
            <source>New</source>
            <translation>नयाँ</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>सिक्दै</translation>
        </message>
        <message>
            <source>Relearning</source>
            <translation>फेरि सिक्दै</translation>
        </message>
        <message>
            <source>Young</source>
            <translation>नयाँ सिकेका</translation>
        </message>
        <message>
            <source>Mature</source>
            <translation>पक्का</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>रोकिएका</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>पछि सारिएका</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>सबै डेकहरू</translation>
        </message>
        <message>
            <source>The statistics could not be read: %1</source>
            <translation>तथ्याङ्क पढ्न सकिएन: %1</translation>
        </message>
        <message>
            <source>No exam target yet. Choose one with “Exam target…” to see if your pace is enough.</source>
            <translation>अहिलेसम्म परीक्षा लक्ष्य छैन। तपाईंको गति पुग्छ कि पुग्दैन हेर्न “परीक्षा लक्ष्य…” बाट एउटा छान्नुहोस्।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln दिन</numerusform>
                <numerusform>%Ln दिन</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>आज</translation>
        </message>
        <message>
            <source>Fitting your memory model…</source>
            <translation>तपाईंको सम्झना मोडेल मिलाउँदै…</translation>
        </message>
        <message>
            <source>Fitting your memory model… %1%</source>
            <translation>तपाईंको सम्झना मोडेल मिलाउँदै… %1%</translation>
        </message>
        <message>
            <source>No deck to fit yet.</source>
            <translation>मिलाउन अहिलेसम्म कुनै डेक छैन।</translation>
        </message>
        <message>
            <source>Fitting failed: %1</source>
            <translation>मिलाउन सकिएन: %1</translation>
        </message>
    </context>
    <context>
        <name>StatsWords</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln मिनेट</numerusform>
                <numerusform>%Ln मिनेट</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 घण्टा %2 मिनेट</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>month name, year</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>%1 भन्दा बढी</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>%1 भन्दा कम</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 देखि %2 सम्म</translation>
        </message>
    </context>
    <context>
        <name>StudyPage</name>
        <message>
            <source>Again</source>
            <translation>फेरि</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>गाह्रो</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>ठिक</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>सजिलो</translation>
        </message>
        <message>
            <source>English</source>
            <translation>अङ्ग्रेजी</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>उर्दू</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>नेपाली</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>इन्डोनेसियाली</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>भियतनामी</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>तागालोग</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>बर्मेली</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>जापानी</translation>
        </message>
        <message>
            <source>Cards left today</source>
            <translation>आज बाँकी कार्डहरू</translation>
        </message>
        <message>
            <source>More (M)</source>
            <translation>थप (M)</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>थप कार्यहरू</translation>
        </message>
        <message>
            <source>Edit the note (E)</source>
            <translation>नोट सम्पादन गर्नुहोस् (E)</translation>
        </message>
        <message>
            <source>Reset card (make it new again)</source>
            <translation>कार्ड रिसेट गर्नुहोस् (फेरि नयाँ बनाउनुहोस्)</translation>
        </message>
        <message>
            <source>Set due date…</source>
            <translation>अर्को मिति तोक्नुहोस्…</translation>
        </message>
        <message>
            <source>Bury until tomorrow (-)</source>
            <translation>भोलिसम्म लुकाउनुहोस् (-)</translation>
        </message>
        <message>
            <source>Suspend (!)</source>
            <translation>स्थगित गर्नुहोस् (!)</translation>
        </message>
        <message>
            <source>No flag (Ctrl+0)</source>
            <translation>झन्डा हटाउनुहोस् (Ctrl+0)</translation>
        </message>
        <message>
            <source>Reviewed today</source>
            <translation>आज दोहोर्‍याइएका</translation>
        </message>
        <message>
            <source>Time on this card</source>
            <translation>यो कार्डमा लागेको समय</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>प्रश्न</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>शब्द</translation>
        </message>
        <message>
            <source>Example sentence</source>
            <translation>उदाहरण वाक्य</translation>
        </message>
        <message>
            <source>Example sentence in romaji</source>
            <translation>उदाहरण वाक्य रोमाजीमा</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>उत्तर देखाउनुहोस् (Space)</translation>
        </message>
        <message>
            <source>Back to the decks</source>
            <translation>डेकहरूमा फर्कनुहोस्</translation>
        </message>
        <message>
            <source>No {language} meaning yet: showing English.</source>
            <translation>अहिलेसम्म {language} अर्थ छैन: अङ्ग्रेजी देखाइँदै।</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>सबै डेकहरू</translation>
        </message>
        <message>
            <source>New {new} · Learning {learn} · Due {due}</source>
            <translation>नयाँ {new} · सिक्दै {learn} · दोहोर्‍याउने {due}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviewed today</source>
            <translation>
                <numerusform>आज %Ln कार्ड दोहोर्‍याइयो</numerusform>
                <numerusform>आज %Ln कार्ड दोहोर्‍याइए</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done! Nothing more is due here today.
Come back tomorrow, or study another deck.</source>
            <translation>स्याबास! आज यहाँ अरू केही बाँकी छैन।
भोलि फेरि आउनुहोस्, वा अर्को डेक पढ्नुहोस्।</translation>
        </message>
        <message>
            <source>How do you say this in Japanese?</source>
            <translation>यसलाई जापानीमा कसरी भनिन्छ?</translation>
        </message>
        <message>
            <source>Listen. What does it mean?</source>
            <translation>सुन्नुहोस्। यसको अर्थ के हो?</translation>
        </message>
        <message>
            <source>What is the reading?</source>
            <translation>यसलाई कसरी पढिन्छ?</translation>
        </message>
        <message>
            <source>What does this mean?</source>
            <translation>यसको अर्थ के हो?</translation>
        </message>
        <message>
            <source>{time} on this card</source>
            <translation>यो कार्डमा {time}</translation>
        </message>
        <message>
            <source>Right! {reading}. Press 3 (Good) or Space.</source>
            <translation>सही! {reading}। 3 (ठिक) वा Space थिच्नुहोस्।</translation>
        </message>
        <message>
            <source>Katakana is needed here: {reading}. Press 1 (Again).</source>
            <translation>यहाँ काताकाना चाहिन्छ: {reading}। 1 (फेरि) थिच्नुहोस्।</translation>
        </message>
        <message>
            <source>Not quite: you typed {typed}; the reading is {reading}. Press 1 (Again).</source>
            <translation>ठ्याक्कै मिलेन: तपाईंले {typed} लेख्नुभयो; उच्चारण {reading} हो। 1 (फेरि) थिच्नुहोस्।</translation>
        </message>
        <message>
            <source>Notes are shared by the whole class, so editing one needs the class server; try again when it is back.</source>
            <translation>नोटहरू पूरै कक्षाले साझा रूपमा प्रयोग गर्छ, त्यसैले नोट सम्पादन गर्न कक्षाको सर्भर चाहिन्छ; सर्भर फर्केपछि फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Set due date</source>
            <translation>अर्को मिति</translation>
        </message>
        <message>
            <source>Show this card again in how many days? (0 = today)</source>
            <translation>यो कार्ड कति दिनपछि फेरि देखाउने? (0 = आज)</translation>
        </message>
    </context>
    <context>
        <name>SuspendButton</name>
        <message>
            <source>&amp;Unsuspend</source>
            <translation>स्थगन हटाउनुहोस् (&amp;U)</translation>
        </message>
        <message>
            <source>S&amp;uspend</source>
            <translation>स्थगित गर्नुहोस् (&amp;U)</translation>
        </message>
        <message>
            <source>Unsuspend all your cards of the selected notes, so study offers them again (%1)</source>
            <translation>छानिएका नोटहरूका तपाईंका सबै कार्डको स्थगन हटाउनुहोस्, ताकि अध्ययनमा ती फेरि आऊन् (%1)</translation>
        </message>
        <message>
            <source>Suspend all your cards of the selected notes: study does not show them until you unsuspend them (%1)</source>
            <translation>छानिएका नोटहरूका तपाईंका सबै कार्ड स्थगित गर्नुहोस्: तपाईंले स्थगन नहटाएसम्म अध्ययनमा ती देखिँदैनन् (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Unsuspended %Ln note(s): study offers their cards again.</source>
            <translation>
                <numerusform>%Ln नोटको स्थगन हटाइयो: अध्ययनमा यसका कार्ड फेरि आउँछन्।</numerusform>
                <numerusform>%Ln नोटहरूको स्थगन हटाइयो: अध्ययनमा तिनका कार्ड फेरि आउँछन्।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suspended %Ln note(s): study will not show their cards until you unsuspend them.</source>
            <translation>
                <numerusform>%Ln नोट स्थगित गरियो: तपाईंले स्थगन नहटाएसम्म अध्ययनमा यसका कार्ड देखिँदैनन्।</numerusform>
                <numerusform>%Ln नोटहरू स्थगित गरिए: तपाईंले स्थगन नहटाएसम्म अध्ययनमा तिनका कार्ड देखिँदैनन्।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tag notes</source>
            <translation>नोटहरूमा ट्याग</translation>
        </message>
        <message numerus="yes">
            <source>A tag for %Ln note(s):</source>
            <translation>
                <numerusform>%Ln नोटका लागि ट्याग:</numerusform>
                <numerusform>%Ln नोटका लागि ट्याग:</numerusform>
            </translation>
        </message>
        <message>
            <source>one word, e.g. lesson-3</source>
            <translation>एउटै शब्द, जस्तै lesson-3</translation>
        </message>
        <message>
            <source>&amp;Add tag</source>
            <translation>ट्याग थप्नुहोस् (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove tag</source>
            <translation>ट्याग हटाउनुहोस् (&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>धेरै पटक गलत भयो। कृपया {n} मिनेट पर्खनुहोस्, वा आफ्नो शिक्षकलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>धेरै पटक गलत भयो। कृपया {n} सेकेन्ड पर्खनुहोस्, वा आफ्नो शिक्षकलाई सोध्नुहोस्।</translation>
        </message>
    </context>
</TS>
