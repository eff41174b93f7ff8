"""Heteronyms decided by the words around them: 方 かた/ほう, 種 たね/しゅ, 実 み/じつ,
十分 じゅっぷん/じゅうぶん, 梁 はり/りょう.

Called by rules.context() for a token the tagger read one way; each function returns the other
reading when the context asks for it, else None (keep the tagger's).
"""

from __future__ import annotations

import functools

from jpprep.japanese.tokenizer import PUNCT_POS as _PUNCT, Tok

# Nouns naming people, or the condition a person lives with, that take the honorific 方 (かた):
# 利用者の方, お客様の方, ご家族の方, 担当の方, 認知症の方, 片麻痺の方, 寝たきりの方, 難聴の方.
# Matched as the end of the words before の. Names with さん are left out: 田中さんの方から is
# "from Mr Tanaka's side" (ほう).
_PERSON_ENDS = (
    "者", "様", "さま", "家族", "客", "担当", "係", "症", "病", "障害", "障がい", "麻痺", "まひ",
    "疾患", "寝たきり", "難聴", "経管栄養", "車椅子", "車いす", "要介護", "要支援", "高齢",
)
_HONORIFIC_ENDS = ("様", "さま", "家族")  # so clearly a person that が is not a comparison
# particles after 方 that fit a person; で (利用者の方で "on the user's side"), へ (towards) and
# が (the comparison AのほうがB) fit ほう better. に, を and から also fit a direction (落伍者の
# 方に味方して "on the side of"), so with them the sentence must be polite, as かた is.
_PERSON_NEXT = frozenset(["は", "も", "と", "の", "には", "にも"])
_PERSON_NEXT_POLITE = frozenset(["に", "を", "から"])
# へ is "towards" (利用者の方へ体を向ける ほう) unless nothing but a heading or a noun follows:
# 利用者の方へ (a notice's heading), ご家族の方へのお願い, 利用者の方へお知らせ / ご案内
_PERSON_AFTER_HE = frozenset(["の", "は", "も"])
_POLITE = frozenset(["ます", "です", "下さる", "くださる", "御座る", "ござる", "どうぞ"])


def _past_spaces(rule):
    """Exam texts put a space between words (運ぶ　予定の　方は, 駅まで　歩いて　十分です): the
    rule sees the tokens without them."""
    @functools.wraps(rule)
    def run(toks: list[Tok], i: int):
        if not any(t.pos1 == "空白" for t in toks):
            return rule(toks, i)
        keep = [k for k, t in enumerate(toks) if t.pos1 != "空白" or k == i]
        return rule([toks[k] for k in keep], keep.index(i))
    return run


def _polite(toks: list[Tok]) -> bool:
    return any(t.base in _POLITE for t in toks)


def _words_before(toks: list[Tok], i: int, limit: int = 5) -> str:
    """The text of up to `limit` tokens before index i, stopping at punctuation."""
    parts: list[str] = []
    for k in range(i - 1, max(-1, i - 1 - limit), -1):
        if toks[k].pos1 in _PUNCT:
            break
        parts.append(toks[k].surface)
    return "".join(reversed(parts))


@_past_spaces
def person_kata(toks: list[Tok], i: int) -> bool:
    """方 after 'person noun + の' is the honorific かた (利用者の方は, 認知症の方には); a
    direction or a thing (右の方, こちらの方が, バスの方が速い) stays ほう, as does anything
    compared with より (AよりBの方が)."""
    if i < 2 or toks[i - 1].surface != "の" or toks[i - 1].pos1 != "助詞":
        return False
    before = _words_before(toks, i - 1)
    end = next((e for e in _PERSON_ENDS if before.endswith(e)), None)
    if end is None and toks[i - 2].surface == "予定" and i > 2 and \
            toks[i - 3].pos1 in ("動詞", "助動詞"):
        end = "予定"  # 運ぶ予定の方は: people who plan to (この予定の方が stays ほう)
    if end is None or before == end and end in ("者", "係", "症", "病"):
        return False  # a lone 者 or 病 is not a person noun phrase
    if any(t.surface in ("より", "よりも") and t.pos1 == "助詞" for t in toks[:i]):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.pos1 in _PUNCT:
        return True  # 利用者の方、こちらへ
    two = nxt.surface + (toks[i + 2].surface if i + 2 < len(toks) else "")
    if nxt.surface == "へ" and nxt.pos1 == "助詞":
        after = toks[i + 2] if i + 2 < len(toks) else None
        return after is None or after.pos1 in _PUNCT or after.surface in _PERSON_AFTER_HE or (
            after.pos1 == "接頭辞" and after.surface in ("お", "ご", "御"))
    if nxt.surface in _PERSON_NEXT or two in _PERSON_NEXT or (
            nxt.surface == "が" and end in _HONORIFIC_ENDS):
        return True
    return nxt.surface in _PERSON_NEXT_POLITE and _polite(toks)


def object_before(toks: list[Tok], i: int) -> bool:
    """行った is おこなった (carry out) with a を among the few tokens before i, within the clause."""
    for k in range(i - 1, max(-1, i - 5), -1):
        u = toks[k]
        if u.pos1 in _PUNCT:
            return False
        if u.surface == "を" and u.pos1 == "助詞":
            return True
    return False


_TANE_NEXT = frozenset(["を", "が", "は", "も", "に", "から", "と", "や", "まで"])


