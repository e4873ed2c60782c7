"""Text from reports, rule files, baselines and file names made safe to show on a terminal or in Markdown.

A report may hold any character its encoding can carry: an ESC would recolour the terminal
(or, with BEL, retitle its window), a right-to-left override would show a line in another
order than it is read. Every writer of terminal text or Markdown shows such characters as
visible escapes (``\\x1b``, ``\\u202e``), as the XML and HTML writers already do; line breaks
and tabs are kept, for the writer to lay out.

>>> visible("招聘会\\x1b]0;pwned\\x07 175 场")
'招聘会\\\\x1b]0;pwned\\\\x07 175 场'
>>> visible("第一行\\n\\t第二行\\u202e")
'第一行\\n\\t第二行\\\\u202e'
"""

from __future__ import annotations

import re

# C0 and C1 controls but line feed and tab, DEL, the marks and overrides that reorder a line
# (bidi), the line and paragraph separators, and lone surrogates (a baseline's JSON may hold "\ud800").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
                      "\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` with each control character (line feed and tab aside) written as a visible escape."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
