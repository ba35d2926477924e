"""Concept frames (requestbot.understand.rules.frames): new sentences per kind and language.

Every sentence here was written for this test, not taken from a corpus. A
positive row names the kinds expected; a near-miss row expects no kind (or the
kinds named) even though a frame's concepts appear in it.
"""

from __future__ import annotations

import pytest

from requestbot.model import InboundMessage
from requestbot.understand.classify import classify_text
from requestbot.understand.rules.frame_tables import FRAME_SETS
from requestbot.understand.rules.frames import compile_frames, frame

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

NEAR_MISS: list[tuple[str, str, set[str]]] = [
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
    from requestbot.understand.classify import classify

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


# --- families found by measuring on a fourth blind corpus -----------------------
# Every sentence is new (written for this table); each family has positive rows
# in fi, sv and en and near-miss rows that must stay quiet.
# (family, subject, text, expected kinds)
# fmt: off
FAMILIES = [
    # 1. see/copy first, then delete; transfer then close; access + portability
    ("then_delete", "", "Lähettäkää minulle ensin kopio tiedoistani ja sen jälkeen poistakaa ne.", {A, E}),
    ("then_delete", "", "Haluan nähdä mitä tietoja teillä on minusta, sitten voitte tyhjentää kaiken.", {A, E}),
    ("then_delete", "", "Kertokaa mitä olette tallentaneet lapsestani, ja lopuksi poistakaa kaikki.", {A, E}),
    ("then_delete", "", "Mitä tietoja teillä on tyttärestäni? Sen jälkeen ne saa poistaa.", {A, E}),
    ("then_delete", "", "Skicka mig en kopia av mina uppgifter och radera dem därefter.", {A, E}),
    ("then_delete", "", "Jag vill se vad ni har sparat om mig, sedan får ni ta bort alltihop.", {A, E}),
    ("then_delete", "", "Skicka först en kopia på allt ni har om min son och radera sen alltihop.", {A, E}),
    ("then_delete", "", "Please send me a copy of my data first, then delete all of it.", {A, E}),
    ("then_delete", "", "I'd like to see what you hold about me and afterwards remove everything.", {A, E}),
    ("then_delete", "", "First send me everything you have on my daughter, after that erase it all.", {A, E}),
    ("then_close", "", "Siirtäkää kuvani suoraan toiselle kuvaamolle ja sulkekaa sen jälkeen tilini.", {P, E}),
    ("then_close", "", "Flytta över mina bilder och kunduppgifter till min nya fotograf och stäng sedan kontot.", {P, E}),
    ("then_close", "", "Transfer my photos and account details to my new studio and then close my account.", {P, E}),
    ("held_portable", "", "Haluan kaikki tiedot, jotka teillä on minusta, mieluiten koneluettavassa muodossa.", {A, P}),
    ("held_portable", "", "Jag vill ha alla uppgifter som ni har om mig, gärna i maskinläsbart format.", {A, P}),
    ("held_portable", "", "I want all the data you hold about me, preferably in a machine-readable format.", {A, P}),
    ("then_delete_nm", "", "Lähettäkää tietoni koneluettavassa muodossa.", {P}),
    ("then_delete_nm", "", "Skicka mina uppgifter i maskinläsbart format.", {P}),
    ("then_delete_nm", "", "Send my data in a machine-readable format.", {P}),
    ("then_delete_nm", "", "Lähettäkää ensin kopio laskusta, sitten maksan sen.", set()),
    ("then_delete_nm", "", "Skicka först en kopia av kvittot, sedan betalar jag.", set()),
    ("then_delete_nm", "", "Send me a copy of the invoice first, then I'll pay it.", set()),
    # 2. rectification by a new value, old-for-new, a child's class, spelling
    ("new_value", "", "Poistakaa vanha puhelinnumeroni ja laittakaa tilalle uusi: 040 123 4567.", {R}),
    ("new_value", "", "Tyttäreni luokka on väärin, hän on 5B eikä 5A.", {R}),
    ("new_value", "", "Nimeni kirjoitetaan Jaana eikä Janna.", {R}),
    ("new_value", "", "Mikä sähköpostiosoite teillä on minusta? Vaihtakaa se osoitteeseen liisa@example.fi.", {A, R}),
    ("new_value", "", "Ta bort min gamla adress och lägg in den nya: Kyrkogatan 4, Vasa.", {R}),
    ("new_value", "", "Min sons klass är fel, han går i 3B.", {R}),
    ("new_value", "", "Mitt efternamn stavas Sjöberg, inte Sjöborg.", {R}),
    ("new_value", "", "Vilken e-postadress har ni till mig? Ändra den till kim@example.se.", {A, R}),
    ("new_value", "", "Please remove my old address and put the new one in: 12 Elm Street, Vaasa.", {R}),
    ("new_value", "", "My daughter is in the wrong class in your system, she is in 2C.", {R}),
    ("new_value", "", "My surname is spelt Nyström, not Nystrom.", {R}),
    ("new_value", "", "Which phone number do you have for me? Please change it to 040 555 1234.", {A, R}),
    ("new_value_nm", "", "Ändra leveransadressen för order 7781 till Storgatan 1.", set()),
    ("new_value_nm", "", "Kan ni skicka beställningen till min sommaradress i stället?", set()),
    ("new_value_nm", "", "Please ship order 5521 to my office address instead.", set()),
    ("new_value_nm", "", "Can you change the delivery address for my order to my parents' house?", set()),
    ("new_value_nm", "", "Vaihtakaa tilauksen 3321 toimitusosoite Kauppakatu 5:een.", set()),
    ("new_value_nm", "", "I got the wrong class photo in my package.", set()),
    ("new_value_nm", "", "What offers do you have for me this spring?", set()),
    # 3. restriction: freeze, pending a dispute, rectification + meanwhile
    ("restrict", "", "Jäädyttäkää tilini siihen asti, kun riita on ratkaistu.", {X}),
    ("restrict", "", "Niin kauan kuin reklamaatio on kesken, en halua että tietojani käytetään mihinkään.", {X}),
    ("restrict", "", "Nimeni on väärin, korjatkaa se. Sillä aikaa älkää käyttäkö tietojani.", {R, X}),
    ("restrict", "", "Frys mitt konto och mina uppgifter tills tvisten är avgjord.", {X}),
    ("restrict", "", "Använd inte mina uppgifter förrän reklamationen är utredd.", {X}),
    ("restrict", "", "Min adress är fel. Innan ni har rättat den ska ni inte använda mina uppgifter.", {R, X}),
    ("restrict", "", "Please freeze my account until the dispute is settled.", {X}),
    ("restrict", "", "Pending the dispute, keep my data but don't use it.", {X}),
    ("restrict", "", "My date of birth is wrong. Before you have corrected it, don't use my data.", {R, X}),
    ("restrict_nm", "", "Jäädyttäkää lahjakorttini, kadotin sen.", set()),
    ("restrict_nm", "", "Min betalning fastnade innan ordern var klar.", set()),
    ("restrict_nm", "", "My card was frozen by the bank, can I pay later?", set()),
    # 4. objection: photo without consent, passport photo sent on, colloquial tracking
    ("object", "", "En ole antanut lupaa käyttää kuvaani teidän mainoksissanne.", {OBJ}),
    ("object", "", "En halua, että passikuvani lähetetään poliisin järjestelmään.", {OBJ}),
    ("object", "", "en tykkää et mua seurataan teidän sivuilla", {OBJ}),
    ("object", "", "Ei mitään seurantaa minun käynneistäni, kiitos.", {OBJ}),
    ("object", "", "Ei enää uutiskirjeitä eikä seurantapikseleitä.", {M, OBJ}),
    ("object", "", "Jag har aldrig gett er tillstånd att använda min bild i er marknadsföring.", {OBJ}),
    ("object", "", "Jag vill inte att mitt passfoto skickas till polisens server.", {OBJ}),
    ("object", "", "Inga fler nyhetsbrev och ingen spårning med pixlar, tack.", {M, OBJ}),
    ("object", "", "I never agreed to my photo being used in your advertising.", {OBJ}),
    ("object", "", "I don't want my passport photo uploaded to the police server.", {OBJ}),
    ("object", "", "No more newsletters, and no tracking pixels either.", {M, OBJ}),
    ("consent_mkt", "", "I withdraw my consent to receive your newsletter.", {M}),
    ("consent_mkt", "", "Perun suostumukseni markkinointiviestien vastaanottamiseen.", {M}),
    ("consent_mkt", "", "Jag återkallar mitt samtycke till att få reklam via e-post.", {M}),
    ("object_nm", "", "Passikuvan kuvakuitti ei toimi poliisin palvelussa.", set()),
    ("object_nm", "", "Passfotots kod fungerar inte hos polisen.", set()),
    ("object_nm", "", "The passport photo code doesn't work on the police site.", set()),
    ("object_nm", "", "Paketin seurantakoodia ei tarvitse lähettää uudelleen.", set()),
    # 5. access: source, disclosure, a formal list of Art. 15 items
    ("access", "", "Hur har ni fått tag på mitt telefonnummer?", {A}),
    ("access", "", "Har ni lämnat ut min adress till någon annan?", {A}),
    ("access", "", "Vilka har ni lämnat mina uppgifter till?", {A}),
    ("access", "", "Oletteko myyneet tai luovuttaneet sähköpostiosoitteeni muille yrityksille?", {A}),
    ("access", "", "Pyydän selvityksen tietojeni käsittelyn tarkoituksista, säilytysajoista ja siitä, mistä tiedot on saatu.", {A}),
    ("access", "", "Miten olette saaneet puhelinnumeroni?", {A}),
    ("access", "", "Have you sold or passed on my email address to anyone?", {A}),
    ("access", "", "Please tell me the purposes of processing my data and how long you keep it.", {A}),
    ("access", "", "How did you get hold of my phone number?", {A}),
    ("access", "", "Jag begär information om ändamålen med behandlingen och hur länge ni lagrar mina uppgifter.", {A}),
    ("access_nm", "", "Har ni skickat min beställning än?", set()),
    ("access_nm", "", "Have you sent my order yet?", set()),
    ("access_nm", "", "Oletteko lähettäneet tilaukseni jo?", set()),
    ("access_nm", "", "Kuinka kauan kuvia säilytetään galleriassa?", set()),
    # 6. complaint: where to complain + GDPR, a complaint already filed
    ("complaint", "", "Mihin voin valittaa, jos yritys ei noudata GDPR:ää?", {C}),
    ("complaint", "", "Te ette noudata tietosuoja-asetusta.", {C}),
    ("complaint", "", "Ette ole vastanneet tietopyyntööni, joten tein kantelun tietosuojavaltuutetulle.", {C}),
    ("complaint", "", "Det här strider mot GDPR.", {C}),
    ("complaint", "", "Var kan jag klaga om ett företag inte följer GDPR?", {C}),
    ("complaint", "", "Ni har inte svarat på min begäran om registerutdrag, så jag har anmält er till IMY.", {C}),
    ("complaint", "", "Where can I complain if a company doesn't follow GDPR?", {C}),
    ("complaint", "", "You never answered my access request, so I have filed a complaint with the data protection authority.", {C}),
    ("complaint", "", "Your practices do not comply with the GDPR.", {C}),
    ("complaint_nm", "", "Miten voin valittaa kuvien laadusta?", set()),
    ("complaint_nm", "", "Hur klagar jag på en felaktig bild?", set()),
    ("complaint_nm", "", "How do I complain about the print quality?", set()),
    # 7. erasure: ex-employee, guardian, moved away
    ("erase", "", "Please delete my staff photos and details now that I've left the company.", {E}),
    ("erase", "", "I'd like my headshot removed from your archive.", {E}),
    ("erase", "", "Now that I no longer work there, please remove my portrait from the staff gallery.", {E}),
    ("erase", "", "Poistakaa lapseni kuvat ja tiedot.", {E}),
    ("erase", "", "Pyydän, että poikaani koskevat tiedot ja kuvat poistetaan.", {E}),
    ("erase", "", "Lopetin työt asiakkaallanne, poistakaa henkilökuvani ja tietoni.", {E}),
    ("erase", "", "Radera mina uppgifter, jag har flyttat utomlands.", {E}),
    ("erase", "", "Vi har flyttat, ta bort min dotters bilder och uppgifter.", {E}),
    ("erase", "", "Please delete my details, I've moved abroad.", {E}),
    ("erase_nm", "", "Jag har flyttat, min nya adress är Storgatan 5.", {R}),
    ("erase_nm", "", "I've moved, my new address is 3 Mill Lane.", {R}),
    ("erase_nm", "", "Poistakaa kuvasta taustalla näkyvä roska.", set()),
    # 8. marketing opt-out: marketing register, calls, reply to a mailing
    ("optout", "", "Poistakaa minut markkinointirekisteristä.", {M}),
    ("optout", "", "Ottakaa minut pois postitusrekisteristänne.", {M}),
    ("optout", "Re: Kesäale -30 %", "lopettakaa viestit", {M}),
    ("optout", "VS: Uutiskirje", "ei kiitos, lopettakaa nää", {M}),
    ("optout", "", "Sluta ringa mig med erbjudanden.", {M}),
    ("optout", "", "Ring inte mer, jag vill inte köpa något.", {M}),
    ("optout", "", "Jag vill inte bli uppringd av era säljare igen.", {M}),
    ("optout", "", "Var fick ni mitt nummer ifrån? Ring inte mer.", {A, M}),
    ("optout", "", "Stop calling me with offers.", {M}),
    ("optout", "", "Where did you get my number? And stop calling me.", {A, M}),
    ("optout", "", "I don't want to be called by your sales team again.", {M}),
    ("optout", "", "Please remove me from your marketing database.", {M}),
    ("optout_nm", "", "Ring mig gärna när bilderna är klara.", set()),
    ("optout_nm", "", "Please call me when the prints are ready.", set()),
    ("optout_nm", "", "Soittakaa minulle, kun kuvat ovat valmiit.", set()),
    ("optout_nm", "", "Skicka inte mer än två bilder per mejl.", set()),
    ("optout_nm", "Re: tilauksesi 5521", "lopettakaa viestit", set()),
    # 9. deliberating about erasure is not an erasure request
    ("deliberate", "", "Ennen kuin päätän poistamisesta, haluaisin nähdä mitä tietoja minusta on.", {A}),
    ("deliberate", "", "Innan jag bestämmer mig om radering vill jag se vilka uppgifter ni har om mig.", {A}),
    ("deliberate", "", "Before I decide about deleting my account, I'd like to see what data you hold on me.", {A}),
]
# fmt: on


@pytest.mark.parametrize(("family", "subject", "text", "expected"), FAMILIES)
def test_families(family: str, subject: str, text: str, expected: set[str]) -> None:
    assert _kinds(subject, text) == expected, family


# --- families found by measuring on a fifth blind corpus ------------------------
# New sentences written for this table (none taken from a corpus): positive rows in
# fi, sv and en, and near-miss rows that must stay quiet.
# (family, subject, text, expected kinds)
# fmt: off
FAMILIES5 = [
    # 1. dialect / colloquial erasure and opt-out; "enkä halua" as a second clause
    ("dialect", "", "int vill vi ha våra uppgifter kvar hos er, ta bort dom", {E}),
    ("dialect", "", "vill ja int ha nåt konto hos er nåmer, radera dom", {E}),
    ("dialect", "", "Mina uppgifter? Radera dom, tack.", {E}),
    ("dialect", "", "mun tiedot teidän rekisterissä, poistakaa noi pois", {E}),
    ("dialect", "", "Kuvat ja tiedot teillä vielä? Poistakaa nää heti.", {E}),
    ("dialect", "", "my details r still in ur system, delete em pls", {E}),
    ("dialect", "", "lopettakaa nää jatkuvat tekstarit", {M}),
    ("dialect", "", "Jatkuvat mainospuhelut saa loppua nyt.", {M}),
    ("dialect", "", "ei kiitos noita jatkuvia soittoja", {M}),
    ("dialect", "", "en halua että profiloitte mua enka halua teidan mainoksia", {OBJ, M}),
    ("dialect", "", "En hyväksy evästeseurantaa enkä halua tarjousviestejä.", {OBJ, M}),
    ("dialect", "", "emme halua analytiikkaa emmeka halua uutiskirjeita", {OBJ, M}),
    ("dialect", "", "Sluta spåra mig och jag vill int ha mera reklam heller.", {OBJ, M}),
    ("dialect", "", "No tracking please, and I don't want your newsletters either.", {OBJ, M}),
    ("dialect_nm", "", "Kuvaaja oli jatkuvasti myöhässä, mutta kuvat olivat hyviä.", set()),
    ("dialect_nm", "", "tarviin ne kuvat, älkää poistako noita", set()),
    # 2. portability: send the data to another company
    ("port_send", "", "Skicka mina bilder och kunduppgifter direkt till den nya fotografen i digital form.", {P}),
    ("port_send", "", "Kan ni skicka våra uppgifter till det nya fotobolaget Bildhuset?", {P}),
    ("port_send", "", "Sänd mitt barns bilder vidare till vår nya fotostudio, elektroniskt.", {P}),
    ("port_send", "", "Lähettäkää lasten kuvat ja tiedot suoraan uudelle kuvaamolle sähköisessä muodossa.", {P}),
    ("port_send", "", "Voisitteko lähettää tietoni ja kuvani toiselle valokuvausyritykselle?", {P}),
    ("port_send", "", "Toimittakaa asiakastietoni suoraan uuteen kuvaamoomme.", {P}),
    ("port_send", "", "Please send my photos and account details straight to our new photo company.", {P}),
    ("port_send", "", "Could you send all my kids' pictures and data to the new studio in electronic form?", {P}),
    ("port_send", "", "Send our family's photos and details directly to another photographer, Lens & Co.", {P}),
    ("port_send_nm", "", "Skicka mina bilder till min nya adress, Storgatan 5.", set()),
    ("port_send_nm", "", "Lähettäkää kuvat uuteen osoitteeseeni.", set()),
    ("port_send_nm", "", "Please send the photos to my new address.", set()),
    ("port_send_nm", "", "Please send the photos to our new studio address at 5 Main St.", set()),
    ("port_send_nm", "", "Skicka bilderna till det nya företagets adress.", set()),
    # 3. re-subscribing is not an opt-out
    ("resub", "", "Peruin uutiskirjeen vahingossa, lisätkää minut takaisin postituslistalle.", set()),
    ("resub", "", "Voisitteko laittaa minut takaisin uutiskirjeen tilaajaksi? Peruin sen erehdyksessä.", set()),
    ("resub", "", "Haluaisin uutiskirjeen takaisin, peruutin tilauksen vahingossa.", set()),
    ("resub", "", "Jag avregistrerade mig av misstag – kan ni lägga till mig igen på nyhetsbrevet?", set()),
    ("resub", "", "Sätt tillbaka mig på utskickslistan, jag avslutade prenumerationen av misstag.", set()),
    ("resub", "", "Jag råkade avanmäla mig, vill ha nyhetsbrevet tillbaka.", set()),
    ("resub", "", "I opted out by accident, could you add me back to the mailing list?", set()),
    ("resub", "", "Oops, unsubscribed accidentally. Please put me back on your newsletter.", set()),
    ("resub", "", "Can you re-add me to the newsletter? I clicked unsubscribe by accident.", set()),
    ("resub_nm", "", "I signed up by accident, please unsubscribe me.", {M}),
    # 4. erasure at the end of a long message; three-item requests
    ("buried", "", "Kiitos kauniista kuvista, mummi ilahtui kovasti. Kuvaaja oli tosi kärsivällinen.\n\nJa vielä – voisitteko poistaa vanhan sähköpostiosoitteeni ja kaiken siihen liittyvän vanhalta tililtä teidän järjestelmästä?", {E}),
    ("buried", "", "Tack för en trevlig fotografering! Barnen älskade studion.\n\nKan ni förresten radera mitt gamla telefonnummer och allt som hör till det gamla kontot ur ert kundregister?", {E}),
    ("buried", "", "Thanks for a lovely session, the kids loved it.\n\nOne more thing: could you remove my old email and everything tied to that old account from your systems?", {E}),
    ("buried", "", "Hej! Vi var så nöjda med bilderna.\n\nOch förresten, ta bort min gamla e-postadress och allt som hör till det gamla kontot ur ert system.", {E}),
    ("buried", "", "Lovely photos as always.\n\nBy the way, please delete my old e-mail address and all the stuff linked to the old account from your database.", {E}),
    ("buried", "", "Kuvat olivat ihania.\n\nPoistakaa muuten vanha sähköpostiosoitteeni ja kaikki vanhaan asiakastiliin liittyvä järjestelmästänne.", {E}),
    ("buried_nm", "", "Radera den ena bilden från min beställning i ert system.", set()),
    ("buried_nm", "", "Please remove the red-eye from photo 4 in your system.", set()),
    ("three", "", "Kolme asiaa: 1) mitä tietoja teillä on minusta, 2) puhelinnumeroni on väärä, 3) poistakaa lasteni vanhat päiväkotikuvat vuodelta 2018.", {A, R, E}),
    ("three", "", "Tre saker: 1) vilka uppgifter har ni om mig, 2) min adress är fel, 3) radera mina barns gamla dagisbilder från 2018.", {A, R, E}),
    ("three", "", "Three things: tell me what data you hold on me, my phone number is wrong, and delete my daughter's old school photos from 2017.", {A, R, E}),
    ("three", "", "Please erase my son's old passport photos.", {E}),
    # 5. remove me from your database = erasure only; mailing list = opt-out only
    ("database", "REMOVE ME", "Remove me from your systems now. I never gave you my details.", {E}),
    ("database", "Poistakaa minut", "Poistakaa minut asiakasrekisteristänne heti.", {E}),
    ("database", "Ta bort mig", "Ta bort mig ur er kunddatabas omedelbart.", {E}),
    ("database_nm", "", "Remove me from your mailing list.", {M}),
    ("database_nm", "", "Ta bort mig från er e-postlista.", {M}),
    ("database_nm", "", "Poistakaa minut postituslistalta.", {M}),
    # 6. restriction until a complaint or court case is decided
    ("restrict_nm", "", "Processing of my order was paused until payment.", set()),
    ("restrict_nm", "", "Behandlingen av min beställning pausas tills betalningen kommit.", set()),
    ("restrict_nm", "", "Tilauksen käsittely keskeytettiin, kunnes maksu saapui.", set()),
    ("restrict", "", "Vaadin, että henkilötietojeni käsittely keskeytetään, kunnes tuomioistuin on ratkaissut asian.", {X}),
    ("restrict", "", "Tietojeni käyttö on keskeytettävä siihen asti, kunnes valitukseni on käsitelty.", {X}),
    ("restrict", "", "Pyydän, ettette käsittele tyttäreni tietoja ennen kuin käräjäoikeus päättää asiasta. Tietoja ei kuitenkaan saa poistaa.", {X}),
    ("restrict", "", "Tein valituksen tietosuojavaltuutetulle. Tietojeni käsittely on keskeytettävä kunnes asia on ratkaistu.", {X, C}),
    ("restrict", "", "Jag kräver att behandlingen av mina uppgifter pausas tills IMY har avgjort mitt klagomål.", {X, C}),
    ("restrict", "", "Ni får inte behandla min dotters uppgifter innan tingsrätten har beslutat. Uppgifterna får dock inte raderas.", {X}),
    ("restrict", "", "I have complained to the ICO. Processing of my data must be suspended until the complaint is decided.", {X, C}),
    ("restrict", "", "Please don't process my son's data until the court has ruled. The data must not be deleted though.", {X}),
    # 7. objection: stop passing on; don't send the photo on
    ("object", "", "Mille kaikille olette antaneet tietoni? Lopettakaa niiden jakaminen eteenpäin.", {A, OBJ}),
    ("object", "", "Lopettakaa tietojeni luovuttaminen muille yrityksille.", {OBJ}),
    ("object", "", "Vilka har ni delat mina uppgifter med? Sluta lämna ut dem till andra företag.", {A, OBJ}),
    ("object", "", "Sluta skicka mina uppgifter vidare till andra företag.", {OBJ}),
    ("object", "", "Who have you shared my details with? And stop passing them on to other companies.", {A, OBJ}),
    ("object", "", "Stop sharing my data with third parties.", {OBJ}),
    ("object", "", "Älkää lähettäkö tyttäreni kuvaa vuosikirjan kustantajalle, en hyväksy sitä.", {OBJ}),
    ("object", "", "En halua, että hänen tietojaan siirretään koulun järjestelmään.", {OBJ}),
    ("object", "", "Skicka inte min dotters bild till skolkatalogen, det godkänner jag inte.", {OBJ}),
    ("object", "", "Jag vill inte att hans bild skickas till skolans elevregister.", {OBJ}),
    ("object", "", "Please don't send my daughter's photo to the school's new app, I'm not okay with it.", {OBJ}),
    ("object", "", "Don't upload my son's picture to the yearbook site.", {OBJ}),
    ("object", "", "Sluta med både reklamutskick och analys av mitt köpbeteende.", {OBJ, M}),
    ("object", "", "Lopettakaa sekä uutiskirjeet että verkkokäyntieni seuranta.", {OBJ, M}),
    ("object", "", "Stop both the newsletters and the tracking of my browsing, thanks.", {OBJ, M}),
    ("object_nm", "", "Älkää lähettäkö kuvia postitse, haen ne itse.", set()),
    ("object_nm", "", "Skicka inte bilderna förrän jag har betalat.", set()),
    ("object_nm", "", "Don't send the prints until I've paid.", set()),
    # 8. access: who received; a repeated request with a threat to complain
    ("access", "", "Ketkä kaikki ovat saaneet lapseni kuvan ja nimen?", {A}),
    ("access", "", "Kuka on nähnyt mun tiedot teidän järjestelmästä?", {A}),
    ("access", "", "Mihin kaikkialle tietoni on lähetetty?", {A}),
    ("access", "", "Vem har fått min bild och mitt namn?", {A}),
    ("access", "", "Vilka har fått tillgång till mina uppgifter?", {A}),
    ("access", "", "Who all has received my photo and my name?", {A}),
    ("access", "", "Who else has got my details from you?", {A}),
    ("access", "", "Pyysin tietojani jo maaliskuussa. Toimittakaa ne nyt tai valitan tietosuojavaltuutetulle.", {A, C}),
    ("access", "", "I asked for my data in March and heard nothing. Send it now or I'll complain to the ICO.", {A, C}),
    ("access_nm", "", "Mihin osoitteeseen kuvat lähetettiin?", set()),
    ("access_nm", "", "I asked for my data to be deleted last month. Send me a confirmation please.", {E}),
    ("access_nm", "", "Pyysin tietojeni poistamista. Lähettäkää se vahvistus nyt.", {E}),
    ("access_nm", "", "Pyysin tietojeni poistoa maaliskuussa. Ette ole vastanneet, joten teen valituksen tietosuojavaltuutetulle.", {E, C}),
    # 9. false extra kinds
    ("settled", "", "Poikani kuva oli nettisivuillanne ilman lupaa. Se on nyt poistettu, kiitos, mutta miten teen valituksen tietosuojavaltuutetulle?", {C}),
    ("settled", "", "Min dotters bild låg på er hemsida utan tillstånd. Den är nu borttagen, tack, men hur anmäler jag detta till IMY?", {C}),
    ("settled", "", "My son's photo was on your website without permission. It has now been taken down, thanks, but how do I complain to the ICO?", {C}),
    ("settled_nm", "", "Tyttäreni kuva on nettisivuillanne ilman lupaa, eikä sitä ole vieläkään otettu pois.", {OBJ}),
    ("stated", "", "Olette luovuttaneet tietoni perintätoimistolle, vaikka lasku on maksettu. Vastustan tietojeni luovuttamista perintään.", {OBJ}),
    ("stated", "", "Ni har skickat mina uppgifter till inkasso trots att fakturan är betald. Jag motsätter mig det.", {OBJ}),
    ("stated", "", "You gave my details to a debt collector although the bill is paid. I object to my details being passed on.", {OBJ}),
    ("moved", "", "We've moved abroad and want all photos of our kids erased from your servers, along with our details.", {E}),
    ("moved", "", "Vi har flyttat utomlands, radera alla våra bilder och kunduppgifter.", {E}),
    ("moved", "", "Olemme muuttaneet ulkomaille, poistakaa kaikki kuvamme ja asiakastietomme.", {E}),
    ("quoted", "Re: Uutiskirjeen peruutus", "Ja poistakaa myös minun tietoni asiakasrekisteristä, niitä ei tarvita.", {E}),
    ("quoted", "Re: Nyhetsbrev avslutat", "Och radera även barnens bilder från galleriet, dem behöver vi inte.", {E}),
    ("quoted", "Re: Your newsletter", "And please also delete the kids' photos from your gallery, we don't need them.", {E}),
    ("quoted_nm", "Re: Uutiskirjeen peruutus", "ei kiitos, poistakaa mut näistä", {M}),
]
# fmt: on


@pytest.mark.parametrize(("family", "subject", "text", "expected"), FAMILIES5)
def test_families5(family: str, subject: str, text: str, expected: set[str]) -> None:
    assert _kinds(subject, text) == expected, family


def test_concept_tables_have_no_duplicate_names() -> None:
    """A concept named twice in one table silently replaces the first."""
    import ast
    from pathlib import Path

    from requestbot.understand.rules import frames_en, frames_fi, frames_sv

    checked = 0
    for module in (frames_fi, frames_sv, frames_en):
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
                names = [k.value for k in node.value.keys if isinstance(k, ast.Constant)]
                assert len(names) == len(set(names)), node.targets[0]
                checked += 1
    assert checked == 3  # one concept table per language


# --- families measured on a sixth blind corpus: new sentences, not the corpus's
# fmt: off
FAMILIES6 = [
    # an explicit copy / "see" request next to a format: access AND portability
    ("copy_format", "", "Saisinko kopion kaikista tiedoistani, mieluiten CSV-muodossa, jotta voin viedä ne toiseen palveluun?", {A, P}),
    ("copy_format", "", "Haluaisin nähdä tietoni ja saada ne myös koneluettavassa muodossa.", {A, P}),
    ("copy_format", "", "Pyydän jäljennöksen henkilötiedoistani JSON-tiedostona.", {A, P}),
    ("copy_format", "", "Kan jag få en kopia av alla mina uppgifter som CSV-fil så att jag kan läsa in dem hos en annan tjänst?", {A, P}),
    ("copy_format", "", "Jag vill se mina uppgifter och få dem i ett maskinläsbart format.", {A, P}),
    ("copy_format", "", "Skicka en kopia av mina personuppgifter, helst i JSON.", {A, P}),
    ("copy_format", "", "Please send me a copy of my data, ideally as a CSV file I can import elsewhere.", {A, P}),
    ("copy_format", "", "I want to see all my personal data and also get it in a machine-readable format.", {A, P}),
    ("copy_format_nm", "", "Voisitteko lähettää tietoni CSV-muodossa, vien ne toiseen palveluun.", {P}),
    ("copy_format_nm", "", "Skicka mina uppgifter som CSV så jag kan flytta dem.", {P}),
    ("copy_format_nm", "", "Please send my data as a JSON file so I can move it.", {P}),
    # a changed field with its new value: rectification (also next to an opt-out)
    ("changed_value", "", "Puhelinnumero vaihtunu, uusi on 040 123 4567. Ja lopettakaa ne mainosviestit.", {R, M}),
    ("changed_value", "", "Osoite muuttunut: uusi on Kauppakatu 5 B 7, 65100 Vaasa.", {R}),
    ("changed_value", "", "Sähköposti vaihtui, uusi on liisa.k@example.fi.", {R}),
    ("changed_value", "", "Mitt telefonnummer har ändrats till 040 555 1234, uppdatera det. Och sluta skicka reklam.", {R, M}),
    ("changed_value", "", "Min adress har bytts, den nya är Storgatan 4 B, 65100 Vasa.", {R}),
    ("changed_value", "", "Min e-post har ändrats till anna.b@example.se.", {R}),
    ("changed_value", "", "My email changed to tom.h@example.com, please update it. And stop the newsletters.", {R, M}),
    ("changed_value", "", "My address has changed to 12 Harbour Road 3, Vaasa.", {R}),
    ("changed_value", "", "I'd rather just have my phone number updated. It's now +358 40 111 2222.", {R}),
    ("changed_value", "", "Could you get my surname corrected? It is now Virtanen.", {R}),
    ("changed_value_nm", "", "Our opening hours have changed to 9-17, see the website.", set()),
    ("changed_value_nm", "", "Aukioloaikamme ovat muuttuneet, uusi on 9-17.", set()),
    # sent to the wrong person: a complaint/incident, not a wrong field
    ("wrong_recipient", "", "Jag har anmält er till IMY eftersom ni skickade mitt namn och personnummer till fel person.", {C}),
    ("wrong_recipient", "", "Olen tehnyt ilmoituksen tietosuojavaltuutetulle, koska lähetitte nimeni ja henkilötunnukseni väärälle henkilölle.", {C}),
    ("wrong_recipient", "", "I have reported you to the data protection ombudsman because you sent my name and address to the wrong person.", {C}),
    ("wrong_recipient_pos", "", "Mitt namn är fel i registret, rätta det.", {R}),
    # a reference to an earlier objection in a restriction request
    ("restrict_pending_objection", "", "Jag begär begränsning av behandlingen tills min invändning har prövats.", {X}),
    ("restrict_pending_objection", "", "Pyydän rajoittamaan tietojeni käsittelyä, kunnes vastustukseni on käsitelty.", {X}),
    ("restrict_pending_objection", "", "Please restrict the processing of my data until my objection has been assessed.", {X}),
    # don't use my data for anything but the dispute: restriction, not objection
    ("only_for_dispute", "", "Faktura 1001 är bestridd. Använd inte mina uppgifter till något annat än att utreda saken.", {X}),
    ("only_for_dispute", "", "Lasku on riitautettu. Älkää käyttäkö tietojani muuhun kuin asian selvittämiseen.", {X}),
    ("only_for_dispute", "", "The invoice is disputed. Don't use my data for anything other than investigating it.", {X}),
    # don't process or disclose until a court decides: restriction
    ("not_until_court", "", "Pyydän, ettei lasten kuvia käsitellä eikä luovuteta kenellekään ennen kuin asia on ratkaistu oikeudessa.", {X}),
    ("not_until_court", "", "Pyydän, että tietojani ei käsitellä ennen kuin riita on ratkaistu. Niitä ei saa poistaa.", {X}),
    ("not_until_court", "", "Jag ber att barnens bilder inte behandlas eller lämnas ut innan tingsrätten har avgjort saken.", {X}),
    ("not_until_court", "", "Please do not process or hand over the children's photos until the court has decided.", {X}),
    # a profile built of me, refused (Finnish, Swedish, English)
    ("refuse_profile", "", "En halua että minusta tehdään tällaista profiilia, kiellän sen.", {OBJ}),
    ("refuse_profile", "", "En hyväksy, että ostoksistani muodostetaan profiili suosituksia varten.", {OBJ}),
    ("refuse_profile", "", "Jag vill inte att ni skapar en profil av mig utifrån mina köp.", {OBJ}),
    ("refuse_profile", "", "I don't want you to build a profile of me from my purchases.", {OBJ}),
    ("refuse_profile_nm", "", "Poistakaa profiilini verkkokaupasta.", {E}),
    # refusing tracking after "also"/"either"
    ("refuse_also", "", "Ei enää markkinointisoittoja, ja en myöskään hyväksy evästeitä sivuillanne.", {M, OBJ}),
    ("refuse_also", "", "En myöskään halua, että käyttäytymistäni seurataan analytiikalla.", {OBJ}),
    ("refuse_also", "", "Inga fler reklamsamtal, och jag godkänner inte heller spårningskakor.", {M, OBJ}),
    ("refuse_also", "", "No more marketing calls, and I also don't accept tracking cookies on your site.", {M, OBJ}),
    # Swedish export, colloquial
    ("sv_export", "", "Går he att exportera allt ni har om mej till en fil?", {P}),
    ("sv_export", "", "Kan ni exportera mina uppgifter så ja kan flytta dem till ett annat ställe?", {P}),
    ("sv_export", "", "Exportera all min data till en fil, tack.", {P}),
    ("sv_export_nm", "", "Hur exporterar jag bilder från galleriet till min dator?", set()),
    # until you have checked: not an access request
    ("until_checked", "", "Korjatkaa osoite. Kunnes olette tarkistaneet asian, pyydän rajoittamaan tietojeni käsittelyä.", {R, X}),
    ("until_checked", "", "Rätta adressen. Tills ni har kontrollerat saken, begränsa behandlingen av mina uppgifter.", {R, X}),
    ("until_checked", "", "Fix my address. Until you have checked it, please restrict the processing of my data.", {R, X}),
    # never consented + delete: erasure (no access from "gave permission ... my data")
    ("never_consented_delete", "", "Mä en oo ikinä antanu lupaa et mun tiedot on teillä. Poistakaa ne heti.", {E}),
    ("never_consented_delete", "", "En ole antanut lupaa, että tietoni ovat teillä. Poistakaa välittömästi.", {E}),
    ("never_consented_delete", "", "Jag har aldrig gett lov till att ni har mina uppgifter. Radera dem genast.", {E}),
    ("never_consented_delete", "", "I never agreed to you having my data. Delete it right away.", {E}),
    # delete my old address (with a correction)
    ("delete_old_field", "", "Rätta mitt namn och radera min gamla adress som ni fortfarande har kvar.", {R, E}),
    ("delete_old_field", "", "Korjatkaa nimeni ja poistakaa vanha osoitteeni, jota ette enää tarvitse.", {R, E}),
    ("delete_old_field", "", "Correct my name and delete my old address that you still have on file.", {R, E}),
    ("delete_old_field_nm", "", "Poistakaa vanha osoitteeni ja laittakaa tilalle uusi: Kauppakatu 3.", {R}),
    # an unanswered access request asked again, with the authority
    ("ask_again_authority", "Re: Tietopyyntö", "Pyysin kuukausi sitten tiedot, jotka teillä on minusta, eikä mitään ole kuulunut. Pyydän ne nyt uudestaan ja olen yhteydessä tietosuojavaltuutettuun.", {A, C}),
    ("ask_again_authority", "Re: Registerutdrag", "Jag bad om mina uppgifter för två månader sedan. Jag begär dem nu igen och kontaktar IMY.", {A, C}),
    ("ask_again_authority", "Re: Data request", "I asked for my data two months ago and heard nothing. I'm asking for it again and I've contacted the data protection ombudsman.", {A, C}),
    ("ask_again_authority_nm", "", "Pyysin tietoni kaksi kuukautta sitten, eikä mitään ole kuulunut. Olen tehnyt asiasta kantelun tietosuojavaltuutetulle.", {C}),
    # "didn't order this, don't want these" under a quoted mailing
    ("reply_not_ordered", "Re: Zoomin kevättarjoukset", "en oo tilannu tätä enkä halua näitä", {M}),
    ("reply_not_ordered", "Sv: Zoomis nyhetsbrev", "jag har aldrig beställt det här och vill inte ha dem", {M}),
    ("reply_not_ordered", "Re: Zoomi summer offers", "never signed up for this and don't want these", {M}),
    # near-misses for the families above
    ("changed_value_nm", "", "Sähköposti vaihtui uuteen järjestelmään, viestit tulevat nyt eri osoitteesta.", set()),
    ("changed_value_nm", "", "My delivery address changed to Kauppakatu 5, please send the order there.", set()),
    ("refuse_profile_nm", "", "En halua luoda profiilia verkkokauppaan, voiko tilata ilman?", set()),
    ("refuse_profile_nm", "", "Jag vill inte skapa en profil i webbshoppen, kan jag beställa ändå?", set()),
    ("refuse_profile_nm", "", "I don't want to create a profile in your shop, can I order as a guest?", set()),
    ("never_consented_nm", "", "En ole antanut lupaa käyttää kuvaani mainoksissa.", {OBJ}),
    ("bare_delete_nm", "", "Uutiskirjeen linkki ei toimi. Poistakaa.", set()),
    ("copy_format_nm", "", "Please make a copy of the photos from my order onto a USB stick.", set()),
    ("wrong_recipient_nm", "", "Lähetitte laskun väärälle henkilölle, nimeni on kirjoitettu väärin: Jaana, ei Janna.", {R}),
]
# fmt: on


@pytest.mark.parametrize(("family", "subject", "text", "expected"), FAMILIES6)
def test_families6(family: str, subject: str, text: str, expected: set[str]) -> None:
    assert _kinds(subject, text) == expected, family


# --- families measured on a seventh blind corpus: new sentences, not the corpus's
# fmt: off
FAMILIES7 = [
    # a name/field spelled wrong: "you have my name as X ... it's Y"
    ("name_as", "", "You have my surname as Virtenen in your records. It's Virtanen, please fix.", {R}),
    ("name_as", "", "you've got my name down as Mikko Laine but it is Mika Laine, can you correct that", {R}),
    ("name_as", "", "You spelled my name as Anette on the booking. It should be Annette.", {R}),
    ("name_as", "", "Ni har mitt namn som Jon Smiht i kundregistret. Det ska vara John Smith, rätta det.", {R}),
    ("name_as", "", "Ni har stavat mitt efternamn som Nyström, det är Nyströn. Ändra det tack.", {R}),
    ("name_as", "", "Ni har mitt telefonnummer som 040 111 222, men det är fel.", {R}),
    ("name_as", "", "Teillä on nimeni muodossa Jon Smiht, oikea on John Smith. Korjatkaa se.", {R}),
    ("name_as", "", "Nimeni on kirjoitettu väärin: Virtenen, pitäisi olla Virtanen.", {R}),
    ("name_as", "", "Sukunimeni on järjestelmässänne väärin, korjatkaa se rekisteriin.", {R}),
    ("name_as_nm", "", "You have my name as the contact person for the order, that's fine.", set()),
    # an outdated job title
    ("title_outdated", "", "My job title on your staff page is outdated, I'm now Head Nurse. Please update it.", {R}),
    ("title_outdated", "", "The title under my photo is wrong - I'm a lecturer, not an assistant. Could you correct it?", {R}),
    ("title_outdated", "", "Our position in your system is no longer correct, please change it to Team Lead.", {R}),
    ("title_outdated", "", "Työnimikkeeni henkilökuvan vieressä on vanhentunut, olen nykyään osastonhoitaja.", {R}),
    ("title_outdated", "", "Nimike kuvani alla on väärin, olen lehtori. Korjatkaa se.", {R}),
    ("title_outdated", "", "Tittelini teidän järjestelmässä on vanha, päivittäkää se.", {R}),
    ("title_outdated", "", "Min yrkestitel bredvid personalbilden är inaktuell, jag är överläkare nu.", {R}),
    ("title_outdated", "", "Titeln under min bild är fel, rätta den till avdelningschef.", {R}),
    ("title_outdated", "", "Min titel i ert system stämmer inte längre, uppdatera den.", {R}),
    ("title_outdated_nm", "", "What title should I put on the photo order form?", set()),
    # where did you get my number (colloquial fi; sv; en)
    ("source_of_field", "", "mistäs ootte saaneet mun sähköpostin? en oo ikinä tilannu teiltä mitään", {A}),
    ("source_of_field", "", "Mistä olette saaneet puhelinnumeroni? Soititte eilen.", {A}),
    ("source_of_field", "", "Mistähän te ootte saanu mun osoitteen, kun tuli mainos postissa?", {A}),
    ("source_of_field", "", "Varifrån har ni fått mitt telefonnummer? Ni ringde igår.", {A}),
    ("source_of_field", "", "Var har ni fått tag på min e-postadress?", {A}),
    ("source_of_field", "", "Hur har ni fått mitt nummer?", {A}),
    ("source_of_field", "", "Where did you get my phone number from? You called me yesterday.", {A}),
    ("source_of_field", "", "how did u get my email?? never ordered anything", {A}),
    ("source_of_field", "", "Where have you obtained my address from?", {A}),
    ("source_of_field_nm", "", "Mistä saan tilausnumeron, kun se ei näy kuitissa?", set()),
    # what is held about my child / what my employer passed on
    ("about_person", "", "Haluaisin tietää, mitä tietoja pojastani on rekisterissänne.", {A}),
    ("about_person", "", "Mitä tietoja hänestä on teillä tallessa ja kenelle niitä on annettu?", {A}),
    ("about_person", "", "Mitähän tietoja minusta on teille koulun kautta toimitettu?", {A}),
    ("about_person", "", "Vilka uppgifter om min dotter har ni i ert system?", {A}),
    ("about_person", "", "Vad har ni för uppgifter om mig som min arbetsgivare har lämnat till er?", {A}),
    ("about_person", "", "Jag vill veta vilka uppgifter ni har om min son.", {A}),
    ("about_person", "", "What information do you hold about my daughter from the school photos?", {A}),
    ("about_person", "", "i want know which informations you have about my son", {A}),
    ("about_person", "", "Which data my employer gave you about me? I want to know.", {A}),
    ("about_person_nm", "", "What information do you need from me to place the order?", set()),
    # keep but don't use (after a withdrawn erasure request)
    ("keep_not_use", "", "Älkää sittenkään poistako kuviani, tarvitsen ne todisteeksi. Mutta niitä ei saa käyttää mihinkään.", {X}),
    ("keep_not_use", "", "Älkää vielä poistako tietojani, vaikka pyysin. Mutta älkää käyttäkö niitä mainontaan tai muuhun.", {X}),
    ("keep_not_use", "", "Radera inte bilderna ändå, jag behöver dem som bevis. Men ni får inte använda dem under tiden.", {X}),
    ("keep_not_use", "", "Don't delete the photos after all, I need them as evidence. But don't use them for anything meanwhile.", {X}),
    # objection + restriction pending a disputed invoice
    ("collect_and_restrict", "", "Vastustan tietojeni siirtämistä perintään ja pyydän, että käsittely rajoitetaan kunnes reklamaatio on selvitetty.", {OBJ, X}),
    ("collect_and_restrict", "", "Lasku on riitautettu. Vastustan perintää ja vaadin, että tietojeni käsittelyä rajoitetaan siihen asti.", {OBJ, X}),
    ("collect_and_restrict", "", "Jag motsätter mig att mina uppgifter lämnas till inkasso och begär att behandlingen begränsas tills tvisten är löst.", {OBJ, X}),
    ("collect_and_restrict", "", "Jag motsätter mig inkasso. Behandlingen av mina uppgifter ska begränsas medan reklamationen utreds.", {OBJ, X}),
    ("collect_and_restrict", "", "I object to my details being passed to a debt collector and ask that the processing of my data be restricted until the dispute is resolved.", {OBJ, X}),
    # stop marketing + don't use my photo + delete
    ("three_kinds", "", "Älkää enää ikinä markkinoiko minulle. Kuvaani ei saa käyttää mainoksissanne. Poistakaa kaikki tietoni.", {M, OBJ, E}),
    ("three_kinds", "", "Sluta skicka reklam. Min bild får inte användas i er broschyr. Radera alla mina uppgifter.", {M, OBJ, E}),
    ("three_kinds", "", "Stop sending me marketing. My photo must not be used in your brochure. Delete all my data.", {M, OBJ, E}),
    # guardian objects to sending a photo onwards (yearbook)
    ("photo_not_sent", "", "Emme halua, että tyttäremme kuva lähetetään koulun vuosikirjaan.", {OBJ}),
    ("photo_not_sent", "", "En halua että poikani kuvia annetaan kaupungille tai lehteen.", {OBJ}),
    ("photo_not_sent", "", "Vi vill inte att vår sons bild skickas till skolans årsbok.", {OBJ}),
    ("photo_not_sent", "", "We don't want our son's photo sent to the school yearbook.", {OBJ}),
    ("photo_not_sent_nm", "", "En halua että kuva lähetetään paperisena, vaan tiedostona.", set()),
    # a correction next to an access question
    ("access_and_fix", "", "Vilka uppgifter har ni om mig? Numret ni har är min frus, rätta det i registret.", {A, R}),
    ("access_and_fix", "", "Mitä tietoja teillä on minusta? Numero on vaimoni, korjatkaa se rekisteriin.", {A, R}),
    ("access_and_fix", "", "What data do you have about me? The number you called is my wife's, correct it in your records.", {A, R}),
    # access + portability
    ("access_and_port", "", "Haluan tietää mitä tietoja teillä on minusta ja saada ne CSV-tiedostona toiseen palveluun.", {A, P}),
    ("access_and_port", "", "Jag vill veta vilka uppgifter ni har om mig och få dem i maskinläsbart format.", {A, P}),
    ("access_and_port", "", "I want to know what data you have about me and get it as a CSV to move to another service.", {A, P}),
    # false positives: document copies, product copies, login help
    ("document_copy_nm", "", "Could you send a copy of invoice 4411 for our records?", set()),
    ("document_copy_nm", "", "Voisitteko lähettää kopion laskusta 4411 kirjanpitoa varten?", set()),
    ("document_copy_nm", "", "Kan ni skicka en kopia av fakturan 4411?", set()),
    ("product_copy_nm", "", "haluisin kopion kuvasta digitaalisena tiedostona, paljonko maksaa?", set()),
    ("product_copy_nm", "", "Kan jag få en kopia av bilden som digital fil?", set()),
    ("product_copy_nm", "", "Can I get a copy of the photo as a digital file?", set()),
    ("login_help_nm", "", "I can't see my files in the gallery.", set()),
    ("login_help_nm", "", "I cannot view my data when I log in to the app.", set()),
    ("login_help_nm", "", "Jag kan inte se mina uppgifter när jag loggar in.", set()),
    ("login_help_nm", "", "Jag hittar inte mina bilder i galleriet.", set()),
    ("login_help_nm", "", "En näe tietojani kun kirjaudun sisään.", set()),
    ("login_help_nm", "", "En löydä kuviani galleriasta.", set()),
    ("moved_long_ago_nm", "", "Jag flyttade till Finland för tre år sedan. Vilka har ni delat mina uppgifter med?", {A}),
    ("moved_long_ago_nm", "", "Muutin Suomeen kaksi vuotta sitten. Kenelle olette luovuttaneet tietojani?", {A}),
    ("moved_long_ago_nm", "", "I moved to Finland three years ago. Who have you shared my data with?", {A}),
    ("dont_miss_nm", "", "Jag råkade avregistrera mig. Lägg till mig igen, vill inte missa era erbjudanden.", set()),
    ("dont_miss_nm", "", "Don't want to miss your offers, please add me back to the newsletter.", set()),
    ("dont_miss_nm", "", "En halua missata tarjouksia, lisätkää minut takaisin uutiskirjeen tilaajaksi.", set()),
    ("complaint_past_wrong_nm", "", "Olen tehnyt kantelun tietosuojavaltuutetulle kuvani julkaisemisesta ilman lupaa.", {C}),
    ("complaint_past_wrong_nm", "", "Jag har anmält er till IMY för att ni publicerade min bild utan samtycke.", {C}),
    ("complaint_past_wrong_nm", "", "I have complained to the data protection ombudsman about you publishing my photo without consent.", {C}),
    ("name_as", "", "Hi, your records show my name as Jane Doh. It is Jane Doe. Please fix.", {R}),
    ("photo_must_not_go", "", "Poikamme kuvaa ei saa lähettää vuosikirjaan.", {OBJ}),
    ("photo_must_not_go", "", "Vår dotters bild får inte skickas till årsboken.", {OBJ}),
    ("photo_must_not_go", "", "Our son's picture must not go to the yearbook.", {OBJ}),
    ("photo_must_not_go_nm", "", "The class photo must not be sent before Friday, we are still ordering.", set()),
    ("keep_not_use", "", "Radera inte mina uppgifter ännu, men använd dem inte heller.", {X}),
    ("keep_not_use", "", "Please don't delete my data yet, but don't use it either.", {X}),
    ("wrong_parent_nm", "", "Lähetitte lasten nimet väärälle vanhemmalle. Ilmoitan tästä tietosuojavaltuutetulle.", {C}),
]
# fmt: on


@pytest.mark.parametrize(("family", "subject", "text", "expected"), FAMILIES7)
def test_families7(family: str, subject: str, text: str, expected: set[str]) -> None:
    assert _kinds(subject, text) == expected, family


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        # "take me off the list" about a booking or a waiting list is no opt-out
        (
            "Avboka",
            "Hej, kan ni avboka min tid för passfoto 9.12? Ta bort mig från listan.",
            set(),
        ),
        ("Peruutus", "Peruutan varaukseni passikuvaan, poistakaa minut jonotuslistalta.", set()),
        ("", "Please cancel my appointment on Friday and take me off the waiting list.", set()),
        # ... but with marketing named it is one
        (
            "",
            "Avboka min tid på fredag. Och ta bort mig från listan för nyhetsbrevet.",
            {"marketing_opt_out"},
        ),
        # a booking removed is no erasure of the photo booked for
        ("Peruutus", "Hei, peruutan varaukseni passikuvaan, poistakaa varaus.", set()),
        # a published photo, then "ottakaa se pois": erasure of the photo
        (
            "Kuva nettisivuilla",
            "Teidän nettisivuilla on kuva, jossa meidän tyttö istuu. Ottakaa se pois sieltä.",
            {"erasure"},
        ),
    ],
)
def test_booking_lists_and_published_photos(subject: str, text: str, expected: set[str]) -> None:
    assert _kinds(subject, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the removal of a published photo is erasure; consent withdrawn or never given
        # is its ground and adds no kind (tests/corpus/README.md, domain.md §3.2, §5.4)
        ("Perun suostumukseni. Poistakaa poikani kuva nettisivuiltanne.", {E}),
        ("En ole antanut lupaa. Ottakaa tyttäreni kuva pois Instagramista.", {E}),
        ("Jag återkallar mitt samtycke. Ta bort bilden på min dotter från er hemsida.", {E}),
        ("Ni har lagt upp min bild på er Facebooksida utan lov. Ta ner den.", {E}),
        ("I no longer consent. Please remove my son's photo from your website.", {E}),
        ("I never agreed to this. Take my picture down from your Instagram page.", {E}),
        # a refusal of a use beside the removal adds objection
        (
            "Vastustan kuvani käyttöä teidän markkinoinnissa. Poistakaa kuva nettisivuilta.",
            {E, OBJ},
        ),
        (
            "Jag motsätter mig att ni använder min bild i er reklam. Ta bort den från hemsidan.",
            {E, OBJ},
        ),
        (
            "I object to you using my photo for your own promotion. Take it off your website.",
            {E, OBJ},
        ),
        # a refusal of a use with no removal asked is objection alone
        ("Kuvaani ei saa enää käyttää teidän esitteessä.", {OBJ}),
        ("Jag vill inte längre att min bild används i er reklam på Facebook.", {OBJ}),
        ("Please stop using my daughter's picture in your adverts.", {OBJ}),
    ],
)
def test_a_published_photo_removed_is_erasure_objection_needs_a_refused_use(
    text: str, expected: set[str]
) -> None:
    assert _kinds("", text) == expected


