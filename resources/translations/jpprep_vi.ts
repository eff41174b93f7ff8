<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About jpprep</source>
            <translation>Giới thiệu jpprep</translation>
        </message>
        <message>
            <source>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;Offline study for the JLPT, the JFT-Basic and the Specified Skilled Worker (特定技能) sector tests: spaced-repetition decks, mock exams, and furigana made on this computer. Your progress stays on this computer (or your centre's server).&lt;/p&gt;&lt;p&gt;JLPT levels of the shipped words are approximate: no official list exists.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;Ôn luyện ngoại tuyến cho JLPT, JFT-Basic và các kỳ thi ngành Kỹ năng đặc định (特定技能): bộ thẻ ôn tập ngắt quãng, đề thi thử và furigana được tạo ngay trên máy này. Tiến độ của bạn được lưu trên máy này (hoặc máy chủ của trung tâm).&lt;/p&gt;&lt;p&gt;Cấp độ JLPT của các từ có sẵn chỉ là ước tính: không có danh sách chính thức.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Giới thiệu</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>AddNoteDialog</name>
        <message>
            <source>Add a note</source>
            <translation>Thêm ghi chú</translation>
        </message>
        <message>
            <source>empty: generated</source>
            <translation>để trống: tự tạo</translation>
        </message>
        <message>
            <source>&amp;Deck:</source>
            <translation>&amp;Bộ thẻ:</translation>
        </message>
        <message>
            <source>&amp;Japanese:</source>
            <translation>Tiếng &amp;Nhật:</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>Cách &amp;đọc:</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>Nghĩa (tiếng Anh) (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>Nh&amp;ãn:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Cấp độ:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Thêm</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign</source>
            <translation>Giao bài</translation>
        </message>
        <message>
            <source>Deck or mock exam</source>
            <translation>Bộ thẻ hoặc bài thi thử</translation>
        </message>
        <message>
            <source>Deck: {name}</source>
            <translation>Bộ thẻ: {name}</translation>
        </message>
        <message>
            <source>Mock exam: {name}</source>
            <translation>Thi thử: {name}</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Đề thi</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>Cả lớp</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Hạn chót</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Bài gì:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>Đề &amp;thi:</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Cho ai:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Hạn chót:</translation>
        </message>
        <message>
            <source>Random (any mock of this exam counts)</source>
            <translation>Ngẫu nhiên (bài thi thử nào của kỳ thi này cũng được tính)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 câu hỏi)</translation>
        </message>
    </context>
    <context>
        <name>AudioButton</name>
        <message>
            <source>▶ Play (R)</source>
            <translation>▶ Phát (R)</translation>
        </message>
        <message>
            <source>Play the audio</source>
            <translation>Phát âm thanh</translation>
        </message>
    </context>
    <context>
        <name>BankWords</name>
        <message>
            <source>The bank's “id” must be a short name made of letters, digits, '-', '_' or '.'.</source>
            <translation>“id” của ngân hàng phải là một tên ngắn gồm chữ cái, chữ số, '-', '_' hoặc '.'.</translation>
        </message>
        <message>
            <source>“{field}” must be the name of a file.</source>
            <translation>“{field}” phải là tên của một tệp.</translation>
        </message>
        <message>
            <source>The file {name} must be inside the bank's folder.</source>
            <translation>Tệp {name} phải nằm trong thư mục của ngân hàng.</translation>
        </message>
        <message>
            <source>The file {name} does not exist. Put it at {path}, or correct the name.</source>
            <translation>Tệp {name} không tồn tại. Hãy đặt tệp ở {path}, hoặc sửa lại tên.</translation>
        </message>
        <message>
            <source>Passage number {position} has no “id”.</source>
            <translation>Đoạn văn số {position} không có “id”.</translation>
        </message>
        <message>
            <source>The passage id {passage} is used twice.</source>
            <translation>Id đoạn văn {passage} được dùng hai lần.</translation>
        </message>
        <message>
            <source>Passage {passage}: “kind” must be text, notice or table.</source>
            <translation>Đoạn văn {passage}: “kind” phải là text, notice hoặc table.</translation>
        </message>
        <message>
            <source>Passage {passage} is a table but has no “rows”.</source>
            <translation>Đoạn văn {passage} là một bảng nhưng không có “rows”.</translation>
        </message>
        <message>
            <source>Passage {passage} has no text, rows or image.</source>
            <translation>Đoạn văn {passage} không có văn bản, hàng hay hình ảnh.</translation>
        </message>
        <message>
            <source>The bank has no questions: “items” must be a list that is not empty.</source>
            <translation>Ngân hàng không có câu hỏi nào: “items” phải là một danh sách không rỗng.</translation>
        </message>
        <message>
            <source>Entry number {position} of “items” is not a question written in braces { }.</source>
            <translation>Mục số {position} của “items” không phải là một câu hỏi viết trong dấu ngoặc nhọn { }.</translation>
        </message>
        <message>
            <source>Question number {position} has no valid “id”.</source>
            <translation>Câu hỏi số {position} không có “id” hợp lệ.</translation>
        </message>
        <message>
            <source>This question id is used twice. Give every question its own id.</source>
            <translation>Id câu hỏi này được dùng hai lần. Hãy cho mỗi câu hỏi một id riêng.</translation>
        </message>
        <message>
            <source>The question id {item} is in two banks ({first} and {second}). Give questions ids that are unique across banks.</source>
            <translation>Id câu hỏi {item} có trong hai ngân hàng ({first} và {second}). Hãy đặt cho các câu hỏi id không trùng nhau giữa các ngân hàng.</translation>
        </message>
        <message>
            <source>{type} is not a question type. See the list of types in docs/item-bank-format.md.</source>
            <translation>{type} không phải là một dạng câu hỏi. Xem danh sách các dạng trong docs/item-bank-format.md.</translation>
        </message>
        <message>
            <source>“{field}” is not a field of a question. See docs/item-bank-format.md.</source>
            <translation>“{field}” không phải là một trường của câu hỏi. Xem docs/item-bank-format.md.</translation>
        </message>
        <message>
            <source>“{field}” must be text.</source>
            <translation>“{field}” phải là văn bản.</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '[[' and ']]' do not pair up.</source>
            <translation>Đánh dấu trong “{field}” bị hỏng: '[[' và ']]' không thành cặp.</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '《' and '》' do not pair up.</source>
            <translation>Đánh dấu trong “{field}” bị hỏng: '《' và '》' không thành cặp.</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: a reading 《…》 must follow kanji, or mark its base with ｜.</source>
            <translation>Đánh dấu trong “{field}” bị hỏng: cách đọc 《…》 phải đứng ngay sau kanji, hoặc hãy đánh dấu phần gốc bằng ｜.</translation>
        </message>
        <message>
            <source>“choices” must be a list.</source>
            <translation>“choices” phải là một danh sách.</translation>
        </message>
        <message>
            <source>Each choice must be text or {"text", "image"}.</source>
            <translation>Mỗi lựa chọn phải là văn bản hoặc {"text", "image"}.</translation>
        </message>
        <message>
            <source>Two choices are the same ({choice}): the question would have two right answers or give the answer away.</source>
            <translation>Hai lựa chọn giống nhau ({choice}): câu hỏi sẽ có hai đáp án đúng hoặc để lộ đáp án.</translation>
        </message>
        <message>
            <source>A ★ (sentence composition) question needs exactly four pieces; this one has {count}.</source>
            <translation>Câu hỏi ★ (sắp xếp câu) cần đúng bốn mảnh; câu này có {count}.</translation>
        </message>
        <message>
            <source>“order” must list the piece numbers 1 to 4 in their right order, each once.</source>
            <translation>“order” phải liệt kê số của các mảnh từ 1 đến 4 theo đúng thứ tự, mỗi số một lần.</translation>
        </message>
        <message>
            <source>“star” must be the ★ slot, 1 to 4.</source>
            <translation>“star” phải là vị trí ★, từ 1 đến 4.</translation>
        </message>
        <message>
            <source>A ★ question takes “order” and “star”, not “answer” (the answer is the piece in the ★ slot).</source>
            <translation>Câu hỏi ★ dùng “order” và “star”, không dùng “answer” (đáp án là mảnh ở vị trí ★).</translation>
        </message>
        <message>
            <source>A question needs 2 to 4 choices; this one has {count}.</source>
            <translation>Một câu hỏi cần từ 2 đến 4 lựa chọn; câu này có {count}.</translation>
        </message>
        <message>
            <source>This question has {count} right answers; exactly one is allowed.</source>
            <translation>Câu hỏi này có {count} đáp án đúng; chỉ được có đúng một.</translation>
        </message>
        <message>
            <source>This question has no right answer. Add “answer”: the number of the right choice (1 to 4).</source>
            <translation>Câu hỏi này không có đáp án đúng. Hãy thêm “answer”: số của lựa chọn đúng (từ 1 đến 4).</translation>
        </message>
        <message>
            <source>“answer” must be the number of a choice, from 1 to {max}.</source>
            <translation>“answer” phải là số của một lựa chọn, từ 1 đến {max}.</translation>
        </message>
        <message>
            <source>There is no passage {passage}.</source>
            <translation>Không có đoạn văn {passage}.</translation>
        </message>
        <message>
            <source>A {type} question needs a “passage”.</source>
            <translation>Câu hỏi dạng {type} cần có “passage”.</translation>
        </message>
        <message>
            <source>Each line of “script” must be {"speaker", "text"}.</source>
            <translation>Mỗi dòng của “script” phải là {"speaker", "text"}.</translation>
        </message>
        <message>
            <source>A listening question needs “audio” (a file) or “script” (what is said).</source>
            <translation>Câu hỏi nghe cần “audio” (một tệp) hoặc “script” (nội dung được nói).</translation>
        </message>
        <message>
            <source>A question that is only heard needs “audio” or “script”.</source>
            <translation>Câu hỏi chỉ nghe mà không in ra cần “audio” hoặc “script”.</translation>
        </message>
        <message>
            <source>A {type} question needs an “image” (the photo or drawing).</source>
            <translation>Câu hỏi dạng {type} cần “image” (ảnh hoặc hình vẽ).</translation>
        </message>
        <message>
            <source>Mark the tested word with [[…]] in “stem”.</source>
            <translation>Hãy đánh dấu từ được kiểm tra bằng [[…]] trong “stem”.</translation>
        </message>
        <message>
            <source>The tested word must not carry furigana (it would give the answer away).</source>
            <translation>Từ được kiểm tra không được có furigana (như vậy sẽ lộ đáp án).</translation>
        </message>
        <message>
            <source>This question has no “stem” or “question”.</source>
            <translation>Câu hỏi này không có “stem” hay “question”.</translation>
        </message>
        <message>
            <source>“furigana” must be "on" or "off" (or left out to follow the exam).</source>
            <translation>“furigana” phải là "on" hoặc "off" (hoặc bỏ đi để theo thiết lập của bài thi).</translation>
        </message>
        <message>
            <source>Form number {position} needs an “id” and “sections” (for each section, its list of question ids).</source>
            <translation>Đề số {position} cần có “id” và “sections” (với mỗi phần, danh sách id câu hỏi của phần đó).</translation>
        </message>
        <message>
            <source>Form {form}, section {section}: there is no question {missing}.</source>
            <translation>Đề {form}, phần {section}: không có câu hỏi {missing}.</translation>
        </message>
        <message>
            <source>The form {form} is for {form_exam}, not for {exam}.</source>
            <translation>Đề {form} dành cho {form_exam}, không phải cho {exam}.</translation>
        </message>
        <message>
            <source>The form {form} has the sections {sections}, which {exam} does not have (it has {known}).</source>
            <translation>Đề {form} có các phần {sections}, mà {exam} không có (các phần của nó là {known}).</translation>
        </message>
        <message>
            <source>The form {form} has no questions for the section {section}.</source>
            <translation>Đề {form} không có câu hỏi nào cho phần {section}.</translation>
        </message>
        <message>
            <source>The form {form}, section {section}, does not match {exam}: {counts}. A fixed form is a full mock exam: give each section exactly the questions of the exam, or leave the form out and let jpprep make one from the bank.</source>
            <translation>Phần {section} của đề {form} không khớp với {exam}: {counts}. Đề cố định là một bài thi thử đầy đủ: hãy cho mỗi phần đúng các câu hỏi như bài thi thật, hoặc bỏ đề đó đi để jpprep tự tạo đề từ ngân hàng.</translation>
        </message>
        <message>
            <source>No question bank has a form named {form}.</source>
            <translation>Không ngân hàng câu hỏi nào có đề tên là {form}.</translation>
        </message>
        <message>
            <source>{type} on {topic}: {have} instead of {want}</source>
            <translation>{type} về {topic}: {have} thay vì {want}</translation>
        </message>
        <message>
            <source>{type}: {have} instead of {want}</source>
            <translation>{type}: {have} thay vì {want}</translation>
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
            <translation>dòng {line}</translation>
        </message>
        <message>
            <source>question {item}</source>
            <translation>câu hỏi {item}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>trường {field}</translation>
        </message>
        <message>
            <source>This question bank was not loaded because of this problem:</source>
            <translation>Ngân hàng câu hỏi này không được tải vì lỗi sau:</translation>
        </message>
        <message numerus="yes">
            <source>This question bank has %Ln problem(s), so it was not loaded. The first:</source>
            <translation>
                <numerusform>Ngân hàng câu hỏi này có %Ln lỗi nên không được tải. Lỗi đầu tiên:</numerusform>
            </translation>
        </message>
        <message>
            <source>A teacher can list them all with “jpprep exam check”.</source>
            <translation>Giáo viên có thể xem tất cả bằng “jpprep exam check”.</translation>
        </message>
    </context>
    <context>
        <name>BlueprintNotes</name>
        <message>
            <source>Real JLPT scores are scaled with Item Response Theory (equated across sessions); a mock can only give a linear estimate from raw answers.</source>
            <translation>Điểm JLPT thật được quy đổi theo Lý thuyết Ứng đáp Câu hỏi (IRT, cân bằng giữa các kỳ thi); bài thi thử chỉ có thể ước tính tuyến tính từ số câu đúng.</translation>
        </message>
        <message>
            <source>JFT-Basic reports a scaled score (10-250) from a calibrated item pool; 200 or more is A2, the SSW (i) requirement. A mock can only give a linear estimate.</source>
            <translation>JFT-Basic cho điểm quy đổi (10-250) từ một ngân hàng câu hỏi đã hiệu chuẩn; từ 200 trở lên là A2, yêu cầu của SSW (i). Bài thi thử chỉ có thể ước tính tuyến tính.</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate.</source>
            <translation>Điểm đỗ là một tỉ lệ của tổng điểm; đơn vị tổ chức có thể điều chỉnh theo độ khó. Bài thi thử cho một con số ước tính.</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate. One source reports 73% from April 2025 [verify].</source>
            <translation>Điểm đỗ là một tỉ lệ của tổng điểm; đơn vị tổ chức có thể điều chỉnh theo độ khó. Bài thi thử cho một con số ước tính. Một nguồn cho biết là 73% từ tháng 4/2025 [cần kiểm chứng].</translation>
        </message>
        <message>
            <source>Exact day in August 2026 when the A1/A2.1 bands started: the notice says 'from August 2026' (1 August used here).</source>
            <translation>Ngày chính xác trong tháng 8/2026 khi các mức A1/A2.1 bắt đầu áp dụng: thông báo chỉ ghi 'từ tháng 8/2026' (ở đây dùng ngày 1/8).</translation>
        </message>
        <message>
            <source>Per-section item counts (about 12-15 each).</source>
            <translation>Số câu hỏi của từng phần (khoảng 12-15 câu mỗi phần).</translation>
        </message>
        <message>
            <source>統合理解 (reading) is 3 in the guidebook-cited note, 2 in other mock specs: 2 used here.</source>
            <translation>統合理解 (đọc hiểu) là 3 câu theo ghi chú trích từ sách hướng dẫn, 2 câu theo các đề thi thử khác: ở đây dùng 2.</translation>
        </message>
        <message>
            <source>語形成 count: 5 per guidebook, some recent forms 3.</source>
            <translation>Số câu 語形成: 5 theo sách hướng dẫn, 3 ở một số đề gần đây.</translation>
        </message>
        <message>
            <source>N3 listening counts 6/6/3/4/9 and reading counts are from secondary sources.</source>
            <translation>Số câu nghe của N3 (6/6/3/4/9) và số câu đọc lấy từ nguồn thứ cấp.</translation>
        </message>
        <message>
            <source>Post-2020 N4 item counts (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) are from secondary sources: check against jlpt.jp 試験科目と試験時間.</source>
            <translation>Số câu hỏi N4 sau năm 2020 (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) lấy từ nguồn thứ cấp: hãy đối chiếu với mục 試験科目と試験時間 trên jlpt.jp.</translation>
        </message>
        <message>
            <source>Item counts are JLPT's approximate counts (小問数の目安); a given test may differ slightly.</source>
            <translation>Số câu hỏi là con số ước lượng của JLPT (小問数の目安); mỗi kỳ thi có thể khác đôi chút.</translation>
        </message>
        <message>
            <source>Pass mark 65% of total (source truncated).</source>
            <translation>Điểm đỗ là 65% tổng điểm (nguồn bị cắt, chưa đầy đủ).</translation>
        </message>
        <message>
            <source>Split between 学科, 実技 and listening (this mock: 40/24/6).</source>
            <translation>Cách chia giữa 学科, 実技 và nghe (bài thi thử này: 40/24/6).</translation>
        </message>
        <message>
            <source>Whether furigana is printed.</source>
            <translation>Đề thi có in furigana hay không.</translation>
        </message>
        <message>
            <source>Pass mark: 60% historically; 73% from April 2025 per one source.</source>
            <translation>Điểm đỗ: trước đây là 60%; theo một nguồn là 73% từ tháng 4/2025.</translation>
        </message>
        <message>
            <source>Whether the Japanese-language version prints furigana.</source>
            <translation>Bản tiếng Nhật có in furigana hay không.</translation>
        </message>
        <message>
            <source>実技 pass mark (per JAC); the split between ○× and multiple-choice items; the final CBT question counts.</source>
            <translation>Điểm đỗ phần 実技 (theo JAC); cách chia giữa câu ○× và câu trắc nghiệm nhiều lựa chọn; số câu hỏi chính thức của bài thi CBT.</translation>
        </message>
        <message>
            <source>How the 200 points split between 学科 and 実技 items (equal weight per item used here).</source>
            <translation>200 điểm được chia thế nào giữa câu 学科 và 実技 (ở đây mỗi câu có trọng số bằng nhau).</translation>
        </message>
        <message>
            <source>Question counts of the current CBT (this mock: 30 + 20).</source>
            <translation>Số câu hỏi của bài thi CBT hiện nay (bài thi thử này: 30 + 20).</translation>
        </message>
    </context>
    <context>
        <name>BrowserPage</name>
        <message>
            <source>Browse decks</source>
            <translation>Duyệt bộ thẻ</translation>
        </message>
        <message>
            <source>Search Japanese, reading, romaji or meaning</source>
            <translation>Tìm tiếng Nhật, cách đọc, romaji hoặc nghĩa</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Nhãn</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Mọi cấp độ</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Đang học</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Ôn tập</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Tạm ngưng</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>Tạm hoãn</translation>
        </message>
        <message>
            <source>Notes with a card in this state for you</source>
            <translation>Ghi chú có thẻ ở trạng thái này đối với bạn</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Tiếng Nhật</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Cách đọc</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Nghĩa</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Nhãn</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Cấp độ</translation>
        </message>
        <message>
            <source>Deck</source>
            <translation>Bộ thẻ</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ngày thêm</translation>
        </message>
        <message>
            <source>Sort by date added (newest first)</source>
            <translation>Sắp xếp theo ngày thêm (mới nhất trước)</translation>
        </message>
        <message>
            <source>Click a column title to sort; right-click to sort by the date added</source>
            <translation>Nhấp vào tiêu đề cột để sắp xếp; nhấp chuột phải để sắp xếp theo ngày thêm</translation>
        </message>
        <message>
            <source>Reading corrections</source>
            <translation>Sửa cách đọc</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>Tất cả bộ thẻ</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Mọi ngành</translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln ghi chú</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2 notes</source>
            <translation>Đang hiện %1 / %2 ghi chú</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</source>
            <translation>
                <numerusform>Đã chọn %Ln ghi chú: xóa, di chuyển, gắn nhãn, tạm ngưng hoặc bỏ tạm ngưng bằng các nút ở trên.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
    </context>
    <context>
        <name>CbtRunner</name>
        <message>
            <source>◀ Back</source>
            <translation>◀ Quay lại</translation>
        </message>
        <message>
            <source>⚑ Flag (F)</source>
            <translation>⚑ Đánh dấu (F)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Tiếp ▶</translation>
        </message>
        <message>
            <source>Instructions / Your language (I)</source>
            <translation>Hướng dẫn / Ngôn ngữ của bạn (I)</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>Kết thúc phần thi (E)</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Câu %1 / %2</translation>
        </message>
        <message>
            <source>⚑ Unflag (F)</source>
            <translation>⚑ Bỏ đánh dấu (F)</translation>
        </message>
        <message>
            <source>Time remaining %1</source>
            <translation>Thời gian còn lại %1</translation>
        </message>
        <message>
            <source>Choose the best answer for each question with the keys 1-4 or the mouse. Back and Next move between the questions of this section; the palette on the left shows which questions are answered (grey), not answered (white) and flagged for review (orange). Flag (F) marks a question to check later. Finish section (E) closes the section: you cannot go back to it. The time shown is for the whole test. Listening questions have a Play button.</source>
            <translation>Chọn đáp án đúng nhất cho mỗi câu bằng phím 1-4 hoặc chuột. Quay lại và Tiếp chuyển giữa các câu của phần này; bảng bên trái cho biết câu đã trả lời (xám), chưa trả lời (trắng) và đã đánh dấu để xem lại (cam). Đánh dấu (F) ghi nhớ một câu để kiểm tra sau. Kết thúc phần thi (E) đóng phần này: bạn không thể quay lại. Thời gian hiển thị là của toàn bài thi. Câu hỏi nghe có nút Phát.</translation>
        </message>
    </context>
    <context>
        <name>ClassroomPage</name>
        <message>
            <source>Students</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>&amp;Giao bài…</translation>
        </message>
        <message>
            <source>Class report &amp;CSV…</source>
            <translation>Báo cáo lớp &amp;CSV…</translation>
        </message>
        <message>
            <source>Class report &amp;PDF…</source>
            <translation>Báo cáo lớp &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Student report PDF…</source>
            <translation>Báo cáo &amp;học viên PDF…</translation>
        </message>
        <message>
            <source>Assignments:</source>
            <translation>Bài được giao:</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Bài được giao</translation>
        </message>
        <message>
            <source>&amp;Remove assignment</source>
            <translation>&amp;Xóa bài giao</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s); last 30 days.</source>
            <translation>
                <numerusform>%Ln học viên; 30 ngày qua.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln at risk.</source>
            <translation>
                <numerusform>%Ln có nguy cơ.</numerusform>
            </translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Có nguy cơ</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Đúng tiến độ</translation>
        </message>
        <message>
            <source>whole class</source>
            <translation>cả lớp</translation>
        </message>
        <message>
            <source>{title} for {who}, due {date}</source>
            <translation>{title} cho {who}, hạn {date}</translation>
        </message>
        <message>
            <source>behind for {exam} on {date}: {left} cards still new, {needed} a day needed</source>
            <translation>chậm tiến độ cho {exam} ngày {date}: còn {left} thẻ mới, cần {needed} thẻ mỗi ngày</translation>
        </message>
        <message>
            <source>latest {exam} mock not passed ({percent}%)</source>
            <translation>bài thi thử {exam} gần nhất chưa đạt ({percent}%)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue assignment(s): {titles}</source>
            <translation>
                <numerusform>%Ln bài tập quá hạn: {titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no study in the last %Ln day(s)</source>
            <translation>
                <numerusform>không học trong %Ln ngày qua</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{name} is at risk: {why}</source>
            <translation>{name} có nguy cơ: {why}</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Giao bài</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Choose a student in the table first.</source>
            <translation>Hãy chọn một học viên trong bảng trước.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Lưu báo cáo</translation>
        </message>
        <message>
            <source>Could not save the report: {error}</source>
            <translation>Không lưu được báo cáo: {error}</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Phút</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Câu trả lời</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Tỷ lệ nhớ</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Bài giao</translation>
        </message>
        <message>
            <source>Latest mock</source>
            <translation>Thi thử gần nhất</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Xu hướng</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>DeckDeleter</name>
        <message>
            <source>Delete the deck “%1”?</source>
            <translation>Xóa bộ thẻ “%1”?</translation>
        </message>
        <message>
            <source>Deleted with it:</source>
            <translation>Cũng bị xóa theo:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sub-deck(s)</source>
            <translation>
                <numerusform>%Ln bộ thẻ con</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln ghi chú</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln thẻ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sound or picture file(s)</source>
            <translation>
                <numerusform>%Ln tệp âm thanh hoặc hình ảnh</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s): the study history of these cards</source>
            <translation>
                <numerusform>%Ln câu trả lời: lịch sử học của các thẻ này</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the progress of %Ln learner(s) on them</source>
            <translation>
                <numerusform>tiến độ của %Ln người học trên các thẻ này</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>including %Ln card(s) of these notes in other decks</source>
            <translation>
                <numerusform>trong đó có %Ln thẻ của các ghi chú này nằm ở bộ thẻ khác</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not deleted: %Ln card(s) of notes from other decks will go back to their own deck, with their progress:</source>
            <translation>
                <numerusform>Không bị xóa: %Ln thẻ thuộc ghi chú của bộ thẻ khác sẽ trở về bộ thẻ của mình, giữ nguyên tiến độ học:</numerusform>
            </translation>
        </message>
        <message>
            <source>It comes with jpprep: it is not loaded again when jpprep starts.</source>
            <translation>Bộ thẻ này đi kèm jpprep: nó sẽ không được tải lại khi jpprep khởi động.</translation>
        </message>
        <message>
            <source>This cannot be undone. To keep its notes, export the deck first.</source>
            <translation>Không thể hoàn tác. Để giữ lại các ghi chú, hãy xuất bộ thẻ trước.</translation>
        </message>
        <message>
            <source>Delete deck</source>
            <translation>Xóa bộ thẻ</translation>
        </message>
        <message>
            <source>&amp;Export first…</source>
            <translation>X&amp;uất trước…</translation>
        </message>
        <message>
            <source>&amp;Delete deck</source>
            <translation>&amp;Xóa bộ thẻ</translation>
        </message>
        <message>
            <source>Deleting “%1”…</source>
            <translation>Đang xóa “%1”…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the deck “%1” (%Ln note(s)).</source>
            <translation>
                <numerusform>Đã xóa bộ thẻ “%1” (%Ln ghi chú).</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>Đang tải các bộ thẻ có sẵn của jpprep…</translation>
        </message>
        <message numerus="yes">
            <source>Brought back %Ln deck(s).</source>
            <translation>
                <numerusform>Đã khôi phục %Ln bộ thẻ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export deck</source>
            <translation>Xuất bộ thẻ</translation>
        </message>
        <message>
            <source>jpprep deck (*.jpdeck);;Anki deck (*.apkg);;Spreadsheet (*.csv)</source>
            <translation>Bộ thẻ jpprep (*.jpdeck);;Bộ thẻ Anki (*.apkg);;Bảng tính (*.csv)</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Đang xuất “%1”…</translation>
        </message>
        <message>
            <source>Exported “%1” to %2.</source>
            <translation>Đã xuất “%1” vào %2.</translation>
        </message>
    </context>
    <context>
        <name>DeckOptionsDialog</name>
        <message>
            <source>Deck options: {deck}</source>
            <translation>Tùy chọn bộ thẻ: {deck}</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Bộ thiết lập</translation>
        </message>
        <message>
            <source>New preset from this one</source>
            <translation>Tạo bộ thiết lập mới từ bộ này</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Bộ thiết lập:</translation>
        </message>
        <message>
            <source>Preset name</source>
            <translation>Tên bộ thiết lập</translation>
        </message>
        <message>
            <source>Preset name:</source>
            <translation>Tên bộ thiết lập:</translation>
        </message>
        <message>
            <source>Desired retention:</source>
            <translation>Tỷ lệ ghi nhớ mong muốn:</translation>
        </message>
        <message>
            <source>Learning steps:</source>
            <translation>Các bước học:</translation>
        </message>
        <message>
            <source>Relearning steps:</source>
            <translation>Các bước học lại:</translation>
        </message>
        <message>
            <source>Write waits such as 1m 10m 1h 1d (minutes, hours, days).</source>
            <translation>Viết khoảng cách như 1m 10m 1h 1d (phút, giờ, ngày).</translation>
        </message>
        <message>
            <source>New cards a day:</source>
            <translation>Thẻ mới mỗi ngày:</translation>
        </message>
        <message>
            <source>Reviews a day:</source>
            <translation>Lượt ôn mỗi ngày:</translation>
        </message>
        <message>
            <source>Longest wait (days):</source>
            <translation>Khoảng cách dài nhất (ngày):</translation>
        </message>
        <message>
            <source>Tag it "leech"</source>
            <translation>Gắn nhãn "leech"</translation>
        </message>
        <message>
            <source>Tag it and suspend it</source>
            <translation>Gắn nhãn và tạm ngưng</translation>
        </message>
        <message>
            <source>What happens to a leech</source>
            <translation>Xử lý thẻ khó (leech) thế nào</translation>
        </message>
        <message>
            <source>Leech after (times forgotten):</source>
            <translation>Thành thẻ khó (leech) sau số lần quên:</translation>
        </message>
        <message>
            <source>Bury other cards of the same word until tomorrow</source>
            <translation>Hoãn các thẻ khác của cùng từ đến ngày mai</translation>
        </message>
        <message>
            <source>Fitted from your answers</source>
            <translation>Đã điều chỉnh theo câu trả lời của bạn</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Mặc định</translation>
        </message>
        <message>
            <source>Memory model:</source>
            <translation>Mô hình trí nhớ:</translation>
        </message>
        <message>
            <source>Desired retention</source>
            <translation>Tỷ lệ ghi nhớ mong muốn</translation>
        </message>
        <message>
            <source>Learning steps</source>
            <translation>Các bước học</translation>
        </message>
        <message>
            <source>Relearning steps</source>
            <translation>Các bước học lại</translation>
        </message>
        <message>
            <source>New cards a day</source>
            <translation>Thẻ mới mỗi ngày</translation>
        </message>
        <message>
            <source>Reviews a day</source>
            <translation>Lượt ôn mỗi ngày</translation>
        </message>
        <message>
            <source>Longest wait (days)</source>
            <translation>Khoảng cách dài nhất (ngày)</translation>
        </message>
        <message>
            <source>Leech after (times forgotten)</source>
            <translation>Thành thẻ khó (leech) sau số lần quên</translation>
        </message>
        <message>
            <source>Your school has locked these options: ask your teacher to change them.</source>
            <translation>Trường của bạn đã khóa các tùy chọn này: hãy nhờ giáo viên thay đổi.</translation>
        </message>
        <message>
            <source>A new preset, used by this deck only.</source>
            <translation>Bộ thiết lập mới, chỉ dùng cho bộ thẻ này.</translation>
        </message>
        <message>
            <source>Only this deck uses this preset.</source>
            <translation>Chỉ bộ thẻ này dùng bộ thiết lập này.</translation>
        </message>
        <message numerus="yes">
            <source>Changes apply to %Ln deck(s) using this preset.</source>
            <translation>
                <numerusform>Thay đổi áp dụng cho %Ln bộ thẻ dùng bộ thiết lập này.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards come back when you still remember about {p} % of them. Higher means more reviews every day; lower means fewer reviews but more forgetting.</source>
            <translation>Thẻ quay lại khi bạn vẫn còn nhớ khoảng {p} % số thẻ. Cao hơn nghĩa là mỗi ngày ôn nhiều hơn; thấp hơn nghĩa là ôn ít hơn nhưng quên nhiều hơn.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (bản sao)</translation>
        </message>
        <message>
            <source>Choose a retention from 70 % to 97 %.</source>
            <translation>Hãy chọn tỷ lệ ghi nhớ từ 70 % đến 97 %.</translation>
        </message>
        <message>
            <source>Write each wait as a number above 0 with m, h or d, such as 1m 10m 1d (at most 30 days).</source>
            <translation>Viết mỗi khoảng cách là một số lớn hơn 0 kèm m, h hoặc d, ví dụ 1m 10m 1d (tối đa 30 ngày).</translation>
        </message>
        <message>
            <source>A preset needs a name (1 to 100 characters).</source>
            <translation>Bộ thiết lập cần có tên (1 đến 100 ký tự).</translation>
        </message>
        <message>
            <source>Enter a whole number from {lo} to {hi}.</source>
            <translation>Hãy nhập số nguyên từ {lo} đến {hi}.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked field.</source>
            <translation>Chưa lưu gì: hãy sửa ô được đánh dấu.</translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message>
            <source>The disk is full. Your last change was not saved; everything before it is safe. Free some space (or ask your teacher), then try again.</source>
            <translation>Ổ đĩa đã đầy. Thay đổi cuối cùng của bạn chưa được lưu; mọi thứ trước đó vẫn an toàn. Hãy giải phóng bớt dung lượng (hoặc hỏi giáo viên), rồi thử lại.</translation>
        </message>
        <message>
            <source>jpprep cannot save to its database: the file or its folder is read-only. Your last change was not saved; everything before it is safe. Please tell your teacher.</source>
            <translation>jpprep không thể lưu vào cơ sở dữ liệu: tệp hoặc thư mục chứa nó chỉ cho phép đọc. Thay đổi cuối cùng của bạn chưa được lưu; mọi thứ trước đó vẫn an toàn. Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>jpprep cannot open or make its database file: the folder may be read-only or missing. Please tell your teacher.</source>
            <translation>jpprep không thể mở hoặc tạo tệp cơ sở dữ liệu: thư mục có thể chỉ cho phép đọc hoặc không tồn tại. Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>jpprep cannot write to its data folder. Please tell your teacher.</source>
            <translation>jpprep không thể ghi vào thư mục dữ liệu. Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>The database is damaged, so jpprep left it untouched. Please tell your teacher: a backup can be restored.</source>
            <translation>Cơ sở dữ liệu bị hỏng nên jpprep để nguyên, không thay đổi gì. Hãy báo cho giáo viên: có thể khôi phục từ bản sao lưu.</translation>
        </message>
        <message>
            <source>This file is not a jpprep database, so jpprep left it untouched. Please tell your teacher.</source>
            <translation>Tệp này không phải là cơ sở dữ liệu của jpprep nên jpprep để nguyên, không thay đổi gì. Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>This database was made by a newer version of jpprep, so this version left it untouched. Please install the newer jpprep, or tell your teacher.</source>
            <translation>Cơ sở dữ liệu này được tạo bởi phiên bản jpprep mới hơn nên phiên bản này để nguyên, không thay đổi gì. Hãy cài jpprep mới hơn hoặc báo cho giáo viên.</translation>
        </message>
        <message>
            <source>jpprep cannot reach the class server. Check that this computer is connected to the network, or tell your teacher.</source>
            <translation>jpprep không kết nối được với máy chủ của lớp. Hãy kiểm tra xem máy tính này đã nối mạng chưa, hoặc báo cho giáo viên.</translation>
        </message>
        <message>
            <source>The class server did not accept jpprep's user name or password. Please tell your teacher.</source>
            <translation>Máy chủ của lớp không chấp nhận tên người dùng hoặc mật khẩu của jpprep. Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>jpprep cannot open its database ({detail}). Please tell your teacher.</source>
            <translation>jpprep không thể mở cơ sở dữ liệu ({detail}). Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>The disk is full, so the backup was not made. Your progress is safe. Free some space (or delete old backups).</source>
            <translation>Ổ đĩa đã đầy nên chưa tạo được bản sao lưu. Tiến độ học của bạn vẫn an toàn. Hãy giải phóng bớt dung lượng (hoặc xóa các bản sao lưu cũ).</translation>
        </message>
        <message>
            <source>The backup folder cannot be written, so the backup was not made. Your progress is safe. Please tell your teacher.</source>
            <translation>Không thể ghi vào thư mục sao lưu nên chưa tạo được bản sao lưu. Tiến độ học của bạn vẫn an toàn. Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Choose another backup.</source>
            <translation>Bản sao lưu này bị hỏng và không thể khôi phục. Hãy chọn bản sao lưu khác.</translation>
        </message>
        <message>
            <source>This file is not a jpprep backup. Choose a file from the backups folder.</source>
            <translation>Tệp này không phải bản sao lưu của jpprep. Hãy chọn một tệp trong thư mục sao lưu.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of jpprep. Install the newer jpprep to restore it.</source>
            <translation>Bản sao lưu này được tạo bởi phiên bản jpprep mới hơn. Hãy cài jpprep mới hơn để khôi phục.</translation>
        </message>
        <message>
            <source>This is the database itself, not a backup. Choose a file from the backups folder.</source>
            <translation>Đây là chính cơ sở dữ liệu, không phải bản sao lưu. Hãy chọn một tệp trong thư mục sao lưu.</translation>
        </message>
        <message>
            <source>The backup was not made ({detail}). Your progress is safe. Please tell your teacher.</source>
            <translation>Chưa tạo được bản sao lưu ({detail}). Tiến độ học của bạn vẫn an toàn. Hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>There is no database file to back up yet.</source>
            <translation>Chưa có tệp cơ sở dữ liệu nào để sao lưu.</translation>
        </message>
        <message>
            <source>jpprep is starting on the profile “{profile}” in another window. Wait a moment and switch to that window.</source>
            <translation>jpprep đang khởi động với hồ sơ “{profile}” trong một cửa sổ khác. Hãy đợi một chút rồi chuyển sang cửa sổ đó.</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on this computer. Switch to that window, or close it first.</source>
            <translation>Hồ sơ “{profile}” đã được mở trong jpprep trên máy tính này. Hãy chuyển sang cửa sổ đó hoặc đóng nó trước.</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on the computer “{host}” (since {since}). Close jpprep there first, or choose another profile. If that computer crashed, tell your teacher.</source>
            <translation>Hồ sơ “{profile}” đã được mở trong jpprep trên máy tính “{host}” (từ {since}). Hãy đóng jpprep ở đó trước, hoặc chọn hồ sơ khác. Nếu máy tính đó bị treo hoặc tắt đột ngột, hãy báo cho giáo viên.</translation>
        </message>
        <message>
            <source>A PIN is made of digits only, for example 4821.</source>
            <translation>Mã PIN chỉ gồm chữ số, ví dụ 4821.</translation>
        </message>
        <message>
            <source>A PIN has {min} to {max} digits.</source>
            <translation>Mã PIN có từ {min} đến {max} chữ số.</translation>
        </message>
        <message>
            <source>That profile no longer exists.</source>
            <translation>Hồ sơ đó không còn tồn tại.</translation>
        </message>
        <message>
            <source>That options preset no longer exists.</source>
            <translation>Bộ thiết lập đó không còn tồn tại.</translation>
        </message>
        <message>
            <source>An options preset needs a name of {min} to {max} characters.</source>
            <translation>Bộ thiết lập tùy chọn cần có tên dài từ {min} đến {max} ký tự.</translation>
        </message>
        <message>
            <source>A preset named “{name}” already exists. Choose another name, or choose that preset in the list.</source>
            <translation>Đã có bộ thiết lập tên “{name}”. Hãy chọn tên khác hoặc chọn bộ thiết lập đó trong danh sách.</translation>
        </message>
        <message>
            <source>A profile needs a name. Type a name, for example your first name.</source>
            <translation>Hồ sơ cần có tên. Hãy nhập một tên, ví dụ tên của bạn.</translation>
        </message>
        <message>
            <source>The name is longer than {max} characters.</source>
            <translation>Tên dài hơn {max} ký tự.</translation>
        </message>
        <message>
            <source>The name contains invisible control characters. Please type it again.</source>
            <translation>Tên có chứa ký tự điều khiển không nhìn thấy được. Hãy nhập lại.</translation>
        </message>
        <message>
            <source>A profile named “{name}” already exists. Choose another name, or switch to that profile.</source>
            <translation>Đã có hồ sơ tên “{name}”. Hãy chọn tên khác hoặc chuyển sang hồ sơ đó.</translation>
        </message>
        <message>
            <source>The question banks do not have enough questions of these types for {exam}: {types}. Add questions to a bank, or choose another practice mode.</source>
            <translation>Ngân hàng câu hỏi không có đủ câu hỏi thuộc các dạng này cho {exam}: {types}. Hãy thêm câu hỏi vào ngân hàng, hoặc chọn một chế độ luyện tập khác.</translation>
        </message>
        <message>
            <source>Choose a section to practise.</source>
            <translation>Hãy chọn một phần để luyện tập.</translation>
        </message>
        <message>
            <source>Choose at least one question type to practise.</source>
            <translation>Hãy chọn ít nhất một dạng câu hỏi để luyện tập.</translation>
        </message>
        <message>
            <source>{exam} has no question type “{type}”.</source>
            <translation>{exam} không có dạng câu hỏi “{type}”.</translation>
        </message>
        <message>
            <source>“{mode}” is not a practice mode of jpprep.</source>
            <translation>“{mode}” không phải là chế độ luyện tập của jpprep.</translation>
        </message>
        <message>
            <source>There is no mock exam “{exam}”.</source>
            <translation>Không có bài thi thử “{exam}”.</translation>
        </message>
        <message>
            <source>This exam attempt no longer exists.</source>
            <translation>Lượt thi này không còn nữa.</translation>
        </message>
        <message>
            <source>The questions of this exam have changed ({gone} are gone), so it cannot be continued. Start a new one.</source>
            <translation>Câu hỏi của bài thi này đã thay đổi ({gone} câu không còn), nên không thể làm tiếp. Hãy bắt đầu bài mới.</translation>
        </message>
        <message>
            <source>This exam has no questions.</source>
            <translation>Bài thi này không có câu hỏi nào.</translation>
        </message>
        <message>
            <source>This saved exam was made by another version of jpprep and cannot be continued. Start a new one.</source>
            <translation>Bài thi đã lưu này được tạo bởi một phiên bản jpprep khác và không thể làm tiếp. Hãy bắt đầu bài mới.</translation>
        </message>
        <message>
            <source>jpprep cannot read this question bank ({detail}).</source>
            <translation>jpprep không đọc được ngân hàng câu hỏi này ({detail}).</translation>
        </message>
        <message>
            <source>This question bank is larger than 32 MB.</source>
            <translation>Ngân hàng câu hỏi này lớn hơn 32 MB.</translation>
        </message>
        <message>
            <source>This question bank is not UTF-8 text. Save it as UTF-8.</source>
            <translation>Ngân hàng câu hỏi này không phải văn bản UTF-8. Hãy lưu ở dạng UTF-8.</translation>
        </message>
        <message>
            <source>This question bank is not valid JSON (column {column}). Check the quotes, commas and brackets there.</source>
            <translation>Ngân hàng câu hỏi này không phải JSON hợp lệ (cột {column}). Hãy kiểm tra dấu ngoặc kép, dấu phẩy và dấu ngoặc ở đó.</translation>
        </message>
        <message>
            <source>This file is not a jpprep question bank (“format”: 1 is missing).</source>
            <translation>Tệp này không phải ngân hàng câu hỏi của jpprep (thiếu “format”: 1).</translation>
        </message>
        <message>
            <source>Choose a deck or a mock exam to assign.</source>
            <translation>Hãy chọn một bộ thẻ hoặc một bài thi thử để giao.</translation>
        </message>
        <message>
            <source>Only a mock exam can be assigned with a form. Choose a mock exam, or leave the form out.</source>
            <translation>Chỉ có thể giao đề thi cùng với một bài thi thử. Hãy chọn một bài thi thử, hoặc bỏ trống đề thi.</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation>“{value}” không phải là ngày. Hãy ghi theo dạng YYYY-MM-DD, ví dụ 2026-03-31.</translation>
        </message>
        <message>
            <source>That deck no longer exists.</source>
            <translation>Bộ thẻ đó không còn nữa.</translation>
        </message>
        <message>
            <source>This card no longer exists: its note or deck was deleted. Go back to Home and choose a deck.</source>
            <translation>Thẻ này không còn nữa: ghi chú hoặc bộ thẻ chứa nó đã bị xóa. Hãy quay lại Trang chủ và chọn một bộ thẻ.</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>Ghi chú đó không còn tồn tại.</translation>
        </message>
        <message>
            <source>No note is chosen. Select one or more notes in the list first.</source>
            <translation>Chưa chọn ghi chú nào. Hãy chọn trước một hoặc nhiều ghi chú trong danh sách.</translation>
        </message>
        <message>
            <source>The English meaning is empty. Write what the word means in English.</source>
            <translation>Nghĩa tiếng Anh đang trống. Hãy viết nghĩa của từ bằng tiếng Anh.</translation>
        </message>
        <message>
            <source>The tag is empty. Type a tag, for example verb.</source>
            <translation>Thẻ đang trống. Hãy gõ một thẻ, ví dụ verb.</translation>
        </message>
        <message>
            <source>The tag “{tag}” has a space in it. A tag is one word: use - or _ instead of spaces.</source>
            <translation>Thẻ “{tag}” có khoảng trắng. Thẻ là một từ: hãy dùng - hoặc _ thay cho khoảng trắng.</translation>
        </message>
        <message>
            <source>That student no longer exists.</source>
            <translation>Học viên đó không còn nữa.</translation>
        </message>
        <message>
            <source>The lab configuration file does not exist. Everything that can be locked is locked.</source>
            <translation>Không có tệp cấu hình phòng máy. Mọi thứ có thể khóa đều đã bị khóa.</translation>
        </message>
        <message>
            <source>The lab configuration file cannot be read. Everything that can be locked is locked.</source>
            <translation>Không đọc được tệp cấu hình phòng máy. Mọi thứ có thể khóa đều đã bị khóa.</translation>
        </message>
        <message>
            <source>The lab configuration file is not valid TOML (each setting is one line: key = "value"). Everything that can be locked is locked until it is fixed.</source>
            <translation>Tệp cấu hình phòng máy không phải là TOML hợp lệ (mỗi thiết lập một dòng: key = "value"). Mọi thứ có thể khóa đều bị khóa cho đến khi sửa xong.</translation>
        </message>
        <message>
            <source>“{key}” is not a known key. Did you mean: {known}?</source>
            <translation>“{key}” không phải là khóa đã biết. Có phải ý bạn là: {known}?</translation>
        </message>
        <message>
            <source>“{key}” must be a text in quotes.</source>
            <translation>“{key}” phải là văn bản trong dấu ngoặc kép.</translation>
        </message>
        <message>
            <source>“{key}” is not a database URL.</source>
            <translation>“{key}” không phải là URL cơ sở dữ liệu.</translation>
        </message>
        <message>
            <source>jpprep cannot use “{driver}” databases. Use postgresql+psycopg or sqlite.</source>
            <translation>jpprep không dùng được cơ sở dữ liệu “{driver}”. Hãy dùng postgresql+psycopg hoặc sqlite.</translation>
        </message>
        <message>
            <source>“{value}” is not an interface language of jpprep. Use one of: {known}.</source>
            <translation>“{value}” không phải là ngôn ngữ giao diện của jpprep. Hãy dùng một trong các ngôn ngữ: {known}.</translation>
        </message>
        <message>
            <source>“{key}” must be a list of ids in quotes.</source>
            <translation>“{key}” phải là danh sách id trong dấu ngoặc kép.</translation>
        </message>
        <message>
            <source>“{key}” must be a list of names in quotes ({known}). Everything is locked until it is fixed.</source>
            <translation>“{key}” phải là danh sách tên trong dấu ngoặc kép ({known}). Mọi thứ bị khóa cho đến khi sửa xong.</translation>
        </message>
        <message>
            <source>“{value}” is not a name that “{key}” knows ({known}). Everything is locked until it is fixed.</source>
            <translation>“{value}” không phải là tên mà “{key}” nhận biết ({known}). Mọi thứ bị khóa cho đến khi sửa xong.</translation>
        </message>
        <message>
            <source>“{key}” is not a password hash.</source>
            <translation>“{key}” không phải là mã băm mật khẩu.</translation>
        </message>
        <message>
            <source>“{value}” is not a choice for “{key}”. Use "study locally" or "stop".</source>
            <translation>“{value}” không phải là lựa chọn hợp lệ cho “{key}”. Hãy dùng "study locally" hoặc "stop".</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, dòng {line}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; nothing was changed. Please tell your teacher.</source>
            <translation>Đã xảy ra lỗi không mong muốn; không có gì bị thay đổi. Hãy báo cho giáo viên của bạn.</translation>
        </message>
        <message>
            <source>Please tell your teacher: the lab configuration file has a problem. The rest of the file still applies.</source>
            <translation>Hãy báo cho giáo viên: tệp cấu hình phòng máy có vấn đề. Các thiết lập khác trong tệp vẫn được áp dụng.</translation>
        </message>
        <message>
            <source>Study continues on this computer only; your answers here are not in the class database.</source>
            <translation>Việc học chỉ tiếp tục trên máy tính này; các câu trả lời của bạn ở đây không nằm trong cơ sở dữ liệu của lớp.</translation>
        </message>
    </context>
    <context>
        <name>ExamTargetDialog</name>
        <message>
            <source>Exam target</source>
            <translation>Mục tiêu kỳ thi</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Kỳ thi</translation>
        </message>
        <message>
            <source>Exam date</source>
            <translation>Ngày thi</translation>
        </message>
        <message>
            <source>Decks for this exam</source>
            <translation>Bộ thẻ cho kỳ thi này</translation>
        </message>
        <message>
            <source>Exam:</source>
            <translation>Kỳ thi:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>Decks:</source>
            <translation>Bộ thẻ:</translation>
        </message>
        <message>
            <source>Pace check</source>
            <translation>Kiểm tra tốc độ</translation>
        </message>
        <message>
            <source>Remove target</source>
            <translation>Xóa mục tiêu</translation>
        </message>
        <message>
            <source>Tick the decks you need for this exam.</source>
            <translation>Đánh dấu các bộ thẻ bạn cần cho kỳ thi này.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) left.</source>
            <translation>
                <numerusform>Còn %Ln ngày.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) not met yet.</source>
            <translation>
                <numerusform>Còn %Ln thẻ chưa học.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pace (%1 new a day) meets them all by %2.</source>
            <translation>Với tốc độ của bạn (%1 thẻ mới mỗi ngày), bạn sẽ học xong tất cả trước %2.</translation>
        </message>
        <message>
            <source>At your pace (%1 new a day) you will not meet them all. %2 new cards a day would.</source>
            <translation>Với tốc độ của bạn (%1 thẻ mới mỗi ngày), bạn sẽ không học kịp tất cả. Cần %2 thẻ mới mỗi ngày.</translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day.</source>
            <translation>
                <numerusform>Tức là khoảng %Ln câu trả lời mỗi ngày.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: that is more than the %Ln answer(s) you do on a typical day.</source>
            <translation>
                <numerusform>Cảnh báo: con số này nhiều hơn %Ln câu trả lời bạn thường làm mỗi ngày.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamsPage</name>
        <message>
            <source>Mock exams</source>
            <translation>Thi thử</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Kỳ thi</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Luyện tập</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Đề thi</translation>
        </message>
        <message>
            <source>Section or type</source>
            <translation>Phần hoặc dạng câu hỏi</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Số câu hỏi</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>Resume the open exam</source>
            <translation>Tiếp tục bài thi đang làm</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>Kết quả trước đây</translation>
        </message>
        <message>
            <source>(practice only: not enough questions for a full mock)</source>
            <translation>(chỉ luyện tập: chưa đủ câu hỏi cho một bài thi thử đầy đủ)</translation>
        </message>
        <message>
            <source>pass (estimate)</source>
            <translation>đạt (ước tính)</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>chưa đạt</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>luyện tập</translation>
        </message>
        <message>
            <source>%1 minutes for the whole test</source>
            <translation>%1 phút cho toàn bài thi</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> phút</translation>
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
            <translation>câu hỏi</translation>
        </message>
        <message>
            <source>Format as of %1.</source>
            <translation>Định dạng tính đến %1.</translation>
        </message>
        <message>
            <source>Not yet confirmed:</source>
            <translation>Chưa được xác nhận:</translation>
        </message>
        <message>
            <source>Readiness (last attempts):</source>
            <translation>Mức sẵn sàng (các lần gần nhất):</translation>
        </message>
        <message>
            <source>Weak question types:</source>
            <translation>Dạng câu hỏi yếu:</translation>
        </message>
        <message>
            <source>Random (new questions each time)</source>
            <translation>Ngẫu nhiên (câu hỏi mới mỗi lần)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 câu hỏi)</translation>
        </message>
        <message>
            <source>From the question bank %1</source>
            <translation>Từ ngân hàng câu hỏi %1</translation>
        </message>
        <message>
            <source>No weak question types yet: finish a mock or a practice set first.</source>
            <translation>Chưa có dạng câu hỏi yếu: hãy làm xong một bài thi thử hoặc một bộ luyện tập trước.</translation>
        </message>
        <message>
            <source>%1 question(s) added to the deck %2.</source>
            <translation>Đã thêm %1 câu hỏi vào bộ thẻ %2.</translation>
        </message>
        <message>
            <source>Full timed mock</source>
            <translation>Thi thử đầy đủ có giờ</translation>
        </message>
        <message>
            <source>One section</source>
            <translation>Một phần</translation>
        </message>
        <message>
            <source>One question type</source>
            <translation>Một dạng câu hỏi</translation>
        </message>
        <message>
            <source>My weak types</source>
            <translation>Dạng tôi còn yếu</translation>
        </message>
    </context>
    <context>
        <name>FitWords</name>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</source>
            <translation>
                <numerusform>Đã điều chỉnh từ %Ln lượt ôn tập: mô hình mới dự đoán câu trả lời của bạn tốt hơn (log loss {new} thay vì {old}) và sẽ được dùng từ bây giờ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</source>
            <translation>
                <numerusform>Đã điều chỉnh từ %Ln lượt ôn tập: mô hình hiện tại của bạn đã dự đoán câu trả lời tốt nhất (log loss {old}; kết quả mới {new}), nên được giữ nguyên.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough reviews yet: {items} of the {needed} needed (a review counts when it comes a day or more after the card's previous answer). The current model is kept.</source>
            <translation>Chưa đủ lượt ôn tập: mới có {items} trên {needed} lượt cần thiết (một lượt ôn tập chỉ được tính khi cách câu trả lời trước đó của thẻ ít nhất một ngày). Mô hình hiện tại được giữ nguyên.</translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s), so the current one is kept.</source>
            <translation>
                <numerusform>Không thể điều chỉnh mô hình theo %Ln lượt ôn tập của bạn, nên mô hình hiện tại được giữ nguyên.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s) ({reason}), so the current one is kept.</source>
            <translation>
                <numerusform>Không thể điều chỉnh mô hình theo %Ln lượt ôn tập của bạn ({reason}), nên mô hình hiện tại được giữ nguyên.</numerusform>
            </translation>
        </message>
        <message>
            <source>there are not enough reviews</source>
            <translation>chưa đủ lượt ôn tập</translation>
        </message>
        <message>
            <source>some reviews cannot be used</source>
            <translation>một số lượt ôn tập không dùng được</translation>
        </message>
        <message>
            <source>the current parameters are not valid</source>
            <translation>các tham số hiện tại không hợp lệ</translation>
        </message>
        <message>
            <source>no better parameters were found</source>
            <translation>không tìm được tham số tốt hơn</translation>
        </message>
        <message>
            <source>the fitting was stopped</source>
            <translation>việc điều chỉnh đã bị dừng</translation>
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
            <translation>Cờ đỏ</translation>
        </message>
        <message>
            <source>Orange flag</source>
            <translation>Cờ cam</translation>
        </message>
        <message>
            <source>Green flag</source>
            <translation>Cờ xanh lá</translation>
        </message>
        <message>
            <source>Blue flag</source>
            <translation>Cờ xanh dương</translation>
        </message>
        <message>
            <source>Flag {n}</source>
            <translation>Cờ {n}</translation>
        </message>
    </context>
    <context>
        <name>FormNames</name>
        <message>
            <source>Form %1</source>
            <translation>Đề thi %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message>
            <source>Study calendar</source>
            <translation>Lịch học</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) with study in the last year</source>
            <translation>
                <numerusform>%Ln ngày có học trong năm qua</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s)</source>
            <translation>
                <numerusform>%Ln câu trả lời</numerusform>
            </translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>T2</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>T4</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>T6</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s)</source>
            <translation>
                <numerusform>%1: %Ln câu trả lời</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Deck</source>
            <translation>Bộ thẻ</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Đang học</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Đến hạn</translation>
        </message>
        <message>
            <source>Today's work</source>
            <translation>Việc hôm nay</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Bài được giao</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>Bộ thẻ</translation>
        </message>
        <message>
            <source>Delete deck…</source>
            <translation>Xóa bộ thẻ…</translation>
        </message>
        <message>
            <source>Study this deck</source>
            <translation>Học bộ thẻ này</translation>
        </message>
        <message>
            <source>Study all due cards</source>
            <translation>Học tất cả thẻ đến hạn</translation>
        </message>
        <message>
            <source>Deck options</source>
            <translation>Tùy chọn bộ thẻ</translation>
        </message>
        <message>
            <source>Daily limits, learning steps and retention of the chosen deck</source>
            <translation>Giới hạn mỗi ngày, các bước học và tỷ lệ ghi nhớ của bộ thẻ đã chọn</translation>
        </message>
        <message numerus="yes">
            <source>Bring back %Ln deleted deck(s) that come with jpprep</source>
            <translation>
                <numerusform>Khôi phục %Ln bộ thẻ đi kèm jpprep đã bị xóa</numerusform>
            </translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>Xin chào, {name}</translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) due.</source>
            <translation>
                <numerusform>Hôm nay: %Ln thẻ đến hạn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new card(s) waiting.</source>
            <translation>
                <numerusform>%Ln thẻ mới đang chờ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today: %Ln.</source>
            <translation>
                <numerusform>Đã ôn hôm nay: %Ln.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Streak: %Ln day(s).</source>
            <translation>
                <numerusform>Chuỗi ngày học: %Ln ngày.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) to study again ({learning_column}: {learning}, {due_column}: {due}).</source>
            <translation>
                <numerusform>Hôm nay: %Ln thẻ cần học lại ({learning_column}: {learning}, {due_column}: {due}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Assignments from your teacher:</source>
            <translation>Bài giáo viên giao:</translation>
        </message>
        <message>
            <source>done</source>
            <translation>xong</translation>
        </message>
        <message>
            <source>overdue, {p}% done</source>
            <translation>quá hạn, xong {p}%</translation>
        </message>
        <message>
            <source>{p}% done</source>
            <translation>xong {p}%</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>your other mock does not count: take {form}</source>
            <translation>bài thi thử khác của bạn không được tính: hãy làm {form}</translation>
        </message>
        <message>
            <source>a practice does not count: take {form} as a full mock</source>
            <translation>bài luyện tập không được tính: hãy làm {form} dưới dạng thi thử đầy đủ</translation>
        </message>
        <message>
            <source>only {form} counts</source>
            <translation>chỉ tính {form}</translation>
        </message>
        <message>
            <source>a practice does not count: take the full mock</source>
            <translation>bài luyện tập không được tính: hãy làm bài thi thử đầy đủ</translation>
        </message>
        <message>
            <source>• {title}: due {date} ({state})</source>
            <translation>• {title}: hạn {date} ({state})</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>Bắt đầu {title}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {file}</source>
            <translation>Nhập {file}</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Quay lại</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Đang đọc {file}…</translation>
        </message>
        <message>
            <source>Bring my Anki review history</source>
            <translation>Mang theo lịch sử ôn tập Anki của tôi</translation>
        </message>
        <message>
            <source>Cards you have not studied in jpprep yet take their Anki progress, and every answer you gave in Anki counts in your statistics.</source>
            <translation>Những thẻ bạn chưa học trong jpprep sẽ nhận tiến độ từ Anki, và mọi câu trả lời bạn đã làm trong Anki được tính vào thống kê của bạn.</translation>
        </message>
        <message>
            <source>jpprep guessed what each column holds. Change a column if the guess is wrong; the preview shows the first rows as they will be imported.</source>
            <translation>jpprep đã đoán nội dung của từng cột. Hãy đổi cột nếu đoán sai; phần xem trước hiển thị các hàng đầu tiên đúng như khi được nhập.</translation>
        </message>
        <message>
            <source>An Anki package: notes, cards, nested decks, tags and media are imported. Importing it again updates the same notes.</source>
            <translation>Một gói Anki: ghi chú, thẻ, bộ thẻ lồng nhau, nhãn và tệp đa phương tiện đều được nhập. Nhập lại sẽ cập nhật chính các ghi chú đó.</translation>
        </message>
        <message>
            <source>A jpprep deck. Importing it again updates the same notes and keeps everyone's progress.</source>
            <translation>Một bộ thẻ jpprep. Nhập lại sẽ cập nhật chính các ghi chú đó và giữ tiến độ của mọi người.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Các cột</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Hàng</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>Cách sửa</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Các vấn đề</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Đang nhập {file}…</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ở đâu</translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>Lý do bỏ qua</translation>
        </message>
        <message>
            <source>Other (kept with the note)</source>
            <translation>Khác (giữ cùng ghi chú)</translation>
        </message>
        <message>
            <source>Japanese (kanji)</source>
            <translation>Tiếng Nhật (kanji)</translation>
        </message>
        <message>
            <source>Reading (kana)</source>
            <translation>Cách đọc (kana)</translation>
        </message>
        <message>
            <source>Meaning in English</source>
            <translation>Nghĩa tiếng Anh</translation>
        </message>
        <message>
            <source>Meaning in Urdu</source>
            <translation>Nghĩa tiếng Urdu</translation>
        </message>
        <message>
            <source>Meaning in Nepali</source>
            <translation>Nghĩa tiếng Nepal</translation>
        </message>
        <message>
            <source>Meaning in Indonesian</source>
            <translation>Nghĩa tiếng Indonesia</translation>
        </message>
        <message>
            <source>Meaning in Vietnamese</source>
            <translation>Nghĩa tiếng Việt</translation>
        </message>
        <message>
            <source>Meaning in Tagalog</source>
            <translation>Nghĩa tiếng Tagalog</translation>
        </message>
        <message>
            <source>Meaning in Filipino</source>
            <translation>Nghĩa tiếng Filipino</translation>
        </message>
        <message>
            <source>Meaning in Burmese</source>
            <translation>Nghĩa tiếng Miến Điện</translation>
        </message>
        <message>
            <source>Example sentence (Japanese)</source>
            <translation>Câu ví dụ (tiếng Nhật)</translation>
        </message>
        <message>
            <source>Example sentence (English)</source>
            <translation>Câu ví dụ (tiếng Anh)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Nhãn</translation>
        </message>
        <message>
            <source>JLPT level</source>
            <translation>Cấp độ JLPT</translation>
        </message>
        <message>
            <source>SSW sector</source>
            <translation>Ngành SSW</translation>
        </message>
        <message>
            <source>Kind (vocab, kanji, grammar)</source>
            <translation>Loại (từ vựng, kanji, ngữ pháp)</translation>
        </message>
        <message>
            <source>Note id</source>
            <translation>Mã ghi chú</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>Cột {letter}</translation>
        </message>
        <message>
            <source>What column {name} holds</source>
            <translation>Cột {name} chứa gì</translation>
        </message>
        <message>
            <source>This cannot be imported yet: {problem}</source>
            <translation>Chưa thể nhập tệp này: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) can be imported; the others have problems (marked ⚠).</source>
            <translation>
                <numerusform>Có thể nhập %Ln hàng; các hàng còn lại có vấn đề (đánh dấu ⚠).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) can be imported.</source>
            <translation>
                <numerusform>Có thể nhập cả %Ln hàng.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {n}</source>
            <translation>Hàng {n}</translation>
        </message>
        <message>
            <source>(no meaning)</source>
            <translation>(không có nghĩa)</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported. The file has %Ln problem(s), listed below. Fix the file and import it again, or import only the rows without problems.</source>
            <translation>
                <numerusform>Chưa nhập gì cả. Tệp có %Ln vấn đề, liệt kê bên dưới. Hãy sửa tệp rồi nhập lại, hoặc chỉ nhập các hàng không có vấn đề.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %Ln valid row(s)</source>
            <translation>
                <numerusform>Nhập %Ln hàng hợp lệ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported: the file has %Ln problem(s) and no row jpprep can import. Fix the file and import it again.</source>
            <translation>
                <numerusform>Chưa nhập gì cả: tệp có %Ln vấn đề và không có hàng nào jpprep nhập được. Hãy sửa tệp rồi nhập lại.</numerusform>
            </translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Imported into “{deck}”.</source>
            <translation>Đã nhập vào “{deck}”.</translation>
        </message>
        <message numerus="yes">
            <source>Added: %Ln note(s).</source>
            <translation>
                <numerusform>Đã thêm: %Ln ghi chú.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated: %Ln note(s).</source>
            <translation>
                <numerusform>Đã cập nhật: %Ln ghi chú.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already up to date: %Ln note(s).</source>
            <translation>
                <numerusform>Đã mới nhất: %Ln ghi chú.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %Ln row(s).</source>
            <translation>
                <numerusform>Bỏ qua: %Ln hàng.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anki review history: %Ln answer(s) brought over.</source>
            <translation>
                <numerusform>Lịch sử ôn tập Anki: đã mang theo %Ln câu trả lời.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cards with their Anki progress: %Ln.</source>
            <translation>
                <numerusform>Thẻ có tiến độ từ Anki: %Ln.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Intervals</name>
        <message>
            <source>under a minute</source>
            <translation>dưới một phút</translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln phút</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln giờ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Ln tháng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln năm</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} năm</translation>
        </message>
    </context>
    <context>
        <name>JlptRunner</name>
        <message>
            <source>Answer sheet</source>
            <translation>Phiếu trả lời</translation>
        </message>
        <message>
            <source>◀ Back (P)</source>
            <translation>◀ Quay lại (P)</translation>
        </message>
        <message>
            <source>Next (N) ▶</source>
            <translation>Tiếp (N) ▶</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>Kết thúc phần thi (E)</translation>
        </message>
        <message>
            <source>Time left %1</source>
            <translation>Thời gian còn lại %1</translation>
        </message>
    </context>
    <context>
        <name>KanaAnswerBox</name>
        <message>
            <source>Type the reading (romaji becomes kana), then Enter</source>
            <translation>Gõ cách đọc (romaji tự thành kana), rồi nhấn Enter</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Câu trả lời của bạn</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Trang chủ</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Học</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>Bộ thẻ</translation>
        </message>
        <message>
            <source>Mock exams</source>
            <translation>Thi thử</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>Lớp học</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Luôn luôn</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>Chỉ với kanji tôi chưa biết</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Không bao giờ</translation>
        </message>
        <message>
            <source>jpprep: {name}</source>
            <translation>jpprep: {name}</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Mục</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Import deck…</source>
            <translation>&amp;Nhập bộ thẻ…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>Hồ &amp;sơ</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>Đổi &amp;hồ sơ…</translation>
        </message>
        <message>
            <source>Set or change &amp;PIN…</source>
            <translation>Đặt hoặc đổi &amp;PIN…</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>Đăng &amp;xuất</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>&amp;Furigana</source>
            <translation>&amp;Furigana</translation>
        </message>
        <message>
            <source>Show &amp;romaji</source>
            <translation>Hiện &amp;romaji</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About jpprep and sources</source>
            <translation>&amp;Giới thiệu jpprep và nguồn</translation>
        </message>
        <message>
            <source>PIN saved.</source>
            <translation>Đã lưu PIN.</translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>Đang tải các bộ thẻ có sẵn của jpprep…</translation>
        </message>
        <message>
            <source>Decks ready.</source>
            <translation>Các bộ thẻ đã sẵn sàng.</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln note(s) from the shipped decks.</source>
            <translation>
                <numerusform>Đã thêm %Ln ghi chú từ các bộ thẻ có sẵn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took out %Ln note(s) that jpprep no longer ships.</source>
            <translation>
                <numerusform>Đã đưa %Ln ghi chú không còn đi kèm jpprep ra khỏi bộ thẻ của chúng.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</source>
            <translation>
                <numerusform>Trong số đó, %Ln ghi chú bạn đã học hoặc sửa: được giữ lại cùng câu trả lời của bạn, ở trạng thái tạm ngưng, trong bộ thẻ Retired.</numerusform>
            </translation>
        </message>
        <message>
            <source>To study any of them again, select them under Decks and press Unsuspend.</source>
            <translation>Để học lại ghi chú nào trong số đó, hãy chọn chúng trong Bộ thẻ rồi bấm Bỏ tạm ngưng.</translation>
        </message>
        <message>
            <source>Import a deck</source>
            <translation>Nhập bộ thẻ</translation>
        </message>
        <message>
            <source>Decks (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Bộ thẻ (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;Tất cả tệp (*)</translation>
        </message>
        <message>
            <source>Imported: {a} added, {u} updated, {s} skipped.</source>
            <translation>Đã nhập: thêm {a}, cập nhật {u}, bỏ qua {s}.</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move notes</source>
            <translation>Di chuyển ghi chú</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln note(s) to:</source>
            <translation>
                <numerusform>Di chuyển %Ln ghi chú đến:</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Di chuyển</translation>
        </message>
    </context>
    <context>
        <name>NoteActions</name>
        <message>
            <source>&amp;New note…</source>
            <translation>Ghi chú &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Xóa…</translation>
        </message>
        <message>
            <source>M&amp;ove…</source>
            <translation>Di &amp;chuyển…</translation>
        </message>
        <message>
            <source>Ta&amp;g…</source>
            <translation>&amp;Nhãn…</translation>
        </message>
        <message>
            <source>&amp;Fill in readings</source>
            <translation>&amp;Điền cách đọc</translation>
        </message>
        <message>
            <source>Generate a reading for every note without one: the selected notes, or else the deck chosen above</source>
            <translation>Tạo cách đọc cho mọi ghi chú chưa có: các ghi chú đã chọn, hoặc bộ thẻ đã chọn ở trên</translation>
        </message>
        <message>
            <source>Nothing was changed: the class server is not reachable. Try again when it is back.</source>
            <translation>Chưa có gì được thay đổi: không kết nối được với máy chủ của lớp. Hãy thử lại khi máy chủ hoạt động trở lại.</translation>
        </message>
        <message>
            <source>There is no deck yet: import one first.</source>
            <translation>Chưa có bộ thẻ nào: hãy nhập một bộ trước.</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>Đã thêm %1.</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>Xóa ghi chú</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln note(s)?</source>
            <translation>
                <numerusform>Xóa %Ln ghi chú?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their %1 card(s) and %2 answer(s) by %3 learner(s) are deleted with them. This cannot be undone.</source>
            <translation>%1 thẻ và %2 câu trả lời của %3 người học cũng sẽ bị xóa theo. Không thể hoàn tác.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln note(s).</source>
            <translation>
                <numerusform>Đã xóa %Ln ghi chú.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln note(s) to %1.</source>
            <translation>
                <numerusform>Đã chuyển %Ln ghi chú sang %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 added to %Ln note(s).</source>
            <translation>
                <numerusform>Đã thêm nhãn %1 cho %Ln ghi chú.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 removed from %Ln note(s).</source>
            <translation>
                <numerusform>Đã gỡ nhãn %1 khỏi %Ln ghi chú.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every note here already has a reading.</source>
            <translation>Mọi ghi chú ở đây đều đã có cách đọc.</translation>
        </message>
        <message numerus="yes">
            <source>Filling in %Ln reading(s)…</source>
            <translation>
                <numerusform>Đang điền %Ln cách đọc…</numerusform>
            </translation>
        </message>
        <message>
            <source>Filling in readings: %1 of %2…</source>
            <translation>Đang điền cách đọc: %1/%2…</translation>
        </message>
        <message numerus="yes">
            <source>Filled in %Ln reading(s); check them (they are marked as generated).</source>
            <translation>
                <numerusform>Đã điền %Ln cách đọc; hãy kiểm tra lại (chúng được đánh dấu là tự tạo).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) could not be read.</source>
            <translation>
                <numerusform>Không đọc được %Ln ghi chú.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>&amp;Japanese:</source>
            <translation>Tiếng &amp;Nhật:</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>Cách &amp;đọc:</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>Nghĩa (tiếng Anh) (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>Nh&amp;ãn:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Cấp độ:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Your training centre has locked changes to decks.</source>
            <translation>Trung tâm đào tạo của bạn đã khóa việc thay đổi bộ thẻ.</translation>
        </message>
        <message>
            <source>Choose a note in the list to edit it.</source>
            <translation>Chọn một ghi chú trong danh sách để sửa.</translation>
        </message>
        <message>
            <source>This reading was generated; check it and correct it if needed.</source>
            <translation>Cách đọc này được tạo tự động; hãy kiểm tra và sửa nếu cần.</translation>
        </message>
        <message>
            <source>Not saved: the class server is not reachable. Your changes are still here; press Save again when it is back.</source>
            <translation>Chưa lưu: không kết nối được với máy chủ của lớp. Các thay đổi của bạn vẫn còn ở đây; hãy nhấn Lưu lại khi máy chủ hoạt động trở lại.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <source>The class server is back: press Save to store your changes.</source>
            <translation>Máy chủ của lớp đã hoạt động trở lại: hãy nhấn Lưu để lưu các thay đổi của bạn.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditorDialog</name>
        <message>
            <source>Edit note</source>
            <translation>Sửa ghi chú</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Class server</source>
            <translation>Máy chủ của lớp</translation>
        </message>
        <message>
            <source>You have studied all the cards this computer had ready. Your answers are safe here; you can go on when the class server is back.</source>
            <translation>Bạn đã học hết các thẻ đã được chuẩn bị sẵn trên máy tính này. Câu trả lời của bạn được lưu an toàn ở đây; bạn có thể học tiếp khi máy chủ của lớp hoạt động trở lại.</translation>
        </message>
        <message>
            <source>The class server is not reachable. Your answers are saved on this computer and will be sent when it is back.</source>
            <translation>Không kết nối được với máy chủ của lớp. Câu trả lời của bạn được lưu trên máy tính này và sẽ được gửi khi máy chủ hoạt động trở lại.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to be sent.</source>
            <translation>
                <numerusform>%Ln câu trả lời đang chờ gửi.</numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is back. All your answers have been sent.</source>
            <translation>Máy chủ của lớp đã hoạt động trở lại. Tất cả câu trả lời của bạn đã được gửi.</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message numerus="yes">
            <source>{exam} on {date}: %Ln day(s) left.</source>
            <translation>
                <numerusform>{exam} vào {date}: còn %Ln ngày.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every card has been met.</source>
            <translation>Bạn đã học qua tất cả các thẻ.</translation>
        </message>
        <message numerus="yes">
            <source>On track: %Ln card(s) still to meet.</source>
            <translation>
                <numerusform>Đúng tiến độ: còn %Ln thẻ chưa học.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you finish on {date}.</source>
            <translation>
                <numerusform>Với %Ln thẻ mới mỗi ngày, bạn sẽ học xong vào {date}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still to meet.</source>
            <translation>
                <numerusform>Còn %Ln thẻ chưa học.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That needs %Ln new card(s) a day.</source>
            <translation>
                <numerusform>Cần học %Ln thẻ mới mỗi ngày.</numerusform>
            </translation>
        </message>
        <message>
            <source>The exam is today or already past: choose the next exam date.</source>
            <translation>Kỳ thi là hôm nay hoặc đã qua: hãy chọn ngày thi tiếp theo.</translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you will not meet every card before the exam.</source>
            <translation>
                <numerusform>Với %Ln thẻ mới mỗi ngày, bạn sẽ không học hết các thẻ trước kỳ thi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln a day would.</source>
            <translation>
                <numerusform>Học %Ln thẻ mỗi ngày thì sẽ kịp.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day,</source>
            <translation>
                <numerusform>Như vậy là khoảng %Ln câu trả lời mỗi ngày,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than the %Ln you do on a typical day.</source>
            <translation>
                <numerusform>nhiều hơn %Ln câu bạn làm trong một ngày bình thường.</numerusform>
            </translation>
        </message>
        <message>
            <source>which is a lot to start with.</source>
            <translation>khá nhiều khi mới bắt đầu.</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>The cell has {chars} characters; the limit is {limit}.</source>
            <translation>Ô này có {chars} ký tự; giới hạn là {limit}.</translation>
        </message>
        <message>
            <source>The id is empty.</source>
            <translation>id đang trống.</translation>
        </message>
        <message>
            <source>The kind “{kind}” is not vocab, kanji or grammar.</source>
            <translation>Loại “{kind}” không phải vocab, kanji hay grammar.</translation>
        </message>
        <message>
            <source>The Japanese word or sentence is empty.</source>
            <translation>Từ hoặc câu tiếng Nhật đang trống.</translation>
        </message>
        <message>
            <source>“{value}” is not kana.</source>
            <translation>“{value}” không phải là kana.</translation>
        </message>
        <message>
            <source>The English meaning is empty.</source>
            <translation>Nghĩa tiếng Anh đang trống.</translation>
        </message>
        <message>
            <source>“{word}” is in the file twice (first on row {first}).</source>
            <translation>“{word}” có hai lần trong tệp (lần đầu ở hàng {first}).</translation>
        </message>
        <message>
            <source>The level “{level}” is too long.</source>
            <translation>Cấp độ “{level}” quá dài.</translation>
        </message>
        <message>
            <source>The sector “{sector}” is too long.</source>
            <translation>Ngành “{sector}” quá dài.</translation>
        </message>
        <message>
            <source>“{name}” is not a plain file name.</source>
            <translation>“{name}” không phải là một tên tệp đơn giản.</translation>
        </message>
        <message>
            <source>“{name}” is not in the media/ folder.</source>
            <translation>“{name}” không có trong thư mục media/.</translation>
        </message>
        <message>
            <source>The id “{id}” is used twice (first on row {first}).</source>
            <translation>id “{id}” được dùng hai lần (lần đầu ở hàng {first}).</translation>
        </message>
        <message>
            <source>The row has {cells} cells, but the first row names {columns} columns.</source>
            <translation>Hàng này có {cells} ô, nhưng hàng đầu tiên chỉ đặt tên cho {columns} cột.</translation>
        </message>
        <message>
            <source>{key} must be text.</source>
            <translation>{key} phải là văn bản.</translation>
        </message>
        <message>
            <source>{key} is missing.</source>
            <translation>Thiếu {key}.</translation>
        </message>
        <message>
            <source>This jpprep cannot read deck format {value} (it reads format 1).</source>
            <translation>Phiên bản jpprep này không đọc được định dạng bộ thẻ {value} (nó đọc định dạng 1).</translation>
        </message>
        <message>
            <source>The deck id “{value}” may use only lower-case letters, digits, '.', '_' and '-'.</source>
            <translation>id bộ thẻ “{value}” chỉ được dùng chữ thường, chữ số, '.', '_' và '-'.</translation>
        </message>
        <message>
            <source>The deck name “{value}” has an empty part between '::'.</source>
            <translation>Tên bộ thẻ “{value}” có một phần trống giữa hai dấu '::'.</translation>
        </message>
        <message>
            <source>languages must be a list of language codes.</source>
            <translation>languages phải là một danh sách mã ngôn ngữ.</translation>
        </message>
        <message>
            <source>card_types must be a list taken from {known}.</source>
            <translation>card_types phải là một danh sách chọn từ {known}.</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>Không có tệp hoặc thư mục này.</translation>
        </message>
        <message>
            <source>jpprep cannot import this kind of file.</source>
            <translation>jpprep không nhập được loại tệp này.</translation>
        </message>
        <message>
            <source>This .jpdeck has no deck.toml.</source>
            <translation>Tệp .jpdeck này không có deck.toml.</translation>
        </message>
        <message>
            <source>deck.toml is missing.</source>
            <translation>Thiếu tệp deck.toml.</translation>
        </message>
        <message>
            <source>deck.toml is not UTF-8 text.</source>
            <translation>deck.toml không phải văn bản UTF-8.</translation>
        </message>
        <message>
            <source>deck.toml is not valid TOML.</source>
            <translation>deck.toml không phải TOML hợp lệ.</translation>
        </message>
        <message>
            <source>notes.csv is missing.</source>
            <translation>Thiếu tệp notes.csv.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>Tệp này không phải văn bản UTF-8.</translation>
        </message>
        <message>
            <source>The CSV file cannot be read.</source>
            <translation>Không đọc được tệp CSV.</translation>
        </message>
        <message>
            <source>notes.csv is empty.</source>
            <translation>notes.csv đang trống.</translation>
        </message>
        <message>
            <source>notes.csv has no column “{column}”.</source>
            <translation>notes.csv không có cột “{column}”.</translation>
        </message>
        <message>
            <source>notes.csv names the column “{column}” twice.</source>
            <translation>notes.csv đặt tên cột “{column}” hai lần.</translation>
        </message>
        <message>
            <source>The file's text encoding is not UTF-8 or Shift_JIS.</source>
            <translation>Bảng mã văn bản của tệp này không phải UTF-8 hay Shift_JIS.</translation>
        </message>
        <message>
            <source>This Excel file is damaged or cannot be read.</source>
            <translation>Tệp Excel này bị hỏng hoặc không đọc được.</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>Sổ làm việc này không có trang tính nào.</translation>
        </message>
        <message>
            <source>The file has more than {max} rows.</source>
            <translation>Tệp này có hơn {max} hàng.</translation>
        </message>
        <message>
            <source>jpprep cannot read the file ({detail}).</source>
            <translation>jpprep không đọc được tệp này ({detail}).</translation>
        </message>
        <message>
            <source>The spreadsheet is empty.</source>
            <translation>Bảng tính đang trống.</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the Japanese words.</source>
            <translation>jpprep không xác định được cột nào chứa từ tiếng Nhật.</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the meanings.</source>
            <translation>jpprep không xác định được cột nào chứa nghĩa.</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB, more than the {limit_mb} MB jpprep accepts.</source>
            <translation>Tệp này nặng {size_mb} MB, vượt quá mức {limit_mb} MB mà jpprep chấp nhận.</translation>
        </message>
        <message>
            <source>This file is not a zip archive, or it is damaged.</source>
            <translation>Tệp này không phải tệp nén zip, hoặc đã bị hỏng.</translation>
        </message>
        <message>
            <source>This archive holds an unsafe entry (a path outside it, a link, or far more data than its size); nothing was imported.</source>
            <translation>Tệp nén này chứa một mục không an toàn (đường dẫn ra ngoài, liên kết, hoặc dữ liệu lớn hơn nhiều so với kích thước của nó); chưa nhập gì cả.</translation>
        </message>
        <message>
            <source>A part of this Anki package is damaged.</source>
            <translation>Một phần của gói Anki này bị hỏng.</translation>
        </message>
        <message>
            <source>This package was made by a newer Anki than jpprep knows.</source>
            <translation>Gói này được tạo bằng một phiên bản Anki mới hơn những gì jpprep biết.</translation>
        </message>
        <message>
            <source>This is not an Anki package (it has no collection).</source>
            <translation>Đây không phải gói Anki (không có bộ sưu tập).</translation>
        </message>
        <message>
            <source>The package holds no notes.</source>
            <translation>Gói này không có ghi chú nào.</translation>
        </message>
        <message>
            <source>The note type of this note is missing or has no fields; the note was left out.</source>
            <translation>Kiểu ghi chú của ghi chú này bị thiếu hoặc không có trường nào; ghi chú này đã bị bỏ qua.</translation>
        </message>
        <message>
            <source>The GUID “{guid}” appears twice; the second note was left out.</source>
            <translation>GUID “{guid}” xuất hiện hai lần; ghi chú thứ hai đã bị bỏ qua.</translation>
        </message>
        <message>
            <source>The fields of this note hold {chars} characters, more than jpprep accepts; the note was left out.</source>
            <translation>Các trường của ghi chú này có {chars} ký tự, nhiều hơn mức jpprep chấp nhận; ghi chú này đã bị bỏ qua.</translation>
        </message>
        <message>
            <source>The media file name “{name}” is not safe; the file was left out.</source>
            <translation>Tên tệp phương tiện “{name}” không an toàn; tệp này đã bị bỏ qua.</translation>
        </message>
        <message>
            <source>The note id “{id}” appears twice; the first note was kept and the second left out.</source>
            <translation>Id ghi chú “{id}” xuất hiện hai lần; ghi chú đầu tiên được giữ lại và ghi chú thứ hai bị bỏ qua.</translation>
        </message>
        <message>
            <source>Shorten it; long texts belong in a separate file.</source>
            <translation>Hãy rút ngắn nội dung; văn bản dài nên để ở một tệp riêng.</translation>
        </message>
        <message>
            <source>Give every row an id that is unique in the deck, for example taberu.</source>
            <translation>Hãy cho mỗi hàng một id không trùng trong bộ thẻ, ví dụ taberu.</translation>
        </message>
        <message>
            <source>Give every row its own id.</source>
            <translation>Hãy cho mỗi hàng một id riêng.</translation>
        </message>
        <message>
            <source>Write vocab, kanji or grammar, or leave it empty for vocab.</source>
            <translation>Hãy ghi vocab, kanji hoặc grammar, hoặc để trống nếu là vocab.</translation>
        </message>
        <message>
            <source>Write the Japanese word or sentence.</source>
            <translation>Hãy ghi từ hoặc câu tiếng Nhật.</translation>
        </message>
        <message>
            <source>Write {kana}, or leave it empty and jpprep makes the reading.</source>
            <translation>Hãy ghi {kana}, hoặc để trống để jpprep tự tạo cách đọc.</translation>
        </message>
        <message>
            <source>Write the reading in hiragana, or leave it empty and jpprep makes the reading.</source>
            <translation>Hãy ghi cách đọc bằng hiragana, hoặc để trống để jpprep tự tạo cách đọc.</translation>
        </message>
        <message>
            <source>Write the English meaning (other languages go in meaning_ur, meaning_ne, …).</source>
            <translation>Hãy ghi nghĩa tiếng Anh (các ngôn ngữ khác ghi vào meaning_ur, meaning_ne, …).</translation>
        </message>
        <message>
            <source>Write the English meaning in this cell.</source>
            <translation>Hãy ghi nghĩa tiếng Anh vào ô này.</translation>
        </message>
        <message>
            <source>Remove one of the rows, or give each its own reading.</source>
            <translation>Hãy xóa một trong hai hàng, hoặc cho mỗi hàng một cách đọc riêng.</translation>
        </message>
        <message>
            <source>Write N5, N4, N3, N2 or N1.</source>
            <translation>Hãy ghi N5, N4, N3, N2 hoặc N1.</translation>
        </message>
        <message>
            <source>Use a short code such as nursing-care.</source>
            <translation>Hãy dùng một mã ngắn như nursing-care.</translation>
        </message>
        <message>
            <source>Write only the file name inside media/, for example taberu.mp3.</source>
            <translation>Chỉ ghi tên tệp nằm trong media/, ví dụ taberu.mp3.</translation>
        </message>
        <message>
            <source>Put the file in media/, or clear the cell.</source>
            <translation>Hãy đặt tệp vào media/, hoặc xóa nội dung ô.</translation>
        </message>
        <message>
            <source>Put quotes around cells that contain commas.</source>
            <translation>Hãy đặt các ô có dấu phẩy trong dấu ngoặc kép.</translation>
        </message>
        <message>
            <source>Write {key} = "...".</source>
            <translation>Hãy ghi {key} = "...".</translation>
        </message>
        <message>
            <source>Add a line {key} = "..." to deck.toml.</source>
            <translation>Hãy thêm dòng {key} = "..." vào deck.toml.</translation>
        </message>
        <message>
            <source>Install a newer jpprep, or set format = 1.</source>
            <translation>Hãy cài jpprep mới hơn, hoặc đặt format = 1.</translation>
        </message>
        <message>
            <source>For example id = "jlpt-n5-verbs".</source>
            <translation>Ví dụ id = "jlpt-n5-verbs".</translation>
        </message>
        <message>
            <source>Write it like "JLPT::N5".</source>
            <translation>Hãy ghi theo dạng "JLPT::N5".</translation>
        </message>
        <message>
            <source>For example languages = ["en", "ur"].</source>
            <translation>Ví dụ languages = ["en", "ur"].</translation>
        </message>
        <message>
            <source>For example card_types = ["recognition"].</source>
            <translation>Ví dụ card_types = ["recognition"].</translation>
        </message>
        <message>
            <source>Check the name and the folder it is in.</source>
            <translation>Hãy kiểm tra tên và thư mục chứa nó.</translation>
        </message>
        <message>
            <source>Import a deck folder, .jpdeck, .apkg, .colpkg, .csv, .tsv or .xlsx.</source>
            <translation>Hãy nhập một thư mục bộ thẻ, .jpdeck, .apkg, .colpkg, .csv, .tsv hoặc .xlsx.</translation>
        </message>
        <message>
            <source>Zip the deck folder itself (deck.toml, notes.csv and media/).</source>
            <translation>Hãy nén zip chính thư mục bộ thẻ (deck.toml, notes.csv và media/).</translation>
        </message>
        <message>
            <source>Every deck folder needs a deck.toml.</source>
            <translation>Mỗi thư mục bộ thẻ cần có deck.toml.</translation>
        </message>
        <message>
            <source>Save it as UTF-8.</source>
            <translation>Hãy lưu tệp ở dạng UTF-8.</translation>
        </message>
        <message>
            <source>Check the quotes and brackets on that line.</source>
            <translation>Hãy kiểm tra dấu ngoặc kép và dấu ngoặc ở dòng đó.</translation>
        </message>
        <message>
            <source>Put the notes in notes.csv next to deck.toml.</source>
            <translation>Hãy đặt các ghi chú vào notes.csv, cạnh deck.toml.</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” (in Excel: Save As &gt; CSV UTF-8).</source>
            <translation>Hãy lưu ở dạng “CSV UTF-8” (trong Excel: Save As &gt; CSV UTF-8).</translation>
        </message>
        <message>
            <source>Check the quotes in that row.</source>
            <translation>Hãy kiểm tra dấu ngoặc kép trong hàng đó.</translation>
        </message>
        <message>
            <source>The first line names the columns: id,expression,reading,meaning_en</source>
            <translation>Dòng đầu tiên đặt tên các cột: id,expression,reading,meaning_en</translation>
        </message>
        <message>
            <source>The first line must name the columns, at least id,expression,meaning_en.</source>
            <translation>Dòng đầu tiên phải đặt tên các cột, ít nhất là id,expression,meaning_en.</translation>
        </message>
        <message>
            <source>Rename or remove one of them.</source>
            <translation>Hãy đổi tên hoặc xóa một trong hai cột.</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” in Excel or LibreOffice.</source>
            <translation>Hãy lưu ở dạng “CSV UTF-8” trong Excel hoặc LibreOffice.</translation>
        </message>
        <message>
            <source>Open it in Excel and save it again as .xlsx.</source>
            <translation>Hãy mở tệp trong Excel rồi lưu lại ở dạng .xlsx.</translation>
        </message>
        <message>
            <source>Split it into smaller decks.</source>
            <translation>Hãy chia thành các bộ thẻ nhỏ hơn.</translation>
        </message>
        <message>
            <source>Put one word per row: kanji, kana, meaning.</source>
            <translation>Mỗi hàng ghi một từ: kanji, kana, nghĩa.</translation>
        </message>
        <message>
            <source>Name that column “expression” (or 漢字), or choose it in the column step.</source>
            <translation>Hãy đặt tên cột đó là “expression” (hoặc 漢字), hoặc chọn nó ở bước chọn cột.</translation>
        </message>
        <message>
            <source>Name that column “meaning_en” (or English), or choose it in the column step.</source>
            <translation>Hãy đặt tên cột đó là “meaning_en” (hoặc English), hoặc chọn nó ở bước chọn cột.</translation>
        </message>
        <message>
            <source>Export it again from the program that made it.</source>
            <translation>Hãy xuất lại từ chương trình đã tạo ra tệp này.</translation>
        </message>
        <message>
            <source>Only import files from people you trust.</source>
            <translation>Chỉ nhập tệp từ những người bạn tin cậy.</translation>
        </message>
        <message>
            <source>Export the deck from Anki again.</source>
            <translation>Hãy xuất lại bộ thẻ từ Anki.</translation>
        </message>
        <message>
            <source>In Anki, export with “Support older Anki versions” ticked.</source>
            <translation>Trong Anki, hãy xuất với ô “Support older Anki versions” được đánh dấu.</translation>
        </message>
        <message>
            <source>Choose an .apkg or .colpkg file from Anki.</source>
            <translation>Hãy chọn một tệp .apkg hoặc .colpkg từ Anki.</translation>
        </message>
        <message>
            <source>Export the deck with its notes from Anki.</source>
            <translation>Hãy xuất bộ thẻ kèm các ghi chú của nó từ Anki.</translation>
        </message>
        <message>
            <source>Repair the note type in Anki (Tools &gt; Check Database).</source>
            <translation>Hãy sửa kiểu ghi chú trong Anki (Tools &gt; Check Database).</translation>
        </message>
        <message>
            <source>Run Tools &gt; Check Database in Anki and export again.</source>
            <translation>Hãy chạy Tools &gt; Check Database trong Anki rồi xuất lại.</translation>
        </message>
        <message>
            <source>Shorten the note in Anki.</source>
            <translation>Hãy rút ngắn ghi chú này trong Anki.</translation>
        </message>
        <message>
            <source>Rename the file in Anki's media folder.</source>
            <translation>Hãy đổi tên tệp đó trong thư mục media của Anki.</translation>
        </message>
        <message>
            <source>Give every note its own id.</source>
            <translation>Hãy cho mỗi ghi chú một id riêng.</translation>
        </message>
        <message>
            <source>note {guid}</source>
            <translation>ghi chú {guid}</translation>
        </message>
        <message>
            <source>{file}, note {guid}</source>
            <translation>{file}, ghi chú {guid}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, dòng {line}</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column} ({field})</source>
            <translation>{file}, hàng {row}, cột {column} ({field})</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {field}</source>
            <translation>{file}, hàng {row}, cột {field}</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <translation>{file}, hàng {row}</translation>
        </message>
        <message>
            <source>{file}, column {field}</source>
            <translation>{file}, cột {field}</translation>
        </message>
        <message>
            <source>{file}, field {field}</source>
            <translation>{file}, trường {field}</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>Sai quá nhiều lần. Hãy đợi {n} phút hoặc hỏi giáo viên.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>Sai quá nhiều lần. Hãy đợi {n} giây hoặc hỏi giáo viên.</translation>
        </message>
        <message>
            <source>Welcome to jpprep</source>
            <translation>Chào mừng đến với jpprep</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation>Chọn hồ sơ</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Who is studying?</source>
            <translation>Ai đang học?</translation>
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
            <translation>Hoặc tạo hồ sơ mới:</translation>
        </message>
        <message>
            <source>jpprep keeps your progress on this computer.
What is your name? It is shown only here.</source>
            <translation>jpprep lưu tiến độ của bạn trên máy tính này.
Bạn tên là gì? Tên chỉ hiển thị ở đây.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Người học</translation>
        </message>
        <message>
            <source>New profile name</source>
            <translation>Tên hồ sơ mới</translation>
        </message>
        <message>
            <source>&amp;Instructor profile</source>
            <translation>Hồ sơ &amp;giáo viên</translation>
        </message>
        <message>
            <source>Instructor password</source>
            <translation>Mật khẩu giáo viên</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>This profile has a PIN. Please type it.</source>
            <translation>Hồ sơ này có PIN. Hãy nhập PIN.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. You can try %Ln more time(s) before you must wait.</source>
            <translation>
                <numerusform>Mã PIN không đúng. Bạn còn có thể thử %Ln lần nữa trước khi phải đợi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>That is not the instructor password. Nothing was made.</source>
            <translation>Đó không phải mật khẩu giáo viên. Chưa tạo gì cả.</translation>
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
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
    </context>
    <context>
        <name>QuestionTypes</name>
        <message>
            <source>Kanji reading</source>
            <translation>Cách đọc kanji</translation>
        </message>
        <message>
            <source>Orthography</source>
            <translation>Cách viết kanji</translation>
        </message>
        <message>
            <source>Word formation</source>
            <translation>Cấu tạo từ</translation>
        </message>
        <message>
            <source>Contextually-defined expressions</source>
            <translation>Từ theo ngữ cảnh</translation>
        </message>
        <message>
            <source>Paraphrases</source>
            <translation>Diễn đạt đồng nghĩa</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Cách dùng từ</translation>
        </message>
        <message>
            <source>Selecting grammar form</source>
            <translation>Chọn dạng ngữ pháp</translation>
        </message>
        <message>
            <source>Sentence composition</source>
            <translation>Sắp xếp câu</translation>
        </message>
        <message>
            <source>Text grammar</source>
            <translation>Ngữ pháp theo đoạn văn</translation>
        </message>
        <message>
            <source>Comprehension (short passages)</source>
            <translation>Đọc hiểu đoạn văn ngắn</translation>
        </message>
        <message>
            <source>Comprehension (mid-size passages)</source>
            <translation>Đọc hiểu đoạn văn vừa</translation>
        </message>
        <message>
            <source>Comprehension (long passages)</source>
            <translation>Đọc hiểu đoạn văn dài</translation>
        </message>
        <message>
            <source>Integrated comprehension</source>
            <translation>Hiểu tổng hợp</translation>
        </message>
        <message>
            <source>Thematic comprehension</source>
            <translation>Hiểu quan điểm tác giả</translation>
        </message>
        <message>
            <source>Information retrieval</source>
            <translation>Tìm thông tin</translation>
        </message>
        <message>
            <source>Task-based comprehension</source>
            <translation>Hiểu vấn đề</translation>
        </message>
        <message>
            <source>Comprehension of key points</source>
            <translation>Hiểu điểm chính</translation>
        </message>
        <message>
            <source>Summary comprehension</source>
            <translation>Hiểu khái quát</translation>
        </message>
        <message>
            <source>Verbal expressions</source>
            <translation>Diễn đạt bằng lời</translation>
        </message>
        <message>
            <source>Quick response</source>
            <translation>Phản hồi nhanh</translation>
        </message>
        <message>
            <source>Integrated comprehension (listening)</source>
            <translation>Hiểu tổng hợp (nghe)</translation>
        </message>
        <message>
            <source>Word meaning</source>
            <translation>Nghĩa của từ</translation>
        </message>
        <message>
            <source>Word usage</source>
            <translation>Cách dùng từ</translation>
        </message>
        <message>
            <source>Kanji meaning and usage</source>
            <translation>Nghĩa và cách dùng kanji</translation>
        </message>
        <message>
            <source>Grammar</source>
            <translation>Ngữ pháp</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Diễn đạt</translation>
        </message>
        <message>
            <source>Comprehending conversations</source>
            <translation>Hiểu hội thoại</translation>
        </message>
        <message>
            <source>Communicating at shops and public places</source>
            <translation>Giao tiếp ở cửa hàng và nơi công cộng</translation>
        </message>
        <message>
            <source>Announcements and instructions</source>
            <translation>Thông báo và hướng dẫn</translation>
        </message>
        <message>
            <source>Comprehending content</source>
            <translation>Hiểu nội dung</translation>
        </message>
        <message>
            <source>Information search</source>
            <translation>Tìm thông tin</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Lý thuyết</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Đúng hay sai</translation>
        </message>
        <message>
            <source>Photo or illustration judgement</source>
            <translation>Phán đoán qua ảnh hoặc hình vẽ</translation>
        </message>
        <message>
            <source>Calculation</source>
            <translation>Tính toán</translation>
        </message>
        <message>
            <source>Listening to instructions</source>
            <translation>Nghe hướng dẫn</translation>
        </message>
        <message>
            <source>Care vocabulary</source>
            <translation>Từ vựng điều dưỡng</translation>
        </message>
        <message>
            <source>Care conversation</source>
            <translation>Hội thoại điều dưỡng</translation>
        </message>
        <message>
            <source>Care documents</source>
            <translation>Văn bản điều dưỡng</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>▶ Play audio (L)</source>
            <translation>▶ Phát âm thanh (L)</translation>
        </message>
        <message>
            <source>The audio plays once.</source>
            <translation>Âm thanh chỉ phát một lần.</translation>
        </message>
        <message>
            <source>Audio playback is not available on this computer: the script is shown instead when you press Play.</source>
            <translation>Máy tính này không phát được âm thanh: khi bạn bấm Phát, lời thoại sẽ được hiển thị.</translation>
        </message>
        <message>
            <source>Played. In this test the audio plays only once.</source>
            <translation>Đã phát. Trong bài thi này âm thanh chỉ phát một lần.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPreview</name>
        <message>
            <source>word, e.g. 日本</source>
            <translation>từ, ví dụ 日本</translation>
        </message>
        <message>
            <source>reading, e.g. にほん</source>
            <translation>cách đọc, ví dụ にほん</translation>
        </message>
        <message>
            <source>in this deck</source>
            <translation>trong bộ thẻ này</translation>
        </message>
        <message>
            <source>in every deck</source>
            <translation>trong mọi bộ thẻ</translation>
        </message>
        <message>
            <source>Sa&amp;ve correction</source>
            <translation>&amp;Lưu sửa đổi</translation>
        </message>
        <message>
            <source>Always read</source>
            <translation>Luôn đọc</translation>
        </message>
        <message>
            <source>as</source>
            <translation>là</translation>
        </message>
        <message>
            <source>Generated reading: %1 (nothing typed; check it)</source>
            <translation>Cách đọc tự tạo: %1 (chưa nhập; hãy kiểm tra)</translation>
        </message>
        <message>
            <source>Now always read as %1.</source>
            <translation>Hiện luôn đọc là %1.</translation>
        </message>
        <message>
            <source>Choose a note first, or save it for every deck.</source>
            <translation>Hãy chọn một ghi chú trước, hoặc lưu cho mọi bộ thẻ.</translation>
        </message>
        <message>
            <source>Saved: %1 is now always read %2.</source>
            <translation>Đã lưu: %1 giờ luôn được đọc là %2.</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Scoring section</source>
            <translation>Phần tính điểm</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Đúng</translation>
        </message>
        <message>
            <source>Estimated score</source>
            <translation>Điểm ước tính</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Tối thiểu</translation>
        </message>
        <message>
            <source>Send missed questions to a review deck</source>
            <translation>Gửi các câu làm sai vào bộ thẻ ôn tập</translation>
        </message>
        <message>
            <source>Back to exams</source>
            <translation>Quay lại thi thử</translation>
        </message>
        <message>
            <source>Form: %1</source>
            <translation>Đề thi: %1</translation>
        </message>
        <message>
            <source>Practice finished: %1 of %2 correct.</source>
            <translation>Luyện tập xong: đúng %1 / %2 câu.</translation>
        </message>
        <message>
            <source>Estimated result: PASS (%1 of %2 correct).</source>
            <translation>Kết quả ước tính: ĐẠT (đúng %1 / %2 câu).</translation>
        </message>
        <message>
            <source>Estimated result: NOT YET A PASS (%1 of %2 correct).</source>
            <translation>Kết quả ước tính: CHƯA ĐẠT (đúng %1 / %2 câu).</translation>
        </message>
        <message>
            <source>Score: %1%</source>
            <translation>Điểm: %1%</translation>
        </message>
        <message>
            <source>Estimated total: %1 / %2</source>
            <translation>Tổng ước tính: %1 / %2</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>dưới A1</translation>
        </message>
        <message>
            <source>Band: %1</source>
            <translation>Bậc: %1</translation>
        </message>
        <message>
            <source>below the minimum</source>
            <translation>dưới mức tối thiểu</translation>
        </message>
        <message>
            <source>The total %1 is below the pass mark %2.</source>
            <translation>Tổng điểm %1 thấp hơn điểm đỗ %2.</translation>
        </message>
        <message>
            <source>The estimate %1 is below %2 (A2), the level the SSW visa asks for.</source>
            <translation>Điểm ước tính %1 thấp hơn %2 (A2), mức mà thị thực SSW yêu cầu.</translation>
        </message>
        <message>
            <source>%1% of the points is below the pass mark %2%.</source>
            <translation>%1% số điểm thấp hơn mức đỗ %2%.</translation>
        </message>
        <message>
            <source>%1: at this rate this section would be below its minimum (%2).</source>
            <translation>%1: với kết quả như thế này, phần này sẽ thấp hơn điểm tối thiểu (%2).</translation>
        </message>
        <message>
            <source>%1 is below its minimum (%2): this alone fails the test, whatever the total.</source>
            <translation>%1 thấp hơn điểm tối thiểu (%2): chỉ riêng điều này đã khiến bạn trượt, dù tổng điểm là bao nhiêu.</translation>
        </message>
        <message>
            <source>This is an estimate. Real JLPT scores are scaled scores (Item Response Theory): they depend on which questions you got right, not only how many, so your real score can differ.</source>
            <translation>Đây chỉ là ước tính. Điểm JLPT thật là điểm quy đổi (lý thuyết ứng đáp câu hỏi, IRT): phụ thuộc vào việc bạn làm đúng những câu nào chứ không chỉ bao nhiêu câu, nên điểm thật của bạn có thể khác.</translation>
        </message>
        <message>
            <source>This is an estimate. The real JFT-Basic score (10-250) is a scaled score (Item Response Theory) from a calibrated question pool, so your real score can differ.</source>
            <translation>Đây chỉ là ước tính. Điểm JFT-Basic thật (10-250) là điểm quy đổi (lý thuyết ứng đáp câu hỏi, IRT) từ một ngân hàng câu hỏi đã được hiệu chuẩn, nên điểm thật của bạn có thể khác.</translation>
        </message>
        <message>
            <source>This is an estimate from the share of points. The organiser may adjust the pass mark for each test's difficulty.</source>
            <translation>Đây là ước tính theo tỷ lệ điểm. Ban tổ chức có thể điều chỉnh điểm đỗ theo độ khó của từng kỳ thi.</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Câu trả lời của bạn</translation>
        </message>
        <message>
            <source>Right answer</source>
            <translation>Đáp án đúng</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>Lời thoại</translation>
        </message>
        <message>
            <source>No {language} explanation yet: showing English.</source>
            <translation>Chưa có lời giải thích bằng {language}: đang hiện tiếng Anh.</translation>
        </message>
    </context>
    <context>
        <name>RunnerBase</name>
        <message>
            <source>Start the section (Enter)</source>
            <translation>Bắt đầu phần thi (Enter)</translation>
        </message>
        <message>
            <source>Time is up for that section.</source>
            <translation>Đã hết giờ cho phần đó.</translation>
        </message>
        <message>
            <source>This audio has already been played.</source>
            <translation>Âm thanh này đã được phát rồi.</translation>
        </message>
        <message>
            <source>Preparing the audio…</source>
            <translation>Đang chuẩn bị âm thanh…</translation>
        </message>
        <message>
            <source>Press Finish section again (E) to close this section. You cannot come back to it.</source>
            <translation>Bấm Kết thúc phần thi thêm lần nữa (E) để đóng phần này. Bạn sẽ không quay lại được.</translation>
        </message>
        <message>
            <source>Next section: %1
%2 minutes. The timer starts when you begin.</source>
            <translation>Phần tiếp theo: %1
%2 phút. Đồng hồ bắt đầu chạy khi bạn bắt đầu.</translation>
        </message>
    </context>
    <context>
        <name>RunnerWords</name>
        <message numerus="yes">
            <source>%Ln question(s) not answered. </source>
            <translation>
                <numerusform>%Ln câu chưa trả lời. </numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam: your answers are saved on this computer and sent when the server is back, even if jpprep is closed meanwhile.</source>
            <translation>Không kết nối được với máy chủ của lớp. Hãy tiếp tục làm bài: câu trả lời của bạn được lưu trên máy tính này và sẽ được gửi khi máy chủ hoạt động trở lại, kể cả khi jpprep bị đóng trong lúc đó.</translation>
        </message>
    </context>
    <context>
        <name>SectionNames</name>
        <message>
            <source>Script and Vocabulary</source>
            <translation>Chữ viết và từ vựng</translation>
        </message>
        <message>
            <source>Conversation and Expression</source>
            <translation>Hội thoại và diễn đạt</translation>
        </message>
        <message>
            <source>Listening Comprehension</source>
            <translation>Nghe hiểu</translation>
        </message>
        <message>
            <source>Reading Comprehension</source>
            <translation>Đọc hiểu</translation>
        </message>
        <message>
            <source>Listening</source>
            <translation>Nghe hiểu</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Đọc hiểu</translation>
        </message>
        <message>
            <source>Language Knowledge</source>
            <translation>Kiến thức ngôn ngữ</translation>
        </message>
        <message>
            <source>Language Knowledge and Reading</source>
            <translation>Kiến thức ngôn ngữ và Đọc hiểu</translation>
        </message>
        <message>
            <source>Language Knowledge (Vocabulary)</source>
            <translation>Kiến thức ngôn ngữ (Chữ - Từ vựng)</translation>
        </message>
        <message>
            <source>Language Knowledge (Grammar) and Reading</source>
            <translation>Kiến thức ngôn ngữ (Ngữ pháp) và Đọc hiểu</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Lý thuyết</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Thực hành</translation>
        </message>
        <message>
            <source>Practical (judgement)</source>
            <translation>Thực hành (phán đoán tình huống)</translation>
        </message>
        <message>
            <source>Japanese listening</source>
            <translation>Nghe tiếng Nhật</translation>
        </message>
        <message>
            <source>Nursing Care Japanese</source>
            <translation>Tiếng Nhật điều dưỡng</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Tổng</translation>
        </message>
    </context>
    <context>
        <name>ServerNotice</name>
        <message>
            <source>Class server</source>
            <translation>Máy chủ của lớp</translation>
        </message>
    </context>
    <context>
        <name>ServerWords</name>
        <message>
            <source>The class server is not reachable. This page shows what it last read, and changes cannot be saved until the server is back. jpprep keeps trying.</source>
            <translation>Không kết nối được với máy chủ của lớp. Trang này hiển thị dữ liệu đọc được lần cuối, và chưa thể lưu thay đổi cho đến khi máy chủ hoạt động trở lại. jpprep vẫn đang thử kết nối.</translation>
        </message>
        <message>
            <source>The class server is not reachable; try again when it is back.</source>
            <translation>Không kết nối được với máy chủ của lớp; hãy thử lại khi máy chủ hoạt động trở lại.</translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam and keep jpprep open: your answers are saved as soon as the server is back.</source>
            <translation>Không kết nối được với máy chủ của lớp. Hãy tiếp tục làm bài và để jpprep mở: câu trả lời của bạn sẽ được lưu ngay khi máy chủ hoạt động trở lại.</translation>
        </message>
        <message>
            <source>The class server is back.</source>
            <translation>Máy chủ của lớp đã hoạt động trở lại.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln câu trả lời được lưu trên máy tính này sẽ được gửi đến máy chủ của lớp vào lần tới jpprep được mở ở đây. Không có gì bị mất.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln bài thi thử được lưu trên máy tính này sẽ được gửi đến máy chủ của lớp vào lần tới jpprep được mở ở đây. Không có gì bị mất.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>%Ln bài thi thử được lưu trên máy tính này cũng sẽ được gửi cùng lúc.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln thay đổi trên thẻ (cờ, đặt lại, ngày ôn, tạm ngưng) được thực hiện trên máy tính này sẽ được gửi đến máy chủ của lớp vào lần tới jpprep được mở ở đây. Không có gì bị mất.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>%Ln thay đổi trên thẻ (cờ, đặt lại, ngày ôn, tạm ngưng) được thực hiện trên máy tính này cũng sẽ được gửi cùng lúc.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set or change PIN</source>
            <translation>Đặt hoặc đổi PIN</translation>
        </message>
        <message>
            <source>A PIN keeps other students out of your profile on a shared computer. Use {a} to {b} digits.</source>
            <translation>PIN giúp học viên khác không vào được hồ sơ của bạn trên máy dùng chung. Dùng từ {a} đến {b} chữ số.</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>PIN hiện tại</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN mới</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Nhập lại PIN mới</translation>
        </message>
        <message>
            <source>Current PIN:</source>
            <translation>PIN hiện tại:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>PIN mới:</translation>
        </message>
        <message>
            <source>New PIN again:</source>
            <translation>Nhập lại PIN mới:</translation>
        </message>
        <message>
            <source>Remove PIN</source>
            <translation>Xóa PIN</translation>
        </message>
        <message>
            <source>The current PIN is not right. Nothing was changed.</source>
            <translation>PIN hiện tại không đúng. Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same. Please type them again.</source>
            <translation>Hai PIN mới không giống nhau. Hãy nhập lại.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>Sai quá nhiều lần. Hãy đợi {n} phút hoặc hỏi giáo viên.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>Sai quá nhiều lần. Hãy đợi {n} giây hoặc hỏi giáo viên.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Ngôn ngữ giao diện:</translation>
        </message>
        <message>
            <source>Your training centre has fixed the interface language.</source>
            <translation>Trung tâm đào tạo của bạn đã cố định ngôn ngữ giao diện.</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Tiếng Anh</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Tiếng Urdu</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>Tiếng Nepal</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Tiếng Indonesia</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>Tiếng Tagalog</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>Tiếng Miến Điện</translation>
        </message>
        <message>
            <source>&amp;Meanings and explanations in:</source>
            <translation>Nghĩa và giải thích &amp;bằng:</translation>
        </message>
        <message>
            <source>When a card has no meaning in this language, English is shown and the card says so.</source>
            <translation>Khi thẻ chưa có nghĩa bằng ngôn ngữ này, nghĩa tiếng Anh sẽ được hiển thị kèm ghi chú.</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Luôn luôn</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>Chỉ với kanji tôi chưa biết</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Không bao giờ</translation>
        </message>
        <message>
            <source>&amp;Furigana:</source>
            <translation>&amp;Furigana:</translation>
        </message>
        <message>
            <source>Show &amp;romaji next to readings</source>
            <translation>Hiện &amp;romaji bên cạnh cách đọc</translation>
        </message>
        <message>
            <source>T&amp;ype the reading on reading cards (romaji becomes kana)</source>
            <translation>&amp;Gõ cách đọc ở thẻ cách đọc (romaji tự thành kana)</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Sáng</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tối</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Tương phản cao</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Chủ đề:</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>&amp;Kích thước chữ:</translation>
        </message>
        <message>
            <source>:00</source>
            <translation>:00</translation>
        </message>
        <message>
            <source>Cards for a new day become due at this hour.</source>
            <translation>Thẻ của ngày mới đến hạn từ giờ này.</translation>
        </message>
        <message>
            <source>New &amp;day starts at:</source>
            <translation>Ngày mới bắt đầu &amp;lúc:</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>jpprep could not start: {error}</source>
            <translation>Không thể khởi động jpprep: {error}</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>Progress</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <source>Show progress for</source>
            <translation>Hiện tiến độ của</translation>
        </message>
        <message>
            <source>Exam target…</source>
            <translation>Mục tiêu kỳ thi…</translation>
        </message>
        <message>
            <source>Fit my memory model</source>
            <translation>Điều chỉnh mô hình trí nhớ của tôi</translation>
        </message>
        <message>
            <source>Learn how fast you forget from your own answers, so reviews come at the right time. Kept only if it predicts your answers better.</source>
            <translation>Học từ chính câu trả lời của bạn xem bạn quên nhanh đến đâu, để lượt ôn đến đúng lúc. Chỉ giữ lại nếu nó dự đoán câu trả lời của bạn tốt hơn.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Hiện:</translation>
        </message>
        <message>
            <source>Exam target</source>
            <translation>Mục tiêu kỳ thi</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Chuỗi ngày học</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>Chuỗi dài nhất</translation>
        </message>
        <message>
            <source>Studied today</source>
            <translation>Đã học hôm nay</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Tuần này</translation>
        </message>
        <message>
            <source>Answers in total</source>
            <translation>Tổng số câu trả lời</translation>
        </message>
        <message>
            <source>Remembered now (estimate)</source>
            <translation>Đang nhớ (ước tính)</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>12 tháng qua</translation>
        </message>
        <message>
            <source>Reviews due in the next 30 days</source>
            <translation>Lượt ôn đến hạn trong 30 ngày tới</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>Đến hạn trong 30 ngày tới</translation>
        </message>
        <message>
            <source>Cards by state</source>
            <translation>Thẻ theo trạng thái</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <source>Remembered</source>
            <translation>Nhớ được</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Câu trả lời</translation>
        </message>
        <message>
            <source>Card age</source>
            <translation>Tuổi thẻ</translation>
        </message>
        <message>
            <source>True retention by month</source>
            <translation>Tỷ lệ nhớ thực tế theo tháng</translation>
        </message>
        <message>
            <source>True retention by card age</source>
            <translation>Tỷ lệ nhớ thực tế theo tuổi thẻ</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Đang học</translation>
        </message>
        <message>
            <source>Relearning</source>
            <translation>Học lại</translation>
        </message>
        <message>
            <source>Young</source>
            <translation>Mới học</translation>
        </message>
        <message>
            <source>Mature</source>
            <translation>Đã thuộc</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Tạm ngưng</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>Tạm hoãn</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>Tất cả bộ thẻ</translation>
        </message>
        <message>
            <source>The statistics could not be read: %1</source>
            <translation>Không đọc được thống kê: %1</translation>
        </message>
        <message>
            <source>No exam target yet. Choose one with “Exam target…” to see if your pace is enough.</source>
            <translation>Chưa có mục tiêu kỳ thi. Hãy chọn trong “Mục tiêu kỳ thi…” để xem tốc độ của bạn có đủ không.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <source>Fitting your memory model…</source>
            <translation>Đang điều chỉnh mô hình trí nhớ…</translation>
        </message>
        <message>
            <source>Fitting your memory model… %1%</source>
            <translation>Đang điều chỉnh mô hình trí nhớ… %1%</translation>
        </message>
        <message>
            <source>No deck to fit yet.</source>
            <translation>Chưa có bộ thẻ nào để điều chỉnh.</translation>
        </message>
        <message>
            <source>Fitting failed: %1</source>
            <translation>Điều chỉnh thất bại: %1</translation>
        </message>
    </context>
    <context>
        <name>StatsWords</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln phút</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 giờ %2 phút</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>month name, year</comment>
            <translation>%1 năm %2</translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>trên %1</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>dưới %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 đến %2</translation>
        </message>
    </context>
    <context>
        <name>StudyPage</name>
        <message>
            <source>Again</source>
            <translation>Học lại</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Khó</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Tốt</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>Dễ</translation>
        </message>
        <message>
            <source>English</source>
            <translation>tiếng Anh</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>tiếng Urdu</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>tiếng Nepal</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>tiếng Indonesia</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>tiếng Việt</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>tiếng Tagalog</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>tiếng Miến Điện</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>tiếng Nhật</translation>
        </message>
        <message>
            <source>Cards left today</source>
            <translation>Số thẻ còn lại hôm nay</translation>
        </message>
        <message>
            <source>More (M)</source>
            <translation>Thêm (M)</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Thao tác khác</translation>
        </message>
        <message>
            <source>Edit the note (E)</source>
            <translation>Sửa ghi chú (E)</translation>
        </message>
        <message>
            <source>Reset card (make it new again)</source>
            <translation>Đặt lại thẻ (thành thẻ mới)</translation>
        </message>
        <message>
            <source>Set due date…</source>
            <translation>Đặt ngày ôn…</translation>
        </message>
        <message>
            <source>Bury until tomorrow (-)</source>
            <translation>Tạm ẩn đến mai (-)</translation>
        </message>
        <message>
            <source>Suspend (!)</source>
            <translation>Tạm ngưng (!)</translation>
        </message>
        <message>
            <source>No flag (Ctrl+0)</source>
            <translation>Bỏ cờ (Ctrl+0)</translation>
        </message>
        <message>
            <source>Reviewed today</source>
            <translation>Đã ôn hôm nay</translation>
        </message>
        <message>
            <source>Time on this card</source>
            <translation>Thời gian cho thẻ này</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>Example sentence</source>
            <translation>Câu ví dụ</translation>
        </message>
        <message>
            <source>Example sentence in romaji</source>
            <translation>Câu ví dụ bằng romaji</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>Hiện đáp án (Space)</translation>
        </message>
        <message>
            <source>Back to the decks</source>
            <translation>Quay lại danh sách bộ thẻ</translation>
        </message>
        <message>
            <source>No {language} meaning yet: showing English.</source>
            <translation>Chưa có nghĩa bằng {language}: đang hiện tiếng Anh.</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>Tất cả bộ thẻ</translation>
        </message>
        <message>
            <source>New {new} · Learning {learn} · Due {due}</source>
            <translation>Mới {new} · Đang học {learn} · Đến hạn {due}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviewed today</source>
            <translation>
                <numerusform>Đã ôn %Ln thẻ hôm nay</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done! Nothing more is due here today.
Come back tomorrow, or study another deck.</source>
            <translation>Giỏi lắm! Hôm nay ở đây không còn thẻ nào đến hạn.
Hãy quay lại vào ngày mai, hoặc học bộ thẻ khác.</translation>
        </message>
        <message>
            <source>How do you say this in Japanese?</source>
            <translation>Câu này tiếng Nhật nói thế nào?</translation>
        </message>
        <message>
            <source>Listen. What does it mean?</source>
            <translation>Hãy nghe. Nghĩa là gì?</translation>
        </message>
        <message>
            <source>What is the reading?</source>
            <translation>Từ này đọc thế nào?</translation>
        </message>
        <message>
            <source>What does this mean?</source>
            <translation>Từ này nghĩa là gì?</translation>
        </message>
        <message>
            <source>{time} on this card</source>
            <translation>{time} cho thẻ này</translation>
        </message>
        <message>
            <source>Right! {reading}. Press 3 (Good) or Space.</source>
            <translation>Đúng! {reading}. Nhấn 3 (Tốt) hoặc Space.</translation>
        </message>
        <message>
            <source>Katakana is needed here: {reading}. Press 1 (Again).</source>
            <translation>Ở đây cần viết katakana: {reading}. Nhấn 1 (Học lại).</translation>
        </message>
        <message>
            <source>Not quite: you typed {typed}; the reading is {reading}. Press 1 (Again).</source>
            <translation>Chưa đúng: bạn gõ {typed}; cách đọc là {reading}. Nhấn 1 (Học lại).</translation>
        </message>
        <message>
            <source>Notes are shared by the whole class, so editing one needs the class server; try again when it is back.</source>
            <translation>Ghi chú được cả lớp dùng chung, nên muốn sửa ghi chú cần có máy chủ của lớp; hãy thử lại khi máy chủ hoạt động trở lại.</translation>
        </message>
        <message>
            <source>Set due date</source>
            <translation>Ngày ôn</translation>
        </message>
        <message>
            <source>Show this card again in how many days? (0 = today)</source>
            <translation>Bao nhiêu ngày nữa thì hiện lại thẻ này? (0 = hôm nay)</translation>
        </message>
    </context>
    <context>
        <name>SuspendButton</name>
        <message>
            <source>&amp;Unsuspend</source>
            <translation>&amp;Bỏ tạm ngưng</translation>
        </message>
        <message>
            <source>S&amp;uspend</source>
            <translation>&amp;Tạm ngưng</translation>
        </message>
        <message>
            <source>Unsuspend all your cards of the selected notes, so study offers them again (%1)</source>
            <translation>Bỏ tạm ngưng mọi thẻ của bạn thuộc các ghi chú đã chọn để phần học hiện lại chúng (%1)</translation>
        </message>
        <message>
            <source>Suspend all your cards of the selected notes: study does not show them until you unsuspend them (%1)</source>
            <translation>Tạm ngưng mọi thẻ của bạn thuộc các ghi chú đã chọn: phần học sẽ không hiện chúng cho đến khi bạn bỏ tạm ngưng (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Unsuspended %Ln note(s): study offers their cards again.</source>
            <translation>
                <numerusform>Đã bỏ tạm ngưng %Ln ghi chú: phần học sẽ hiện lại các thẻ của chúng.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suspended %Ln note(s): study will not show their cards until you unsuspend them.</source>
            <translation>
                <numerusform>Đã tạm ngưng %Ln ghi chú: phần học sẽ không hiện các thẻ của chúng cho đến khi bạn bỏ tạm ngưng.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tag notes</source>
            <translation>Gắn nhãn ghi chú</translation>
        </message>
        <message numerus="yes">
            <source>A tag for %Ln note(s):</source>
            <translation>
                <numerusform>Nhãn cho %Ln ghi chú:</numerusform>
            </translation>
        </message>
        <message>
            <source>one word, e.g. lesson-3</source>
            <translation>một từ, ví dụ lesson-3</translation>
        </message>
        <message>
            <source>&amp;Add tag</source>
            <translation>&amp;Thêm nhãn</translation>
        </message>
        <message>
            <source>&amp;Remove tag</source>
            <translation>&amp;Gỡ nhãn</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>Sai quá nhiều lần. Hãy đợi {n} phút hoặc hỏi giáo viên.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>Sai quá nhiều lần. Hãy đợi {n} giây hoặc hỏi giáo viên.</translation>
        </message>
    </context>
</TS>
