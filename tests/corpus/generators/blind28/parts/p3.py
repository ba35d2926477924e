from parts.common import E

E("sv", "erasure", False, "principal asks to delete photos and data of pupil with protected identity",
  "Carola Nylund <carola.nylund@example.fi>", "BRÅDSKANDE: elev med spärrmarkering",
  """Hej,

Vid fotograferingen på Vörå samskola 29.9 fotograferades en elev i åk 8 som har spärrmarkering (skyddad identitet). Vårdnadshavaren kontaktade oss idag. Jag ber er omedelbart radera alla bilder på eleven och elevens namn och övriga uppgifter ur ert system, och se till att eleven inte finns med på klassfotot som säljs i webbutiken.

Av säkerhetsskäl skriver jag inte namnet här. Ring mig på 050 412 7781 så ger jag uppgifterna muntligt.

Carola Nylund
rektor, Vörå samskola""")

E("sv", "", False, "near-miss: school secretary sends class lists",
  "Maria Dahlvik <maria.dahlvik@example.fi>", "Klasslistor fotodag 14.10",
  """Hej!

Här kommer klasslistorna för fotodagen 14.10 på Solf skola (bifogad excel, flikar per klass). Förskolegruppen fotograferas på förmiddagen enligt överenskommelse. Tre elever deltar inte, de är markerade med gult.

Fotograferingen sker i gymnastiksalen, ingången från parkeringen.

Hälsningar
Maria Dahlvik
skolsekreterare, Solf skola""")

E("sv", "marketing_opt_out", False, "one-word STOPP reply to campaign",
  "Leif Ström <leif.strom@example.fi>", "Re: Höstkampanj: 3 förstoringar för 2",
  """STOPP

>> Höstkampanj! Beställ 3 förstoringar och betala för 2. Gäller t.o.m. 31.10.""")

E("sv", "", False, "estate letter: unpaid invoices and uncollected photos of deceased mother",
  "Tomas Backman <tomas.backman@example.fi>", "Dödsboet efter Ingrid Backman",
  """Hej

Vår mamma Ingrid Backman (Jakobstad) dog i augusti. Jag är delägare i dödsboet och sköter pappersarbetet. Hade hon några obetalda fakturor hos er, eller beställningar som inte blivit hämtade? Hon pratade om att hon beställt förstoringar av barnbarnens bilder i somras.

Fakturor kan skickas till dödsboet, c/o Tomas Backman, Skolgatan 9, 68600 Jakobstad.

Tack
Tomas Backman""")

E("sv", "erasure+marketing_opt_out", False, "sv with Finnish words: remove from list and delete account",
  "Marina Lillqvist <marina.lillqvist@example.fi>", "mainos",
  """Hej, ja ha fått era mainos-mejl i två år nu. Ta bort mej från listan och radera mitt konto också, ja använder he int. Kiitos.

Marina""")

E("sv", "rectification", False, "new treasurer: update association contact person and email",
  "Ann-Sofi Mitts <annsofi.mitts@example.fi>", "Ny kontaktperson för Replot hembygdsförening",
  """Hej,

Jag har tagit över som kassör i Replot hembygdsförening efter Kaj Enlund. Kan ni ändra kontaktperson i ert kundregister från Kaj till mig (Ann-Sofi Mitts, annsofi.mitts@example.fi, 045 118 2290)? Kaj vill int få mera post om föreningens beställningar.

Tack och hälsningar
Ann-Sofi""")

E("sv", "complaint", False, "has reported to the Data Protection Ombudsman about published child photo",
  "Sandra Finnäs <sandra.finnas@example.fi>", "Anmälan gjord",
  """Ni har publicerat mitt barns namn och bild på er Facebooksida utan lov. Jag har anmält det här till Dataombudsmannen idag. Ni hör från dem.

Sandra Finnäs""")

E("sv", "", True, "out-of-office with Auto-Submitted header",
  "Petra Sjöblom <petra.sjoblom@example.fi>", "Automatiskt svar: Personalfotografering 2027",
  """Hej,

Jag är tjänstledig till och med 31.12.2026. Under tiden sköts mina uppgifter av Jens Holm, jens.holm@example.fi, 06 325 1100.

Med vänlig hälsning
Petra Sjöblom
HR-koordinator""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("sv", "objection", False, "objects to use of class photo in brochure, no removal asked",
  "Anders Kronqvist <anders.kronqvist@example.fi>", "Broschyren",
  """Hej

Vi fick höra av klassläraren att ni planerar att använda klassfotot från 3A i Smedsby skola i er broschyr för nästa år. Vår son Melker är med på bilden. Jag motsätter mig att hans bild används i er marknadsföring. Själva klassfotot har vi inget emot, det är fint.

Anders Kronqvist""")

E("sv", "access", False, "formal Art. 15 a–h request, sv",
  "Susanne Lindvik <susanne.lindvik@example.fi>", "Begäran om registerutdrag",
  """Hej,

Med stöd av artikel 15 i dataskyddsförordningen begär jag ett registerutdrag. Jag vill få

a) en kopia av de personuppgifter som rör mig och mina två barn (Ida och Oliver Lindvik, båda under 15 år) som ni behandlar,
b) ändamålen med behandlingen,
c) kategorierna av uppgifter,
d) mottagarna, med namn, även personuppgiftsbiträden,
e) lagringstiden,
f) källan till uppgifterna om de inte kommer från mig (skolan? daghemmet?),
g) uppgift om automatiserat beslutsfattande,
h) information om min rätt att klaga hos tillsynsmyndigheten.

