"""Heteronyms decided by the words around them: 方 かた/ほう, 種 たね/しゅ, 実 み/じつ.

Called by rules.context() for a token the tagger read one way; each function returns the other
reading when the context asks for it, else None (keep the tagger's).
"""

from __future__ import annotations

from jpprep.japanese.tokenizer import Tok

_PUNCT = ("補助記号", "空白", "記号")

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
_POLITE = frozenset(["ます", "です", "下さる", "くださる", "御座る", "ござる", "どうぞ"])


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


def person_kata(toks: list[Tok], i: int) -> bool:
    """方 after 'person noun + の' is the honorific かた (利用者の方は, 認知症の方には); a
    direction or a thing (右の方, こちらの方が, バスの方が速い) stays ほう, as does anything
    compared with より (AよりBの方が)."""
    if i < 2 or toks[i - 1].surface != "の" or toks[i - 1].pos1 != "助詞":
        return False
    before = _words_before(toks, i - 1)
    end = next((e for e in _PERSON_ENDS if before.endswith(e)), None)
    if end is None or before == end and end in ("者", "係", "症", "病"):
        return False  # a lone 者 or 病 is not a person noun phrase
    if any(t.surface in ("より", "よりも") and t.pos1 == "助詞" for t in toks[:i]):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.pos1 in _PUNCT:
        return True  # 利用者の方、こちらへ
    two = nxt.surface + (toks[i + 2].surface if i + 2 < len(toks) else "")
    if nxt.surface in _PERSON_NEXT or two in _PERSON_NEXT or (
            nxt.surface == "が" and end in _HONORIFIC_ENDS):
        return True
    return nxt.surface in _PERSON_NEXT_POLITE and _polite(toks)


_TANE_NEXT = frozenset(["を", "が", "は", "も", "に", "から", "と", "や", "まで"])


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
