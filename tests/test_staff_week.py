"""A privacy officer's week, by mail only, through the real flow.

Dovecot + aiosmtpd + `requestbot poll --once`; the clock is set the documented
way (``REQUESTBOT_NOW``), never patched. Each day's mail is APPENDed with the
day's INTERNALDATE, then one poll takes it in and sends the answers, which are
read back from the sink and asserted: commands in Finnish, Swedish and English
words, a command after a greeting, a command inside a sentence that is reported
and not run, a partial refusal carried to one final letter, an access copy
sent by attachment and then completed, a forged-looking staff mail released
from quarantine, a suppression removed, a non-request forwarded, merge, split,
address, history, list and find.
"""

from __future__ import annotations

import email.message
import email.policy
import email.utils
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from flowkit import STAFF, dkim_pass, write_config
from servers import MailUser, SmtpSink, make_message

from requestbot import config as config_mod
from requestbot.cases import CaseStore
from requestbot.cli import main
from requestbot.clock import ENV
from requestbot.model import Case, Status

pytestmark = pytest.mark.imap

Mail = email.message.EmailMessage
HKI = ZoneInfo("Europe/Helsinki")
AUTH = dkim_pass("example.fi")
CS = "asiakaspalvelu@example.fi"
MATTI, ANNA, BOB = "matti@example.fi", "anna@example.se", "bob@example.com"
KALLE, JARI = "kalle@example.fi", "jari@example.fi"
INVOICE_NOTE = "laskut säilytetään kirjanpitolain vuoksi: rajoita, älä poista"


class Week:
    def __init__(self, tmp_path: Path, user: MailUser, sink: SmtpSink, mp: pytest.MonkeyPatch):
        self.user, self.sink, self.mp = user, sink, mp
        self.cfg = write_config(
            tmp_path,
            user,
            sink,
            staff=f'customer_service = "{CS}"\ndigest_time = "23:59"',
        )
        text = self.cfg.read_text().replace(
            'name = "Business Central"\n', f'name = "Business Central"\nnote = "{INVOICE_NOTE}"\n'
        )
        self.cfg.write_text(text)
        self.seen = 0
        self.when = datetime(2026, 12, 7, 9, 0, tzinfo=HKI)

    def at(self, when: datetime) -> None:
        self.when = when
        self.mp.setenv(ENV, when.isoformat())

    def send(self, raw: bytes) -> None:
        self.user.append(raw, internaldate=self.when)

    def poll(self) -> dict[str, list[Mail]]:
        assert main(["--config", str(self.cfg), "poll", "--once"]) == 0
        msgs = self.sink.messages
        fresh, self.seen = msgs[self.seen :], len(msgs)
        out: dict[str, list[Mail]] = {}
        for m in fresh:
            for rcpt in m.rcpt_tos:
                out.setdefault(rcpt, []).append(m.message)
        return out

    def staff(
        self,
        to_mail: Mail | None,
        body: str,
        *,
        subject: str | None = None,
        auth: str | None = AUTH,
        files: tuple[tuple[str, bytes], ...] = (),
    ) -> None:
        msg = email.message.EmailMessage(policy=email.policy.SMTP)
        msg["From"] = f"Sanna Staff <{STAFF}>"
        msg["To"] = self.user.address
        msg["Subject"] = subject or ("Re: " + to_mail["Subject"] if to_mail else "komento")
        msg["Message-ID"] = email.utils.make_msgid(domain="example.fi")
        msg["Date"] = email.utils.format_datetime(self.when)
        if to_mail is not None:
            msg["In-Reply-To"] = to_mail["Message-ID"]
            msg["References"] = to_mail["Message-ID"]
        if auth:
            msg["Authentication-Results"] = auth
        quoted = ""
        if to_mail is not None:
            quoted = "\n".join("> " + line for line in text(to_mail).splitlines()[:6])
        msg.set_content(f"{body}\n\n{quoted}\n")
        for name, data in files:
            msg.add_attachment(data, maintype="application", subtype="zip", filename=name)
        self.send(msg.as_bytes())

    def customer(self, sender: str, subject: str, body: str) -> None:
        domain = sender.rstrip(">").rpartition("@")[2]
        self.send(make_message(sender, subject, body, authentication_results=dkim_pass(domain)))

    def store_read(self, fn: object) -> object:
        c = config_mod.load(self.cfg)
        with CaseStore.open(c.resolve_path(c.storage.path), readonly=True) as store:
            return fn(store)  # type: ignore[operator]

    def case_of(self, address: str) -> Case:
        cases = self.store_read(lambda s: s.cases())
        assert isinstance(cases, list)
        [case] = [c for c in cases if c.requester_address == address and c.is_open] or [
            c for c in cases if c.requester_address == address
        ][-1:]
        assert isinstance(case, Case)
        return case

    def case(self, case_id: str) -> Case:
        case = self.store_read(lambda s: s.require_case(case_id))
        assert isinstance(case, Case)
        return case