Jag är ensam vårdnadshavare. Om ni behöver verifiera detta kan jag visa intyg, men jag skickar inte kopia av mitt id-kort per e-post.

Susanne Lindvik
Vasa""")

E("sv", "", False, "near-miss: can siblings be photographed together",
  "Pernilla Rosenback <pernilla.rosenback@example.fi>", "Syskonfoto",
  """Hej! Går det att få syskonfoto på fotodagen i Malax skola? Våra två barn går i åk 1 och åk 4. Måste man anmäla det på förhand?

Mvh Pernilla""")

E("sv", "restriction", False, "custody dispute: don't delete daycare photos, don't use them",
  "Christoffer Snickars <christoffer.snickars@example.fi>", "Bilder från dagis – radera inte",
  """Hej,

Jag och min före detta sambo har en pågående vårdnadstvist. Mitt ombud kan behöva bilderna och beställningsuppgifterna från dagisfotograferingen 2025 (Daghemmet Lärkan, Vasa). Radera inte bilderna eller uppgifterna än, men använd dem inte heller till något tills tvisten är avgjord. Ni kan kontakta mig om ni har frågor.

Christoffer Snickars""")

E("sv", "access+erasure", False, "copy first, then delete everything",
  "Lena Sandvik <lena.sandvik@example.fi>", "mina uppgifter",
  """Hej

Skicka först en kopia på allt ni har om mig, sen vill ja att ni raderar allt. Ja vill se vad ni haft innan he försvinner.

Lena Sandvik
Pörtom""")

E("sv", "marketing_opt_out", False, "formal direct marketing ban",
  "Gunnel Åkerlund <gunnel.akerlund@example.fi>", "Förbud mot direktmarknadsföring",
  """Till Zoomi Kuvakaupat Oy

Jag förbjuder er att använda mina personuppgifter för direktmarknadsföring, såväl per post, e-post, sms som telefon.

Gunnel Åkerlund
Bergö""")

E("sv", "", False, "wrong person: no children in that school",
  "Mona Holm <mona.holm@example.fi>", "Re: Klassfoto Kvevlax skola – beställ senast 30.10",
  """Hej, ni har skickat det här till fel person. Jag har inga barn i Kvevlax skola, mina barn är vuxna sedan länge. Kanske nån har skrivit fel e-post?

Mona Holm

> Hej vårdnadshavare! Klassfotona från Kvevlax skola kan nu beställas i webbutiken.""")

E("sv", "portability", False, "wants photos and data as file to move to another shop",
  "Daniel Kull <daniel.kull@example.fi>", "Få ut mina bilder och uppgifter",
  """Hej, kan ja få alla bilder och uppgifter från mitt konto som fil så ja kan flytta dem till en annan fotobutik? csv eller vad ni har, bara de går att läsa in där.

/Daniel""")

E("sv", "", True, "calendar invitation text, no header",
  "Vasa stad kalender <kalender@example.fi>", "Inbjudan: Fotografering personal – bildningsförvaltningen @ ons 21 okt 2026 9:00–12:00",
  """Inbjudan från Vasa stads kalender

Fotografering personal – bildningsförvaltningen
När: onsdag 21 oktober 2026 09:00–12:00 (UTC+03:00) Helsingfors
Var: Stadshuset, mötesrum Kvarken, 2 vån.
Organisatör: Åsa Mattsson

Deltagare:
  tietosuoja@example.fi
  personal-bildning@example.fi

Kommer du?  Ja  –  Kanske  –  Nej

Inbjudan från kalendertjänsten. Du får den här inbjudan eftersom du finns med i deltagarlistan.""")

E("fi", "erasure", False, "parent: delete daughter's photos from server",
  "Heidi Ketola <heidi.ketola@example.fi>", "Tyttären kuvat",
  """Hei,

poistakaa tyttäreni Ellen Ketolan kuvat palvelimeltanne. Hän on 14 ja ei halua, että niitä säilytetään siellä. Kuvat ovat Variskan koulun kuvauksesta syyskuulta.

Heidi Ketola""")

E("fi", "marketing_opt_out+complaint", False, "asked twice to stop marketing; will report if it continues",
  "Timo Mäkelä <timo.makela@example.fi>", "Markkinointiviestit EDELLEEN",
  """Olen pyytänyt kahdesti (elokuussa ja syyskuussa) että lopetatte markkinointiviestien lähettämisen minulle. Tänään tuli taas sähköposti joulukorteista.

