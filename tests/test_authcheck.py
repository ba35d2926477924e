"""Sender authenticity from Authentication-Results (pure)."""

from __future__ import annotations

import pytest

from requestbot.authcheck import check_sender

ID = "mx.example.fi"
CASES = [
    # (headers, from, mode, ok, method)
    ([f"{ID}; dmarc=pass header.from=example.fi"], "a@example.fi", "dmarc_or_dkim", True, "dmarc"),
    ([f"{ID}; dkim=pass header.d=example.fi"], "a@example.fi", "dmarc_or_dkim", True, "dkim"),
    ([f"{ID}; dkim=pass header.d=example.fi"], "a@mail.example.fi", "dmarc_or_dkim", True, "dkim"),
    ([f"{ID}; dkim=pass header.d=example.fi"], "a@example.fi", "dmarc", False, ""),
    ([f"{ID}; dkim=pass header.d=evil.example.com"], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dkim=pass header.d=xample.fi"], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dmarc=fail header.from=example.fi"], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dmarc=pass header.from=example.com"], "a@example.fi", "dmarc_or_dkim", False, ""),
    (
        ["mx.evil.example.com; dmarc=pass header.from=example.fi"],
        "a@example.fi",
        "dmarc_or_dkim",
        False,
        "",
    ),
    ([], "a@example.fi", "dmarc_or_dkim", False, ""),
    (["garbage ;;; ==="], "a@example.fi", "dmarc_or_dkim", False, ""),
    # Our server's header on top says fail; a forged "pass" below must not count.
    (
        [f"{ID}; dmarc=fail header.from=example.fi", f"{ID}; dmarc=pass header.from=example.fi"],
        "a@example.fi",
        "dmarc_or_dkim",
        False,
        "",
    ),
    (
        [f"{ID.upper()}; spf=pass smtp.mailfrom=a@example.fi; dkim=pass header.d=Example.FI"],
        "A@Example.fi",
        "dmarc_or_dkim",
        True,
        "dkim",
    ),
]


@pytest.mark.parametrize(("headers", "sender", "mode", "ok", "method"), CASES)
def test_check_sender(headers: list[str], sender: str, mode: str, ok: bool, method: str) -> None:
    v = check_sender(headers, authserv_id=ID, from_address=sender, mode=mode)
    assert (v.ok, v.method) == (ok, method), v.detail


def test_no_authserv_id_configured_never_passes() -> None:
    v = check_sender(
        [f"{ID}; dmarc=pass header.from=example.fi"], authserv_id="", from_address="a@example.fi"
    )
    assert not v.ok
