"""Where sentence romaji puts its word edges: as a learner's textbook writes them, decided from
UniDic's parts of speech and conjugated forms (not from word lists), in this one place.

    kangoshi, riyousha, amerikajin     a suffix (接尾辞) joins its word
    riyousha-san, tanaka-san           an honorific suffix joins with a hyphen, but not to
    okyakusan, okosama, omawarisan     a word that starts with the prefix お/ご (also one
                                       UniDic spells with it: お巡り, lemma 御巡り)
    sanjikan goto ni, shurui goto ni   the suffix ごと/毎 "every" (after a number, or before
                                       に/の) is a word of its own, except
    higoto ni, yogoto ni               after one kanji, where JMdict has the word (日毎, 夜毎)
    kawagoto, youkigoto taberu         ごと "and all" (any other ごと) joins its noun
    ocha, gohan                        a prefix (接頭辞) joins the word after it
    tabemashita, takakatta, nomitakunai, tabete, tabereba, tabetari, tabesou
                                       an auxiliary (助動詞), a bound particle (接続助詞, 副助詞),
                                       ない or そう joins a verb or adjective in a non-final form
    tabenaide kudasai                  (the te particle joins any form)
    taberu sou desu, takai desu, taberu kara
                                       ...but not one in its final or attributive form
    tabete imasu, matte kudasai, yowaku narimasu, benkyou shimasu, shizuka ja nai
                                       a helper verb after て, after an adjective or after a noun
                                       is a word of its own, as is ない after the copula
    yomihajimeru, tabesugita           a helper verb right after a verb's 連用形 joins it
                                       (not ください or する: omachi kudasai, ohanashi shimasu)
    nihongo, toukyoueki                a one-kanji noun right after a noun joins it
    sanbon, juppun, sangatsu           a number with its counter is one unit already (numbers.py)
    samui node                         ので is one word (UniDic: の + the copula's で)
    wa, o, e, no, ni                   other particles stand apart
"""

from __future__ import annotations

from jpprep.japanese.kana import is_kanji
from jpprep.japanese.tokenizer import Tok

# Honorific suffixes (UniDic lemmas). UniDic tags さん like 者 (接尾辞-名詞的-一般), so this is
# the one place a meaning, not a part of speech, decides: the hyphen of tanaka-san.
HONORIFICS = frozenset(["さん", "様", "さま", "ちゃん", "君", "くん", "殿", "氏"])
_INFLECTED = ("動詞", "形容詞", "助動詞")
_CONTENT = ("名詞", "動詞", "形容詞", "形状詞", "接頭辞")
_FINAL = ("終止形", "連体形", "命令形", "意志推量形")
# after a 連用形 these are not the second half of a compound verb but words of their own:
# the request お待ちください (omachi kudasai) and the humble お話しする (ohanashi suru)
_APART = frozenset(["下さる", "なさる", "為さる", "為る"])


def edge(prev: Tok | None, t: Tok, first: Tok | None = None, nxt: Tok | None = None) -> str:
    """What stands between `prev` and `t` in romaji: "" (one word), "-" or " ". `first` is the
    first unit of the word `prev` ends (お of お客), `nxt` the unit after `t`, when the caller
    knows them."""
    if prev is None:
        return " "
    if t.pos1 == "接尾辞":
        if t.lemma in ("毎", "ごと"):
            return "" if len(prev.surface) == 1 and is_kanji(prev.surface) or not _every(
                prev, nxt) else " "  # higoto, yogoto and toshigoto are JMdict words
        prefixed = first is not None and (first.pos1 == "接頭辞" or first.lemma[:1] == "御")
        return "-" if t.lemma in HONORIFICS and not prefixed else ""  # okyakusan, omawarisan
    if prev.pos1 == "接頭辞" and t.pos1 in _CONTENT:  # a JMdict compound that starts with お
        return ""  # (お母さん) keeps the prefix's tag, and a particle after it stays apart
    if prev.pos2 == "準体助詞" and t.lemma == "だ" and t.cform.startswith("連用形"):
        return ""  # the conjunction ので (の + で in UniDic): samui node
    if t.pos2 == "接続助詞" and t.lemma == "て" and prev.pos1 in _INFLECTED:
        return ""  # て/で joins any form, also ない's 終止形: tabenaide kudasai
    if _attaches(t):
        if t.pos1 == "形容詞" and prev.lemma == "だ":  # ja nai, de wa nai
            return " "
        return "" if _open_form(prev) else " "
    if (t.pos1 == "動詞" and t.pos2 == "非自立可能" and prev.pos1 == "動詞"
            and prev.cform.startswith("連用形") and t.lemma not in _APART):
        return ""
    if (t.pos1 == "名詞" and t.pos2 == "普通名詞" and len(t.surface) == 1
            and is_kanji(t.surface) and prev.pos1 == "名詞" and prev.pos2 != "数詞"):
        return ""
    return " "


def _every(prev: Tok, nxt: Tok | None) -> bool:
    """ごと is "every" after a number (nijikan goto) or before に/の (shurui goto ni, tsuki goto
    no); else it is "and all", one word with its noun (kawagoto taberu, hakogoto watasu). UniDic
    gives both the lemma 毎 or ごと, so its lemma cannot tell them apart."""
    return prev.pos2 == "数詞" or nxt is not None and nxt.pos1 == "助詞" and nxt.surface in (
        "に", "の")


def _attaches(t: Tok) -> bool:
    """An ending that joins a conjugated word: た, ます, ない, て, ば, たり, そう."""
    return (t.pos1 == "助動詞"
            or (t.pos1 == "助詞" and t.pos2 in ("接続助詞", "副助詞"))
            or (t.pos1 == "形容詞" and t.pos2 == "非自立可能")
            or (t.pos1 == "形状詞" and t.pos2 == "助動詞語幹"))


def _open_form(prev: Tok) -> bool:
    """A verb, adjective or auxiliary in a form that needs an ending (食べ, 高かっ, まし)."""
    return prev.pos1 in _INFLECTED and bool(prev.cform) and not prev.cform.startswith(_FINAL)
