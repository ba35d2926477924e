"""Concept frames (requestbot.rules.frames): new sentences per kind and language.

Every sentence here was written for this test, not taken from a corpus. A
positive row names the kinds expected; a near-miss row expects no kind (or the
kinds named) even though a frame's concepts appear in it.
"""

from __future__ import annotations

import pytest

from requestbot.classify import classify_text
from requestbot.model import InboundMessage
from requestbot.rules.frame_tables import FRAME_SETS
from requestbot.rules.frames import compile_frames, frame

M, OBJ, X, A = "marketing_opt_out", "objection", "restriction", "access"
E, R, P, C = "erasure", "rectification", "portability", "complaint"

# (subject, text, expected kinds)
POSITIVE = [
    # --- marketing opt-out: stop cue + marketing channel, any order ---------
    ("", "Noita kampanjaviestejä tulee liikaa, en jaksa enää.", {M}),
    ("", "lopettakaa jo ne tekstarit joissa on tarjouksia", {M}),
    ("", "Ei kiitos enää myyntipuheluita tähän numeroon.", {M}),
    ("", "Mainoksia ei tarvitse enää lähettää meidän osoitteeseen.", {M}),
    ("", "Jättäkää minut pois teidän puhelinsoittolistoilta.", {M}),
    ("", "Jag orkar inte med era erbjudanden längre, inga fler sms tack.", {M}),
    ("", "Sluta ringa mig om kampanjer.", {M}),
    ("", "Avsluta reklamutskicken till min adress.", {M}),
    ("", "int vill vi ha mera reklam i postlådan", {M}),
    ("", "Stoppa alla nyhetsbrev till mig, tack.", {M}),
    ("", "No more sales calls please, I'm not interested.", {M}),
    ("", "Please stop the promo texts, they come every day.", {M}),
    ("", "I don't want any of your leaflets through my door.", {M}),
    ("", "Kindly quit the marketing e-mails.", {M}),
    ("", "Not interested in your offers, please no more.", {M}),
    # a short reply to one of our mailings
    ("Re: Summer offers from Zoomi", "Take me off this.", {M}),
    ("VS: Kesän tarjoukset", "LOPETTAKAA", {M}),
    ("SV: Vårens erbjudanden", "Stopp", {M}),
    ("Re: Spring newsletter", "unsub pls", {M}),
    # --- objection: refuse cue + processing concept -------------------------
    ("", "En halua, että verkkokäyntejäni seurataan evästeillä.", {OBJ}),
    ("", "Kiellän analytiikan käytön minun kohdallani.", {OBJ}),
    ("", "En hyväksy, että luovutitte osoitteeni perintätoimistolle.", {OBJ}),
    ("", "Vastustan profilointia, älkää tehkö minusta asiakasprofiilia.", {OBJ}),
    ("", "Ostohistoriastani muodostetaan profiileja. En hyväksy tätä.", {OBJ}),
    ("", "Jag vill inte bli spårad med pixlar i era mejl.", {OBJ}),
    ("", "Jag godtar inte att ni analyserar mitt köpbeteende.", {OBJ}),
    ("", "Jag vill inte att mina uppgifter lämnas till inkasso.", {OBJ}),
    ("", "Jag motsätter mig profilering.", {OBJ}),
    ("", "Jag vill inte längre att bilden visas på er hemsida, den ska inte användas.", {OBJ}),
    ("", "I'd rather not be tracked by your analytics.", {OBJ}),
    ("", "Please exclude me from any profiling.", {OBJ}),
    ("", "I object to my purchases being analysed for recommendations.", {OBJ}),
    ("", "I don't want you to give my details to a debt collector.", {OBJ}),
    ("", "My portrait is on your website. Please don't show it publicly anymore.", {OBJ}),
    # --- restriction: keep + don't use, or until + don't use ------------------
    ("", "Säilyttäkää tiedot, mutta älkää tehkö niillä mitään muuta.", {X}),
    ("", "Kunnes reklamaatio on käsitelty, ette käytä tietojani mihinkään.", {X}),
    ("", "Pitäkää tiedot jäissä siihen asti, kun kiista on ratkaistu.", {X}),
    ("", "Siihen saakka käyttäkää tietojani vain tämän asian hoitamiseen.", {X}),
    ("", "Älkää kuitenkaan poistako mitään, mutta älkää myöskään käsitelkö tietojani.", {X}),
    ("", "Behåll uppgifterna men använd dem inte till något.", {X}),
    ("", "Medan tvisten pågår får ni inte behandla mina uppgifter.", {X}),
    ("", "Tills ärendet är klart vill jag att ni inte gör något med uppgifterna.", {X}),
    ("", "Radera dem inte, men dela dem inte heller med någon tills vidare.", {X}),
    ("", "Spara uppgifterna tills vidare, men skicka dem inte vidare.", {X}),
    ("", "Please keep the records but don't process them for anything.", {X}),
    ("", "Until the dispute is settled, don't use my data.", {X}),
    ("", "While the claim is pending, do not share my details.", {X}),
    ("", "Don't delete anything, just don't use it in the meantime.", {X}),
    ("", "Retain my file as it is but only use it for the complaint.", {X}),
    # --- access: question + held data about a person --------------------------
    ("", "Pyytäisin listan kaikesta minusta tallennetusta.", {A}),
    ("", "Haluaisin tietää, mitä minusta on tallessa.", {A}),
    ("", "Kenelle yrityksille olette luovuttaneet yhteystietoni?", {A}),
    ("", "Sain teiltä kirjeen uuteen osoitteeseeni. Mistä olette sen saaneet?", {A}),
    ("", "Lähettäkää kaikki mitä olette keränneet lapsestani.", {A}),
    ("", "Jag vill veta vilka uppgifter om honom ni har sparat.", {A}),
    ("", "Vad har ni lagrat om mitt barn?", {A}),
    ("", "Kan ni berätta vilka uppgifter om mig ni har?", {A}),
    ("Utdrag ur registret", "Hej, jag vill ha ett utdrag ur ert kundregister.", {A}),
    ("", "Undrar vilka uppgifter om mig som finns hos er.", {A}),
    ("", "Could you let me know what you have on file for me?", {A}),
    ("", "What have you stored about my son?", {A}),
    ("", "Tell me what you've kept on me since 2019.", {A}),
    ("", "What did you hand over to the collection agency about me?", {A}),
    ("", "I'd like to see everything you have stored about her.", {A}),
    # --- erasure: paraphrases the phrase rules miss ----------------------------
    ("", "Poistakaa minut uutiskirjeestä ja sen jälkeen koko asiakasrekisteristänne.", {M, E}),
    ("", "Haluan että mun kuvat ja tiedot häviää teidän palvelimilta.", {E}),
    ("", "Sedan ska allt raderas.", {E}),
    ("Account deletion", "Thanks.", {E}),
    ("", "Please make sure my photos from the shoot are destroyed.", {E}),
    # --- rectification ---------------------------------------------------------
    ("", "Sukunimeni on teillä Virtanen, oikea on Virtamo.", {R}),
    ("", "Mitt efternamn är egentligen Lindqvist, inte Lindkvist.", {R}),
    ("", "You have my surname as Smith but it's actually Smyth.", {R}),
    ("", "Syntymävuoteni on 1976 eikä 1967. Voisitteko korjata?", {R}),
    # --- portability -------------------------------------------------------------
    ("", "Saisinko tilaukseni tiedostona, jonka voin tuoda uuteen järjestelmään?", {P}),
    ("", "Siirtäkää kuvani ja asiakastietoni suoraan uudelle kuvaamolle.", {P}),
    ("", "Kan jag få mina beställningar som en fil att importera?", {P}),
    ("", "Could I have my orders as a spreadsheet to import into another app?", {P}),
    # --- complaint -----------------------------------------------------------------
    ("", "Mille viranomaiselle voin kannella tästä?", {C}),
    ("", "Vilken myndighet kan jag klaga hos?", {C}),
    ("", "Which regulator do I report this to?", {C}),
]

