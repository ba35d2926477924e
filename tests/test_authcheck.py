"""Sender authenticity from Authentication-Results (pure)."""

from __future__ import annotations

import pytest

from requestbot.authcheck import check_sender

ID = "mx.example.fi"
CASES = [
    # (headers, from, mode, ok, method)
    ([f"{ID}; dmarc=pass header.from=example.fi"], "a@example.fi", "dmarc_or_dkim", True, "dmarc"),
    ([f"{ID}; dkim=pass header.d=example.fi"], "a@example.fi", "dmarc_or_dkim", True, "dkim"),
    # DKIM alignment (review 1b): d= is the From domain or a subdomain of it, never a
    # parent (d=fi would speak for every .fi domain); a malformed name fails closed.
    ([f"{ID}; dkim=pass header.d=example.fi"], "a@mail.example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dkim=pass header.d=mail.example.fi"], "a@example.fi", "dmarc_or_dkim", True, "dkim"),
    ([f"{ID}; dkim=pass header.d=fi"], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dkim=pass header.d=.fi"], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dkim=pass header.d=example.fi."], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dkim=pass header.d=mail..example.fi"], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dkim=pass header.i=@fi"], "a@example.fi", "dmarc_or_dkim", False, ""),
    ([f"{ID}; dkim=pass header.d=example.fi"], "a@example.fi.", "dmarc_or_dkim", False, ""),
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


# --- issue 15: fail closed, raw values, Microsoft 365, Google -----------------------------

from requestbot.authcheck import ExchangeStamp, authenticate, authserv_id_of  # noqa: E402

FORGED_PASS = f"{ID}; dkim=pass header.d=example.fi; dmarc=pass header.from=example.fi"


@pytest.mark.parametrize(
    "top",
    [
        f"{ID}; spf=pass smtp.mailfrom=ä@evil.example.com; dmarc=fail header.from=example.fi",
        f"{ID}; spf=pass smtp.helo=[192.0.2.1]",
        f"{ID}; spf=pass smtp.mailfrom=<a@evil.example.com>",
        f'{ID}; spf=pass smtp.mailfrom="=?utf-8?q?=22?="@evil.example.com',
    ],
    ids=["smtputf8", "address-literal", "angle-brackets", "quote-word"],
)
def test_an_unparseable_topmost_header_of_ours_fails_closed(top: str) -> None:
    verdict = check_sender([top, FORGED_PASS], authserv_id=ID, from_address="a@example.fi")
    assert not verdict.ok


def test_encoded_words_in_a_copied_envelope_sender_stay_opaque() -> None:
    mailfrom = "=?utf-8?q?x=3B_dkim=3Dpass_header.d=3Dexample.fi_header.i=3D?=@evil.example.com"
    value = f"{ID}; spf=pass smtp.mailfrom={mailfrom}; dmarc=fail header.from=example.fi"
    verdict = check_sender([value], authserv_id=ID, from_address="a@example.fi")
    assert not verdict.ok


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"{ID}; dkim=pass", ID),
        (f"  (comment (nested)) {ID.upper()} 1; none", ID),
        ("spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.fi", "spf=pass"),
        ("", ""),
    ],
)
def test_authserv_id_is_read_without_parsing_the_results(value: str, expected: str) -> None:
    assert authserv_id_of(value) == expected


def _auth(mode: str, results: list[str], stamp: ExchangeStamp, authserv: str = ID) -> bool:
    return authenticate(
        mode=mode,
        authserv_id=authserv,
        auth_results=results,
        exchange=stamp,
        from_address="a@example.fi",
    ).ok


def test_microsoft365_trusts_only_exchange_internal_stamps() -> None:
    internal = ExchangeStamp("Internal", "AM0PR01MB1234.eurprd01.prod.outlook.com")
    assert _auth("microsoft365", [], internal, authserv="")
    assert not _auth("microsoft365", [], ExchangeStamp("Anonymous", "x.outlook.com"), "")
    assert not _auth("microsoft365", [], ExchangeStamp("Internal", ""), "")
    # A-R pass is not what M365 internal mail carries: not enough on its own.
    assert not _auth("microsoft365", [FORGED_PASS], ExchangeStamp(), ID)


def test_internal_microsoft365_mail_in_dmarc_mode_says_what_to_configure() -> None:
    stamp = ExchangeStamp("Internal", "AM0PR01MB1234.eurprd01.prod.outlook.com")
    verdict = authenticate(
        mode="dmarc_or_dkim",
        authserv_id=ID,
        auth_results=[],
        exchange=stamp,
        from_address="a@example.fi",
    )
    assert not verdict.ok
    assert 'authentication = "microsoft365"' in verdict.detail


def test_google_mode_reads_mx_google_com() -> None:
    gmail = (
        "mx.google.com; dkim=pass header.i=@example.fi header.s=google header.b=abc; "
        "spf=pass smtp.mailfrom=a@example.fi; dmarc=pass (p=NONE sp=NONE dis=NONE) "
        "header.from=example.fi"
    )
    assert _auth("google", [gmail], ExchangeStamp(), authserv="")
    assert not _auth(
        "google", [gmail.replace("mx.google.com", "mx.evil.example.com")], ExchangeStamp(), ""
    )
    assert not _auth(
        "google",
        [FORGED_PASS.replace(ID, "mx.google.com").replace("pass", "fail"), gmail],
        ExchangeStamp(),
        "",
    )