Lopettakaa ne nyt. Jos niitä tulee vielä yksikin, ilmoitan asiasta tietosuojavaltuutetulle.

Timo Mäkelä""")

E("fi", "", False, "near-miss: passport photo receipt code doesn't work",
  "Liisa Koskinen <liisa.koskinen@example.fi>", "Passikuvan koodi",
  """Hei, kävin eilen passikuvassa ja sain kuvakuitin, mutta poliisin sähköisessä palvelussa koodi ei toimi, tulee virhe "kuvaa ei löydy". Voitteko tarkistaa onko kuva lähetetty?

Liisa Koskinen
045 331 8821""")

E("fi", "rectification", False, "phone number changed",
  "Jarmo Peltola <jarmo.peltola@example.fi>", "Puhelinnumero",
  """Puhelinnumeroni on vaihtunut, päivittäkää se tietoihini: uusi numero 044 901 2276. Vanha 040 ... ei ole enää käytössä.

t. Jarmo Peltola""")

E("fi", "", True, "business association newsletter, no header",
  "Vaasan Seudun Kauppiasyhdistys <uutiskirje@example.fi>", "Jäsenkirje 11/2026",
  """JÄSENKIRJE 11/2026

Hyvä jäsen,

Joulukadun avajaiset pidetään lauantaina 21.11. klo 15 Kauppatorilla. Jäsenliikkeet voivat ilmoittautua joulukadun karttaan 13.11. mennessä.

Kauppiasaamiainen 26.11. klo 8 Hotelli Kantarellissa: aiheena kivijalkakaupan tulevaisuus. Ilmoittautumiset tapahtumakalenterin kautta.

Jäsenmaksut 2027 laskutetaan tammikuussa.

Terveisin
hallitus

Et halua enää jäsenkirjettä? Vastaa tähän viestiin ja kirjoita aiheeksi "peru".""")

E("fi", "objection", False, "objects to analytics and profiling",
  "Antti Hietala <antti.hietala@example.fi>", "Vastustan",
  """Hei

Vastustan tietojeni käyttöä analytiikkaan ja profilointiin verkkokaupassanne. Käyttäkää tietojani vain tilausteni toimittamiseen.

Antti Hietala""")

E("fi", "", False, "thanks, matter clear",
  "Tiina Lahti <tiina.lahti@example.fi>", "Re: Ryhmäkuvan hinta",
  """Kiitos, asia selvä.

Tiina

> Hei Tiina, ryhmäkuva 20x30 maksaa 22 € ja digitaalinen tiedosto 15 €.""")

E("en", "erasure+objection+marketing_opt_out", False, "CCPA-style: do not sell, delete, stop emailing",
  "Kevin Walsh <kevin.walsh@example.com>", "Do Not Sell My Personal Information",
  """To whom it may concern,

I am exercising my privacy rights. Do not sell or share my personal information. Delete all personal information you have collected about me, and stop sending me marketing emails.

Kevin Walsh
Portland, OR""")

E("en", "", False, "near-miss: gallery link expired",
  "Olivia Grant <olivia.grant@example.com>", "download photos?",
  """Hi! How do I download my photos from the online gallery? The link in the email says it has expired. I paid for the digital files already (order 61044).

Olivia""")

E("en", "rectification", False, "daughter's name spelled wrong on school photo",
  "Siobhan Murphy <siobhan.murphy@example.com>", "Name spelling - Aoife",
  """Hello,

My daughter's name is spelled wrong on her school photo order and on the class list: it's Aoife Murphy, not Aiofe. Could you fix it in your system before the prints are made? She's in class 2 at the international school in Vaasa.

Many thanks,
Siobhan""")

E("en", "access", False, "short: what data, got a text, never ordered",
  "Ben Carter <ben.carter@example.com>", "?",
  """what data do you have on me? got a text from you and I never ordered anything""")

E("en", "rectification+restriction", False, "contests address on file, stop processing until corrected",
  "Laura Nieminen <laura.nieminen@example.com>", "Wrong address",
  """Hello,

The address you have on file for me is wrong. You sent my invoice to Rantakatu 4 in Vaasa, where I have not lived for three years, and now a reminder too. My correct address is Hietasaarenkatu 12 B 9, 65100 Vaasa.

I contest the accuracy of the data you hold. Please correct it and do not process my data (including sending anything to collection) until it has been corrected.

Laura Nieminen""")

E("en", "complaint", False, "GDPR violation, filing complaint with DPO",
  "Ahmed Yusuf <ahmed.yusuf@example.com>", "GDPR violation",
  """This is a GDPR violation. Your photographer showed the photos of my son on a tablet to other parents at the school gate, with his name on the screen. I'm filing a complaint with the Data Protection Ombudsman.

Ahmed Yusuf""")
