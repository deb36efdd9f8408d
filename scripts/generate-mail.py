"""Builds mail for `jobjournal mail` to read, with Python's own mailbox and email modules: a
Maildir with a Sent folder (Maildir++), an mbox, and a folder of .eml files.

    python3 scripts/generate-mail.py DIR              the scenario of MailCommandTests
    python3 scripts/generate-mail.py DIR hostile      huge, NUL bytes, broken encodings, a loop
    python3 scripts/generate-mail.py DIR bench N      N messages in DIR/Maildir (make bench)
"""
import email.message
import email.policy
import mailbox
import os
import sys

root = sys.argv[1]
kind = sys.argv[2] if len(sys.argv) > 2 else "scenario"
os.makedirs(root, exist_ok=True)


def message(frm, to, date, subject, mid, cc=None, in_reply_to=None, body="Hello."):
    m = email.message.EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Date"] = date
    m["Subject"] = subject
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(body)
    return m


if kind == "scenario":
    maildir = mailbox.Maildir(os.path.join(root, "Maildir"), create=True)
    sent = maildir.add_folder("Sent")
    # Before the interview: must not count as the thank-you.
    sent.add(message("Jane Doe <jane@example.org>", "Robert Jones <jones@abc.example>",
                     "Wed, 18 Nov 2026 10:00:00 +0000", "Looking forward to tomorrow", "<before@jane.example>"))
    # The thank-you, to the interviewer, a reference in Cc: both recorded.
    sent.add(message("Jane Doe <jane@example.org>", "Robert Jones <jones@abc.example>, Ms. Park <park@abc.example>",
                     "Thu, 19 Nov 2026 17:30:00 +0000", "Thank you for today", "<thanks@jane.example>",
                     cc="Dana Smith <dana@example.net>"))
    # To the recruiter both applications share: it settles nothing in either.
    sent.add(message("Jane Doe <jane@example.org>", "Pat Lee <pat@agency.example>",
                     "Fri, 20 Nov 2026 09:00:00 +0000", "Availability", "<avail@jane.example>"))
    mbox = mailbox.mbox(os.path.join(root, "inbox.mbox"), create=True)
    # A reply with an encoded display name and subject.
    mbox.add(message("=?utf-8?q?Robert_J=C3=B6nes?= <Jones@ABC.example>", "jane@example.org",
                     "Tue, 24 Nov 2026 08:15:00 -0800", "=?iso-8859-1?q?Re:_Gr=FC=DFe_and_next_steps?=",
                     "<reply@abc.example>", in_reply_to="<thanks@jane.example>"))
    # From the shared recruiter, threaded to the thank-you: ABC's.
    mbox.add(message("Pat Lee <pat@agency.example>", "jane@example.org", "Tue, 24 Nov 2026 12:00:00 +0000",
                     "Re: Thank you for today", "<pat-1@agency.example>", in_reply_to="<thanks@jane.example>"))
    # From the shared recruiter, in no thread: ambiguous.
    mbox.add(message("Pat Lee <pat@agency.example>", "jane@example.org", "Wed, 25 Nov 2026 12:00:00 +0000",
                     "Quick question", "<pat-2@agency.example>"))
    # The company's newsletter, forwarded: from no contact's address.
    mbox.add(message("ABC Company News <news@abc.example>", "jane@example.org", "Wed, 25 Nov 2026 07:00:00 +0000",
                     "Fwd: ABC quarterly", "<news-1@abc.example>"))
    mbox.flush()
    os.makedirs(os.path.join(root, "eml"), exist_ok=True)
    with open(os.path.join(root, "eml", "offer.eml"), "wb") as f:
        f.write(bytes(message("Jane Doe <jane@example.org>", "Lin Wu <lin@xyz.example>",
                              "Thu, 26 Nov 2026 08:00:00 +0000", "The offer in writing", "<offer@jane.example>")))

elif kind == "bench":
    # Messages of a realistic size (headers and three kilobytes of body) from senders the
    # journal does not know: what is measured is reading the headers.
    count = int(sys.argv[3])
    maildir = mailbox.Maildir(os.path.join(root, "Maildir"), create=True)
    paragraph = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. " * 40
    for i in range(count):
        frm = f"Sender {i} <sender{i % 997}@example.com>"
        m = message(frm, "jane@example.org", f"Mon, {1 + i % 28:02d} Sep 2026 10:{i % 60:02d}:00 +0000",
                    f"Message {i}", f"<{i}@bench.example>", body=paragraph)
        maildir.add(m)

