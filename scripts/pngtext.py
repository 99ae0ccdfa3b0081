#!/usr/bin/env python3
"""Reads or writes one tEXt entry of a PNG file (standard library only).

    pngtext.py get FILE KEY          prints the value, or nothing
    pngtext.py set FILE KEY VALUE    replaces the entry, or adds it before IEND
"""
import struct
import sys
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunks(data):
    if data[:8] != SIGNATURE:
        raise ValueError("not a PNG file")
    pos = 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        yield kind, data[pos + 8 : pos + 8 + length], data[pos : pos + 12 + length]
        pos += 12 + length


def text_chunk(key, value):
    body = key.encode("latin-1") + b"\0" + value.encode("latin-1")
    return struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))


def main(argv):
    if len(argv) < 4 or argv[1] not in ("get", "set") or (argv[1] == "set" and len(argv) != 5):
        sys.stderr.write(__doc__)
        return 2
    path, key = argv[2], argv[3].encode("latin-1")
    with open(path, "rb") as f:
        data = f.read()
    if argv[1] == "get":
        for kind, body, _ in chunks(data):
            if kind == b"tEXt" and body.split(b"\0", 1)[0] == key:
                print(body.split(b"\0", 1)[1].decode("latin-1"))
        return 0
    out = [SIGNATURE]
    for kind, body, raw in chunks(data):
        if kind == b"tEXt" and body.split(b"\0", 1)[0] == key:
            continue
        if kind == b"IEND":
            out.append(text_chunk(argv[3], argv[4]))
        out.append(raw)
    with open(path, "wb") as f:
        f.write(b"".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
