#!/usr/bin/env python3
"""The redactor's patterns written the way a Python programmer would: the standard library's `re`, one
`sub` per kind with a callback for what a pattern cannot check (Luhn, mod 97, octets, ipaddress), hashlib for
the vault fingerprints. bench_redactor runs it on the same input as models/ai/Redactor and compares MB/s.

    redact_baseline.py INPUT.txt [--reps N] [--fingerprints LAST4:HASH12,...] [--out REDACTED.txt]

Prints one JSON object: {"bytes": …, "seconds": median of the runs, "counts": {kind: n}}.
"""
import argparse
import hashlib
import ipaddress
import json
import re
import statistics
import sys
import time

MARKERS = {
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "card": "[CARD]",
    "iban": "[IBAN]",
    "ip": "[IP]",
    "credential": "[CREDENTIAL]",
    "secret": "[SECRET]",
}

PEM = re.compile(
    r"-----BEGIN [A-Z0-9 ]{0,64}PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]{0,64}PRIVATE KEY-----|(?=\"|\n\n|-----)|\Z)",
    re.S,
)
KEYS = re.compile(
    r"\b(?:sk-[A-Za-z0-9_-]{20,}|[sr]k_(?:live|test)_[A-Za-z0-9]{10,}|whsec_[A-Za-z0-9]{20,}"
    r"|github_pat_\w{20,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|xapp-[A-Za-z0-9-]{10,}"
    r"|(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])|AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-]))"
)
JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{7,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*")
BEARER = re.compile(r"\b([Bb]earer {1,3})([A-Za-z0-9._~+/=-]{16,})")
AUTHORIZATION = re.compile(r"(?i)(authorization\\?[\"'`]?[ \t]{0,4}:[ \t]{0,8}\\?[\"'`]?(?:[a-z]+ +)?)([^\r\n\"'`\\]+)")
ASSIGNMENT = re.compile(
    r"(?i)((?:password|passwd|passphrase|secret|token|api[_.-]?key|access[_.-]?key|secret[_.-]?key"
    r"|private[_.-]?key|auth[_.-]?key|credentials?|session[_.-]?id|(?<![\w.-])pass)\\?[\"'`]?[ \t]{0,4}(?:=>|:=|=(?!=)|:(?![:/]))"
    r"[ \t]{0,8})(?:(\\?)([\"'`])((?:(?!\2\3)(?:\\.|[^\n]))*)|([^\s&,;)\]}<>\"'`\\]+))"
)
USERINFO = re.compile(r"(?<=[A-Za-z0-9]://)([^\s/@:?#\"'<>\[\]]{0,128}:)([^\s/@?#\"'<>]{1,1024})(?=@)")
EMAIL = re.compile(r"[\w.%+-]{1,64}@(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[A-Za-z]{2,63}(?![\w-])")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)\b")
CARD = re.compile(r"(?<![\w.,/#-])[2-6]\d{2,}(?:([ -])\d{3,}(?:\1\d{3,})*)?(?![\w]|[.,]\d)")
IPV6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|::)[0-9A-Fa-f:.]*[0-9A-Fa-f](?![\w:]|\.\d)")
IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
VERSION_BEFORE = re.compile(r"(?i)(?:version|release|build|odoo|module|firmware|kernel|\bver|\brev)[ \t:=\"'`]{0,4}$")
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}(?:[ ./-]?(?:\(\d{1,5}\)|\d+)){1,7}"
    r"|\(\d{2,5}\)[ -]?\d+(?:[ .-]\d+){0,4}"
    r"|0\d+(?:[ ./-]\d+){1,6}"
    r"|[2-9]\d{2}([-. ])\d{3}\1\d{4}"
    r"|1([-. ])\d{3}\2\d{3}\2\d{4})(?![\w]|[.,]\d)"
)
DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{4}")


