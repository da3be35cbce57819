#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/TARGET/) from the project's test data: the
Odoo 17 captures and the broken-response generator (XML-RPC, HTTP answers), the wire formats the fake
providers speak (tests/fixtures/fake_providers.py, INTEGRATIONS.md), the redaction cases, and the inputs the
unit tests use for the events intake, prompt templates, `--set` and database addresses. Deterministic; the key
file seeds come from tests/fuzz/seal_seeds (sealed with the least key-derivation work) and are kept as they are.

Usage: make-seeds.py   (run from anywhere; rewrites every corpus but key_file's sealed files)
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

here = Path(__file__).resolve().parent
tests = here.parent
captures = tests / "data" / "odoo17-captures"
MAX_SEED = 4096


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    assert len(data) <= MAX_SEED * 2, (target, name, len(data))
    d = here / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


def reset(target, keep=()):
    d = here / "corpus" / target
    if d.exists():
        for f in d.iterdir():
            if not any(f.name.startswith(k) for k in keep):
                f.unlink()


# XML-RPC: the small real answers and faults, and a sample of the broken-response corpus.
reset("xmlrpc_reader")
for f in sorted(captures.glob("*.response.xml")):
    if f.stat().st_size <= MAX_SEED:
        write("xmlrpc_reader", f.name.replace(".response.xml", ".xml"), f.read_bytes())
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, str(tests / "fixtures" / "make_xmlrpc_corpus.py"), tmp], check=True,
                   stdout=subprocess.DEVNULL)
    broken = sorted(p for p in Path(tmp).glob("*.xml") if p.stat().st_size <= MAX_SEED)
    for p in broken[::max(1, len(broken) // 20)]:
        write("xmlrpc_reader", "broken-" + p.name, p.read_bytes())

# HTTP answers: the first byte picks the body limit (3: 32 MiB). The captures' own heads, with their bodies
# sent whole, chunked, and until the close; the fake providers' streamed answers; errors.
reset("http_response")
def head_of(f):
    lines = f.read_text().splitlines()[1:]
    status = lines[0].replace("HTTP ", "HTTP/1.1 ", 1)
    return status, [l for l in lines[1:] if l]
def chunked(body, size=40):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"
for name in ["common_version", "fault_access_error", "create_partner", "authenticate_wrong_password"]:
    status, headers = head_of(captures / f"{name}.response.headers.txt")
    body = (captures / f"{name}.response.xml").read_bytes()
    head = "\r\n".join([status] + headers).encode() + b"\r\n\r\n"
    write("http_response", f"{name}-length", b"\x03" + head + body)
    plain = [h for h in headers if not h.lower().startswith("content-length")]
    write("http_response", f"{name}-chunked", b"\x03" + "\r\n".join(
        [status] + plain + ["Transfer-Encoding: chunked"]).encode() + b"\r\n\r\n" + chunked(body))
    write("http_response", f"{name}-close", b"\x03" + "\r\n".join([status] + plain).encode() + b"\r\n\r\n" + body)
sse_openai = (
    'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18",'
    '"choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,'
    '"finish_reason":null}],"usage":null}\n\n'
    'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18",'
    '"choices":[{"index":0,"delta":{"content":"ok"},"logprobs":null,"finish_reason":null}],"usage":null}\n\n'
    'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18",'
    '"choices":[{"index":0,"delta":{"content":" Hello"},"logprobs":null,"finish_reason":"stop"}],"usage":null}\n\n'
    'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini-2024-07-18",'
    '"choices":[],"usage":{"prompt_tokens":11,"completion_tokens":2,"total_tokens":13,'
    '"prompt_tokens_details":{"cached_tokens":4,"audio_tokens":0}}}\n\n'
    'data: [DONE]\n\n')
sse_anthropic = (
    'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message",'
    '"role":"assistant","model":"claude-haiku-4-5","content":[],"stop_reason":null,"stop_sequence":null,'
    '"usage":{"input_tokens":7,"cache_creation_input_tokens":0,"cache_read_input_tokens":4,"output_tokens":1}}}\n\n'
    'event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text",'
    '"text":""}}\n\n'
    'event: ping\ndata: {"type":"ping"}\n\n'
    'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta",'
    '"text":"ok"}}\n\n'
    'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta",'
    '"text":" Hello"}}\n\n'
    'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n'
    'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},'
    '"usage":{"output_tokens":2}}\n\n'
    'event: message_stop\ndata: {"type":"message_stop"}\n\n')
sse_error = 'data: {"error":{"message":"The server had an error while processing your request.","type":"server_error"}}\n\n'
stream_head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
               b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
def event_chunks(stream):
    out = b""
    for event in stream.encode().split(b"\n\n")[:-1]:
        e = event + b"\n\n"
        out += b"%x\r\n" % len(e) + e + b"\r\n"
    return out + b"0\r\n\r\n"
write("http_response", "openai-stream", b"\x03" + stream_head + event_chunks(sse_openai))
write("http_response", "anthropic-stream", b"\x03" + stream_head + event_chunks(sse_anthropic))
write("http_response", "stream-too-large", b"\x01" + stream_head + event_chunks(sse_openai))
write("http_response", "chunk-extension", b"\x03HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
      b"5;name=value\r\nhello\r\n0\r\nX-Trailer: t\r\n\r\n")
write("http_response", "no-reason", b"\x03HTTP/1.1 204\r\nContent-Length: 0\r\n\r\n")
write("http_response", "error-json", b"\x03HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
      b"Content-Length: 86\r\n\r\n" + b'{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}'[:86])
write("http_response", "too-large-length", b"\x00HTTP/1.1 200 OK\r\nContent-Length: 17\r\n\r\n0123456789abcdefg")
write("http_response", "not-http", b"\x03SSH-2.0-OpenSSH_9.2\r\n\r\n")
write("http_response", "bad-length", b"\x03HTTP/1.0 200 OK\r\nContent-Length: -5\r\n\r\n")
write("http_response", "lf-only", b"\x03HTTP/1.1 301 Moved\nLocation: /web\n\r\n\r\n")

# The events intake: what tests/models/tst_http_server_request.cpp sends, good and bad.
reset("http_server_request")
event = b'{"event":"lead.created","tenant":"acme","payload":{"id":42}}'
good = (b"POST /ipai_ai_connectors/event HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        b"X-Fusion-Signature: sha256=0123456789abcdef\r\nContent-Length: %d\r\n\r\n" % len(event) + event)
requests = {
    "event": good,
    "get-query": b"GET /x?token=abc HTTP/1.1\nHost: h\n\n",
    "too-large": b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1001\r\n\r\n",
    "huge-length": b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n",
    "no-length": b"POST / HTTP/1.1\r\nHost: h\r\n\r\n",
    "chunked": b"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n",
    "two-lengths": b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n",
    "negative": b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n",
    "extra-bytes": b"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}x",
    "no-host": b"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}",
    "http2": b"GET / HTTP/2.0\r\nHost: h\r\n\r\n",
    "absolute": b"GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n",
    "space-colon": b"GET / HTTP/1.1\r\nHost : h\r\n\r\n",
    "folded": b"GET / HTTP/1.1\r\nHost: h\r\n continued\r\n\r\n",
    "control": b"GET / HTTP/1.1\r\nHost: h\x01\r\n\r\n",
    "long-header": b"GET / HTTP/1.1\r\nHost: h\r\nX: " + b"a" * 1100,
    "many-headers": b"GET / HTTP/1.1\r\nHost: h\r\n" + b"".join(b"X-%d: v\r\n" % i for i in range(10)) + b"\r\n",
}
for name, data in requests.items():
    write("http_server_request", name, data)

# Server-sent events: the providers' streams, a comment, CR and CRLF line ends, an oversized event.
reset("sse")
write("sse", "openai", sse_openai)
write("sse", "anthropic", sse_anthropic)
write("sse", "error", sse_error)
write("sse", "crlf", sse_anthropic.replace("\n", "\r\n"))
write("sse", "cr", sse_openai.replace("\n", "\r"))
write("sse", "comments-ids", ": keep-alive\n\nid: 7\nretry: 1000\nevent: note\ndata: one\ndata: two\n\ndata\n\n")
write("sse", "oversized", "data: " + "x" * 600 + "\n\n")

# The providers' JSON: byte 0 picks the reader (bit 0: anthropic; (byte >> 1) % 3: 0 plain answer,
# 1 stream, 2 embeddings; bit 6: HTTP 429 for a plain answer; (byte >> 4) % 4 + 1: texts sent for embeddings).
reset("provider_json")
openai_plain = json.dumps({"id": "chatcmpl-1", "object": "chat.completion", "created": 1,
    "model": "gpt-4o-mini-2024-07-18", "choices": [{"index": 0, "message": {"role": "assistant",
    "content": "ok Hello there", "refusal": None}, "logprobs": None, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 11, "completion_tokens": 3, "total_tokens": 14,
              "prompt_tokens_details": {"cached_tokens": 2, "audio_tokens": 0}}, "system_fingerprint": "fp_fake"},
    separators=(",", ":"))
anthropic_plain = json.dumps({"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
    "content": [{"type": "text", "text": "ok Hello there"}], "stop_reason": "end_turn", "stop_sequence": None,
    "usage": {"input_tokens": 7, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 4,
              "output_tokens": 3}}, separators=(",", ":"))
openai_error = '{"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}'
anthropic_error = '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}'
def embeddings(n, dims=4):
    return json.dumps({"object": "list", "data": [{"object": "embedding", "index": i,
        "embedding": [round(0.1 * (i + 1) * (j + 1), 8) for j in range(dims)]} for i in range(n)],
        "model": "text-embedding-3-small", "usage": {"prompt_tokens": 3 * n, "total_tokens": 3 * n}},
        separators=(",", ":"))
seeds = {
    "openai-plain": (0, openai_plain), "anthropic-plain": (1, anthropic_plain),
    "openai-error": (0x40, openai_error), "anthropic-error": (0x41, anthropic_error),
    "openai-no-usage": (0, '{"choices":[{"message":{"content":"x"}}]}'),
    "openai-stream": (2, sse_openai), "anthropic-stream": (3, sse_anthropic), "stream-error": (2, sse_error),
    "embeddings-1": (4, embeddings(1)), "embeddings-3": (4 | (2 << 4), embeddings(3)),
    "embeddings-short": (4 | (1 << 4), embeddings(1)),
    "embeddings-nan": (4, '{"data":[{"index":0,"embedding":[1e999,0.5]}],"usage":{"prompt_tokens":1}}'),
}
for name, (mode, body) in seeds.items():
    write("provider_json", name, bytes([mode]) + body.encode())

# Prompt templates: the language's cases from docs and tests/ai/tst_prompt_template.cpp.
reset("prompt_template")
templates = [
    "Summarise {{ticket}} for {{customer.name}}.", "ab {{ x }}cd\\{{e", "{{{json}}}", "\\\\{{a}} \\\\\\{{b}}",
    "{{a{{b}}}}", "{{name", "{{name}", "{{}}", "{{ }}", "{{first-name}}", "{{größe}}", "{{name|upper}}",
    "{{a b}}", '{"k": "{{value}}"} }} {', "line1\n{{x}}\nline2 {{\ny}}", "😀 {{emoji}} 😀", "", "plain text",
    "{{_private.value_2}}\t{{\tx\t}}",
]
for i, t in enumerate(templates):
    write("prompt_template", f"t{i:02d}", t)

# The redactor: "SECRET\0TEXT" — each case's input with a vault secret of the providers' shapes.
reset("redactor")
cases = json.loads((tests / "data" / "redaction" / "cases.json").read_text())["cases"]
secrets = ["sk-proj-abcdefghijklmnop1234", "short-secret", "sk-ant-api03-ZZZZZZZZZZZZZZZZZZZZ", ""]
for i, case in enumerate(cases[::max(1, len(cases) // 40)]):
    text = case["input"].encode()
    if len(text) > MAX_SEED:
        continue
    write("redactor", f"case{i:02d}", secrets[i % len(secrets)].encode() + b"\0" + text)

# `--set FIELD=VALUE...`: NUL between the arguments.
reset("field_assignment")
sets = [["name=X Corp"], ["region=fra9"], ["bundles=crm, sales,,website"], ["billing.plan=pro", "billing.seats=5"],
        ["sso.realm=acme", "sso.enabled=true"], ["analytics.etl_kind=n8n"], ["infra_template=small"],
        ["name=a=b=c"], ["=oops"], ["noequals"], ["name=X", "bundles=crm"], ["billing.plan="], ["bundles="]]
for i, s in enumerate(sets):
    write("field_assignment", f"s{i:02d}", "\0".join(s))

# Database addresses: tests/models/tst_database_target.cpp's good and bad ones.
reset("database_url")
urls = ["sqlite:///var/lib/fusion/fusion.db", "sqlite://data/fusion.db", "sqlite:other.db",
        "postgresql://alice@db.example.com:6432/fusion?sslmode=require", "postgres://db.example.com/fusion",
        "postgresql://bob@/fusion?host=/tmp/pg-sock&port=5433", "postgresql://ops%40acme@db.example.com/my%20db",
        "sqlite:///tmp/with%20space/f%C3%BCsion.db", "postgresql://alice@[::1]:5432/fusion",
        "mysql://root@localhost/fusion", "http://example.com/fusion", "sqlite://",
        "postgresql://alice:FUZZPASSWORD@db.example.com/fusion",
        "postgresql://alice@db.example.com/fusion?password=FUZZPASSWORD",
        "postgresql://alice@/fusion?host=/tmp&port=abc", "postgresql://alice@/fusion?host=/tmp&port=70000",
        "postgresql://alice@/fusion?host=/tmp&port=0", "postgresql://alice@db.example.com:99999/f",
        "postgresql://alice@db.example.com/fusion?connect_timeout=3", "postgresql://alice@db.example.com/a/b"]
for i, u in enumerate(urls):
    write("database_url", f"u{i:02d}", u)

# The key file: plaintext JSON for parseContent (sealed files are made by seal_seeds and kept).
reset("key_file", keep=("sealed-",))
contents = {
    "json-api-key": {"format": "fusion-console-keys", "version": 1, "exported_by": "owner@acme",
                     "exported_at": "2026-12-01T10:00:00Z",
                     "providers": [{"code": "openai", "name": "OpenAI", "kind": "api_key",
                                    "base_url": "https://api.openai.com", "token_url": "", "validation": "models"}],
                     "keys": [{"provider": "openai", "kind": "api_key", "label": "prod", "notes": "",
                               "client_id": "", "expires_at": "", "secret": "sk-proj-abcdefghijklmnop1234"}]},
    "json-oauth": {"format": "fusion-console-keys", "version": 1, "exported_by": "", "exported_at": "",
                   "providers": [], "keys": [{"provider": "google", "kind": "oauth", "label": "workspace",
                   "client_id": "123.apps", "client_secret": "cs", "refresh_token": "rt", "access_token": ""}]},
    "json-bad-kind": {"format": "fusion-console-keys", "keys": [{"provider": "x", "kind": "ssh", "label": "l"}]},
    "json-no-keys": {"format": "fusion-console-keys", "keys": []},
    "json-other": {"format": "something-else"},
}
for name, c in contents.items():
    write("key_file", name, json.dumps(c, separators=(",", ":")))
write("key_file", "not-ours", b"PK\x03\x04 not a key file")
write("key_file", "newer", b"FCVAULT\x02")
print("seeds written:", {d.name: len(list(d.iterdir())) for d in sorted((here / "corpus").iterdir())})
