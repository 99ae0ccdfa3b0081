#!/usr/bin/python3
"""Reads a delivered message as a mail reader would (Python's email module) and prints its
structure as JSON, for the outbox tests.

Usage: mimeparts.py MESSAGE_FILE
Prints {"content_type", "defects": [...], "parts": [{"content_type", "charset",
"transfer_encoding", "text"}]}; a message that is not multipart has itself as its only part.
"""
import email
import email.policy
import json
import sys


def main():
    with open(sys.argv[1], "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    parts = message.iter_parts() if message.is_multipart() else [message]
    out = {
        "content_type": message.get_content_type(),
        "defects": [type(d).__name__ for d in message.defects],
        "parts": [],
    }
    for part in parts:
        out["defects"] += [type(d).__name__ for d in part.defects]
        out["parts"].append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
            "text": part.get_content(),
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
