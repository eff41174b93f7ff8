"""A noun made of two verb stems that the tagger cuts back into the two verbs.

Alone, 滑り止め is one noun, すべりどめ (the second stem voiced). Before some nouns the tagger
takes it for the verbs 滑り + 止め and reads them one by one, とめ: 滑り止めマット came out
すべりとめまっと. A verb's stem (連用形) cannot stand right before a noun, so two stems there
are a compound noun: they are read as the pair reads alone, when the pair alone is one noun.
"""

from __future__ import annotations

from functools import lru_cache

from jpprep.japanese.tokenizer import Tok, tokenize


def _stem(t: Tok) -> bool:
    return t.pos1 == "動詞" and t.cform.startswith("連用形") and not t.fixed


def join(toks: list[Tok]) -> None:
    """Merge verb stem + verb stem + noun into one noun where the pair alone is one."""
    i = 0
    while i + 2 < len(toks):
        a, b, n = toks[i], toks[i + 1], toks[i + 2]
        if _stem(a) and _stem(b) and n.pos1 == "名詞" and n.pos2 != "数詞":
            alone = _noun(a.surface + b.surface)
            if alone is not None and alone != (a.reading or "") + (b.reading or ""):
                t = Tok(a.surface + b.surface, alone, "名詞", "普通名詞", "一般",
                        a.surface + b.surface)
                t.fixed = True
                toks[i:i + 2] = [t]
        i += 1


@lru_cache(maxsize=1024)
def _noun(word: str) -> str | None:
    """The reading of `word` when the tagger takes it alone as one noun."""
    toks = tokenize(word)
    if len(toks) == 1 and toks[0].pos1 == "名詞" and toks[0].reading:
        return toks[0].reading
    return None
