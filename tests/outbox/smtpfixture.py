#!/usr/bin/python3
"""A real SMTP server on loopback for the outbox tests (Debian's python3-aiosmtpd).

Usage: smtpfixture.py MAILDIR [--user NAME --password SECRET] [--tls CERT KEY]
Prints "ready PORT" once it listens. Every message it accepts goes into MAILDIR (new/),
as the Maildir format keeps it. A recipient beginning with "nobody@" is refused with
550, one beginning with "busy@" with 451; with --user, only that login is accepted
(AUTH PLAIN or LOGIN, allowed without TLS on loopback for the test). With --tls the server
offers STARTTLS with that certificate and refuses mail (530) until it is used.
"""
import argparse
import mailbox
import signal
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, maildir):
        self.box = mailbox.Maildir(maildir, create=True)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("nobody@"):
            return "550 5.1.1 No such mailbox"
        if address.startswith("busy@"):
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.box.add(envelope.original_content)
        return "250 2.0.0 Stored"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("maildir")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    args = parser.parse_args()

    def authenticate(server, session, envelope, mechanism, auth_data):
        if (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user
                and auth_data.password.decode() == args.password):
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    options = {}
    if args.user:
        options = dict(authenticator=authenticate, auth_required=True,
                       auth_require_tls=False)
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls[0], args.tls[1])
        options.update(tls_context=context, require_starttls=True)
    with socket.socket() as probe:  # a free port on loopback
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(args.maildir), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("ready", controller.port, flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