NEAR_MISS = [
    # marketing: content questions, re-subscribing, transactional mail
    ("", "Uutiskirjeen alennuskoodi ei toimi, en jaksa enää yrittää.", set()),
    ("", "Peruin uutiskirjeen vahingossa, miten saan sen takaisin?", set()),
    ("", "Tilausvahvistuksia ei tarvitse enää lähettää kahteen kertaan.", set()),
    ("", "Koden i nyhetsbrevet fungerar inte, sluta inte med rabatterna!", set()),
    ("", "Jag avregistrerade mig av misstag, kan jag prenumerera igen?", set()),
    ("", "Sluta skicka fakturan på mejl, skicka den på papper.", set()),
    ("", "I unsubscribed by mistake, can you sign me up again?", set()),
    ("", "The discount code from the offer doesn't work, please stop it failing.", set()),
    ("", "Please stop sending two order confirmations for every purchase.", set()),
    ("Re: your order", "Thanks, received.", set()),
    # objection: tracking or collection words without refusing
    ("", "Miksi sain perintäkirjeen, vaikka maksoin laskun?", set()),
    ("", "Käytättekö Google Analyticsia verkkokaupassa?", set()),
    ("", "Sivunne seurantakoodi ei toimi oikein.", set()),
    ("", "Hur länge sparas statistiken för min beställning?", set()),
    ("", "Varför fick jag ett brev från inkasso?", set()),
    ("", "Använder ni cookies på er sida?", set()),
    ("", "Do you use analytics on the gallery page?", set()),
    ("", "Why did I get a letter from a debt collector?", set()),
    ("", "The tracking link for my parcel doesn't work.", set()),
    # restriction: keep / until without a don't-use
    ("", "Säilyttäkää tilaukseni kuvat, tilaan lisää myöhemmin.", set()),
    ("", "Odotan kunnes kuvat ovat valmiit.", set()),
    ("", "Pitäkää hyvänänne, kiitos nopeasta toimituksesta.", set()),
    ("", "Spara gärna mina bilder i galleriet tills jag hunnit beställa.", set()),
    ("", "Jag väntar tills bilderna är klara.", set()),
    ("", "Behåll växeln!", set()),
    ("", "Please keep my photos in the gallery until Christmas.", set()),
    ("", "I'll wait until the prints arrive.", set()),
    ("", "Keep up the good work!", set()),
    # access: questions about orders, storage periods, our footers
    ("", "Mitä kuvapaketti maksaa?", set()),
    ("", "Mistä saan tilaukseni noudettua?", set()),
    ("", "Kenelle voin soittaa kuvauspäivästä?", set()),
    ("", "Vad kostar ett extra foto?", set()),
    ("", "Vilken dag kommer fotografen?", set()),
    ("", "Varifrån skickas paketet?", set()),
    ("", "Do you keep the photos after the gallery closes?", set()),
    ("", "What time do you open on Saturday?", set()),
    ("", "See our privacy policy for your rights, including the right to access.", set()),
    # erasure: retouching and orders
    ("", "Voisitteko poistaa kuvasta punasilmäisyyden?", set()),
    ("", "Poistakaa taustasta se roskakori, kiitos.", set()),
    ("", "Kan ni ta bort skuggan i bakgrunden på bild 2?", set()),
    ("", "Radera den ena av mina dubbla beställningar.", set()),
    ("", "Please remove the glare from my glasses in photo 4.", set()),
    ("", "Can you remove the spots on the background?", set()),
    ("", "My photos were deleted by mistake, can you restore them?", set()),
    # complaint: consumer complaints
    ("", "Mille viranomaiselle voin valittaa kuvien huonosta laadusta kuluttajana?", set()),
    ("", "Vilken myndighet hanterar klagomål på leveranser för konsumenter?", set()),
    ("", "Which consumer authority handles complaints about print quality?", set()),
]


