"""Words the tagger finds in a kanji + kana spelling that is not there.

UniDic knows some words in a mixed spelling, kanji with kana for a kanji nobody writes (皮ご for
皮籠 かわご "a wicker basket", 生いか for 生烏賊 なまいか "raw squid"). The tagger sometimes
prefers such a word to the ordinary cut, and then the words around it come out wrong:

    皮ごと食べます      皮ご|と|食べ|ます      (皮 + ごと "skin and all")
    中学生いか ２００円  中学|生いか|２００円   (中学生 + いか "and under", as exam texts
                                               write 以下 for learners)

split() cuts such a token between its kanji and its kana, and keeps the cut only where the pieces
then join their neighbours as words do: the kana with the token after it (ご + と is the suffix
ごと), or the kanji with the noun before it, when the two make a word of the reading table
(中学 + 生 is 中学生). Mixed spellings that are the word (石けん, 改ざん, 破たん) join nothing
and stay as they are.
"""

from __future__ import annotations

import re

from jpprep.japanese import table
from jpprep.japanese.kana import is_kanji
from jpprep.japanese.tokenizer import Tok, tag_exact

_MIXED = re.compile(r"([\u3005\u4e00-\u9fff]+)([\u3041-\u309f]+)")
_SMALL = frozenset("ぁぃぅぇぉっゃゅょゎ")
_HIRAGANA = re.compile(r"[\u3041-\u309f]+")


def _candidate(t: Tok) -> int:
    """Length of the kanji part when `t` is a noun spelt kanji + kana whose dictionary form
    writes that kana with kanji (皮ご, lemma 皮籠), else 0."""
    if t.pos1 != "名詞" or t.lemma == t.surface or not t.lemma:
        return 0
    m = _MIXED.fullmatch(t.surface)
    if m is None or m.group(2) in t.lemma or m.group(2)[0] in _SMALL:
        return 0  # 坊っ of 坊っちゃん is one sound: nothing to cut
    if sum(map(is_kanji, t.lemma)) <= len(m.group(1)):
        return 0  # the kana is okurigana the lemma leaves out (割り, lemma 割)
    return len(m.group(1))


def split(piece: str, toks: list[Tok]) -> list[Tok]:
    """`toks` (the tagger's cut of `piece`) with wrong mixed-spelling words cut apart."""
    for t in toks:  # a quick look first: nouns of kanji + hiragana are few
        w = t.surface
        if t.pos1 == "名詞" and "\u3041" <= w[-1] <= "\u309f" and "\u4e00" <= w[0] <= "\u9fff" \
                and _candidate(t):
            break
    else:
        return toks
    pos = 0
    for i, t in enumerate(toks):
        start, pos = pos, pos + len(t.surface)
        k = _candidate(t)
        if not k:
            continue
        before = _kanji_joins_before(toks, i, k)
        if not before and not _may_join_next(toks, i, k):
            continue
        cut = start + k
        # a space is a word edge to MeCab, which still weighs the words on either side of it
        retagged = tag_exact(piece[:cut] + " " + piece[cut:])
        gap, at = None, 0
        for j, u in enumerate(retagged):
            if at == cut:
                gap = j if u.surface == " " else None
                break
            at += len(u.surface)
        if gap is None:
            continue
        right = retagged[gap + 1:]
        if before or right and len(right[0].surface) > len(t.surface) - k and \
                right[0].pos1 == "接尾辞":
            # the kana starts a suffix of the kanji noun with what follows (ご + と: ごと); not
            # any longer word: 漏えい + が would make 漏 + 映画
            return retagged[:gap] + right  # one such word per piece is plenty
    return toks


def _may_join_next(toks: list[Tok], i: int, k: int) -> bool:
    """The kana part might start a suffix with the next token (皮ご|と): the next token is kana
    and the kanji part alone is a common noun (皮)."""
    if i + 1 >= len(toks) or not _HIRAGANA.fullmatch(toks[i + 1].surface):
        return False
    kanji = tag_exact(toks[i].surface[:k])
    return len(kanji) == 1 and kanji[0].pos2 == "普通名詞"


def _kanji_joins_before(toks: list[Tok], i: int, k: int) -> bool:
    """The kanji part ends a word of the reading table with the noun before (中学 + 生)."""
    if i == 0 or toks[i - 1].pos1 != "名詞":
        return False
    return toks[i - 1].surface + toks[i].surface[:k] in table.words()