def luhn(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not 15 <= len(s) <= 34 or not 2 <= int(s[2:4]) <= 98:
        return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


class Redactor:
    def __init__(self, fingerprints):
        self.fingerprints = fingerprints  # [(last4, hash12)]
        self.counts = {}

    def count(self, kind):
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return MARKERS[kind]

    def vault(self, text):
        spans = []
        for last4, hash12 in self.fingerprints:
            pos = text.find(last4)
            while pos >= 0:
                end = pos + 4
                if end < len(text) and text[end].isascii() and text[end].isalnum():
                    pos = text.find(last4, pos + 1)
                    continue
                floor = max(0, end - 512)
                starts = []
                k = pos - 1
                while k >= floor and not text[k].isspace():
                    if text[k] in "=:\"'`([{,;>" and len(starts) < 8 and end - (k + 1) >= 16:
                        starts.append(k + 1)
                    k -= 1
                if k >= floor or floor == 0:
                    starts.append(k + 1)
                for s in starts:
                    if end - s < 16:
                        continue
                    if hashlib.sha256(text[s:end].encode("utf-8", "replace")).hexdigest()[:12] == hash12:
                        spans.append((s, end))
                        break
                pos = text.find(last4, pos + 1)
        if not spans:
            return text
        out, copied = [], 0
        for s, e in sorted(spans):
            if s < copied:
                continue
            out.append(text[copied:s])
            out.append(self.count("secret"))
            copied = e
        out.append(text[copied:])
        return "".join(out)

    def redact(self, text):
        self.counts = {}
        text = self.vault(text)
        text = PEM.sub(lambda m: self.count("credential"), text)
        text = AUTHORIZATION.sub(self._authorization, text)
        text = ASSIGNMENT.sub(self._assignment, text)
        text = USERINFO.sub(self._userinfo, text)
        text = KEYS.sub(self._key, text)
        text = JWT.sub(lambda m: self.count("credential"), text)
        text = BEARER.sub(self._bearer, text)
        text = EMAIL.sub(lambda m: self.count("email"), text)
        text = IBAN.sub(lambda m: self.count("iban") if iban_ok(m.group()) else m.group(), text)
        text = CARD.sub(self._card, text)
        text = IPV6.sub(self._ipv6, text)
        text = IPV4.sub(self._ipv4, text)
        text = PHONE.sub(self._phone, text)
        return text

    @staticmethod
    def _marker(value):
        return any(value.startswith(m) for m in MARKERS.values())

    def _authorization(self, m):
        if not m.group(2).strip() or self._marker(m.group(2)):
            return m.group()
        return m.group(1) + self.count("credential")

    def _assignment(self, m):
        value = m.group(4) if m.group(3) else m.group(5)
        if not value or value.lower() in ("true", "false", "null", "none", "nil", "undefined"):
            return m.group()
        if self._marker(value) or (not m.group(3) and value[0] in "{["):
            return m.group()
        if m.group(3):
            return m.group(1) + m.group(2) + m.group(3) + self.count("credential")
        return m.group(1) + self.count("credential")

    def _userinfo(self, m):
        return m.group() if self._marker(m.group(2)) else m.group(1) + self.count("credential")

    def _key(self, m):
        return self.count("credential") if any(c.isdigit() for c in m.group()[3:]) else m.group()

    def _bearer(self, m):
        return m.group(1) + self.count("credential") if any(c.isdigit() for c in m.group(2)) else m.group()

    def _card(self, m):
        digits = re.sub(r"[ -]", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits):
            return self.count("card")
        return m.group()

    def _ipv6(self, m):
        try:
            ipaddress.IPv6Address(m.group())
        except ValueError:
            return m.group()
        if not any(c.isdigit() for c in m.group()):
            return m.group()
        return self.count("ip")

    def _ipv4(self, m):
        if any(int(o) > 255 for o in m.group().split(".")):
            return m.group()
        if VERSION_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
            return m.group()
        return self.count("ip")

    def _phone(self, m):
        s = m.group()
        groups = re.findall(r"\d+", s)
        total = sum(len(g) for g in groups)
        if s[0] == "+":
            ok = 8 <= total <= (16 if "(" in s else 15)
        elif s[0] == "(":
            ok = 9 <= total <= 12 if s[1] == "0" else total == 10
        elif s[0] == "0":
            ok = (all(len(g) >= 2 for g in groups) and 9 <= total <= (15 if s[1] == "0" else 12)
                  and not DATE.match(s))
        else:
            ok = True
        return self.count("phone") if ok else s


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--fingerprints", default="")
    parser.add_argument("--out")
    args = parser.parse_args()
    with open(args.input, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")
    fingerprints = [tuple(f.split(":", 1)) for f in args.fingerprints.split(",") if f]
    redactor = Redactor(fingerprints)
    times = []
    out = ""
    for _ in range(max(1, args.reps)):
        t = time.perf_counter()
        out = redactor.redact(text)
        times.append(time.perf_counter() - t)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(out)
    json.dump({"bytes": len(data), "seconds": statistics.median(times), "counts": redactor.counts}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