def text(msg: Mail) -> str:
    body = msg.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]


def one(mails: dict[str, list[Mail]], rcpt: str, *words: str) -> Mail:
    """The one mail to ``rcpt`` whose subject or text has every word."""
    found = [m for m in mails.get(rcpt, []) if all(w in m["Subject"] + text(m) for w in words)]
    assert len(found) == 1, (rcpt, words, [m["Subject"] for m in mails.get(rcpt, [])])
    return found[0]


def answer(mails: dict[str, list[Mail]], command: str) -> Mail:
    """The one staff answer whose subject names ``command``."""
    found = [m for m in mails.get(STAFF, []) if command in " ".join(m["Subject"].split())]
    assert len(found) == 1, (command, [m["Subject"] for m in mails.get(STAFF, [])])
    return found[0]


def notice_for(mails: dict[str, list[Mail]], name: str) -> Mail:
    return one(mails, STAFF, "Uusi tietosuojapyyntö", name)


@pytest.fixture
def week(
    tmp_path: Path, mailbox_user: MailUser, smtp_sink: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> Week:
    return Week(tmp_path, mailbox_user, smtp_sink, monkeypatch)


def test_a_week_at_the_privacy_desk(week: Week) -> None:
    # --- Monday 7.12. 9:00: five messages arrive -----------------------------------
    week.at(datetime(2026, 12, 7, 9, 0, tzinfo=HKI))
    week.customer(f"Matti Meikäläinen <{MATTI}>", "tietoni", "Poistakaa kaikki tietoni.\n")
    week.customer(f"Anna Andersson <{ANNA}>", "registerutdrag", "Jag vill ha ett registerutdrag.\n")
    week.customer(
        f"Bob Example <{BOB}>",
        "my data",
        "Please delete all my data and stop sending me marketing e-mails.\n",
    )
    week.customer("Pekka Puu <pekka@example.fi>", "tietoni", "Haluan kopion tiedoistani.\n")
    week.customer(f"Kalle <{KALLE}>", "tilaus", "Hei, missä tilaukseni viipyy?\n")
    mails = week.poll()
    matti_n = notice_for(mails, "Matti")
    anna_n = notice_for(mails, "Anna")
    bob_n = notice_for(mails, "Bob")
    pekka_n = notice_for(mails, "Pekka")
    kalle_n = notice_for(mails, "Kalle")
    # The notification shows its state, and the checklist the system's note from config.
    assert "Tila:       luokittelematta" in text(kalle_n)
    assert "Tila:       käsittelyssä" in text(matti_n)
    assert f"[ ] Business Central – tekemättä\n    {INVOICE_NOTE}" in text(matti_n)
    matti = week.case_of(MATTI)

    # --- Monday 10:00: staff answer by mail ------------------------------------------
    week.at(datetime(2026, 12, 7, 10, 0, tzinfo=HKI))
    # A command after a greeting runs; Finnish words.
    week.staff(matti_n, "Hei,\n\n#huom soitin asiakkaalle\n#järjestelmä slotti valmis")
    # A command inside a sentence is not run, and the answer says so.
    week.staff(pekka_n, "Kiitos, #valmis https://files.example.fi/x lähtee huomenna.")
    # Not a request: forwarded to customer service.
    week.staff(kalle_n, "#välitä Asiakas kysyy tilauksestaan.")
    # The copy goes out as an attachment (Swedish words).
    week.staff(anna_n, "#svara\nHär är dina uppgifter.", files=(("anna.zip", b"PK-anna"),))
    # A partial refusal is recorded; the case stays open (English words).
    week.staff(
        bob_n,
        "#kind erasure marketing_opt_out\n"
        "#refuse partial erasure: Your unpaid invoice is with debt collection; "
        "we keep its data until the claim is settled.",
    )
    # A staff mail without Authentication-Results: quarantined, runs nothing.
    week.staff(
        None,
        "#huom Asiakas vahvisti puhelimessa.",
        subject=f"[{matti.id}] puhelu",
        auth=None,
    )
    mails = week.poll()
    ok = answer(mails, "#järjestelmä slotti valmis")
    assert "Järjestelmän tila päivitetty." in text(ok)
    assert "Slotti: tehty. Yhä tekemättä: Business Central." in text(ok)
    assert answer(mails, "#huom soitin asiakkaalle")
    receipt = one(mails, STAFF, "Muistiinpano tallennettu")
    assert "EI suoritettu komentoina" in text(receipt)
    assert "Kiitos, #valmis https://files.example.fi/x" in text(receipt)
    assert week.case_of("pekka@example.fi").status == Status.IN_PROGRESS
    forwarded = one(mails, CS, "missä tilaukseni viipyy")
    assert "Asiakas kysyy tilauksestaan." in text(forwarded)
    assert week.case_of(KALLE).outcome == "forwarded"
    [anna_copy] = mails[ANNA]
    assert [p.get_filename() for p in anna_copy.iter_attachments()] == ["anna.zip"]
    assert "Liitteet lähetetty: anna.zip" in text(answer(mails, "#svara"))
    partial = answer(mails, "#refuse partial")
    assert "Hylätty osa kirjattu (poisto)" in text(partial)
    assert "markkinointikielto" in text(partial)
    assert week.case_of(BOB).status == Status.IN_PROGRESS
    assert BOB not in mails  # one letter at the end, not now
    assert one(mails, STAFF, "väärennetty viesti", STAFF)
    assert len(week.user.uids("Quarantine")) == 1

    # --- Monday 16:00: the list, and the quarantined mail released ------------------
    week.at(datetime(2026, 12, 7, 16, 0, tzinfo=HKI))
    week.staff(None, "#lista", subject="lista")
    week.staff(None, "#vapauta 1", subject="karanteeni")
    mails = week.poll()
    listing = one(mails, STAFF, "Avoimet tapaukset")
    for c in (matti.id, week.case_of(ANNA).id, week.case_of(BOB).id):
        assert c in text(listing)
    assert week.case_of(KALLE).id not in text(listing)  # forwarded: closed
    released = answer(mails, "#vapauta 1")
    assert f"Viesti vapautettu karanteenista: {STAFF}" in text(released)
    # The next cycle moves it back and runs it as a released staff mail.
    mails = week.poll()
    assert answer(mails, "#huom Asiakas vahvisti puhelimessa.")
    assert week.user.uids("Quarantine") == []
    events = week.store_read(lambda s: s.events(matti.id))
    assert isinstance(events, list)
    assert any(e.action == "note" and "vahvisti puhelimessa" in e.detail for e in events)

    # --- Tuesday 8.12.: finishing work ----------------------------------------------
    week.at(datetime(2026, 12, 8, 10, 0, tzinfo=HKI))
    week.staff(anna_n, "#klar Kiitos kärsivällisyydestäsi, asia on nyt hoidettu.")
    week.staff(bob_n, "#done")
    week.staff(
        matti_n,
        "#säilytetään laskut; kirjanpitolaki; 31.12.2032\n#system business ei\n#valmis",
    )
    week.staff(None, f"#poista-esto {BOB}", subject="esto")
    mails = week.poll()
    # The access copy sent on Monday completes the case; the letter says when it went.
    [anna_final] = mails[ANNA]
    assert "Vi skickade en kopia av dina uppgifter som bilaga" in text(anna_final)
    assert "7.12.2026" in text(anna_final)
    assert week.case_of(ANNA).status == Status.COMPLETED
    # Finnish words in a Swedish letter: staff are warned.
    assert "eri kieltä (suomi) kuin kirje (ruotsi)" in text(answer(mails, "#klar"))
    # One letter: the opt-out done, the erasure refused with reasons and remedies.
    [bob_final] = mails[BOB]
    assert "WHAT WE CANNOT DO" in text(bob_final)
    assert "debt collection" in text(bob_final)
    assert "We have erased" not in text(bob_final)
    assert "marketing" in text(bob_final).lower() and "supervisory authority" in text(bob_final)
    bob = week.case_of(BOB)
    assert bob.status == Status.COMPLETED and bob.outcome == "partially_refused"
    assert "poisto" in text(answer(mails, f"[{bob.id}] Tehty: #done"))
    # Kept data reaches the erasure letter.
    [matti_final] = mails[MATTI]
    assert "1336/1997" in text(matti_final) and "31.12.2032" in text(matti_final)
    assert "estolistalta" in text(answer(mails, "#poista-esto"))
    assert week.store_read(lambda s: s.is_suppressed(BOB)) is False

    # --- Wednesday 9.12.: one person, two cases; history and find -------------------
    week.at(datetime(2026, 12, 9, 9, 0, tzinfo=HKI))
    week.customer(f"Jari Järvi <{JARI}>", "tiedot", "Haluan kopion tiedoistani.\n")
    week.customer(f"Jari Järvi <{JARI}>", "vastustus", "Vastustan kuvieni käyttöä Instagramissa.\n")
    mails = week.poll()
    jari = sorted((m for m in mails[STAFF] if "Jari" in m["Subject"]), key=lambda m: m["Subject"])
    first_n = jari[0]
    first_id, second_id = (m["Subject"].split("]")[0].strip("[") for m in jari)
    week.at(datetime(2026, 12, 9, 11, 0, tzinfo=HKI))
    week.staff(
        first_n,
        f"#merge {second_id}\n#kind access objection\n"
        "#invändning avslås Kuvat ovat koulun tilaamia, ja koulun oikeutettu etu painaa.\n",
    )
    mails = week.poll()
    assert "yhdistetty tähän" in text(answer(mails, "#merge"))
    assert week.case(second_id).status == Status.WITHDRAWN
    assert week.case(first_id).facts.objection_reasons.startswith("Kuvat ovat")
    week.staff(first_n, "#jaa access lapsi@example.fi\n#osoite lisää jari.tyo@example.com")
    week.staff(first_n, "#historik")
    week.staff(None, "#find järvi", subject="haku")
    mails = week.poll()
    split_ok = answer(mails, "#jaa access")
    new_id = text(split_ok).split("Uusi tapaus ")[1].split()[0]
    assert week.case(new_id).requester_address == "lapsi@example.fi"
    assert week.case(new_id).kinds == week.case(first_id).kinds[:1]
    assert "jari.tyo@example.com" in week.case(first_id).facts.other_addresses
    history = one(mails, STAFF, "Historia")
    assert "#merge" in text(history) and "lähetetty: kuittaus" in text(history)
    found = one(mails, STAFF, "Haku ”järvi”")
    assert first_id in text(found) and second_id in text(found)
    # Withdraw the child's case, then reopen it; record the link expiry on the father's.
    week.staff(one(mails, STAFF, "Uusi tietosuojapyyntö", new_id), "#peruttu\n#återöppna")
    week.staff(first_n, "#link-expires 31.1.2027\n#rajoitettu-asti 2027-03-31")
    mails = week.poll()
    assert week.case(new_id).status == Status.IN_PROGRESS
    assert str(week.case(first_id).facts.link_expires) == "2027-01-31"
    assert "31.1.2027" in text(answer(mails, "#link-expires"))