@_past_spaces
def seed_tane(toks: list[Tok], i: int) -> bool:
    """種 read しゅ (a species, a kind) where it is a seed: a noun on its own with a case
    particle (種をまく, 種が発芽する). しゅ stays after この/その/各 unless を follows (この種は
    絶滅した), before の (この種の問題, 種の保存), and after の, where the tagger already
    tells ひまわりの種 (たね) from 深海魚などの種 (しゅ)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.pos1 != "助詞" or nxt.surface not in _TANE_NEXT:
        return False
    prev = toks[i - 1] if i else None
    if prev is not None and prev.surface == "の":
        return False  # after の the tagger chooses well (ひまわりの種 たね, 魚などの種 しゅ)
    if prev is not None and (prev.pos2 == "数詞" or prev.surface[:1].isdigit()):
        return False  # a count of kinds: 二種が, ３種を
    if prev is not None and prev.pos1 in ("連体詞", "接頭辞") and nxt.surface != "を":
        return False
    return True


@_past_spaces
def fruit_mi(toks: list[Tok], i: int) -> bool:
    """実 read じつ (as in 実は "actually") where a modifier makes it a noun, the fruit:
    小さい実は, 熟した実を, トマトの実が. Not after その (その実 そのじつ "in fact") and not
    between two の (私の実の母 "my real mother")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev.pos1 == "形容詞" and prev.surface == prev.base:
        return True  # 小さい実, 赤い実
    if prev.pos1 == "助動詞" and prev.surface == "た":
        return True  # 熟した実
    if prev.pos1 == "動詞" and prev.surface == prev.base:
        return True  # 落ちる実
    if prev.surface == "の" and prev.pos1 == "助詞":
        return not (nxt is not None and nxt.surface == "の")
    return False


@_past_spaces
def fruit_mi_subject(toks: list[Tok], i: int) -> bool:
    """実 as a subject or with も is the fruit (実が赤くなったら, 実も葉も): じつ takes は (実は
    "actually"), に (実に "truly"), の (実の母) or を in 実を言うと."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.pos1 == "助詞" and nxt.surface in ("が", "も")


# 十分: じゅうぶん "enough" unless the words around it make it a duration, じゅっぷん
_DURATION_NEXT = frozenset(["以内", "ほど", "程", "くらい", "位", "ぐらい", "程度", "間", "後",
                            "前", "おき", "置き", "ごと", "毎", "しか", "だけ", "足らず", "近く"])
_NUMERALS = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十百千万")
_MOTION = frozenset(["歩く", "走る", "行く", "来る", "乗る", "通う", "泳ぐ", "飛ぶ", "進む",
                     "戻る", "帰る", "向かう", "下る", "上る", "登る", "移動"])


@_past_spaces
def ten_minutes(toks: list[Tok], i: int) -> bool | None:
    """Is a bare 十分 ten minutes (True) or "enough" (False)? None: part of a larger number
    that the number rules read (二十分).

    Ten minutes only where the words around it say so: a clock hour before it (一時十分), a
    verb of motion in the te-form (駅まで歩いて十分です), 徒歩 or 約 before it, or after it a
    duration word (以内, ほど, くらい, 後, おき, しか), the particle で (十分で着く), の before a
    noun (十分の休憩), or かかる (十分かかる, 十分もかかった). Otherwise "enough": 十分に and
    十分な always, 十分です, 十分気をつけて, and the word alone on a card."""
    prev = toks[i - 1] if i else None
    if prev is not None and len(prev.surface) > 1 and prev.surface[-1] == "時" and \
            prev.surface[-2] in _NUMERALS:
        return True  # 一時十分, ３時十分
    if prev is not None and (prev.pos2 == "数詞" or prev.surface[-1:] in _NUMERALS):
        return None
    before = prev is not None and (prev.surface == "徒歩" or prev.surface == "約" and
                                   prev.pos1 == "接頭辞") or _moved_before(toks, i)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.pos1 in _PUNCT:
        return before
    if nxt.surface in ("に", "な"):
        return False
    if nxt.pos1 == "助動詞":
        return before  # 歩いて十分です; 十分です, 十分でない
    if nxt.surface in _DURATION_NEXT or nxt.pos1 == "助詞" and nxt.surface == "で":
        return True  # 十分で着く (the copula で of 十分でない is an auxiliary)
    if nxt.surface == "の" and nxt.pos1 == "助詞":
        after = toks[i + 2] if i + 2 < len(toks) else None
        return after is not None and after.pos1 == "名詞" and after.pos2 != "数詞"
    k = i + 2 if nxt.surface in ("も", "は") and i + 2 < len(toks) else i + 1
    if toks[k].lemma == "掛かる" or k > i + 1 and nxt.surface == "も" and toks[k].pos1 == "動詞":
        return True  # 十分かかる, 十分もかかった, 十分も待った
    return before


def _moved_before(toks: list[Tok], i: int) -> bool:
    """A verb of motion in the te-form right before i: 歩いて, 走って, バスに乗って."""
    return i >= 2 and toks[i - 1].surface in ("て", "で") and toks[i - 1].pos1 == "助詞" and \
        (toks[i - 2].lemma in _MOTION or toks[i - 2].lemma == "為る" and i >= 3 and
         toks[i - 3].surface in _MOTION)


def beam_hari(toks: list[Tok], i: int) -> bool:
    """梁 alone is はり, the beam of a building (JMdict; the tagger says りょう, the Liang
    dynasty). Only where it is a word of its own: after a noun it may be part of a compound that
    keeps りょう (臥梁 がりょう) or voices it (鉄骨梁, 片持ち梁 ばり), which we cannot tell."""
    prev = toks[i - 1] if i else None
    return prev is None or prev.pos1 not in ("名詞", "接頭辞", "接尾辞") or not prev.surface.strip()
