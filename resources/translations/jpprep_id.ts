<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About jpprep</source>
            <translation>Tentang jpprep</translation>
        </message>
        <message>
            <source>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;Offline study for the JLPT, the JFT-Basic and the Specified Skilled Worker (特定技能) sector tests: spaced-repetition decks, mock exams, and furigana made on this computer. Your progress stays on this computer (or your centre's server).&lt;/p&gt;&lt;p&gt;JLPT levels of the shipped words are approximate: no official list exists.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;jpprep {version}&lt;/h2&gt;&lt;p&gt;Belajar offline untuk JLPT, JFT-Basic, dan ujian sektor Pekerja Berketerampilan Spesifik (特定技能): dek pengulangan berjarak, ujian simulasi, dan furigana yang dibuat di komputer ini. Kemajuan Anda tetap di komputer ini (atau di server lembaga Anda).&lt;/p&gt;&lt;p&gt;Level JLPT kata-kata bawaan hanya perkiraan: tidak ada daftar resmi.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Tentang</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>AddNoteDialog</name>
        <message>
            <source>Add a note</source>
            <translation>Tambah catatan</translation>
        </message>
        <message>
            <source>empty: generated</source>
            <translation>kosong: dibuat otomatis</translation>
        </message>
        <message>
            <source>&amp;Deck:</source>
            <translation>&amp;Dek:</translation>
        </message>
        <message>
            <source>&amp;Japanese:</source>
            <translation>Bahasa &amp;Jepang:</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>&amp;Bacaan:</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>Arti (bahasa Inggris) (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>T&amp;ag:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Tambah</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign</source>
            <translation>Tugaskan</translation>
        </message>
        <message>
            <source>Deck or mock exam</source>
            <translation>Dek atau ujian simulasi</translation>
        </message>
        <message>
            <source>Deck: {name}</source>
            <translation>Dek: {name}</translation>
        </message>
        <message>
            <source>Mock exam: {name}</source>
            <translation>Ujian simulasi: {name}</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Paket soal</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Siswa</translation>
        </message>
        <message>
            <source>The whole class</source>
            <translation>Seluruh kelas</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Tenggat</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Apa:</translation>
        </message>
        <message>
            <source>&amp;Form:</source>
            <translation>&amp;Paket soal:</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Siapa:</translation>
        </message>
        <message>
            <source>&amp;Due:</source>
            <translation>&amp;Tenggat:</translation>
        </message>
        <message>
            <source>Random (any mock of this exam counts)</source>
            <translation>Acak (ujian simulasi apa pun dari ujian ini dihitung)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 soal)</translation>
        </message>
    </context>
    <context>
        <name>AudioButton</name>
        <message>
            <source>▶ Play (R)</source>
            <translation>▶ Putar (R)</translation>
        </message>
        <message>
            <source>Play the audio</source>
            <translation>Putar audio</translation>
        </message>
    </context>
    <context>
        <name>BankWords</name>
        <message>
            <source>The bank's “id” must be a short name made of letters, digits, '-', '_' or '.'.</source>
            <translation>“id” bank harus berupa nama pendek dari huruf, angka, '-', '_' atau '.'.</translation>
        </message>
        <message>
            <source>“{field}” must be the name of a file.</source>
            <translation>“{field}” harus berupa nama berkas.</translation>
        </message>
        <message>
            <source>The file {name} must be inside the bank's folder.</source>
            <translation>Berkas {name} harus berada di dalam folder bank.</translation>
        </message>
        <message>
            <source>The file {name} does not exist. Put it at {path}, or correct the name.</source>
            <translation>Berkas {name} tidak ada. Letakkan di {path}, atau perbaiki namanya.</translation>
        </message>
        <message>
            <source>Passage number {position} has no “id”.</source>
            <translation>Bacaan nomor {position} tidak punya “id”.</translation>
        </message>
        <message>
            <source>The passage id {passage} is used twice.</source>
            <translation>Id bacaan {passage} dipakai dua kali.</translation>
        </message>
        <message>
            <source>Passage {passage}: “kind” must be text, notice or table.</source>
            <translation>Bacaan {passage}: “kind” harus text, notice, atau table.</translation>
        </message>
        <message>
            <source>Passage {passage} is a table but has no “rows”.</source>
            <translation>Bacaan {passage} berupa tabel tetapi tidak punya “rows”.</translation>
        </message>
        <message>
            <source>Passage {passage} has no text, rows or image.</source>
            <translation>Bacaan {passage} tidak punya teks, baris, atau gambar.</translation>
        </message>
        <message>
            <source>The bank has no questions: “items” must be a list that is not empty.</source>
            <translation>Bank ini tidak punya soal: “items” harus berupa daftar yang tidak kosong.</translation>
        </message>
        <message>
            <source>Entry number {position} of “items” is not a question written in braces { }.</source>
            <translation>Entri nomor {position} di “items” bukan soal yang ditulis di dalam kurung kurawal { }.</translation>
        </message>
        <message>
            <source>Question number {position} has no valid “id”.</source>
            <translation>Soal nomor {position} tidak punya “id” yang sah.</translation>
        </message>
        <message>
            <source>This question id is used twice. Give every question its own id.</source>
            <translation>Id soal ini dipakai dua kali. Beri setiap soal id-nya sendiri.</translation>
        </message>
        <message>
            <source>The question id {item} is in two banks ({first} and {second}). Give questions ids that are unique across banks.</source>
            <translation>Id soal {item} ada di dua bank ({first} dan {second}). Beri soal id yang unik di semua bank.</translation>
        </message>
        <message>
            <source>{type} is not a question type. See the list of types in docs/item-bank-format.md.</source>
            <translation>{type} bukan jenis soal. Lihat daftar jenis di docs/item-bank-format.md.</translation>
        </message>
        <message>
            <source>“{field}” is not a field of a question. See docs/item-bank-format.md.</source>
            <translation>“{field}” bukan field soal. Lihat docs/item-bank-format.md.</translation>
        </message>
        <message>
            <source>“{field}” must be text.</source>
            <translation>“{field}” harus berupa teks.</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '[[' and ']]' do not pair up.</source>
            <translation>Markup di “{field}” rusak: '[[' dan ']]' tidak berpasangan.</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: '《' and '》' do not pair up.</source>
            <translation>Markup di “{field}” rusak: '《' dan '》' tidak berpasangan.</translation>
        </message>
        <message>
            <source>The markup in “{field}” is broken: a reading 《…》 must follow kanji, or mark its base with ｜.</source>
            <translation>Markup di “{field}” rusak: bacaan 《…》 harus tepat setelah kanji, atau tandai kata dasarnya dengan ｜.</translation>
        </message>
        <message>
            <source>“choices” must be a list.</source>
            <translation>“choices” harus berupa daftar.</translation>
        </message>
        <message>
            <source>Each choice must be text or {"text", "image"}.</source>
            <translation>Setiap pilihan harus berupa teks atau {"text", "image"}.</translation>
        </message>
        <message>
            <source>Two choices are the same ({choice}): the question would have two right answers or give the answer away.</source>
            <translation>Dua pilihan sama ({choice}): soal itu akan punya dua jawaban benar atau membocorkan jawabannya.</translation>
        </message>
        <message>
            <source>A ★ (sentence composition) question needs exactly four pieces; this one has {count}.</source>
            <translation>Soal ★ (menyusun kalimat) harus punya tepat empat potongan; soal ini punya {count}.</translation>
        </message>
        <message>
            <source>“order” must list the piece numbers 1 to 4 in their right order, each once.</source>
            <translation>“order” harus berisi nomor potongan 1 sampai 4 dalam urutan yang benar, masing-masing sekali.</translation>
        </message>
        <message>
            <source>“star” must be the ★ slot, 1 to 4.</source>
            <translation>“star” harus berupa posisi ★, 1 sampai 4.</translation>
        </message>
        <message>
            <source>A ★ question takes “order” and “star”, not “answer” (the answer is the piece in the ★ slot).</source>
            <translation>Soal ★ memakai “order” dan “star”, bukan “answer” (jawabannya adalah potongan di posisi ★).</translation>
        </message>
        <message>
            <source>A question needs 2 to 4 choices; this one has {count}.</source>
            <translation>Soal harus punya 2 sampai 4 pilihan; soal ini punya {count}.</translation>
        </message>
        <message>
            <source>This question has {count} right answers; exactly one is allowed.</source>
            <translation>Soal ini punya {count} jawaban benar; hanya boleh ada satu.</translation>
        </message>
        <message>
            <source>This question has no right answer. Add “answer”: the number of the right choice (1 to 4).</source>
            <translation>Soal ini tidak punya jawaban benar. Tambahkan “answer”: nomor pilihan yang benar (1 sampai 4).</translation>
        </message>
        <message>
            <source>“answer” must be the number of a choice, from 1 to {max}.</source>
            <translation>“answer” harus berupa nomor pilihan, dari 1 sampai {max}.</translation>
        </message>
        <message>
            <source>There is no passage {passage}.</source>
            <translation>Tidak ada bacaan {passage}.</translation>
        </message>
        <message>
            <source>A {type} question needs a “passage”.</source>
            <translation>Soal {type} memerlukan “passage”.</translation>
        </message>
        <message>
            <source>Each line of “script” must be {"speaker", "text"}.</source>
            <translation>Setiap baris “script” harus berupa {"speaker", "text"}.</translation>
        </message>
        <message>
            <source>A listening question needs “audio” (a file) or “script” (what is said).</source>
            <translation>Soal menyimak memerlukan “audio” (berkas) atau “script” (apa yang diucapkan).</translation>
        </message>
        <message>
            <source>A question that is only heard needs “audio” or “script”.</source>
            <translation>Soal yang hanya didengar memerlukan “audio” atau “script”.</translation>
        </message>
        <message>
            <source>A {type} question needs an “image” (the photo or drawing).</source>
            <translation>Soal {type} memerlukan “image” (foto atau gambar).</translation>
        </message>
        <message>
            <source>Mark the tested word with [[…]] in “stem”.</source>
            <translation>Tandai kata yang diujikan dengan [[…]] di “stem”.</translation>
        </message>
        <message>
            <source>The tested word must not carry furigana (it would give the answer away).</source>
            <translation>Kata yang diujikan tidak boleh diberi furigana (itu akan membocorkan jawabannya).</translation>
        </message>
        <message>
            <source>This question has no “stem” or “question”.</source>
            <translation>Soal ini tidak punya “stem” atau “question”.</translation>
        </message>
        <message>
            <source>“furigana” must be "on" or "off" (or left out to follow the exam).</source>
            <translation>“furigana” harus "on" atau "off" (atau tidak ditulis agar mengikuti ujiannya).</translation>
        </message>
        <message>
            <source>Form number {position} needs an “id” and “sections” (for each section, its list of question ids).</source>
            <translation>Paket soal nomor {position} memerlukan “id” dan “sections” (untuk setiap bagian, daftar id soalnya).</translation>
        </message>
        <message>
            <source>Form {form}, section {section}: there is no question {missing}.</source>
            <translation>Paket soal {form}, bagian {section}: tidak ada soal {missing}.</translation>
        </message>
        <message>
            <source>The form {form} is for {form_exam}, not for {exam}.</source>
            <translation>Paket soal {form} untuk {form_exam}, bukan untuk {exam}.</translation>
        </message>
        <message>
            <source>The form {form} has the sections {sections}, which {exam} does not have (it has {known}).</source>
            <translation>Paket soal {form} punya bagian {sections}, yang tidak ada di {exam} (bagiannya: {known}).</translation>
        </message>
        <message>
            <source>The form {form} has no questions for the section {section}.</source>
            <translation>Paket soal {form} tidak punya soal untuk bagian {section}.</translation>
        </message>
        <message>
            <source>The form {form}, section {section}, does not match {exam}: {counts}. A fixed form is a full mock exam: give each section exactly the questions of the exam, or leave the form out and let jpprep make one from the bank.</source>
            <translation>Bagian {section} dari paket soal {form} tidak sesuai dengan {exam}: {counts}. Paket soal tetap adalah ujian simulasi lengkap: beri setiap bagian tepat soal-soal seperti di ujiannya, atau hapus paket soal itu dan biarkan jpprep menyusunnya dari bank.</translation>
        </message>
        <message>
            <source>No question bank has a form named {form}.</source>
            <translation>Tidak ada bank soal yang punya paket soal bernama {form}.</translation>
        </message>
        <message>
            <source>{type} on {topic}: {have} instead of {want}</source>
            <translation>{type} tentang {topic}: {have}, seharusnya {want}</translation>
        </message>
        <message>
            <source>{type}: {have} instead of {want}</source>
            <translation>{type}: {have}, seharusnya {want}</translation>
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
            <translation>baris {line}</translation>
        </message>
        <message>
            <source>question {item}</source>
            <translation>soal {item}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>field {field}</translation>
        </message>
        <message>
            <source>This question bank was not loaded because of this problem:</source>
            <translation>Bank soal ini tidak dimuat karena masalah berikut:</translation>
        </message>
        <message numerus="yes">
            <source>This question bank has %Ln problem(s), so it was not loaded. The first:</source>
            <translation>
                <numerusform>Bank soal ini punya %Ln masalah, jadi tidak dimuat. Masalah pertama:</numerusform>
            </translation>
        </message>
        <message>
            <source>A teacher can list them all with “jpprep exam check”.</source>
            <translation>Guru dapat melihat semuanya dengan “jpprep exam check”.</translation>
        </message>
    </context>
    <context>
        <name>BlueprintNotes</name>
        <message>
            <source>Real JLPT scores are scaled with Item Response Theory (equated across sessions); a mock can only give a linear estimate from raw answers.</source>
            <translation>Skor JLPT yang sebenarnya diskalakan dengan Item Response Theory (disetarakan antarsesi); ujian simulasi hanya bisa memberi perkiraan linear dari jawaban mentah.</translation>
        </message>
        <message>
            <source>JFT-Basic reports a scaled score (10-250) from a calibrated item pool; 200 or more is A2, the SSW (i) requirement. A mock can only give a linear estimate.</source>
            <translation>JFT-Basic memberi skor berskala (10-250) dari bank soal yang sudah dikalibrasi; 200 atau lebih berarti A2, syarat SSW (i). Ujian simulasi hanya bisa memberi perkiraan linear.</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate.</source>
            <translation>Nilai lulus adalah persentase dari total poin; penyelenggara bisa menyesuaikannya dengan tingkat kesulitan. Ujian simulasi memberi perkiraan.</translation>
        </message>
        <message>
            <source>The pass mark is a share of the points; the organiser may adjust it for difficulty. A mock gives an estimate. One source reports 73% from April 2025 [verify].</source>
            <translation>Nilai lulus adalah persentase dari total poin; penyelenggara bisa menyesuaikannya dengan tingkat kesulitan. Ujian simulasi memberi perkiraan. Satu sumber menyebut 73% sejak April 2025 [perlu dicek].</translation>
        </message>
        <message>
            <source>Exact day in August 2026 when the A1/A2.1 bands started: the notice says 'from August 2026' (1 August used here).</source>
            <translation>Tanggal pasti di bulan Agustus 2026 saat tingkat A1/A2.1 mulai berlaku: pengumumannya hanya menyebut 'mulai Agustus 2026' (di sini dipakai 1 Agustus).</translation>
        </message>
        <message>
            <source>Per-section item counts (about 12-15 each).</source>
            <translation>Jumlah soal per bagian (sekitar 12-15 masing-masing).</translation>
        </message>
        <message>
            <source>統合理解 (reading) is 3 in the guidebook-cited note, 2 in other mock specs: 2 used here.</source>
            <translation>統合理解 (membaca) berjumlah 3 menurut catatan yang mengutip buku panduan, 2 menurut spesifikasi simulasi lain: di sini dipakai 2.</translation>
        </message>
        <message>
            <source>語形成 count: 5 per guidebook, some recent forms 3.</source>
            <translation>Jumlah 語形成: 5 menurut buku panduan, 3 di beberapa soal terbaru.</translation>
        </message>
        <message>
            <source>N3 listening counts 6/6/3/4/9 and reading counts are from secondary sources.</source>
            <translation>Jumlah soal mendengarkan N3 (6/6/3/4/9) dan jumlah soal membaca berasal dari sumber sekunder.</translation>
        </message>
        <message>
            <source>Post-2020 N4 item counts (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) are from secondary sources: check against jlpt.jp 試験科目と試験時間.</source>
            <translation>Jumlah soal N4 setelah 2020 (7/5/8/4/4 | 13/4/4 | 3/3/2 | 8/7/5/8) berasal dari sumber sekunder: cocokkan dengan 試験科目と試験時間 di jlpt.jp.</translation>
        </message>
        <message>
            <source>Item counts are JLPT's approximate counts (小問数の目安); a given test may differ slightly.</source>
            <translation>Jumlah soal adalah perkiraan resmi JLPT (小問数の目安); ujian tertentu bisa sedikit berbeda.</translation>
        </message>
        <message>
            <source>Pass mark 65% of total (source truncated).</source>
            <translation>Nilai lulus 65% dari total (sumbernya terpotong).</translation>
        </message>
        <message>
            <source>Split between 学科, 実技 and listening (this mock: 40/24/6).</source>
            <translation>Pembagian antara 学科, 実技, dan mendengarkan (simulasi ini: 40/24/6).</translation>
        </message>
        <message>
            <source>Whether furigana is printed.</source>
            <translation>Apakah furigana dicetak.</translation>
        </message>
        <message>
            <source>Pass mark: 60% historically; 73% from April 2025 per one source.</source>
            <translation>Nilai lulus: dulu 60%; menurut satu sumber 73% sejak April 2025.</translation>
        </message>
        <message>
            <source>Whether the Japanese-language version prints furigana.</source>
            <translation>Apakah versi bahasa Jepang mencetak furigana.</translation>
        </message>
        <message>
            <source>実技 pass mark (per JAC); the split between ○× and multiple-choice items; the final CBT question counts.</source>
            <translation>Nilai lulus 実技 (menurut JAC); pembagian antara soal ○× dan pilihan ganda; jumlah soal akhir CBT.</translation>
        </message>
        <message>
            <source>How the 200 points split between 学科 and 実技 items (equal weight per item used here).</source>
            <translation>Bagaimana 200 poin dibagi antara soal 学科 dan 実技 (di sini setiap soal berbobot sama).</translation>
        </message>
        <message>
            <source>Question counts of the current CBT (this mock: 30 + 20).</source>
            <translation>Jumlah soal CBT saat ini (simulasi ini: 30 + 20).</translation>
        </message>
    </context>
    <context>
        <name>BrowserPage</name>
        <message>
            <source>Browse decks</source>
            <translation>Jelajahi dek</translation>
        </message>
        <message>
            <source>Search Japanese, reading, romaji or meaning</source>
            <translation>Cari bahasa Jepang, bacaan, romaji, atau arti</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Semua level</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Semua status</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Dipelajari</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Ulasan</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Ditangguhkan</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>Ditunda</translation>
        </message>
        <message>
            <source>Notes with a card in this state for you</source>
            <translation>Catatan yang punya kartu dalam status ini untuk Anda</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Jepang</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Bacaan</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Arti</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Deck</source>
            <translation>Dek</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ditambahkan</translation>
        </message>
        <message>
            <source>Sort by date added (newest first)</source>
            <translation>Urutkan menurut tanggal ditambahkan (terbaru dulu)</translation>
        </message>
        <message>
            <source>Click a column title to sort; right-click to sort by the date added</source>
            <translation>Klik judul kolom untuk mengurutkan; klik kanan untuk mengurutkan menurut tanggal ditambahkan</translation>
        </message>
        <message>
            <source>Reading corrections</source>
            <translation>Koreksi bacaan</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>Semua dek</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Semua sektor</translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln catatan</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2 notes</source>
            <translation>Menampilkan %1 dari %2 catatan</translation>
        </message>
        <message numerus="yes">
            <source>%Ln notes selected: delete, move, tag, suspend or unsuspend them with the buttons above.</source>
            <translation>
                <numerusform>%Ln catatan dipilih: hapus, pindahkan, beri tag, tangguhkan, atau akhiri penangguhannya dengan tombol di atas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
    </context>
    <context>
        <name>CbtRunner</name>
        <message>
            <source>◀ Back</source>
            <translation>◀ Kembali</translation>
        </message>
        <message>
            <source>⚑ Flag (F)</source>
            <translation>⚑ Tandai (F)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Berikutnya ▶</translation>
        </message>
        <message>
            <source>Instructions / Your language (I)</source>
            <translation>Petunjuk / Bahasa Anda (I)</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>Selesaikan bagian (E)</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Soal %1 dari %2</translation>
        </message>
        <message>
            <source>⚑ Unflag (F)</source>
            <translation>⚑ Hapus tanda (F)</translation>
        </message>
        <message>
            <source>Time remaining %1</source>
            <translation>Sisa waktu %1</translation>
        </message>
        <message>
            <source>Choose the best answer for each question with the keys 1-4 or the mouse. Back and Next move between the questions of this section; the palette on the left shows which questions are answered (grey), not answered (white) and flagged for review (orange). Flag (F) marks a question to check later. Finish section (E) closes the section: you cannot go back to it. The time shown is for the whole test. Listening questions have a Play button.</source>
            <translation>Pilih jawaban terbaik untuk setiap soal dengan tombol 1-4 atau mouse. Kembali dan Berikutnya berpindah antarsoal di bagian ini; panel di kiri menunjukkan soal yang sudah dijawab (abu-abu), belum dijawab (putih), dan ditandai untuk diperiksa (oranye). Tandai (F) menandai soal untuk diperiksa nanti. Selesaikan bagian (E) menutup bagian: Anda tidak bisa kembali ke sana. Waktu yang ditampilkan untuk seluruh ujian. Soal mendengarkan memiliki tombol Putar.</translation>
        </message>
    </context>
    <context>
        <name>ClassroomPage</name>
        <message>
            <source>Students</source>
            <translation>Siswa</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>&amp;Tugaskan…</translation>
        </message>
        <message>
            <source>Class report &amp;CSV…</source>
            <translation>Laporan kelas &amp;CSV…</translation>
        </message>
        <message>
            <source>Class report &amp;PDF…</source>
            <translation>Laporan kelas &amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Student report PDF…</source>
            <translation>Laporan &amp;siswa PDF…</translation>
        </message>
        <message>
            <source>Assignments:</source>
            <translation>Tugas:</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Tugas</translation>
        </message>
        <message>
            <source>&amp;Remove assignment</source>
            <translation>&amp;Hapus tugas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln student(s); last 30 days.</source>
            <translation>
                <numerusform>%Ln siswa; 30 hari terakhir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln at risk.</source>
            <translation>
                <numerusform>%Ln berisiko.</numerusform>
            </translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>Berisiko</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Sesuai rencana</translation>
        </message>
        <message>
            <source>whole class</source>
            <translation>seluruh kelas</translation>
        </message>
        <message>
            <source>{title} for {who}, due {date}</source>
            <translation>{title} untuk {who}, tenggat {date}</translation>
        </message>
        <message>
            <source>behind for {exam} on {date}: {left} cards still new, {needed} a day needed</source>
            <translation>tertinggal untuk {exam} pada {date}: {left} kartu masih baru, perlu {needed} per hari</translation>
        </message>
        <message>
            <source>latest {exam} mock not passed ({percent}%)</source>
            <translation>simulasi {exam} terakhir belum lulus ({percent}%)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%Ln overdue assignment(s): {titles}</source>
            <translation>
                <numerusform>%Ln tugas lewat tenggat: {titles}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>no study in the last %Ln day(s)</source>
            <translation>
                <numerusform>tidak belajar dalam %Ln hari terakhir</numerusform>
            </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{name} is at risk: {why}</source>
            <translation>{name} berisiko: {why}</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Tugaskan</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <source>Choose a student in the table first.</source>
            <translation>Pilih dulu siswa di tabel.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Berkas PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Simpan laporan</translation>
        </message>
        <message>
            <source>Could not save the report: {error}</source>
            <translation>Laporan tidak dapat disimpan: {error}</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Siswa</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Menit</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retensi</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Ditugaskan</translation>
        </message>
        <message>
            <source>Latest mock</source>
            <translation>Simulasi terakhir</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Tren</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>DeckDeleter</name>
        <message>
            <source>Delete the deck “%1”?</source>
            <translation>Hapus dek “%1”?</translation>
        </message>
        <message>
            <source>Deleted with it:</source>
            <translation>Ikut terhapus:</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sub-deck(s)</source>
            <translation>
                <numerusform>%Ln subdek</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln catatan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s)</source>
            <translation>
                <numerusform>%Ln kartu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sound or picture file(s)</source>
            <translation>
                <numerusform>%Ln berkas suara atau gambar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s): the study history of these cards</source>
            <translation>
                <numerusform>%Ln jawaban: riwayat belajar kartu-kartu ini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the progress of %Ln learner(s) on them</source>
            <translation>
                <numerusform>kemajuan %Ln pelajar pada kartu-kartu ini</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>including %Ln card(s) of these notes in other decks</source>
            <translation>
                <numerusform>termasuk %Ln kartu dari catatan-catatan ini yang ada di dek lain</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not deleted: %Ln card(s) of notes from other decks will go back to their own deck, with their progress:</source>
            <translation>
                <numerusform>Tidak dihapus: %Ln kartu dari catatan dek lain kembali ke deknya sendiri beserta kemajuannya:</numerusform>
            </translation>
        </message>
        <message>
            <source>It comes with jpprep: it is not loaded again when jpprep starts.</source>
            <translation>Dek ini bawaan jpprep: dek ini tidak dimuat lagi saat jpprep dibuka.</translation>
        </message>
        <message>
            <source>This cannot be undone. To keep its notes, export the deck first.</source>
            <translation>Ini tidak dapat dibatalkan. Untuk menyimpan catatannya, ekspor dek ini terlebih dahulu.</translation>
        </message>
        <message>
            <source>Delete deck</source>
            <translation>Hapus dek</translation>
        </message>
        <message>
            <source>&amp;Export first…</source>
            <translation>&amp;Ekspor dulu…</translation>
        </message>
        <message>
            <source>&amp;Delete deck</source>
            <translation>&amp;Hapus dek</translation>
        </message>
        <message>
            <source>Deleting “%1”…</source>
            <translation>Menghapus “%1”…</translation>
        </message>
        <message numerus="yes">
            <source>Deleted the deck “%1” (%Ln note(s)).</source>
            <translation>
                <numerusform>Dek “%1” dihapus (%Ln catatan).</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>Memuat dek bawaan jpprep…</translation>
        </message>
        <message numerus="yes">
            <source>Brought back %Ln deck(s).</source>
            <translation>
                <numerusform>%Ln dek dikembalikan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export deck</source>
            <translation>Ekspor dek</translation>
        </message>
        <message>
            <source>jpprep deck (*.jpdeck);;Anki deck (*.apkg);;Spreadsheet (*.csv)</source>
            <translation>Dek jpprep (*.jpdeck);;Dek Anki (*.apkg);;Spreadsheet (*.csv)</translation>
        </message>
        <message>
            <source>Exporting “%1”…</source>
            <translation>Mengekspor “%1”…</translation>
        </message>
        <message>
            <source>Exported “%1” to %2.</source>
            <translation>“%1” diekspor ke %2.</translation>
        </message>
    </context>
    <context>
        <name>DeckOptionsDialog</name>
        <message>
            <source>Deck options: {deck}</source>
            <translation>Opsi dek: {deck}</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Preset</translation>
        </message>
        <message>
            <source>New preset from this one</source>
            <translation>Preset baru dari yang ini</translation>
        </message>
        <message>
            <source>Preset:</source>
            <translation>Preset:</translation>
        </message>
        <message>
            <source>Preset name</source>
            <translation>Nama preset</translation>
        </message>
        <message>
            <source>Preset name:</source>
            <translation>Nama preset:</translation>
        </message>
        <message>
            <source>Desired retention:</source>
            <translation>Retensi yang diinginkan:</translation>
        </message>
        <message>
            <source>Learning steps:</source>
            <translation>Langkah belajar:</translation>
        </message>
        <message>
            <source>Relearning steps:</source>
            <translation>Langkah belajar ulang:</translation>
        </message>
        <message>
            <source>Write waits such as 1m 10m 1h 1d (minutes, hours, days).</source>
            <translation>Tulis jeda seperti 1m 10m 1h 1d (menit, jam, hari).</translation>
        </message>
        <message>
            <source>New cards a day:</source>
            <translation>Kartu baru per hari:</translation>
        </message>
        <message>
            <source>Reviews a day:</source>
            <translation>Ulasan per hari:</translation>
        </message>
        <message>
            <source>Longest wait (days):</source>
            <translation>Jeda terlama (hari):</translation>
        </message>
        <message>
            <source>Tag it "leech"</source>
            <translation>Beri tag "leech"</translation>
        </message>
        <message>
            <source>Tag it and suspend it</source>
            <translation>Beri tag dan tangguhkan</translation>
        </message>
        <message>
            <source>What happens to a leech</source>
            <translation>Apa yang terjadi pada kartu leech</translation>
        </message>
        <message>
            <source>Leech after (times forgotten):</source>
            <translation>Jadi leech setelah lupa (kali):</translation>
        </message>
        <message>
            <source>Bury other cards of the same word until tomorrow</source>
            <translation>Tunda kartu lain dari kata yang sama sampai besok</translation>
        </message>
        <message>
            <source>Fitted from your answers</source>
            <translation>Disesuaikan dari jawaban Anda</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Bawaan</translation>
        </message>
        <message>
            <source>Memory model:</source>
            <translation>Model ingatan:</translation>
        </message>
        <message>
            <source>Desired retention</source>
            <translation>Retensi yang diinginkan</translation>
        </message>
        <message>
            <source>Learning steps</source>
            <translation>Langkah belajar</translation>
        </message>
        <message>
            <source>Relearning steps</source>
            <translation>Langkah belajar ulang</translation>
        </message>
        <message>
            <source>New cards a day</source>
            <translation>Kartu baru per hari</translation>
        </message>
        <message>
            <source>Reviews a day</source>
            <translation>Ulasan per hari</translation>
        </message>
        <message>
            <source>Longest wait (days)</source>
            <translation>Jeda terlama (hari)</translation>
        </message>
        <message>
            <source>Leech after (times forgotten)</source>
            <translation>Jadi leech setelah lupa (kali)</translation>
        </message>
        <message>
            <source>Your school has locked these options: ask your teacher to change them.</source>
            <translation>Sekolah Anda mengunci opsi ini: minta guru Anda untuk mengubahnya.</translation>
        </message>
        <message>
            <source>A new preset, used by this deck only.</source>
            <translation>Preset baru, hanya untuk dek ini.</translation>
        </message>
        <message>
            <source>Only this deck uses this preset.</source>
            <translation>Hanya dek ini yang memakai preset ini.</translation>
        </message>
        <message numerus="yes">
            <source>Changes apply to %Ln deck(s) using this preset.</source>
            <translation>
                <numerusform>Perubahan berlaku untuk %Ln dek yang memakai preset ini.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cards come back when you still remember about {p} % of them. Higher means more reviews every day; lower means fewer reviews but more forgetting.</source>
            <translation>Kartu muncul lagi saat Anda masih ingat sekitar {p} % di antaranya. Lebih tinggi berarti lebih banyak ulasan setiap hari; lebih rendah berarti lebih sedikit ulasan tetapi lebih banyak yang lupa.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (salinan)</translation>
        </message>
        <message>
            <source>Choose a retention from 70 % to 97 %.</source>
            <translation>Pilih retensi dari 70 % sampai 97 %.</translation>
        </message>
        <message>
            <source>Write each wait as a number above 0 with m, h or d, such as 1m 10m 1d (at most 30 days).</source>
            <translation>Tulis setiap jeda sebagai angka di atas 0 dengan m, h, atau d, misalnya 1m 10m 1d (paling lama 30 hari).</translation>
        </message>
        <message>
            <source>A preset needs a name (1 to 100 characters).</source>
            <translation>Preset perlu nama (1 sampai 100 karakter).</translation>
        </message>
        <message>
            <source>Enter a whole number from {lo} to {hi}.</source>
            <translation>Masukkan bilangan bulat dari {lo} sampai {hi}.</translation>
        </message>
        <message>
            <source>Nothing was saved: correct the marked field.</source>
            <translation>Tidak ada yang disimpan: perbaiki isian yang ditandai.</translation>
        </message>
    </context>
    <context>
        <name>ErrorWords</name>
        <message>
            <source>The disk is full. Your last change was not saved; everything before it is safe. Free some space (or ask your teacher), then try again.</source>
            <translation>Disk penuh. Perubahan terakhir Anda tidak tersimpan; semua yang sebelumnya aman. Kosongkan sebagian ruang (atau tanyakan kepada guru Anda), lalu coba lagi.</translation>
        </message>
        <message>
            <source>jpprep cannot save to its database: the file or its folder is read-only. Your last change was not saved; everything before it is safe. Please tell your teacher.</source>
            <translation>jpprep tidak dapat menyimpan ke basis datanya: berkas atau foldernya hanya-baca. Perubahan terakhir Anda tidak tersimpan; semua yang sebelumnya aman. Mohon beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>jpprep cannot open or make its database file: the folder may be read-only or missing. Please tell your teacher.</source>
            <translation>jpprep tidak dapat membuka atau membuat berkas basis datanya: foldernya mungkin hanya-baca atau tidak ada. Mohon beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>jpprep cannot write to its data folder. Please tell your teacher.</source>
            <translation>jpprep tidak dapat menulis ke folder datanya. Mohon beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>The database is damaged, so jpprep left it untouched. Please tell your teacher: a backup can be restored.</source>
            <translation>Basis data rusak, jadi jpprep membiarkannya tanpa mengubah apa pun. Mohon beri tahu guru Anda: cadangan dapat dipulihkan.</translation>
        </message>
        <message>
            <source>This file is not a jpprep database, so jpprep left it untouched. Please tell your teacher.</source>
            <translation>Berkas ini bukan basis data jpprep, jadi jpprep membiarkannya tanpa mengubah apa pun. Mohon beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>This database was made by a newer version of jpprep, so this version left it untouched. Please install the newer jpprep, or tell your teacher.</source>
            <translation>Basis data ini dibuat oleh versi jpprep yang lebih baru, jadi versi ini membiarkannya tanpa mengubah apa pun. Pasang jpprep yang lebih baru, atau beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>jpprep cannot reach the class server. Check that this computer is connected to the network, or tell your teacher.</source>
            <translation>jpprep tidak dapat menghubungi server kelas. Periksa apakah komputer ini terhubung ke jaringan, atau beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>The class server did not accept jpprep's user name or password. Please tell your teacher.</source>
            <translation>Server kelas tidak menerima nama pengguna atau kata sandi jpprep. Mohon beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>jpprep cannot open its database ({detail}). Please tell your teacher.</source>
            <translation>jpprep tidak dapat membuka basis datanya ({detail}). Mohon beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>The disk is full, so the backup was not made. Your progress is safe. Free some space (or delete old backups).</source>
            <translation>Disk penuh, jadi cadangan tidak dibuat. Kemajuan belajar Anda aman. Kosongkan sebagian ruang (atau hapus cadangan lama).</translation>
        </message>
        <message>
            <source>The backup folder cannot be written, so the backup was not made. Your progress is safe. Please tell your teacher.</source>
            <translation>Folder cadangan tidak dapat ditulisi, jadi cadangan tidak dibuat. Kemajuan belajar Anda aman. Mohon beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Choose another backup.</source>
            <translation>Cadangan ini rusak dan tidak bisa dipulihkan. Pilih cadangan lain.</translation>
        </message>
        <message>
            <source>This file is not a jpprep backup. Choose a file from the backups folder.</source>
            <translation>Berkas ini bukan cadangan jpprep. Pilih berkas dari folder cadangan.</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of jpprep. Install the newer jpprep to restore it.</source>
            <translation>Cadangan ini dibuat oleh jpprep versi yang lebih baru. Pasang jpprep yang lebih baru untuk memulihkannya.</translation>
        </message>
        <message>
            <source>This is the database itself, not a backup. Choose a file from the backups folder.</source>
            <translation>Ini database itu sendiri, bukan cadangan. Pilih berkas dari folder cadangan.</translation>
        </message>
        <message>
            <source>The backup was not made ({detail}). Your progress is safe. Please tell your teacher.</source>
            <translation>Cadangan tidak dibuat ({detail}). Kemajuan Anda aman. Tolong beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>There is no database file to back up yet.</source>
            <translation>Belum ada berkas database untuk dicadangkan.</translation>
        </message>
        <message>
            <source>jpprep is starting on the profile “{profile}” in another window. Wait a moment and switch to that window.</source>
            <translation>jpprep sedang dibuka dengan profil “{profile}” di jendela lain. Tunggu sebentar, lalu beralih ke jendela itu.</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on this computer. Switch to that window, or close it first.</source>
            <translation>Profil “{profile}” sudah terbuka di jpprep pada komputer ini. Beralihlah ke jendela itu, atau tutup jendela itu dulu.</translation>
        </message>
        <message>
            <source>The profile “{profile}” is already open in jpprep on the computer “{host}” (since {since}). Close jpprep there first, or choose another profile. If that computer crashed, tell your teacher.</source>
            <translation>Profil “{profile}” sudah terbuka di jpprep pada komputer “{host}” (sejak {since}). Tutup dulu jpprep di sana, atau pilih profil lain. Jika komputer itu mati mendadak, beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>A PIN is made of digits only, for example 4821.</source>
            <translation>PIN hanya terdiri dari angka, misalnya 4821.</translation>
        </message>
        <message>
            <source>A PIN has {min} to {max} digits.</source>
            <translation>PIN terdiri dari {min} sampai {max} angka.</translation>
        </message>
        <message>
            <source>That profile no longer exists.</source>
            <translation>Profil itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>That options preset no longer exists.</source>
            <translation>Preset itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>An options preset needs a name of {min} to {max} characters.</source>
            <translation>Preset opsi perlu nama sepanjang {min} sampai {max} karakter.</translation>
        </message>
        <message>
            <source>A preset named “{name}” already exists. Choose another name, or choose that preset in the list.</source>
            <translation>Preset bernama “{name}” sudah ada. Pilih nama lain, atau pilih preset itu di daftar.</translation>
        </message>
        <message>
            <source>A profile needs a name. Type a name, for example your first name.</source>
            <translation>Profil perlu nama. Ketik sebuah nama, misalnya nama depan Anda.</translation>
        </message>
        <message>
            <source>The name is longer than {max} characters.</source>
            <translation>Nama lebih panjang dari {max} karakter.</translation>
        </message>
        <message>
            <source>The name contains invisible control characters. Please type it again.</source>
            <translation>Nama berisi karakter kontrol yang tidak terlihat. Mohon ketik ulang.</translation>
        </message>
        <message>
            <source>A profile named “{name}” already exists. Choose another name, or switch to that profile.</source>
            <translation>Profil bernama “{name}” sudah ada. Pilih nama lain, atau beralih ke profil itu.</translation>
        </message>
        <message>
            <source>The question banks do not have enough questions of these types for {exam}: {types}. Add questions to a bank, or choose another practice mode.</source>
            <translation>Bank soal tidak punya cukup soal jenis ini untuk {exam}: {types}. Tambahkan soal ke bank, atau pilih mode latihan lain.</translation>
        </message>
        <message>
            <source>Choose a section to practise.</source>
            <translation>Pilih satu bagian untuk dilatih.</translation>
        </message>
        <message>
            <source>Choose at least one question type to practise.</source>
            <translation>Pilih paling sedikit satu jenis soal untuk dilatih.</translation>
        </message>
        <message>
            <source>{exam} has no question type “{type}”.</source>
            <translation>{exam} tidak punya jenis soal “{type}”.</translation>
        </message>
        <message>
            <source>“{mode}” is not a practice mode of jpprep.</source>
            <translation>“{mode}” bukan mode latihan jpprep.</translation>
        </message>
        <message>
            <source>There is no mock exam “{exam}”.</source>
            <translation>Tidak ada ujian simulasi “{exam}”.</translation>
        </message>
        <message>
            <source>This exam attempt no longer exists.</source>
            <translation>Percobaan ujian ini sudah tidak ada.</translation>
        </message>
        <message>
            <source>The questions of this exam have changed ({gone} are gone), so it cannot be continued. Start a new one.</source>
            <translation>Soal ujian ini sudah berubah ({gone} soal hilang), jadi ujian ini tidak bisa dilanjutkan. Mulai ujian baru.</translation>
        </message>
        <message>
            <source>This exam has no questions.</source>
            <translation>Ujian ini tidak punya soal.</translation>
        </message>
        <message>
            <source>This saved exam was made by another version of jpprep and cannot be continued. Start a new one.</source>
            <translation>Ujian tersimpan ini dibuat oleh versi jpprep lain dan tidak bisa dilanjutkan. Mulai ujian baru.</translation>
        </message>
        <message>
            <source>jpprep cannot read this question bank ({detail}).</source>
            <translation>jpprep tidak dapat membaca bank soal ini ({detail}).</translation>
        </message>
        <message>
            <source>This question bank is larger than 32 MB.</source>
            <translation>Bank soal ini lebih besar dari 32 MB.</translation>
        </message>
        <message>
            <source>This question bank is not UTF-8 text. Save it as UTF-8.</source>
            <translation>Bank soal ini bukan teks UTF-8. Simpan sebagai UTF-8.</translation>
        </message>
        <message>
            <source>This question bank is not valid JSON (column {column}). Check the quotes, commas and brackets there.</source>
            <translation>Bank soal ini bukan JSON yang benar (kolom {column}). Periksa tanda kutip, koma, dan kurung di sana.</translation>
        </message>
        <message>
            <source>This file is not a jpprep question bank (“format”: 1 is missing).</source>
            <translation>Berkas ini bukan bank soal jpprep (“format”: 1 tidak ada).</translation>
        </message>
        <message>
            <source>Choose a deck or a mock exam to assign.</source>
            <translation>Pilih dek atau ujian simulasi yang akan ditugaskan.</translation>
        </message>
        <message>
            <source>Only a mock exam can be assigned with a form. Choose a mock exam, or leave the form out.</source>
            <translation>Paket soal hanya bisa ditugaskan bersama ujian simulasi. Pilih ujian simulasi, atau jangan pilih paket soal.</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation>“{value}” bukan tanggal. Tulis dalam bentuk YYYY-MM-DD, misalnya 2026-03-31.</translation>
        </message>
        <message>
            <source>That deck no longer exists.</source>
            <translation>Dek itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>This card no longer exists: its note or deck was deleted. Go back to Home and choose a deck.</source>
            <translation>Kartu ini sudah tidak ada: catatan atau deknya sudah dihapus. Kembali ke Beranda dan pilih dek.</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>Catatan itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>No note is chosen. Select one or more notes in the list first.</source>
            <translation>Belum ada catatan yang dipilih. Pilih dulu satu catatan atau lebih di daftar.</translation>
        </message>
        <message>
            <source>The English meaning is empty. Write what the word means in English.</source>
            <translation>Arti bahasa Inggris kosong. Tulis arti kata itu dalam bahasa Inggris.</translation>
        </message>
        <message>
            <source>The tag is empty. Type a tag, for example verb.</source>
            <translation>Tag kosong. Ketik sebuah tag, misalnya verb.</translation>
        </message>
        <message>
            <source>The tag “{tag}” has a space in it. A tag is one word: use - or _ instead of spaces.</source>
            <translation>Tag “{tag}” berisi spasi. Tag adalah satu kata: pakai - atau _ sebagai ganti spasi.</translation>
        </message>
        <message>
            <source>That student no longer exists.</source>
            <translation>Siswa itu sudah tidak ada.</translation>
        </message>
        <message>
            <source>The lab configuration file does not exist. Everything that can be locked is locked.</source>
            <translation>Berkas konfigurasi lab tidak ada. Semua yang dapat dikunci telah dikunci.</translation>
        </message>
        <message>
            <source>The lab configuration file cannot be read. Everything that can be locked is locked.</source>
            <translation>Berkas konfigurasi lab tidak dapat dibaca. Semua yang dapat dikunci telah dikunci.</translation>
        </message>
        <message>
            <source>The lab configuration file is not valid TOML (each setting is one line: key = "value"). Everything that can be locked is locked until it is fixed.</source>
            <translation>Berkas konfigurasi lab bukan TOML yang valid (setiap pengaturan satu baris: key = "value"). Semua yang dapat dikunci tetap dikunci sampai berkas diperbaiki.</translation>
        </message>
        <message>
            <source>“{key}” is not a known key. Did you mean: {known}?</source>
            <translation>“{key}” bukan kunci yang dikenal. Apakah maksud Anda: {known}?</translation>
        </message>
        <message>
            <source>“{key}” must be a text in quotes.</source>
            <translation>“{key}” harus berupa teks di dalam tanda kutip.</translation>
        </message>
        <message>
            <source>“{key}” is not a database URL.</source>
            <translation>“{key}” bukan URL basis data.</translation>
        </message>
        <message>
            <source>jpprep cannot use “{driver}” databases. Use postgresql+psycopg or sqlite.</source>
            <translation>jpprep tidak dapat memakai basis data “{driver}”. Gunakan postgresql+psycopg atau sqlite.</translation>
        </message>
        <message>
            <source>“{value}” is not an interface language of jpprep. Use one of: {known}.</source>
            <translation>“{value}” bukan bahasa antarmuka jpprep. Gunakan salah satu dari: {known}.</translation>
        </message>
        <message>
            <source>“{key}” must be a list of ids in quotes.</source>
            <translation>“{key}” harus berupa daftar id di dalam tanda kutip.</translation>
        </message>
        <message>
            <source>“{key}” must be a list of names in quotes ({known}). Everything is locked until it is fixed.</source>
            <translation>“{key}” harus berupa daftar nama di dalam tanda kutip ({known}). Semuanya dikunci sampai diperbaiki.</translation>
        </message>
        <message>
            <source>“{value}” is not a name that “{key}” knows ({known}). Everything is locked until it is fixed.</source>
            <translation>“{value}” bukan nama yang dikenal oleh “{key}” ({known}). Semuanya dikunci sampai diperbaiki.</translation>
        </message>
        <message>
            <source>“{key}” is not a password hash.</source>
            <translation>“{key}” bukan hash kata sandi.</translation>
        </message>
        <message>
            <source>“{value}” is not a choice for “{key}”. Use "study locally" or "stop".</source>
            <translation>“{value}” bukan pilihan untuk “{key}”. Gunakan "study locally" atau "stop".</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, baris {line}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong; nothing was changed. Please tell your teacher.</source>
            <translation>Terjadi kesalahan yang tidak terduga; tidak ada yang diubah. Beri tahu guru Anda.</translation>
        </message>
        <message>
            <source>Please tell your teacher: the lab configuration file has a problem. The rest of the file still applies.</source>
            <translation>Mohon beri tahu guru Anda: berkas konfigurasi lab bermasalah. Pengaturan lain dalam berkas itu tetap berlaku.</translation>
        </message>
        <message>
            <source>Study continues on this computer only; your answers here are not in the class database.</source>
            <translation>Belajar berlanjut hanya di komputer ini; jawaban Anda di sini tidak masuk ke basis data kelas.</translation>
        </message>
    </context>
    <context>
        <name>ExamTargetDialog</name>
        <message>
            <source>Exam target</source>
            <translation>Target ujian</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Ujian</translation>
        </message>
        <message>
            <source>Exam date</source>
            <translation>Tanggal ujian</translation>
        </message>
        <message>
            <source>Decks for this exam</source>
            <translation>Dek untuk ujian ini</translation>
        </message>
        <message>
            <source>Exam:</source>
            <translation>Ujian:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Tanggal:</translation>
        </message>
        <message>
            <source>Decks:</source>
            <translation>Dek:</translation>
        </message>
        <message>
            <source>Pace check</source>
            <translation>Cek kecepatan</translation>
        </message>
        <message>
            <source>Remove target</source>
            <translation>Hapus target</translation>
        </message>
        <message>
            <source>Tick the decks you need for this exam.</source>
            <translation>Centang dek yang Anda perlukan untuk ujian ini.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) left.</source>
            <translation>
                <numerusform>Sisa %Ln hari.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) not met yet.</source>
            <translation>
                <numerusform>%Ln kartu belum dipelajari.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your pace (%1 new a day) meets them all by %2.</source>
            <translation>Dengan kecepatan Anda (%1 baru per hari), semuanya selesai pada %2.</translation>
        </message>
        <message>
            <source>At your pace (%1 new a day) you will not meet them all. %2 new cards a day would.</source>
            <translation>Dengan kecepatan Anda (%1 baru per hari), tidak semuanya akan selesai. Dengan %2 kartu baru per hari, semuanya selesai.</translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day.</source>
            <translation>
                <numerusform>Artinya sekitar %Ln jawaban per hari.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Warning: that is more than the %Ln answer(s) you do on a typical day.</source>
            <translation>
                <numerusform>Peringatan: itu lebih banyak dari %Ln jawaban yang biasanya Anda kerjakan dalam sehari.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamsPage</name>
        <message>
            <source>Mock exams</source>
            <translation>Ujian simulasi</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Ujian</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Latihan</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Paket soal</translation>
        </message>
        <message>
            <source>Section or type</source>
            <translation>Bagian atau jenis</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Soal</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Resume the open exam</source>
            <translation>Lanjutkan ujian yang terbuka</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>Hasil sebelumnya</translation>
        </message>
        <message>
            <source>(practice only: not enough questions for a full mock)</source>
            <translation>(hanya latihan: soal belum cukup untuk simulasi lengkap)</translation>
        </message>
        <message>
            <source>pass (estimate)</source>
            <translation>lulus (perkiraan)</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>belum</translation>
        </message>
        <message>
            <source>practice</source>
            <translation>latihan</translation>
        </message>
        <message>
            <source>%1 minutes for the whole test</source>
            <translation>%1 menit untuk seluruh ujian</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> menit</translation>
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
            <translation>soal</translation>
        </message>
        <message>
            <source>Format as of %1.</source>
            <translation>Format per %1.</translation>
        </message>
        <message>
            <source>Not yet confirmed:</source>
            <translation>Belum dikonfirmasi:</translation>
        </message>
        <message>
            <source>Readiness (last attempts):</source>
            <translation>Kesiapan (percobaan terakhir):</translation>
        </message>
        <message>
            <source>Weak question types:</source>
            <translation>Jenis soal yang lemah:</translation>
        </message>
        <message>
            <source>Random (new questions each time)</source>
            <translation>Acak (soal baru setiap kali)</translation>
        </message>
        <message>
            <source>%1 (%2 questions)</source>
            <translation>%1 (%2 soal)</translation>
        </message>
        <message>
            <source>From the question bank %1</source>
            <translation>Dari bank soal %1</translation>
        </message>
        <message>
            <source>No weak question types yet: finish a mock or a practice set first.</source>
            <translation>Belum ada jenis soal yang lemah: selesaikan dulu satu ujian simulasi atau satu set latihan.</translation>
        </message>
        <message>
            <source>%1 question(s) added to the deck %2.</source>
            <translation>%1 soal ditambahkan ke dek %2.</translation>
        </message>
        <message>
            <source>Full timed mock</source>
            <translation>Simulasi lengkap berwaktu</translation>
        </message>
        <message>
            <source>One section</source>
            <translation>Satu bagian</translation>
        </message>
        <message>
            <source>One question type</source>
            <translation>Satu jenis soal</translation>
        </message>
        <message>
            <source>My weak types</source>
            <translation>Jenis soal lemah saya</translation>
        </message>
    </context>
    <context>
        <name>FitWords</name>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): the new model predicts your answers better (log loss {new} instead of {old}) and is used from now on.</source>
            <translation>
                <numerusform>Disesuaikan dari %Ln ulasan: model baru memperkirakan jawaban Anda dengan lebih baik (log loss {new}, sebelumnya {old}) dan dipakai mulai sekarang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Fitted from %Ln review(s): your current model already predicts your answers best (log loss {old}; the new fit {new}), so it is kept.</source>
            <translation>
                <numerusform>Disesuaikan dari %Ln ulasan: model Anda saat ini sudah paling baik memperkirakan jawaban Anda (log loss {old}; hasil baru {new}), jadi model ini dipertahankan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough reviews yet: {items} of the {needed} needed (a review counts when it comes a day or more after the card's previous answer). The current model is kept.</source>
            <translation>Ulasan belum cukup: {items} dari {needed} yang dibutuhkan (ulasan dihitung jika dilakukan sehari atau lebih setelah jawaban sebelumnya untuk kartu itu). Model saat ini dipertahankan.</translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s), so the current one is kept.</source>
            <translation>
                <numerusform>Model tidak dapat disesuaikan dengan %Ln ulasan Anda, jadi model saat ini dipertahankan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The model could not be fitted to your %Ln review(s) ({reason}), so the current one is kept.</source>
            <translation>
                <numerusform>Model tidak dapat disesuaikan dengan %Ln ulasan Anda ({reason}), jadi model saat ini dipertahankan.</numerusform>
            </translation>
        </message>
        <message>
            <source>there are not enough reviews</source>
            <translation>ulasannya belum cukup</translation>
        </message>
        <message>
            <source>some reviews cannot be used</source>
            <translation>sebagian ulasan tidak dapat dipakai</translation>
        </message>
        <message>
            <source>the current parameters are not valid</source>
            <translation>parameter saat ini tidak sah</translation>
        </message>
        <message>
            <source>no better parameters were found</source>
            <translation>tidak ditemukan parameter yang lebih baik</translation>
        </message>
        <message>
            <source>the fitting was stopped</source>
            <translation>penyesuaian dihentikan</translation>
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
            <translation>Bendera merah</translation>
        </message>
        <message>
            <source>Orange flag</source>
            <translation>Bendera oranye</translation>
        </message>
        <message>
            <source>Green flag</source>
            <translation>Bendera hijau</translation>
        </message>
        <message>
            <source>Blue flag</source>
            <translation>Bendera biru</translation>
        </message>
        <message>
            <source>Flag {n}</source>
            <translation>Bendera {n}</translation>
        </message>
    </context>
    <context>
        <name>FormNames</name>
        <message>
            <source>Form %1</source>
            <translation>Paket soal %1</translation>
        </message>
    </context>
    <context>
        <name>HeatmapWidget</name>
        <message>
            <source>Study calendar</source>
            <translation>Kalender belajar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) with study in the last year</source>
            <translation>
                <numerusform>%Ln hari belajar dalam setahun terakhir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s)</source>
            <translation>
                <numerusform>%Ln jawaban</numerusform>
            </translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Sen</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Rab</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Jum</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln answer(s)</source>
            <translation>
                <numerusform>%1: %Ln jawaban</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Deck</source>
            <translation>Dek</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Dipelajari</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Jatuh tempo</translation>
        </message>
        <message>
            <source>Today's work</source>
            <translation>Tugas hari ini</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Tugas</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>Dek</translation>
        </message>
        <message>
            <source>Delete deck…</source>
            <translation>Hapus dek…</translation>
        </message>
        <message>
            <source>Study this deck</source>
            <translation>Pelajari dek ini</translation>
        </message>
        <message>
            <source>Study all due cards</source>
            <translation>Pelajari semua kartu jatuh tempo</translation>
        </message>
        <message>
            <source>Deck options</source>
            <translation>Opsi dek</translation>
        </message>
        <message>
            <source>Daily limits, learning steps and retention of the chosen deck</source>
            <translation>Batas harian, langkah belajar, dan retensi dek yang dipilih</translation>
        </message>
        <message numerus="yes">
            <source>Bring back %Ln deleted deck(s) that come with jpprep</source>
            <translation>
                <numerusform>Kembalikan %Ln dek bawaan jpprep yang dihapus</numerusform>
            </translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>Halo, {name}</translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) due.</source>
            <translation>
                <numerusform>Hari ini: %Ln kartu jatuh tempo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new card(s) waiting.</source>
            <translation>
                <numerusform>%Ln kartu baru menunggu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reviewed today: %Ln.</source>
            <translation>
                <numerusform>Diulang hari ini: %Ln.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Streak: %Ln day(s).</source>
            <translation>
                <numerusform>Beruntun: %Ln hari.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Today: %Ln card(s) to study again ({learning_column}: {learning}, {due_column}: {due}).</source>
            <translation>
                <numerusform>Hari ini: %Ln kartu untuk dipelajari lagi ({learning_column}: {learning}, {due_column}: {due}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Assignments from your teacher:</source>
            <translation>Tugas dari guru Anda:</translation>
        </message>
        <message>
            <source>done</source>
            <translation>selesai</translation>
        </message>
        <message>
            <source>overdue, {p}% done</source>
            <translation>terlambat, {p}% selesai</translation>
        </message>
        <message>
            <source>{p}% done</source>
            <translation>{p}% selesai</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>your other mock does not count: take {form}</source>
            <translation>ujian simulasi Anda yang lain tidak dihitung: kerjakan {form}</translation>
        </message>
        <message>
            <source>a practice does not count: take {form} as a full mock</source>
            <translation>latihan tidak dihitung: kerjakan {form} sebagai ujian simulasi lengkap</translation>
        </message>
        <message>
            <source>only {form} counts</source>
            <translation>hanya {form} yang dihitung</translation>
        </message>
        <message>
            <source>a practice does not count: take the full mock</source>
            <translation>latihan tidak dihitung: kerjakan ujian simulasi lengkap</translation>
        </message>
        <message>
            <source>• {title}: due {date} ({state})</source>
            <translation>• {title}: tenggat {date} ({state})</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>Mulai {title}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import {file}</source>
            <translation>Impor {file}</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Kembali</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Impor</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Membaca {file}…</translation>
        </message>
        <message>
            <source>Bring my Anki review history</source>
            <translation>Bawa riwayat ulangan Anki saya</translation>
        </message>
        <message>
            <source>Cards you have not studied in jpprep yet take their Anki progress, and every answer you gave in Anki counts in your statistics.</source>
            <translation>Kartu yang belum Anda pelajari di jpprep mendapat kemajuan dari Anki, dan setiap jawaban Anda di Anki dihitung dalam statistik Anda.</translation>
        </message>
        <message>
            <source>jpprep guessed what each column holds. Change a column if the guess is wrong; the preview shows the first rows as they will be imported.</source>
            <translation>jpprep menebak isi setiap kolom. Ubah kolom jika tebakannya salah; pratinjau menampilkan baris pertama seperti yang akan diimpor.</translation>
        </message>
        <message>
            <source>An Anki package: notes, cards, nested decks, tags and media are imported. Importing it again updates the same notes.</source>
            <translation>Paket Anki: catatan, kartu, dek bertingkat, tag, dan media diimpor. Mengimpornya lagi memperbarui catatan yang sama.</translation>
        </message>
        <message>
            <source>A jpprep deck. Importing it again updates the same notes and keeps everyone's progress.</source>
            <translation>Dek jpprep. Mengimpornya lagi memperbarui catatan yang sama dan menjaga kemajuan semua orang.</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Kolom data</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>Cara memperbaikinya</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Mengimpor {file}…</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Di mana</translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>Alasan dilewati</translation>
        </message>
        <message>
            <source>Other (kept with the note)</source>
            <translation>Lainnya (disimpan bersama catatan)</translation>
        </message>
        <message>
            <source>Japanese (kanji)</source>
            <translation>Bahasa Jepang (kanji)</translation>
        </message>
        <message>
            <source>Reading (kana)</source>
            <translation>Bacaan (kana)</translation>
        </message>
        <message>
            <source>Meaning in English</source>
            <translation>Arti dalam bahasa Inggris</translation>
        </message>
        <message>
            <source>Meaning in Urdu</source>
            <translation>Arti dalam bahasa Urdu</translation>
        </message>
        <message>
            <source>Meaning in Nepali</source>
            <translation>Arti dalam bahasa Nepal</translation>
        </message>
        <message>
            <source>Meaning in Indonesian</source>
            <translation>Arti dalam bahasa Indonesia</translation>
        </message>
        <message>
            <source>Meaning in Vietnamese</source>
            <translation>Arti dalam bahasa Vietnam</translation>
        </message>
        <message>
            <source>Meaning in Tagalog</source>
            <translation>Arti dalam bahasa Tagalog</translation>
        </message>
        <message>
            <source>Meaning in Filipino</source>
            <translation>Arti dalam bahasa Filipino</translation>
        </message>
        <message>
            <source>Meaning in Burmese</source>
            <translation>Arti dalam bahasa Burma</translation>
        </message>
        <message>
            <source>Example sentence (Japanese)</source>
            <translation>Contoh kalimat (Jepang)</translation>
        </message>
        <message>
            <source>Example sentence (English)</source>
            <translation>Contoh kalimat (Inggris)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>JLPT level</source>
            <translation>Level JLPT</translation>
        </message>
        <message>
            <source>SSW sector</source>
            <translation>Sektor SSW</translation>
        </message>
        <message>
            <source>Kind (vocab, kanji, grammar)</source>
            <translation>Jenis (kosakata, kanji, tata bahasa)</translation>
        </message>
        <message>
            <source>Note id</source>
            <translation>ID catatan</translation>
        </message>
        <message>
            <source>Column {letter}</source>
            <translation>Kolom {letter}</translation>
        </message>
        <message>
            <source>What column {name} holds</source>
            <translation>Isi kolom {name}</translation>
        </message>
        <message>
            <source>This cannot be imported yet: {problem}</source>
            <translation>Ini belum bisa diimpor: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) can be imported; the others have problems (marked ⚠).</source>
            <translation>
                <numerusform>%Ln baris bisa diimpor; baris lainnya bermasalah (ditandai ⚠).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) can be imported.</source>
            <translation>
                <numerusform>Semua %Ln baris bisa diimpor.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {n}</source>
            <translation>Baris {n}</translation>
        </message>
        <message>
            <source>(no meaning)</source>
            <translation>(tanpa arti)</translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported. The file has %Ln problem(s), listed below. Fix the file and import it again, or import only the rows without problems.</source>
            <translation>
                <numerusform>Belum ada yang diimpor. Berkas ini punya %Ln masalah, tercantum di bawah. Perbaiki berkasnya lalu impor lagi, atau impor hanya baris tanpa masalah.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import the %Ln valid row(s)</source>
            <translation>
                <numerusform>Impor %Ln baris yang valid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing has been imported: the file has %Ln problem(s) and no row jpprep can import. Fix the file and import it again.</source>
            <translation>
                <numerusform>Belum ada yang diimpor: berkas ini punya %Ln masalah dan tidak ada baris yang bisa diimpor jpprep. Perbaiki berkasnya lalu impor lagi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Baris</translation>
        </message>
        <message>
            <source>Imported into “{deck}”.</source>
            <translation>Diimpor ke “{deck}”.</translation>
        </message>
        <message numerus="yes">
            <source>Added: %Ln note(s).</source>
            <translation>
                <numerusform>Ditambahkan: %Ln catatan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Updated: %Ln note(s).</source>
            <translation>
                <numerusform>Diperbarui: %Ln catatan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already up to date: %Ln note(s).</source>
            <translation>
                <numerusform>Sudah terbaru: %Ln catatan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %Ln row(s).</source>
            <translation>
                <numerusform>Dilewati: %Ln baris.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Anki review history: %Ln answer(s) brought over.</source>
            <translation>
                <numerusform>Riwayat ulangan Anki: %Ln jawaban dibawa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cards with their Anki progress: %Ln.</source>
            <translation>
                <numerusform>Kartu dengan kemajuan Anki: %Ln.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Intervals</name>
        <message>
            <source>under a minute</source>
            <translation>kurang dari semenit</translation>
        </message>
        <message numerus="yes">
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln menit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln hour(s)</source>
            <translation>
                <numerusform>%Ln jam</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln hari</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <translation>
                <numerusform>%Ln bulan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <translation>
                <numerusform>%Ln tahun</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} years</source>
            <translation>{n} tahun</translation>
        </message>
    </context>
    <context>
        <name>JlptRunner</name>
        <message>
            <source>Answer sheet</source>
            <translation>Lembar jawaban</translation>
        </message>
        <message>
            <source>◀ Back (P)</source>
            <translation>◀ Kembali (P)</translation>
        </message>
        <message>
            <source>Next (N) ▶</source>
            <translation>Berikutnya (N) ▶</translation>
        </message>
        <message>
            <source>Finish section (E)</source>
            <translation>Selesaikan bagian (E)</translation>
        </message>
        <message>
            <source>Time left %1</source>
            <translation>Sisa waktu %1</translation>
        </message>
    </context>
    <context>
        <name>KanaAnswerBox</name>
        <message>
            <source>Type the reading (romaji becomes kana), then Enter</source>
            <translation>Ketik bacaannya (romaji menjadi kana), lalu Enter</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Jawaban Anda</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Home</source>
            <translation>Beranda</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>Belajar</translation>
        </message>
        <message>
            <source>Decks</source>
            <translation>Dek</translation>
        </message>
        <message>
            <source>Mock exams</source>
            <translation>Ujian simulasi</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>Kelas</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Selalu</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>Hanya untuk kanji yang belum saya kuasai</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Tidak pernah</translation>
        </message>
        <message>
            <source>jpprep: {name}</source>
            <translation>jpprep: {name}</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Bagian</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Memuat…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Import deck…</source>
            <translation>&amp;Impor dek…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <source>&amp;Switch profile…</source>
            <translation>&amp;Ganti profil…</translation>
        </message>
        <message>
            <source>Set or change &amp;PIN…</source>
            <translation>Atur atau ubah &amp;PIN…</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>Ke&amp;luar akun</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Furigana</source>
            <translation>&amp;Furigana</translation>
        </message>
        <message>
            <source>Show &amp;romaji</source>
            <translation>Tampilkan &amp;romaji</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <source>&amp;About jpprep and sources</source>
            <translation>&amp;Tentang jpprep dan sumber</translation>
        </message>
        <message>
            <source>PIN saved.</source>
            <translation>PIN tersimpan.</translation>
        </message>
        <message>
            <source>Loading the decks that come with jpprep…</source>
            <translation>Memuat dek bawaan jpprep…</translation>
        </message>
        <message>
            <source>Decks ready.</source>
            <translation>Dek siap.</translation>
        </message>
        <message numerus="yes">
            <source>Added %Ln note(s) from the shipped decks.</source>
            <translation>
                <numerusform>%Ln catatan ditambahkan dari dek bawaan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Took out %Ln note(s) that jpprep no longer ships.</source>
            <translation>
                <numerusform>%Ln catatan yang tidak lagi disertakan jpprep dikeluarkan dari deknya.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of them you had studied or changed: kept with your answers, suspended, in the deck Retired.</source>
            <translation>
                <numerusform>%Ln di antaranya pernah Anda pelajari atau ubah: disimpan bersama jawaban Anda, ditangguhkan, di dek Retired.</numerusform>
            </translation>
        </message>
        <message>
            <source>To study any of them again, select them under Decks and press Unsuspend.</source>
            <translation>Untuk mempelajari sebagian di antaranya lagi, pilih catatannya di Dek lalu tekan Akhiri penangguhan.</translation>
        </message>
        <message>
            <source>Import a deck</source>
            <translation>Impor dek</translation>
        </message>
        <message>
            <source>Decks (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Dek (*.jpdeck *.apkg *.colpkg *.csv *.tsv *.txt *.xlsx);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Imported: {a} added, {u} updated, {s} skipped.</source>
            <translation>Diimpor: {a} ditambahkan, {u} diperbarui, {s} dilewati.</translation>
        </message>
    </context>
    <context>
        <name>MoveDialog</name>
        <message>
            <source>Move notes</source>
            <translation>Pindahkan catatan</translation>
        </message>
        <message numerus="yes">
            <source>Move %Ln note(s) to:</source>
            <translation>
                <numerusform>Pindahkan %Ln catatan ke:</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Pindahkan</translation>
        </message>
    </context>
    <context>
        <name>NoteActions</name>
        <message>
            <source>&amp;New note…</source>
            <translation>Catatan &amp;baru…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>M&amp;ove…</source>
            <translation>&amp;Pindahkan…</translation>
        </message>
        <message>
            <source>Ta&amp;g…</source>
            <translation>Ta&amp;g…</translation>
        </message>
        <message>
            <source>&amp;Fill in readings</source>
            <translation>&amp;Isi bacaan</translation>
        </message>
        <message>
            <source>Generate a reading for every note without one: the selected notes, or else the deck chosen above</source>
            <translation>Buat bacaan untuk setiap catatan yang belum punya: catatan yang dipilih, atau dek yang dipilih di atas</translation>
        </message>
        <message>
            <source>Nothing was changed: the class server is not reachable. Try again when it is back.</source>
            <translation>Tidak ada yang diubah: server kelas tidak dapat dihubungi. Coba lagi setelah server kembali.</translation>
        </message>
        <message>
            <source>There is no deck yet: import one first.</source>
            <translation>Belum ada dek: impor satu dek dulu.</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>%1 ditambahkan.</translation>
        </message>
        <message>
            <source>Delete notes</source>
            <translation>Hapus catatan</translation>
        </message>
        <message numerus="yes">
            <source>Delete %Ln note(s)?</source>
            <translation>
                <numerusform>Hapus %Ln catatan?</numerusform>
            </translation>
        </message>
        <message>
            <source>Their %1 card(s) and %2 answer(s) by %3 learner(s) are deleted with them. This cannot be undone.</source>
            <translation>%1 kartu dan %2 jawaban dari %3 pelajar ikut terhapus. Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %Ln note(s).</source>
            <translation>
                <numerusform>%Ln catatan dihapus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %Ln note(s) to %1.</source>
            <translation>
                <numerusform>%Ln catatan dipindahkan ke %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 added to %Ln note(s).</source>
            <translation>
                <numerusform>Tag %1 ditambahkan ke %Ln catatan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag %1 removed from %Ln note(s).</source>
            <translation>
                <numerusform>Tag %1 dihapus dari %Ln catatan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every note here already has a reading.</source>
            <translation>Semua catatan di sini sudah punya bacaan.</translation>
        </message>
        <message numerus="yes">
            <source>Filling in %Ln reading(s)…</source>
            <translation>
                <numerusform>Mengisi %Ln bacaan…</numerusform>
            </translation>
        </message>
        <message>
            <source>Filling in readings: %1 of %2…</source>
            <translation>Mengisi bacaan: %1 dari %2…</translation>
        </message>
        <message numerus="yes">
            <source>Filled in %Ln reading(s); check them (they are marked as generated).</source>
            <translation>
                <numerusform>%Ln bacaan diisi; periksalah (ditandai sebagai dibuat otomatis).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln note(s) could not be read.</source>
            <translation>
                <numerusform>%Ln catatan tidak dapat dibaca.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <source>&amp;Japanese:</source>
            <translation>Bahasa &amp;Jepang:</translation>
        </message>
        <message>
            <source>&amp;Reading:</source>
            <translation>&amp;Bacaan:</translation>
        </message>
        <message>
            <source>&amp;Meaning (English):</source>
            <translation>Arti (bahasa Inggris) (&amp;M):</translation>
        </message>
        <message>
            <source>T&amp;ags:</source>
            <translation>T&amp;ag:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Your training centre has locked changes to decks.</source>
            <translation>Pusat pelatihan Anda mengunci perubahan pada dek.</translation>
        </message>
        <message>
            <source>Choose a note in the list to edit it.</source>
            <translation>Pilih catatan di daftar untuk mengeditnya.</translation>
        </message>
        <message>
            <source>This reading was generated; check it and correct it if needed.</source>
            <translation>Bacaan ini dibuat otomatis; periksa dan perbaiki bila perlu.</translation>
        </message>
        <message>
            <source>Not saved: the class server is not reachable. Your changes are still here; press Save again when it is back.</source>
            <translation>Belum tersimpan: server kelas tidak dapat dihubungi. Perubahan Anda masih ada di sini; tekan Simpan lagi setelah server kembali.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Tersimpan.</translation>
        </message>
        <message>
            <source>The class server is back: press Save to store your changes.</source>
            <translation>Server kelas sudah kembali: tekan Simpan untuk menyimpan perubahan Anda.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditorDialog</name>
        <message>
            <source>Edit note</source>
            <translation>Edit catatan</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <source>Class server</source>
            <translation>Server kelas</translation>
        </message>
        <message>
            <source>You have studied all the cards this computer had ready. Your answers are safe here; you can go on when the class server is back.</source>
            <translation>Anda sudah mempelajari semua kartu yang disiapkan di komputer ini. Jawaban Anda aman di sini; Anda bisa melanjutkan setelah server kelas kembali.</translation>
        </message>
        <message>
            <source>The class server is not reachable. Your answers are saved on this computer and will be sent when it is back.</source>
            <translation>Server kelas tidak dapat dihubungi. Jawaban Anda disimpan di komputer ini dan akan dikirim setelah server kembali.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to be sent.</source>
            <translation>
                <numerusform>%Ln jawaban menunggu untuk dikirim.</numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is back. All your answers have been sent.</source>
            <translation>Server kelas sudah kembali. Semua jawaban Anda sudah dikirim.</translation>
        </message>
    </context>
    <context>
        <name>PlanText</name>
        <message numerus="yes">
            <source>{exam} on {date}: %Ln day(s) left.</source>
            <translation>
                <numerusform>{exam} pada {date}: %Ln hari lagi.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every card has been met.</source>
            <translation>Semua kartu sudah dipelajari.</translation>
        </message>
        <message numerus="yes">
            <source>On track: %Ln card(s) still to meet.</source>
            <translation>
                <numerusform>Sesuai jadwal: masih %Ln kartu yang belum dipelajari.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you finish on {date}.</source>
            <translation>
                <numerusform>Dengan %Ln kartu baru sehari, Anda selesai pada {date}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln card(s) still to meet.</source>
            <translation>
                <numerusform>Masih %Ln kartu yang belum dipelajari.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That needs %Ln new card(s) a day.</source>
            <translation>
                <numerusform>Untuk itu perlu %Ln kartu baru sehari.</numerusform>
            </translation>
        </message>
        <message>
            <source>The exam is today or already past: choose the next exam date.</source>
            <translation>Ujiannya hari ini atau sudah lewat: pilih tanggal ujian berikutnya.</translation>
        </message>
        <message numerus="yes">
            <source>At %Ln new card(s) a day you will not meet every card before the exam.</source>
            <translation>
                <numerusform>Dengan %Ln kartu baru sehari, Anda tidak akan menyelesaikan semua kartu sebelum ujian.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln a day would.</source>
            <translation>
                <numerusform>%Ln sehari akan cukup.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That means about %Ln answer(s) a day,</source>
            <translation>
                <numerusform>Artinya sekitar %Ln jawaban sehari,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more than the %Ln you do on a typical day.</source>
            <translation>
                <numerusform>lebih banyak dari %Ln pada hari biasa Anda.</numerusform>
            </translation>
        </message>
        <message>
            <source>which is a lot to start with.</source>
            <translation>cukup banyak untuk permulaan.</translation>
        </message>
    </context>
    <context>
        <name>ProblemWords</name>
        <message>
            <source>The cell has {chars} characters; the limit is {limit}.</source>
            <translation>Sel ini berisi {chars} karakter; batasnya {limit}.</translation>
        </message>
        <message>
            <source>The id is empty.</source>
            <translation>id kosong.</translation>
        </message>
        <message>
            <source>The kind “{kind}” is not vocab, kanji or grammar.</source>
            <translation>Jenis “{kind}” bukan vocab, kanji, atau grammar.</translation>
        </message>
        <message>
            <source>The Japanese word or sentence is empty.</source>
            <translation>Kata atau kalimat bahasa Jepangnya kosong.</translation>
        </message>
        <message>
            <source>“{value}” is not kana.</source>
            <translation>“{value}” bukan kana.</translation>
        </message>
        <message>
            <source>The English meaning is empty.</source>
            <translation>Arti bahasa Inggrisnya kosong.</translation>
        </message>
        <message>
            <source>“{word}” is in the file twice (first on row {first}).</source>
            <translation>“{word}” ada dua kali di file ini (pertama di baris {first}).</translation>
        </message>
        <message>
            <source>The level “{level}” is too long.</source>
            <translation>Level “{level}” terlalu panjang.</translation>
        </message>
        <message>
            <source>The sector “{sector}” is too long.</source>
            <translation>Sektor “{sector}” terlalu panjang.</translation>
        </message>
        <message>
            <source>“{name}” is not a plain file name.</source>
            <translation>“{name}” bukan nama berkas biasa.</translation>
        </message>
        <message>
            <source>“{name}” is not in the media/ folder.</source>
            <translation>“{name}” tidak ada di folder media/.</translation>
        </message>
        <message>
            <source>The id “{id}” is used twice (first on row {first}).</source>
            <translation>id “{id}” dipakai dua kali (pertama di baris {first}).</translation>
        </message>
        <message>
            <source>The row has {cells} cells, but the first row names {columns} columns.</source>
            <translation>Baris ini berisi {cells} sel, tetapi baris pertama menyebut {columns} kolom.</translation>
        </message>
        <message>
            <source>{key} must be text.</source>
            <translation>{key} harus berupa teks.</translation>
        </message>
        <message>
            <source>{key} is missing.</source>
            <translation>{key} tidak ada.</translation>
        </message>
        <message>
            <source>This jpprep cannot read deck format {value} (it reads format 1).</source>
            <translation>jpprep versi ini tidak dapat membaca format dek {value} (yang dibaca format 1).</translation>
        </message>
        <message>
            <source>The deck id “{value}” may use only lower-case letters, digits, '.', '_' and '-'.</source>
            <translation>id dek “{value}” hanya boleh memakai huruf kecil, angka, '.', '_' dan '-'.</translation>
        </message>
        <message>
            <source>The deck name “{value}” has an empty part between '::'.</source>
            <translation>Nama dek “{value}” punya bagian kosong di antara '::'.</translation>
        </message>
        <message>
            <source>languages must be a list of language codes.</source>
            <translation>languages harus berupa daftar kode bahasa.</translation>
        </message>
        <message>
            <source>card_types must be a list taken from {known}.</source>
            <translation>card_types harus berupa daftar yang diambil dari {known}.</translation>
        </message>
        <message>
            <source>There is no such file or folder.</source>
            <translation>Berkas atau folder itu tidak ada.</translation>
        </message>
        <message>
            <source>jpprep cannot import this kind of file.</source>
            <translation>jpprep tidak dapat mengimpor jenis berkas ini.</translation>
        </message>
        <message>
            <source>This .jpdeck has no deck.toml.</source>
            <translation>.jpdeck ini tidak berisi deck.toml.</translation>
        </message>
        <message>
            <source>deck.toml is missing.</source>
            <translation>deck.toml tidak ada.</translation>
        </message>
        <message>
            <source>deck.toml is not UTF-8 text.</source>
            <translation>deck.toml bukan teks UTF-8.</translation>
        </message>
        <message>
            <source>deck.toml is not valid TOML.</source>
            <translation>deck.toml bukan TOML yang benar.</translation>
        </message>
        <message>
            <source>notes.csv is missing.</source>
            <translation>notes.csv tidak ada.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text.</source>
            <translation>Berkas ini bukan teks UTF-8.</translation>
        </message>
        <message>
            <source>The CSV file cannot be read.</source>
            <translation>Berkas CSV tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>notes.csv is empty.</source>
            <translation>notes.csv kosong.</translation>
        </message>
        <message>
            <source>notes.csv has no column “{column}”.</source>
            <translation>notes.csv tidak punya kolom “{column}”.</translation>
        </message>
        <message>
            <source>notes.csv names the column “{column}” twice.</source>
            <translation>notes.csv menyebut kolom “{column}” dua kali.</translation>
        </message>
        <message>
            <source>The file's text encoding is not UTF-8 or Shift_JIS.</source>
            <translation>Pengodean teks berkas ini bukan UTF-8 atau Shift_JIS.</translation>
        </message>
        <message>
            <source>This Excel file is damaged or cannot be read.</source>
            <translation>Berkas Excel ini rusak atau tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>The workbook has no sheet.</source>
            <translation>Buku kerja ini tidak punya lembar.</translation>
        </message>
        <message>
            <source>The file has more than {max} rows.</source>
            <translation>Berkas ini berisi lebih dari {max} baris.</translation>
        </message>
        <message>
            <source>jpprep cannot read the file ({detail}).</source>
            <translation>jpprep tidak dapat membaca berkas ini ({detail}).</translation>
        </message>
        <message>
            <source>The spreadsheet is empty.</source>
            <translation>Lembar kerjanya kosong.</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the Japanese words.</source>
            <translation>jpprep tidak dapat mengetahui kolom mana yang berisi kata bahasa Jepang.</translation>
        </message>
        <message>
            <source>jpprep cannot tell which column holds the meanings.</source>
            <translation>jpprep tidak dapat mengetahui kolom mana yang berisi arti.</translation>
        </message>
        <message>
            <source>The file is {size_mb} MB, more than the {limit_mb} MB jpprep accepts.</source>
            <translation>Berkas ini berukuran {size_mb} MB, lebih dari batas {limit_mb} MB yang diterima jpprep.</translation>
        </message>
        <message>
            <source>This file is not a zip archive, or it is damaged.</source>
            <translation>Berkas ini bukan arsip zip, atau rusak.</translation>
        </message>
        <message>
            <source>This archive holds an unsafe entry (a path outside it, a link, or far more data than its size); nothing was imported.</source>
            <translation>Arsip ini berisi entri yang tidak aman (jalur ke luar arsip, tautan, atau data yang jauh lebih besar dari ukurannya); tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>A part of this Anki package is damaged.</source>
            <translation>Sebagian dari paket Anki ini rusak.</translation>
        </message>
        <message>
            <source>This package was made by a newer Anki than jpprep knows.</source>
            <translation>Paket ini dibuat oleh Anki yang lebih baru daripada yang dikenal jpprep.</translation>
        </message>
        <message>
            <source>This is not an Anki package (it has no collection).</source>
            <translation>Ini bukan paket Anki (tidak ada koleksinya).</translation>
        </message>
        <message>
            <source>The package holds no notes.</source>
            <translation>Paket ini tidak berisi catatan.</translation>
        </message>
        <message>
            <source>The note type of this note is missing or has no fields; the note was left out.</source>
            <translation>Tipe catatan untuk catatan ini tidak ada atau tidak punya kolom; catatan ini dilewati.</translation>
        </message>
        <message>
            <source>The GUID “{guid}” appears twice; the second note was left out.</source>
            <translation>GUID “{guid}” muncul dua kali; catatan kedua dilewati.</translation>
        </message>
        <message>
            <source>The fields of this note hold {chars} characters, more than jpprep accepts; the note was left out.</source>
            <translation>Kolom catatan ini berisi {chars} karakter, lebih dari yang diterima jpprep; catatan ini dilewati.</translation>
        </message>
        <message>
            <source>The media file name “{name}” is not safe; the file was left out.</source>
            <translation>Nama berkas media “{name}” tidak aman; berkas ini dilewati.</translation>
        </message>
        <message>
            <source>The note id “{id}” appears twice; the first note was kept and the second left out.</source>
            <translation>Id catatan “{id}” muncul dua kali; catatan pertama disimpan dan yang kedua dilewati.</translation>
        </message>
        <message>
            <source>Shorten it; long texts belong in a separate file.</source>
            <translation>Persingkat isinya; teks panjang sebaiknya di berkas terpisah.</translation>
        </message>
        <message>
            <source>Give every row an id that is unique in the deck, for example taberu.</source>
            <translation>Beri setiap baris id yang unik di dalam dek, misalnya taberu.</translation>
        </message>
        <message>
            <source>Give every row its own id.</source>
            <translation>Beri setiap baris id-nya sendiri.</translation>
        </message>
        <message>
            <source>Write vocab, kanji or grammar, or leave it empty for vocab.</source>
            <translation>Tulis vocab, kanji, atau grammar, atau biarkan kosong untuk vocab.</translation>
        </message>
        <message>
            <source>Write the Japanese word or sentence.</source>
            <translation>Tulis kata atau kalimat bahasa Jepangnya.</translation>
        </message>
        <message>
            <source>Write {kana}, or leave it empty and jpprep makes the reading.</source>
            <translation>Tulis {kana}, atau biarkan kosong dan jpprep akan membuat bacaannya.</translation>
        </message>
        <message>
            <source>Write the reading in hiragana, or leave it empty and jpprep makes the reading.</source>
            <translation>Tulis bacaannya dalam hiragana, atau biarkan kosong dan jpprep akan membuat bacaannya.</translation>
        </message>
        <message>
            <source>Write the English meaning (other languages go in meaning_ur, meaning_ne, …).</source>
            <translation>Tulis arti bahasa Inggrisnya (bahasa lain masuk ke meaning_ur, meaning_ne, …).</translation>
        </message>
        <message>
            <source>Write the English meaning in this cell.</source>
            <translation>Tulis arti bahasa Inggrisnya di sel ini.</translation>
        </message>
        <message>
            <source>Remove one of the rows, or give each its own reading.</source>
            <translation>Hapus salah satu barisnya, atau beri masing-masing bacaannya sendiri.</translation>
        </message>
        <message>
            <source>Write N5, N4, N3, N2 or N1.</source>
            <translation>Tulis N5, N4, N3, N2, atau N1.</translation>
        </message>
        <message>
            <source>Use a short code such as nursing-care.</source>
            <translation>Pakai kode pendek seperti nursing-care.</translation>
        </message>
        <message>
            <source>Write only the file name inside media/, for example taberu.mp3.</source>
            <translation>Tulis hanya nama berkas di dalam media/, misalnya taberu.mp3.</translation>
        </message>
        <message>
            <source>Put the file in media/, or clear the cell.</source>
            <translation>Taruh berkasnya di media/, atau kosongkan selnya.</translation>
        </message>
        <message>
            <source>Put quotes around cells that contain commas.</source>
            <translation>Beri tanda kutip pada sel yang berisi koma.</translation>
        </message>
        <message>
            <source>Write {key} = "...".</source>
            <translation>Tulis {key} = "...".</translation>
        </message>
        <message>
            <source>Add a line {key} = "..." to deck.toml.</source>
            <translation>Tambahkan baris {key} = "..." ke deck.toml.</translation>
        </message>
        <message>
            <source>Install a newer jpprep, or set format = 1.</source>
            <translation>Pasang jpprep yang lebih baru, atau tulis format = 1.</translation>
        </message>
        <message>
            <source>For example id = "jlpt-n5-verbs".</source>
            <translation>Misalnya id = "jlpt-n5-verbs".</translation>
        </message>
        <message>
            <source>Write it like "JLPT::N5".</source>
            <translation>Tulis seperti "JLPT::N5".</translation>
        </message>
        <message>
            <source>For example languages = ["en", "ur"].</source>
            <translation>Misalnya languages = ["en", "ur"].</translation>
        </message>
        <message>
            <source>For example card_types = ["recognition"].</source>
            <translation>Misalnya card_types = ["recognition"].</translation>
        </message>
        <message>
            <source>Check the name and the folder it is in.</source>
            <translation>Periksa namanya dan folder tempatnya.</translation>
        </message>
        <message>
            <source>Import a deck folder, .jpdeck, .apkg, .colpkg, .csv, .tsv or .xlsx.</source>
            <translation>Impor folder dek, .jpdeck, .apkg, .colpkg, .csv, .tsv, atau .xlsx.</translation>
        </message>
        <message>
            <source>Zip the deck folder itself (deck.toml, notes.csv and media/).</source>
            <translation>Zip folder deknya sendiri (deck.toml, notes.csv, dan media/).</translation>
        </message>
        <message>
            <source>Every deck folder needs a deck.toml.</source>
            <translation>Setiap folder dek memerlukan deck.toml.</translation>
        </message>
        <message>
            <source>Save it as UTF-8.</source>
            <translation>Simpan sebagai UTF-8.</translation>
        </message>
        <message>
            <source>Check the quotes and brackets on that line.</source>
            <translation>Periksa tanda kutip dan kurung di baris itu.</translation>
        </message>
        <message>
            <source>Put the notes in notes.csv next to deck.toml.</source>
            <translation>Taruh catatan di notes.csv, di samping deck.toml.</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” (in Excel: Save As &gt; CSV UTF-8).</source>
            <translation>Simpan sebagai “CSV UTF-8” (di Excel: Save As &gt; CSV UTF-8).</translation>
        </message>
        <message>
            <source>Check the quotes in that row.</source>
            <translation>Periksa tanda kutip di baris itu.</translation>
        </message>
        <message>
            <source>The first line names the columns: id,expression,reading,meaning_en</source>
            <translation>Baris pertama berisi nama kolom: id,expression,reading,meaning_en</translation>
        </message>
        <message>
            <source>The first line must name the columns, at least id,expression,meaning_en.</source>
            <translation>Baris pertama harus berisi nama kolom, setidaknya id,expression,meaning_en.</translation>
        </message>
        <message>
            <source>Rename or remove one of them.</source>
            <translation>Ganti nama atau hapus salah satunya.</translation>
        </message>
        <message>
            <source>Save it as “CSV UTF-8” in Excel or LibreOffice.</source>
            <translation>Simpan sebagai “CSV UTF-8” di Excel atau LibreOffice.</translation>
        </message>
        <message>
            <source>Open it in Excel and save it again as .xlsx.</source>
            <translation>Buka di Excel lalu simpan lagi sebagai .xlsx.</translation>
        </message>
        <message>
            <source>Split it into smaller decks.</source>
            <translation>Bagi menjadi beberapa dek yang lebih kecil.</translation>
        </message>
        <message>
            <source>Put one word per row: kanji, kana, meaning.</source>
            <translation>Tulis satu kata per baris: kanji, kana, arti.</translation>
        </message>
        <message>
            <source>Name that column “expression” (or 漢字), or choose it in the column step.</source>
            <translation>Beri nama kolom itu “expression” (atau 漢字), atau pilih di langkah kolom.</translation>
        </message>
        <message>
            <source>Name that column “meaning_en” (or English), or choose it in the column step.</source>
            <translation>Beri nama kolom itu “meaning_en” (atau English), atau pilih di langkah kolom.</translation>
        </message>
        <message>
            <source>Export it again from the program that made it.</source>
            <translation>Ekspor lagi dari program yang membuatnya.</translation>
        </message>
        <message>
            <source>Only import files from people you trust.</source>
            <translation>Impor hanya berkas dari orang yang Anda percayai.</translation>
        </message>
        <message>
            <source>Export the deck from Anki again.</source>
            <translation>Ekspor lagi deknya dari Anki.</translation>
        </message>
        <message>
            <source>In Anki, export with “Support older Anki versions” ticked.</source>
            <translation>Di Anki, ekspor dengan mencentang “Support older Anki versions”.</translation>
        </message>
        <message>
            <source>Choose an .apkg or .colpkg file from Anki.</source>
            <translation>Pilih berkas .apkg atau .colpkg dari Anki.</translation>
        </message>
        <message>
            <source>Export the deck with its notes from Anki.</source>
            <translation>Ekspor dek beserta catatannya dari Anki.</translation>
        </message>
        <message>
            <source>Repair the note type in Anki (Tools &gt; Check Database).</source>
            <translation>Perbaiki tipe catatan di Anki (Tools &gt; Check Database).</translation>
        </message>
        <message>
            <source>Run Tools &gt; Check Database in Anki and export again.</source>
            <translation>Jalankan Tools &gt; Check Database di Anki lalu ekspor lagi.</translation>
        </message>
        <message>
            <source>Shorten the note in Anki.</source>
            <translation>Persingkat catatan ini di Anki.</translation>
        </message>
        <message>
            <source>Rename the file in Anki's media folder.</source>
            <translation>Ganti nama berkas itu di folder media Anki.</translation>
        </message>
        <message>
            <source>Give every note its own id.</source>
            <translation>Beri setiap catatan id-nya sendiri.</translation>
        </message>
        <message>
            <source>note {guid}</source>
            <translation>catatan {guid}</translation>
        </message>
        <message>
            <source>{file}, note {guid}</source>
            <translation>{file}, catatan {guid}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, baris {line}</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {column} ({field})</source>
            <translation>{file}, baris {row}, kolom {column} ({field})</translation>
        </message>
        <message>
            <source>{file}, row {row}, column {field}</source>
            <translation>{file}, baris {row}, kolom {field}</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <translation>{file}, baris {row}</translation>
        </message>
        <message>
            <source>{file}, column {field}</source>
            <translation>{file}, kolom {field}</translation>
        </message>
        <message>
            <source>{file}, field {field}</source>
            <translation>{file}, kolom data {field}</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>Terlalu banyak percobaan salah. Tunggu {n} menit, atau tanyakan kepada guru Anda.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>Terlalu banyak percobaan salah. Tunggu {n} detik, atau tanyakan kepada guru Anda.</translation>
        </message>
        <message>
            <source>Welcome to jpprep</source>
            <translation>Selamat datang di jpprep</translation>
        </message>
        <message>
            <source>Choose a profile</source>
            <translation>Pilih profil</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Who is studying?</source>
            <translation>Siapa yang belajar?</translation>
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
            <translation>Atau buat profil baru:</translation>
        </message>
        <message>
            <source>jpprep keeps your progress on this computer.
What is your name? It is shown only here.</source>
            <translation>jpprep menyimpan kemajuan Anda di komputer ini.
Siapa nama Anda? Nama ini hanya ditampilkan di sini.</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Pelajar</translation>
        </message>
        <message>
            <source>New profile name</source>
            <translation>Nama profil baru</translation>
        </message>
        <message>
            <source>&amp;Instructor profile</source>
            <translation>Profil &amp;pengajar</translation>
        </message>
        <message>
            <source>Instructor password</source>
            <translation>Kata sandi pengajar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>This profile has a PIN. Please type it.</source>
            <translation>Profil ini memakai PIN. Silakan ketik PIN-nya.</translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. You can try %Ln more time(s) before you must wait.</source>
            <translation>
                <numerusform>PIN itu salah. Anda masih bisa mencoba %Ln kali lagi sebelum harus menunggu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>That is not the instructor password. Nothing was made.</source>
            <translation>Itu bukan kata sandi pengajar. Tidak ada yang dibuat.</translation>
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
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
    </context>
    <context>
        <name>QuestionTypes</name>
        <message>
            <source>Kanji reading</source>
            <translation>Cara baca kanji</translation>
        </message>
        <message>
            <source>Orthography</source>
            <translation>Penulisan kanji</translation>
        </message>
        <message>
            <source>Word formation</source>
            <translation>Pembentukan kata</translation>
        </message>
        <message>
            <source>Contextually-defined expressions</source>
            <translation>Kata sesuai konteks</translation>
        </message>
        <message>
            <source>Paraphrases</source>
            <translation>Padanan makna</translation>
        </message>
        <message>
            <source>Usage</source>
            <translation>Penggunaan kata</translation>
        </message>
        <message>
            <source>Selecting grammar form</source>
            <translation>Memilih bentuk tata bahasa</translation>
        </message>
        <message>
            <source>Sentence composition</source>
            <translation>Menyusun kalimat</translation>
        </message>
        <message>
            <source>Text grammar</source>
            <translation>Tata bahasa dalam teks</translation>
        </message>
        <message>
            <source>Comprehension (short passages)</source>
            <translation>Pemahaman teks pendek</translation>
        </message>
        <message>
            <source>Comprehension (mid-size passages)</source>
            <translation>Pemahaman teks sedang</translation>
        </message>
        <message>
            <source>Comprehension (long passages)</source>
            <translation>Pemahaman teks panjang</translation>
        </message>
        <message>
            <source>Integrated comprehension</source>
            <translation>Pemahaman terpadu</translation>
        </message>
        <message>
            <source>Thematic comprehension</source>
            <translation>Memahami pendapat penulis</translation>
        </message>
        <message>
            <source>Information retrieval</source>
            <translation>Mencari informasi</translation>
        </message>
        <message>
            <source>Task-based comprehension</source>
            <translation>Memahami tugas</translation>
        </message>
        <message>
            <source>Comprehension of key points</source>
            <translation>Memahami poin penting</translation>
        </message>
        <message>
            <source>Summary comprehension</source>
            <translation>Memahami garis besar</translation>
        </message>
        <message>
            <source>Verbal expressions</source>
            <translation>Ungkapan lisan</translation>
        </message>
        <message>
            <source>Quick response</source>
            <translation>Respons cepat</translation>
        </message>
        <message>
            <source>Integrated comprehension (listening)</source>
            <translation>Pemahaman terpadu (mendengar)</translation>
        </message>
        <message>
            <source>Word meaning</source>
            <translation>Arti kata</translation>
        </message>
        <message>
            <source>Word usage</source>
            <translation>Penggunaan kata</translation>
        </message>
        <message>
            <source>Kanji meaning and usage</source>
            <translation>Arti dan penggunaan kanji</translation>
        </message>
        <message>
            <source>Grammar</source>
            <translation>Tata bahasa</translation>
        </message>
        <message>
            <source>Expression</source>
            <translation>Ungkapan</translation>
        </message>
        <message>
            <source>Comprehending conversations</source>
            <translation>Memahami percakapan</translation>
        </message>
        <message>
            <source>Communicating at shops and public places</source>
            <translation>Berkomunikasi di toko dan tempat umum</translation>
        </message>
        <message>
            <source>Announcements and instructions</source>
            <translation>Pengumuman dan instruksi</translation>
        </message>
        <message>
            <source>Comprehending content</source>
            <translation>Memahami isi</translation>
        </message>
        <message>
            <source>Information search</source>
            <translation>Mencari informasi</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Teori</translation>
        </message>
        <message>
            <source>True or false</source>
            <translation>Benar atau salah</translation>
        </message>
        <message>
            <source>Photo or illustration judgement</source>
            <translation>Penilaian foto atau gambar</translation>
        </message>
        <message>
            <source>Calculation</source>
            <translation>Perhitungan</translation>
        </message>
        <message>
            <source>Listening to instructions</source>
            <translation>Mendengarkan instruksi</translation>
        </message>
        <message>
            <source>Care vocabulary</source>
            <translation>Kosakata perawatan</translation>
        </message>
        <message>
            <source>Care conversation</source>
            <translation>Percakapan perawatan</translation>
        </message>
        <message>
            <source>Care documents</source>
            <translation>Dokumen perawatan</translation>
        </message>
    </context>
    <context>
        <name>QuestionView</name>
        <message>
            <source>▶ Play audio (L)</source>
            <translation>▶ Putar audio (L)</translation>
        </message>
        <message>
            <source>The audio plays once.</source>
            <translation>Audio hanya diputar sekali.</translation>
        </message>
        <message>
            <source>Audio playback is not available on this computer: the script is shown instead when you press Play.</source>
            <translation>Audio tidak dapat diputar di komputer ini: naskahnya ditampilkan saat Anda menekan Putar.</translation>
        </message>
        <message>
            <source>Played. In this test the audio plays only once.</source>
            <translation>Sudah diputar. Dalam ujian ini audio hanya diputar sekali.</translation>
        </message>
    </context>
    <context>
        <name>ReadingPreview</name>
        <message>
            <source>word, e.g. 日本</source>
            <translation>kata, mis. 日本</translation>
        </message>
        <message>
            <source>reading, e.g. にほん</source>
            <translation>bacaan, mis. にほん</translation>
        </message>
        <message>
            <source>in this deck</source>
            <translation>di dek ini</translation>
        </message>
        <message>
            <source>in every deck</source>
            <translation>di semua dek</translation>
        </message>
        <message>
            <source>Sa&amp;ve correction</source>
            <translation>Simpan &amp;koreksi</translation>
        </message>
        <message>
            <source>Always read</source>
            <translation>Selalu baca</translation>
        </message>
        <message>
            <source>as</source>
            <translation>sebagai</translation>
        </message>
        <message>
            <source>Generated reading: %1 (nothing typed; check it)</source>
            <translation>Bacaan otomatis: %1 (belum diketik; periksalah)</translation>
        </message>
        <message>
            <source>Now always read as %1.</source>
            <translation>Kini selalu dibaca %1.</translation>
        </message>
        <message>
            <source>Choose a note first, or save it for every deck.</source>
            <translation>Pilih catatan dulu, atau simpan untuk semua dek.</translation>
        </message>
        <message>
            <source>Saved: %1 is now always read %2.</source>
            <translation>Tersimpan: %1 kini selalu dibaca %2.</translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Scoring section</source>
            <translation>Bagian penilaian</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Benar</translation>
        </message>
        <message>
            <source>Estimated score</source>
            <translation>Perkiraan skor</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Send missed questions to a review deck</source>
            <translation>Kirim soal yang salah ke dek ulangan</translation>
        </message>
        <message>
            <source>Back to exams</source>
            <translation>Kembali ke ujian</translation>
        </message>
        <message>
            <source>Form: %1</source>
            <translation>Paket soal: %1</translation>
        </message>
        <message>
            <source>Practice finished: %1 of %2 correct.</source>
            <translation>Latihan selesai: %1 dari %2 benar.</translation>
        </message>
        <message>
            <source>Estimated result: PASS (%1 of %2 correct).</source>
            <translation>Perkiraan hasil: LULUS (%1 dari %2 benar).</translation>
        </message>
        <message>
            <source>Estimated result: NOT YET A PASS (%1 of %2 correct).</source>
            <translation>Perkiraan hasil: BELUM LULUS (%1 dari %2 benar).</translation>
        </message>
        <message>
            <source>Score: %1%</source>
            <translation>Skor: %1%</translation>
        </message>
        <message>
            <source>Estimated total: %1 / %2</source>
            <translation>Perkiraan total: %1 / %2</translation>
        </message>
        <message>
            <source>below A1</source>
            <translation>di bawah A1</translation>
        </message>
        <message>
            <source>Band: %1</source>
            <translation>Tingkat: %1</translation>
        </message>
        <message>
            <source>below the minimum</source>
            <translation>di bawah minimum</translation>
        </message>
        <message>
            <source>The total %1 is below the pass mark %2.</source>
            <translation>Total %1 di bawah nilai lulus %2.</translation>
        </message>
        <message>
            <source>The estimate %1 is below %2 (A2), the level the SSW visa asks for.</source>
            <translation>Perkiraan %1 di bawah %2 (A2), tingkat yang diminta untuk visa SSW.</translation>
        </message>
        <message>
            <source>%1% of the points is below the pass mark %2%.</source>
            <translation>%1% poin di bawah nilai lulus %2%.</translation>
        </message>
        <message>
            <source>%1: at this rate this section would be below its minimum (%2).</source>
            <translation>%1: dengan hasil seperti ini, bagian ini akan di bawah nilai minimumnya (%2).</translation>
        </message>
        <message>
            <source>%1 is below its minimum (%2): this alone fails the test, whatever the total.</source>
            <translation>%1 di bawah nilai minimumnya (%2): ini saja sudah membuat tidak lulus, berapa pun totalnya.</translation>
        </message>
        <message>
            <source>This is an estimate. Real JLPT scores are scaled scores (Item Response Theory): they depend on which questions you got right, not only how many, so your real score can differ.</source>
            <translation>Ini hanya perkiraan. Nilai JLPT yang sebenarnya adalah nilai berskala (Item Response Theory): bergantung pada soal mana yang Anda jawab benar, bukan hanya berapa banyak, jadi nilai Anda yang sebenarnya bisa berbeda.</translation>
        </message>
        <message>
            <source>This is an estimate. The real JFT-Basic score (10-250) is a scaled score (Item Response Theory) from a calibrated question pool, so your real score can differ.</source>
            <translation>Ini hanya perkiraan. Nilai JFT-Basic yang sebenarnya (10-250) adalah nilai berskala (Item Response Theory) dari kumpulan soal yang sudah dikalibrasi, jadi nilai Anda yang sebenarnya bisa berbeda.</translation>
        </message>
        <message>
            <source>This is an estimate from the share of points. The organiser may adjust the pass mark for each test's difficulty.</source>
            <translation>Ini perkiraan dari persentase poin. Penyelenggara dapat menyesuaikan nilai lulus sesuai tingkat kesulitan setiap ujian.</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Jawaban Anda</translation>
        </message>
        <message>
            <source>Right answer</source>
            <translation>Jawaban benar</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>Naskah</translation>
        </message>
        <message>
            <source>No {language} explanation yet: showing English.</source>
            <translation>Belum ada penjelasan dalam bahasa {language}: menampilkan bahasa Inggris.</translation>
        </message>
    </context>
    <context>
        <name>RunnerBase</name>
        <message>
            <source>Start the section (Enter)</source>
            <translation>Mulai bagian (Enter)</translation>
        </message>
        <message>
            <source>Time is up for that section.</source>
            <translation>Waktu untuk bagian itu habis.</translation>
        </message>
        <message>
            <source>This audio has already been played.</source>
            <translation>Audio ini sudah diputar.</translation>
        </message>
        <message>
            <source>Preparing the audio…</source>
            <translation>Menyiapkan audio…</translation>
        </message>
        <message>
            <source>Press Finish section again (E) to close this section. You cannot come back to it.</source>
            <translation>Tekan Selesaikan bagian sekali lagi (E) untuk menutup bagian ini. Anda tidak bisa kembali ke bagian ini.</translation>
        </message>
        <message>
            <source>Next section: %1
%2 minutes. The timer starts when you begin.</source>
            <translation>Bagian berikutnya: %1
%2 menit. Waktu mulai berjalan saat Anda mulai.</translation>
        </message>
    </context>
    <context>
        <name>RunnerWords</name>
        <message numerus="yes">
            <source>%Ln question(s) not answered. </source>
            <translation>
                <numerusform>%Ln soal belum dijawab. </numerusform>
            </translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam: your answers are saved on this computer and sent when the server is back, even if jpprep is closed meanwhile.</source>
            <translation>Server kelas tidak dapat dihubungi. Lanjutkan ujian: jawaban Anda disimpan di komputer ini dan dikirim saat server kembali, meskipun jpprep ditutup sementara itu.</translation>
        </message>
    </context>
    <context>
        <name>SectionNames</name>
        <message>
            <source>Script and Vocabulary</source>
            <translation>Huruf dan Kosakata</translation>
        </message>
        <message>
            <source>Conversation and Expression</source>
            <translation>Percakapan dan Ungkapan</translation>
        </message>
        <message>
            <source>Listening Comprehension</source>
            <translation>Pemahaman Mendengar</translation>
        </message>
        <message>
            <source>Reading Comprehension</source>
            <translation>Pemahaman Membaca</translation>
        </message>
        <message>
            <source>Listening</source>
            <translation>Pemahaman Mendengar</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Pemahaman Membaca</translation>
        </message>
        <message>
            <source>Language Knowledge</source>
            <translation>Pengetahuan Bahasa</translation>
        </message>
        <message>
            <source>Language Knowledge and Reading</source>
            <translation>Pengetahuan Bahasa dan Pemahaman Membaca</translation>
        </message>
        <message>
            <source>Language Knowledge (Vocabulary)</source>
            <translation>Pengetahuan Bahasa (Huruf dan Kosakata)</translation>
        </message>
        <message>
            <source>Language Knowledge (Grammar) and Reading</source>
            <translation>Pengetahuan Bahasa (Tata Bahasa) dan Pemahaman Membaca</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Teori</translation>
        </message>
        <message>
            <source>Practical</source>
            <translation>Praktik</translation>
        </message>
        <message>
            <source>Practical (judgement)</source>
            <translation>Praktik (penilaian situasi)</translation>
        </message>
        <message>
            <source>Japanese listening</source>
            <translation>Menyimak bahasa Jepang</translation>
        </message>
        <message>
            <source>Nursing Care Japanese</source>
            <translation>Bahasa Jepang untuk Perawatan Lansia</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>ServerNotice</name>
        <message>
            <source>Class server</source>
            <translation>Server kelas</translation>
        </message>
    </context>
    <context>
        <name>ServerWords</name>
        <message>
            <source>The class server is not reachable. This page shows what it last read, and changes cannot be saved until the server is back. jpprep keeps trying.</source>
            <translation>Server kelas tidak dapat dihubungi. Halaman ini menampilkan data yang terakhir dibaca, dan perubahan tidak dapat disimpan sampai server kembali. jpprep terus mencoba.</translation>
        </message>
        <message>
            <source>The class server is not reachable; try again when it is back.</source>
            <translation>Server kelas tidak dapat dihubungi; coba lagi setelah server kembali.</translation>
        </message>
        <message>
            <source>The class server is not reachable. Go on with the exam and keep jpprep open: your answers are saved as soon as the server is back.</source>
            <translation>Server kelas tidak dapat dihubungi. Lanjutkan ujian dan biarkan jpprep tetap terbuka: jawaban Anda disimpan begitu server kembali.</translation>
        </message>
        <message>
            <source>The class server is back.</source>
            <translation>Server kelas sudah kembali.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln jawaban yang disimpan di komputer ini akan dikirim ke server kelas saat jpprep dibuka lagi di sini. Tidak ada yang hilang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln ujian simulasi yang disimpan di komputer ini akan dikirim ke server kelas saat jpprep dibuka lagi di sini. Tidak ada yang hilang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln mock exam(s) saved on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>%Ln ujian simulasi yang disimpan di komputer ini juga akan dikirim pada saat yang sama.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent to the class server the next time jpprep is opened here. Nothing is lost.</source>
            <translation>
                <numerusform>%Ln perubahan pada kartu (bendera, atur ulang, tanggal jatuh tempo, penangguhan) yang dibuat di komputer ini akan dikirim ke server kelas saat jpprep dibuka lagi di sini. Tidak ada yang hilang.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) to cards (flags, resets, due dates, suspensions) made on this computer will be sent at the same time.</source>
            <translation>
                <numerusform>%Ln perubahan pada kartu (bendera, atur ulang, tanggal jatuh tempo, penangguhan) yang dibuat di komputer ini juga akan dikirim pada saat yang sama.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetPinDialog</name>
        <message>
            <source>Set or change PIN</source>
            <translation>Atur atau ubah PIN</translation>
        </message>
        <message>
            <source>A PIN keeps other students out of your profile on a shared computer. Use {a} to {b} digits.</source>
            <translation>PIN menjaga profil Anda dari siswa lain di komputer bersama. Gunakan {a} sampai {b} angka.</translation>
        </message>
        <message>
            <source>Current PIN</source>
            <translation>PIN saat ini</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN baru</translation>
        </message>
        <message>
            <source>New PIN again</source>
            <translation>Ulangi PIN baru</translation>
        </message>
        <message>
            <source>Current PIN:</source>
            <translation>PIN saat ini:</translation>
        </message>
        <message>
            <source>New PIN:</source>
            <translation>PIN baru:</translation>
        </message>
        <message>
            <source>New PIN again:</source>
            <translation>Ulangi PIN baru:</translation>
        </message>
        <message>
            <source>Remove PIN</source>
            <translation>Hapus PIN</translation>
        </message>
        <message>
            <source>The current PIN is not right. Nothing was changed.</source>
            <translation>PIN saat ini salah. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The two new PINs are not the same. Please type them again.</source>
            <translation>Kedua PIN baru tidak sama. Silakan ketik ulang.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>Terlalu banyak percobaan salah. Tunggu {n} menit, atau tanyakan kepada guru Anda.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>Terlalu banyak percobaan salah. Tunggu {n} detik, atau tanyakan kepada guru Anda.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Bahasa antarmuka:</translation>
        </message>
        <message>
            <source>Your training centre has fixed the interface language.</source>
            <translation>Lembaga pelatihan Anda telah menetapkan bahasa antarmuka.</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inggris</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Urdu</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>Nepali</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnam</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>Tagalog</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>Burma</translation>
        </message>
        <message>
            <source>&amp;Meanings and explanations in:</source>
            <translation>Arti dan penjelasan dala&amp;m:</translation>
        </message>
        <message>
            <source>When a card has no meaning in this language, English is shown and the card says so.</source>
            <translation>Jika kartu belum punya arti dalam bahasa ini, arti bahasa Inggris ditampilkan disertai keterangan.</translation>
        </message>
        <message>
            <source>Always</source>
            <translation>Selalu</translation>
        </message>
        <message>
            <source>Only for kanji I don't know yet</source>
            <translation>Hanya untuk kanji yang belum saya kuasai</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Tidak pernah</translation>
        </message>
        <message>
            <source>&amp;Furigana:</source>
            <translation>&amp;Furigana:</translation>
        </message>
        <message>
            <source>Show &amp;romaji next to readings</source>
            <translation>Tampilkan &amp;romaji di samping bacaan</translation>
        </message>
        <message>
            <source>T&amp;ype the reading on reading cards (romaji becomes kana)</source>
            <translation>&amp;Ketik bacaan pada kartu bacaan (romaji menjadi kana)</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Sama seperti sistem</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Terang</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Gelap</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kontras tinggi</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>{n}%</source>
            <translation>{n}%</translation>
        </message>
        <message>
            <source>Text &amp;size:</source>
            <translation>&amp;Ukuran teks:</translation>
        </message>
        <message>
            <source>:00</source>
            <translation>.00</translation>
        </message>
        <message>
            <source>Cards for a new day become due at this hour.</source>
            <translation>Kartu untuk hari baru jatuh tempo mulai jam ini.</translation>
        </message>
        <message>
            <source>New &amp;day starts at:</source>
            <translation>Hari baru &amp;dimulai pukul:</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>jpprep could not start: {error}</source>
            <translation>jpprep tidak dapat dimulai: {error}</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <source>Show progress for</source>
            <translation>Tampilkan kemajuan untuk</translation>
        </message>
        <message>
            <source>Exam target…</source>
            <translation>Target ujian…</translation>
        </message>
        <message>
            <source>Fit my memory model</source>
            <translation>Sesuaikan model ingatan saya</translation>
        </message>
        <message>
            <source>Learn how fast you forget from your own answers, so reviews come at the right time. Kept only if it predicts your answers better.</source>
            <translation>Mempelajari seberapa cepat Anda lupa dari jawaban Anda sendiri, agar ulangan datang tepat waktu. Hanya dipakai jika memprediksi jawaban Anda lebih baik.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Tampilkan:</translation>
        </message>
        <message>
            <source>Exam target</source>
            <translation>Target ujian</translation>
        </message>
        <message>
            <source>Streak</source>
            <translation>Beruntun</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>Beruntun terpanjang</translation>
        </message>
        <message>
            <source>Studied today</source>
            <translation>Belajar hari ini</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Minggu ini</translation>
        </message>
        <message>
            <source>Answers in total</source>
            <translation>Total jawaban</translation>
        </message>
        <message>
            <source>Remembered now (estimate)</source>
            <translation>Diingat sekarang (perkiraan)</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>12 bulan terakhir</translation>
        </message>
        <message>
            <source>Reviews due in the next 30 days</source>
            <translation>Ulangan jatuh tempo dalam 30 hari ke depan</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>Jatuh tempo dalam 30 hari ke depan</translation>
        </message>
        <message>
            <source>Cards by state</source>
            <translation>Kartu menurut status</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Kartu</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <source>Remembered</source>
            <translation>Diingat</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Jawaban</translation>
        </message>
        <message>
            <source>Card age</source>
            <translation>Umur kartu</translation>
        </message>
        <message>
            <source>True retention by month</source>
            <translation>Retensi nyata per bulan</translation>
        </message>
        <message>
            <source>True retention by card age</source>
            <translation>Retensi nyata menurut umur kartu</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Baru</translation>
        </message>
        <message>
            <source>Learning</source>
            <translation>Dipelajari</translation>
        </message>
        <message>
            <source>Relearning</source>
            <translation>Dipelajari ulang</translation>
        </message>
        <message>
            <source>Young</source>
            <translation>Muda</translation>
        </message>
        <message>
            <source>Mature</source>
            <translation>Matang</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Ditangguhkan</translation>
        </message>
        <message>
            <source>Buried</source>
            <translation>Ditunda</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>Semua dek</translation>
        </message>
        <message>
            <source>The statistics could not be read: %1</source>
            <translation>Statistik tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>No exam target yet. Choose one with “Exam target…” to see if your pace is enough.</source>
            <translation>Belum ada target ujian. Pilih lewat “Target ujian…” untuk melihat apakah kecepatan Anda cukup.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <translation>
                <numerusform>%Ln hari</numerusform>
            </translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <source>Fitting your memory model…</source>
            <translation>Menyesuaikan model ingatan Anda…</translation>
        </message>
        <message>
            <source>Fitting your memory model… %1%</source>
            <translation>Menyesuaikan model ingatan Anda… %1%</translation>
        </message>
        <message>
            <source>No deck to fit yet.</source>
            <translation>Belum ada dek untuk disesuaikan.</translation>
        </message>
        <message>
            <source>Fitting failed: %1</source>
            <translation>Penyesuaian gagal: %1</translation>
        </message>
    </context>
    <context>
        <name>StatsWords</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <translation>
                <numerusform>%Ln mnt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 j %2 mnt</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>month name, year</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>over %1</source>
            <translation>lebih dari %1</translation>
        </message>
        <message>
            <source>under %1</source>
            <translation>kurang dari %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 sampai %2</translation>
        </message>
    </context>
    <context>
        <name>StudyPage</name>
        <message>
            <source>Again</source>
            <translation>Ulangi</translation>
        </message>
        <message>
            <source>Hard</source>
            <translation>Sulit</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Baik</translation>
        </message>
        <message>
            <source>Easy</source>
            <translation>Mudah</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inggris</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Urdu</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>Nepali</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Indonesia</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnam</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>Tagalog</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>Burma</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Jepang</translation>
        </message>
        <message>
            <source>Cards left today</source>
            <translation>Kartu tersisa hari ini</translation>
        </message>
        <message>
            <source>More (M)</source>
            <translation>Lainnya (M)</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Tindakan lainnya</translation>
        </message>
        <message>
            <source>Edit the note (E)</source>
            <translation>Edit catatan (E)</translation>
        </message>
        <message>
            <source>Reset card (make it new again)</source>
            <translation>Atur ulang kartu (jadikan baru lagi)</translation>
        </message>
        <message>
            <source>Set due date…</source>
            <translation>Atur tanggal jatuh tempo…</translation>
        </message>
        <message>
            <source>Bury until tomorrow (-)</source>
            <translation>Sembunyikan sampai besok (-)</translation>
        </message>
        <message>
            <source>Suspend (!)</source>
            <translation>Tangguhkan (!)</translation>
        </message>
        <message>
            <source>No flag (Ctrl+0)</source>
            <translation>Tanpa bendera (Ctrl+0)</translation>
        </message>
        <message>
            <source>Reviewed today</source>
            <translation>Diulang hari ini</translation>
        </message>
        <message>
            <source>Time on this card</source>
            <translation>Waktu pada kartu ini</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Soal</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Kata</translation>
        </message>
        <message>
            <source>Example sentence</source>
            <translation>Contoh kalimat</translation>
        </message>
        <message>
            <source>Example sentence in romaji</source>
            <translation>Contoh kalimat dalam romaji</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>Tampilkan jawaban (Space)</translation>
        </message>
        <message>
            <source>Back to the decks</source>
            <translation>Kembali ke daftar dek</translation>
        </message>
        <message>
            <source>No {language} meaning yet: showing English.</source>
            <translation>Belum ada arti dalam bahasa {language}: menampilkan bahasa Inggris.</translation>
        </message>
        <message>
            <source>All decks</source>
            <translation>Semua dek</translation>
        </message>
        <message>
            <source>New {new} · Learning {learn} · Due {due}</source>
            <translation>Baru {new} · Dipelajari {learn} · Jatuh tempo {due}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln reviewed today</source>
            <translation>
                <numerusform>%Ln diulang hari ini</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done! Nothing more is due here today.
