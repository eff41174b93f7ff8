"""Just enough protobuf to read Anki's small messages (media map, package meta, notetype
configs) without a protobuf dependency: varints and length-delimited fields."""

from __future__ import annotations


class ProtobufError(ValueError):
    pass


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if i >= len(data):
            raise ProtobufError("truncated varint")
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        if not b & 0x80:
            return value, i
        shift += 7
        if shift > 63:
            raise ProtobufError("varint too long")


def fields(data: bytes) -> list[tuple[int, int | bytes]]:
    """[(field number, value)] where value is an int (varint/fixed) or bytes (length-delimited)."""
    out = []
    i = 0
    while i < len(data):
        key, i = _varint(data, i)
        num, wire = key >> 3, key & 7
        if wire == 0:
            value, i = _varint(data, i)
        elif wire == 2:
            size, i = _varint(data, i)
            if i + size > len(data):
                raise ProtobufError("truncated field")
            value, i = data[i:i + size], i + size
        elif wire == 1:
            value, i = int.from_bytes(data[i:i + 8], "little"), i + 8
        elif wire == 5:
            value, i = int.from_bytes(data[i:i + 4], "little"), i + 4
        else:
            raise ProtobufError(f"wire type {wire} not supported")
        if i > len(data):
            raise ProtobufError("truncated field")
        out.append((num, value))
    return out


def first(data: bytes, number: int, default=None):
    for num, value in fields(data):
        if num == number:
            return value
    return default


def encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        b = value & 0x7F
        value >>= 7
        if value:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def encode_field(number: int, value: int | bytes | str) -> bytes:
    if isinstance(value, int):
        return encode_varint(number << 3) + encode_varint(value)
    if isinstance(value, str):
        value = value.encode("utf-8")
    return encode_varint(number << 3 | 2) + encode_varint(len(value)) + value