def _kinds(subject: str, text: str) -> set[str]:
    return {k.value for k in classify_text(subject, text).kinds}


@pytest.mark.parametrize(("subject", "text", "expected"), POSITIVE)
def test_positive(subject: str, text: str, expected: set[str]) -> None:
    assert _kinds(subject, text) == expected


@pytest.mark.parametrize(("subject", "text", "expected"), NEAR_MISS)
def test_near_miss(subject: str, text: str, expected: set[str]) -> None:
    assert _kinds(subject, text) == expected


def test_frame_evidence_names_frame_and_text() -> None:
    c = classify_text("", "I'd rather not be tracked by your analytics.")
    frames = [e for e in c.evidence if ".frame." in e.rule]
    assert frames and frames[0].rule == "en.frame.objection.tracking"
    assert "tracked" in frames[0].matched


def test_frame_alone_is_flagged_for_review() -> None:
    c = classify_text("", "Noita kampanjaviestejä tulee liikaa, en jaksa enää.")
    assert [k.value for k in c.kinds] == [M]
    assert c.needs_review


def test_negative_frame_evidence() -> None:
    c = classify_text("", "Can you remove the red-eye from photo 3?")
    assert not c.kinds
    assert any(e.rule == "en.frame.nearmiss.retouch" and e.negative for e in c.evidence)


def test_quoted_newsletter_gives_context() -> None:
    from requestbot.classify import classify

    quoted = "> Autumn offers: 20 % off all portrait packages!\n> Book now."
    msg = InboundMessage(
        message_id="<t@x>",
        from_addr="a@example.fi",
        subject="Re: Autumn",
        new_text="Take us off these, thanks.",
        full_text="Take us off these, thanks.\n\nOn Mon, Zoomi wrote:\n" + quoted,
    )
    assert [k.value for k in classify(msg).kinds] == [M]
    plain = InboundMessage(
        message_id="<t@y>",
        from_addr="a@example.fi",
        subject="Re: your order",
        new_text="Stop these, thanks.",
        full_text="Stop these, thanks.\n\n> Your order 5512 has shipped.",
    )
    assert not classify(plain).kinds


def test_every_frame_has_a_language_and_rule() -> None:
    names = [f.name for fs in FRAME_SETS for f in fs.frames]
    assert len(names) == len(set(names))
    for fs in FRAME_SETS:
        for f in fs.frames:
            assert f.name.startswith(f"{fs.language}.frame.")
            assert f.rule.name == f.name and (f.negative or f.kind is not None)


def test_compile_rejects_unknown_concept() -> None:
    from requestbot.model import Kind

    with pytest.raises(ValueError, match="unknown concept"):
        compile_frames("en", {"A_B": "x"}, [frame("t", Kind.ACCESS, ("NOPE",))], {})