Come back tomorrow, or study another deck.</source>
            <translation>Bagus sekali! Hari ini tidak ada lagi yang jatuh tempo di sini.
Kembalilah besok, atau pelajari dek lain.</translation>
        </message>
        <message>
            <source>How do you say this in Japanese?</source>
            <translation>Apa bahasa Jepangnya?</translation>
        </message>
        <message>
            <source>Listen. What does it mean?</source>
            <translation>Dengarkan. Apa artinya?</translation>
        </message>
        <message>
            <source>What is the reading?</source>
            <translation>Bagaimana cara membacanya?</translation>
        </message>
        <message>
            <source>What does this mean?</source>
            <translation>Apa artinya?</translation>
        </message>
        <message>
            <source>{time} on this card</source>
            <translation>{time} pada kartu ini</translation>
        </message>
        <message>
            <source>Right! {reading}. Press 3 (Good) or Space.</source>
            <translation>Benar! {reading}. Tekan 3 (Baik) atau Space.</translation>
        </message>
        <message>
            <source>Katakana is needed here: {reading}. Press 1 (Again).</source>
            <translation>Di sini harus katakana: {reading}. Tekan 1 (Ulangi).</translation>
        </message>
        <message>
            <source>Not quite: you typed {typed}; the reading is {reading}. Press 1 (Again).</source>
            <translation>Belum tepat: Anda mengetik {typed}; bacaannya {reading}. Tekan 1 (Ulangi).</translation>
        </message>
        <message>
            <source>Notes are shared by the whole class, so editing one needs the class server; try again when it is back.</source>
            <translation>Catatan dipakai bersama oleh seluruh kelas, jadi mengedit catatan memerlukan server kelas; coba lagi setelah server kembali.</translation>
        </message>
        <message>
            <source>Set due date</source>
            <translation>Tanggal jatuh tempo</translation>
        </message>
        <message>
            <source>Show this card again in how many days? (0 = today)</source>
            <translation>Tampilkan kartu ini lagi dalam berapa hari? (0 = hari ini)</translation>
        </message>
    </context>
    <context>
        <name>SuspendButton</name>
        <message>
            <source>&amp;Unsuspend</source>
            <translation>Akhiri penangg&amp;uhan</translation>
        </message>
        <message>
            <source>S&amp;uspend</source>
            <translation>Tangg&amp;uhkan</translation>
        </message>
        <message>
            <source>Unsuspend all your cards of the selected notes, so study offers them again (%1)</source>
            <translation>Akhiri penangguhan semua kartu Anda dari catatan yang dipilih, agar muncul lagi saat belajar (%1)</translation>
        </message>
        <message>
            <source>Suspend all your cards of the selected notes: study does not show them until you unsuspend them (%1)</source>
            <translation>Tangguhkan semua kartu Anda dari catatan yang dipilih: kartu itu tidak muncul saat belajar sampai Anda mengakhiri penangguhannya (%1)</translation>
        </message>
        <message numerus="yes">
            <source>Unsuspended %Ln note(s): study offers their cards again.</source>
            <translation>
                <numerusform>Penangguhan %Ln catatan diakhiri: kartunya muncul lagi saat belajar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Suspended %Ln note(s): study will not show their cards until you unsuspend them.</source>
            <translation>
                <numerusform>%Ln catatan ditangguhkan: kartunya tidak muncul saat belajar sampai Anda mengakhiri penangguhannya.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <source>Tag notes</source>
            <translation>Beri tag catatan</translation>
        </message>
        <message numerus="yes">
            <source>A tag for %Ln note(s):</source>
            <translation>
                <numerusform>Tag untuk %Ln catatan:</numerusform>
            </translation>
        </message>
        <message>
            <source>one word, e.g. lesson-3</source>
            <translation>satu kata, mis. lesson-3</translation>
        </message>
        <message>
            <source>&amp;Add tag</source>
            <translation>&amp;Tambah tag</translation>
        </message>
        <message>
            <source>&amp;Remove tag</source>
            <translation>&amp;Hapus tag</translation>
        </message>
    </context>
    <context>
        <name>widget</name>
        <message>
            <source>Too many wrong tries. Please wait {n} minutes, or ask your teacher.</source>
            <translation>Terlalu banyak percobaan salah. Tunggu {n} menit, atau tanyakan kepada guru Anda.</translation>
        </message>
        <message>
            <source>Too many wrong tries. Please wait {n} seconds, or ask your teacher.</source>
            <translation>Terlalu banyak percobaan salah. Tunggu {n} detik, atau tanyakan kepada guru Anda.</translation>
        </message>
    </context>
</TS>