elif kind == "hostile":
    maildir = mailbox.Maildir(os.path.join(root, "Maildir"), create=True)
    cur = os.path.join(root, "Maildir", "cur")
    good = message("Robert Jones <jones@abc.example>", "jane@example.org", "Tue, 24 Nov 2026 12:00:00 +0000",
                   "Re: next steps", "<good@abc.example>")
    maildir.add(good)
    # 50 MB: a real message with a big body; only its headers may be read.
    big = os.path.join(cur, "big:2,S")
    with open(big, "wb") as f:
        f.write(b"From: Robert Jones <jones@abc.example>\nTo: jane@example.org\n"
                b"Date: Tue, 24 Nov 2026 13:00:00 +0000\nSubject: The big attachment\nMessage-ID: <big@abc.example>\n\n")
        line = b"x" * 76 + b"\n"
        f.write(line * (50 * 1024 * 1024 // len(line)))
    # A header of a million bytes.
    with open(os.path.join(cur, "long-header:2,S"), "wb") as f:
        f.write(b"From: jones@abc.example\nSubject: " + b"a" * 1_000_000 + b"\nDate: Tue, 24 Nov 2026 13:00:00 +0000\n\nbody\n")
    # NUL bytes in the headers.
    with open(os.path.join(cur, "nul:2,S"), "wb") as f:
        f.write(b"From: jones@abc.example\x00evil\nDate: Tue, 24 Nov 2026 13:00:00 +0000\nMessage-ID: <nul@x>\n\nbody\x00\n")
    # Broken encodings: a bad encoded word, raw Latin-1, an unknown charset, an unreadable date.
    with open(os.path.join(cur, "broken:2,S"), "wb") as f:
        f.write(b"From: =?utf-8?q?Rob=ZZert?= <jones@abc.example>\nTo: jane@example.org\n"
                b"Subject: =?x-no-such-charset?b?////?= caf\xe9 =?utf-8?b?invalid base64!?=\n"
                b"Date: Tue, 24 Nov 2026 14:00:00 +0000\nMessage-ID: <broken@abc.example>\n\n\xff\xfe\n")
    with open(os.path.join(cur, "bad-date:2,S"), "wb") as f:
        f.write(b"From: jones@abc.example\nDate: the day after tomorrow\nMessage-ID: <bad-date@x>\n\nbody\n")
    with open(os.path.join(cur, "empty:2,S"), "wb") as f:
        pass
    # A symlink loop: a folder that leads back to the root, and a file that leads to itself.
    os.symlink("..", os.path.join(root, "Maildir", ".Loop"))
    os.symlink("self:2,S", os.path.join(cur, "self:2,S"))
    # The same hostile messages in an mbox, and mbox From lines in a body, escaped as mboxrd does.
    with open(os.path.join(root, "hostile.mbox"), "wb") as f:
        f.write(b"From MAILER-DAEMON Tue Nov 24 12:00:00 2026\n")
        f.write(bytes(good) + b"\n")
        f.write(b"From MAILER-DAEMON Tue Nov 24 13:00:00 2026\nFrom: jones@abc.example\nSubject: " + b"b" * 1_000_000 + b"\n\nbody\n\n")
        f.write(b"From MAILER-DAEMON Tue Nov 24 13:00:00 2026\nFrom: jones@abc.example\x00\nDate: Tue, 24 Nov 2026 13:00:00 +0000\n\n\n")
        f.write(b"From MAILER-DAEMON Tue Nov 24 13:00:00 2026\nFrom: Robert Jones <jones@abc.example>\nTo: jane@example.org\n"
                b"Date: Tue, 24 Nov 2026 15:00:00 +0000\nSubject: The big one\nMessage-ID: <big-mbox@abc.example>\n\n")
        f.write((b"y" * 76 + b"\n") * (50 * 1024 * 1024 // 77))
        f.write(b"\n>From the body, escaped\n")