def test_the_removal_frame_names_itself_when_it_explains_an_objection_away() -> None:
    c = classify_text("", "Perun luvan. Ottakaa kuva pois nettisivuilta.")
    assert "fi.frame.nearmiss.photo_removal_is_erasure" in [e.rule for e in c.evidence]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restriction spelled out: "don't pass it on" says what it stops, no objection
        (
            "Your records have my old address. Until this is sorted, please restrict processing "
            "of my data – i.e. don't pass it to the debt collector or anyone else. My correct "
            "address is Hovioikeudenpuistikko 9 B 4, 65100 Vaasa.",
            {"rectification", "restriction"},
        ),
        # until the data are checked, do not forward them: a restriction
        (
            "Your records have my old address. My address has been Kirkkopuistikko 20 since "
            "March. Please correct it, and until "
            "you have confirmed the correction, don't forward my details to collection.",
            {"rectification", "restriction"},
        ),
        # ... but not when it is about marketing
        ("Please don't send me newsletters until further notice.", {"marketing_opt_out"}),
    ],
)
def test_restriction_while_the_data_are_checked(text: str, expected: set[str]) -> None:
    assert _kinds("", text) == expected


def test_the_first_dot_of_i_e_ends_no_sentence() -> None:
    from requestbot.understand.rules.frames import _sentences

    body = "restrict it - i.e. don't pass it on. next"
    assert [body[s:e] for s, e in _sentences(body)] == [
        "restrict it - i.e. don't pass it on",
        " next",
    ]


def test_keep_it_for_a_legal_claim_but_for_nothing_else_is_a_restriction() -> None:
    text = (
        "Sain teiltä kirjeen, että kuvatiedostot poistetaan vuoden lopussa. Tarvitsen "
        "kuitenkin tyttäreni koulukuvat todisteeksi. Voisitteko säilyttää ne siihen asti kun "
        "asia on käsitelty, mutta ei muuhun käyttöön?"
    )
    assert _kinds("", text) == {"restriction"}
