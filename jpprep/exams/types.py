"""Question types of the real tests: what each one needs and how it is shown.

`format` says how the learner answers: "choice" (pick one of 3 or 4), "star" (文の組み立て: four
pieces, answer the ★ slot), "true_false" (○×). `listening` types need audio or a speech script;
`passage` types need a passage; `no_ruby_target` types never show furigana on the tested word.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QuestionType:
    id: str
    name: str  # Japanese name as the test calls it
    name_en: str
    format: str = "choice"
    listening: bool = False
    passage: bool = False
    no_ruby_target: bool = False
    image: bool = False


_TYPES = [
    QuestionType("kanji_reading", "漢字読み", "Kanji reading", no_ruby_target=True),
    QuestionType("orthography", "表記", "Orthography", no_ruby_target=True),
    QuestionType("word_formation", "語形成", "Word formation"),
    QuestionType("context", "文脈規定", "Contextually-defined expressions"),
    QuestionType("paraphrase", "言い換え類義", "Paraphrases"),
    QuestionType("usage", "用法", "Usage"),
    QuestionType("grammar_form", "文法形式の判断", "Selecting grammar form"),
    QuestionType("sentence_composition", "文の組み立て", "Sentence composition", format="star"),
    QuestionType("text_grammar", "文章の文法", "Text grammar", passage=True),
    QuestionType("reading_short", "内容理解（短文）", "Comprehension (short passages)", passage=True),
    QuestionType("reading_mid", "内容理解（中文）", "Comprehension (mid-size passages)", passage=True),
    QuestionType("reading_long", "内容理解（長文）", "Comprehension (long passages)", passage=True),
    QuestionType("reading_integrated", "統合理解", "Integrated comprehension", passage=True),
    QuestionType("reading_thematic", "主張理解（長文）", "Thematic comprehension", passage=True),
    QuestionType("info_retrieval", "情報検索", "Information retrieval", passage=True),
    QuestionType("listen_task", "課題理解", "Task-based comprehension", listening=True),
    QuestionType("listen_point", "ポイント理解", "Comprehension of key points", listening=True),
    QuestionType("listen_gist", "概要理解", "Summary comprehension", listening=True),
    QuestionType("listen_expression", "発話表現", "Verbal expressions", listening=True),
    QuestionType("listen_quick", "即時応答", "Quick response", listening=True),
    QuestionType("listen_integrated", "統合理解", "Integrated comprehension (listening)", listening=True),
    QuestionType("jft_word_meaning", "語の意味", "Word meaning"),
    QuestionType("jft_word_usage", "語の使い方", "Word usage"),
    QuestionType("jft_kanji_reading", "漢字の読み", "Kanji reading", no_ruby_target=True),
    QuestionType("jft_kanji_usage", "漢字の意味と用法", "Kanji meaning and usage", no_ruby_target=True),
    QuestionType("jft_grammar", "文法", "Grammar"),
    QuestionType("jft_expression", "表現", "Expression"),
    QuestionType("jft_listen_conversation", "会話の理解", "Comprehending conversations", listening=True),
    QuestionType("jft_listen_shop", "店や公共の場所での理解", "Communicating at shops and public places", listening=True),
    QuestionType("jft_listen_announcement", "アナウンスや指示の理解", "Announcements and instructions", listening=True),
    QuestionType("jft_reading", "内容の理解", "Comprehending content", passage=True),
    QuestionType("jft_info_search", "情報検索", "Information search", passage=True),
    QuestionType("ssw_knowledge", "学科", "Knowledge"),
    QuestionType("ssw_true_false", "○×", "True or false", format="true_false"),
    QuestionType("ssw_photo_judgement", "判断等試験", "Photo or illustration judgement", image=True),
    QuestionType("ssw_calculation", "計算・計画立案", "Calculation"),
    QuestionType("ssw_listening", "聴き取り", "Listening to instructions", listening=True),
    QuestionType("ssw_care_words", "介護のことば", "Care vocabulary"),
    QuestionType("ssw_care_conversation", "介護の会話・声かけ", "Care conversation"),
    QuestionType("ssw_care_documents", "介護の文書", "Care documents", passage=True),
]

TYPES: dict[str, QuestionType] = {t.id: t for t in _TYPES}


def get(type_id: str) -> QuestionType | None:
    return TYPES.get(type_id)
