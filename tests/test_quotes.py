"""Unit tests for requestbot.quotes: new text of a reply."""

from __future__ import annotations

import pytest

from requestbot.quotes import strip_html_quotes, strip_quotes

NEW = "Poistakaa tietoni."

CASES = [
    ("plain", NEW, NEW),
    (
        "en wrote",
        f"{NEW}\n\nOn Mon, 2 Feb 2026 at 10:00, Bob <bob@example.com> wrote:\n> old\n",
        NEW,
    ),
    (
        "en wrote wrapped",
        f"{NEW}\n\nOn Mon, Feb 2, 2026 at 10:00 AM Bob Example <\nbob@example.com> wrote:\n\n> old",
        NEW,
    ),
    (
        "fi name first",
        f"{NEW}\n\nMatti Meikäläinen <m@example.fi> kirjoitti 2.2.2026 klo 10.00:\n> vanha",
        NEW,
    ),
    (
        "fi date first wrapped",
        f"{NEW}\n\nma 2. helmik. 2026 klo 10.00 Matti Meikäläinen\n<m@example.fi> kirjoitti:\n\n> vanha",
        NEW,
    ),
    (
        "sv name first",
        f"{NEW}\n\nKalle Anka <k@example.se> skrev 2 feb. 2026 10:00:\n> gammal",
        NEW,
    ),
    (
        "sv den",
        f"{NEW}\n\nDen 2 feb. 2026 kl. 10:00 skrev Kalle Anka <k@example.se>:\n> gammal",
        NEW,
    ),
    ("de schrieb", f"{NEW}\n\nAm 02.02.2026 um 10:00 schrieb Max <m@example.com>:\n> alt", NEW),
    (
        "outlook fi",
        f"{NEW}\n\nLähettäjä: Asiakaspalvelu <info@example.com>\nLähetetty: maanantai 2. helmikuuta 2026 10.00\n"
        "Vastaanottaja: m@example.fi\nAihe: Tilaus\n\nvanha viesti",
        NEW,
    ),
    (
        "outlook sv",
        f"{NEW}\n\nFrån: Kundtjänst <info@example.com>\nSkickat: den 2 februari 2026 10:00\nTill: k@example.se\n\ngammalt",
        NEW,
    ),
    (
        "outlook en with rule",
        f"{NEW}\n\n________________________________\nFrom: Shop <info@example.com>\nSent: Monday\nTo: x@example.com\n\nold",
        NEW,
    ),
    ("original message", f"{NEW}\n\n-----Original Message-----\nFrom: a@example.com\n\nold", NEW),
    (
        "alkuperäinen",
        f"{NEW}\n\n-----Alkuperäinen viesti-----\nLähettäjä: a@example.com\n\nvanha",
        NEW,
    ),
    (
        "ursprungligt",
        f"{NEW}\n\n-----Ursprungligt meddelande-----\nFrån: a@example.com\n\ngammalt",
        NEW,
    ),
    (
        "forwarded",
        f"{NEW}\n\n---------- Forwarded message ----------\nFrom: a@example.com\n\nold",
        NEW,
    ),
    ("trailing > block", f"{NEW}\n\n> old line\n> another\n", NEW),
    ("inline quote kept", f"> question?\n{NEW}\n", f"> question?\n{NEW}"),
    ("dash signature", f"{NEW}\n\n-- \nMatti\n040 123", NEW),
    ("iphone", f"{NEW}\n\nSent from my iPhone", NEW),
    ("iphone fi", f"{NEW}\n\nLähetetty iPhonesta", NEW),
    ("iphone sv", f"{NEW}\n\nSkickat från min iPhone", NEW),
    ("outlook android fi", f"{NEW}\n\nHanki Outlook for Android<https://aka.ms/ghei36>", NEW),
    (
        "not a header",
        f"{NEW}\nI wrote to you earlier:\nplease answer",
        f"{NEW}\nI wrote to you earlier:\nplease answer",
    ),
    ("bottom posting", "On Mon, 2 Feb 2026, Bob <b@example.com> wrote:\n> old\n\n" + NEW, NEW),
    ("only quote", "> just a quote", "> just a quote"),
    ("crlf", f"{NEW}\r\n\r\nOn Mon, 2 Feb 2026, Bob <b@example.com> wrote:\r\n> old", NEW),
    ("empty", "", ""),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_strip_quotes(name: str, text: str, expected: str) -> None:
    assert strip_quotes(text) == expected


def test_keep_signature() -> None:
    text = f"{NEW}\n\n-- \nMatti\n\nOn Mon, 2 Feb 2026, Bob <b@example.com> wrote:\n> old"
    assert strip_quotes(text, keep_signature=True) == f"{NEW}\n\n-- \nMatti"


@pytest.mark.parametrize(
    ("html", "kept", "dropped"),
    [
        (
            '<div>Hei</div><div class="gmail_quote">On x wrote:<blockquote>vanha</blockquote></div>',
            "Hei",
            "vanha",
        ),
        ('<p>Hej</p><blockquote type="cite">gammalt</blockquote>', "Hej", "gammalt"),
        ('<p>Hi</p><div id="divRplyFwdMsg">From: x</div><div>old</div>', "Hi", "old"),
        ("<p>No quote</p>", "No quote", None),
        ("", "", None),
    ],
)
def test_strip_html_quotes(html: str, kept: str, dropped: str | None) -> None:
    out = strip_html_quotes(html)
    assert kept in out
    if dropped:
        assert dropped not in out


BARE_FORWARD = (
    "Sent from my iPhone\n\nBegin forwarded message:\n\nFrom: Shop <news@example.fi>\n"
    "Subject: Winter offers\n\nOur winter offers are here.\n"
    "Please do not reply to this email.\n"
)


def test_a_bare_forward_has_no_new_text_of_its_own() -> None:
    # new_text falls back to the whole forward (better than nothing to classify) ...
    assert "winter offers are here" in strip_quotes(BARE_FORWARD)
    # ... but what the sender wrote themselves is nothing
    assert strip_quotes(BARE_FORWARD, whole_if_empty=False) == ""
    assert strip_quotes("Delete my data.\n\n" + BARE_FORWARD, whole_if_empty=False) == (
        "Delete my data."
    )
