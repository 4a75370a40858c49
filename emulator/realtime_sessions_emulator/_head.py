"""A request's head (request line and headers) read the way http.server reads it, cheaply.

http.server hands the header lines to the `email` package's parser, which took about a third
of a whole mint (it looks for MIME parts, folds and charsets a request head never has). This
reads the same lines with the same limits and the same refusals: a line over 65,536 bytes is
431 "Line too long", more than 100 lines 431 "Too many headers", a request line that is not
`METHOD TARGET HTTP/x.y` 400, a version from 2.0 on 505, with http.server's own words.

Where it is stricter on purpose, as the API's own front end is: a header line without a colon
(or a name with spaces) is 400, where the email parser stopped reading headers there and
served the request anyway; values lose surrounding whitespace, and folded lines are joined
with a space.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import BinaryIO

MAX_LINE = 65536  # http.client's _MAXLINE: a longer header line is refused
MAX_HEADERS = 100  # http.client's _MAXHEADERS (the blank line that ends them counts)
_ENDS = (b"\r\n", b"\n", b"")


class HeadError(Exception):
    """A head that cannot be served: http.server's status, reason and detail for it."""

    def __init__(self, status: int, message: str, explain: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.explain = status, message, explain


class Headers(Mapping[str, str]):
    """A request's headers: names compared without case, the first value of a repeated one
    from `get`, all of them from `get_all`, every line in order from `items`."""

    def __init__(self, lines: list[tuple[str, str]]) -> None:
        self._lines = lines
        self._values: dict[str, list[str]] = {}
        for name, value in lines:
            key = name.lower()
            if key in self._values:
                self._values[key].append(value)
            else:
                self._values[key] = [value]

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()][0]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        values = self._values.get(name.lower())
        return default if values is None else values[0]

    def get_all(self, name: str) -> list[str] | None:
        """Every value of `name`, in order; None when it was not sent (like email.Message)."""
        values = self._values.get(name.lower())
        return None if values is None else list(values)

    def items(self) -> list[tuple[str, str]]:  # type: ignore[override]
        return list(self._lines)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._lines)

    def __len__(self) -> int:
        return len(self._lines)


def request_line(line: str, protocol_version: str) -> tuple[str, str, str | None, bool]:
    """(method, target, version or None for HTTP/0.9, whether the connection closes after).

    Raises HeadError with http.server's answer to a bad line (the line is not empty).
    """
    words = line.split()
    if len(words) == 3 and words[2] == "HTTP/1.1" and not words[1].startswith("//"):
        return words[0], words[1], words[2], protocol_version < "HTTP/1.1"  # the usual line
    version, close = None, True
    if len(words) >= 3:
        version = words[-1]
        number = _version_number(version)
        if number >= (1, 1) and protocol_version >= "HTTP/1.1":
            close = False
        if number >= (2, 0):
            raise HeadError(505, f"Invalid HTTP version ({version.split('/', 1)[1]})")
    if not 2 <= len(words) <= 3:
        raise HeadError(400, f"Bad request syntax ({line!r})")
    method, target = words[:2]
    if len(words) == 2:
        close = True
        if method != "GET":
            raise HeadError(400, f"Bad HTTP/0.9 request type ({method!r})")
    if target.startswith("//"):  # http.server's guard against open redirects (gh-87389)
        target = "/" + target.lstrip("/")
    return method, target, version, close


def _version_number(version: str) -> tuple[int, int]:
    parts = version[5:].split(".") if version.startswith("HTTP/") else []
    if len(parts) != 2 or not all(part.isdigit() and len(part) <= 10 for part in parts):
        raise HeadError(400, f"Bad request version ({version!r})")
    try:
        return int(parts[0]), int(parts[1])
    except ValueError:  # a digit int() does not read, such as a superscript
        raise HeadError(400, f"Bad request version ({version!r})") from None


def read_headers(rfile: BinaryIO) -> Headers:
    """The header lines up to the blank line; a folded line continues the one before it."""
    headers = _buffered_headers(rfile)
    return _headers_line_by_line(rfile) if headers is None else headers


def _buffered_headers(rfile: BinaryIO) -> Headers | None:
    """The usual case at once: the whole head is in the read buffer already, every line ends
    in CRLF, none too long nor too many. None: read it line by line instead."""
    buffered = rfile.peek(MAX_LINE)  # type: ignore[attr-defined]  # a BufferedReader
    if buffered.startswith(b"\r\n"):
        rfile.read(2)
        return Headers([])
    end = buffered.find(b"\r\n\r\n")
    if end < 0:
        return None
    block = buffered[:end]
    raw_lines = block.split(b"\r\n")
    if (
        len(raw_lines) >= MAX_HEADERS
        or b"\n" in block.replace(b"\r\n", b"")
        or max(map(len, raw_lines)) + 2 > MAX_LINE
    ):
        return None
    rfile.read(end + 4)
    lines: list[tuple[str, str]] = []
    for raw in raw_lines:
        _add_line(lines, raw.decode("iso-8859-1"))
    return Headers(lines)


def _headers_line_by_line(rfile: BinaryIO) -> Headers:
    lines: list[tuple[str, str]] = []
    count = 0
    while True:
        raw = rfile.readline(MAX_LINE + 1)
        if len(raw) > MAX_LINE:
            explain = f"got more than {MAX_LINE} bytes when reading header line"
            raise HeadError(431, "Line too long", explain)
        count += 1
        if count > MAX_HEADERS:
            raise HeadError(431, "Too many headers", f"got more than {MAX_HEADERS} headers")
        if raw in _ENDS:
            return Headers(lines)
        _add_line(lines, raw.decode("iso-8859-1"))


def _add_line(lines: list[tuple[str, str]], text: str) -> None:
    """One header line (its line ending or not): a new header, or a folded continuation."""
    if text[0] in " \t" and lines:  # obsolete line folding: one value over two lines
        name, value = lines[-1]
        lines[-1] = (name, f"{value} {text.strip()}")
        return
    name, colon, value = text.partition(":")
    if not colon or not name or name != name.strip():
        raise HeadError(400, f"Bad request: a malformed header line ({text.rstrip()!r})")
    lines.append((name, value.strip()))
