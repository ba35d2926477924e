from parts.common import E

E("fi", "access", False, "reply to acknowledgement, asks whether ID check needed in open access request",
  "Marjatta Kivelä <marjatta.kivela@example.fi>", "Re: Tietopyyntönne on vastaanotettu",
  """Hei,

kiitos kuittauksesta. Tarviiko teille lähettää vielä jotain henkilöllisyystodistusta vai riittääkö että kirjoitan tästä samasta osoitteesta jolla tilasin kuvat? En haluaisi lähettää passin kuvaa sähköpostilla.

t. Marjatta

----- Alkuperäinen viesti -----
Lähettäjä: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
Vastaanottaja: marjatta.kivela@example.fi
Lähetetty: 14.10.2026 klo 9.12
Aihe: Tietopyyntönne on vastaanotettu

Hyvä vastaanottaja,

olemme vastaanottaneet pyyntönne saada tiedot teistä tallennetuista henkilötiedoista. Vastaamme viimeistään 14.11.2026.

Ystävällisin terveisin
Zoomi Kuvakaupat Oy
Vasaratie 2 A, 65350 Vaasa

> Hei, haluaisin tietää mitä tietoja teillä on minusta tallennettuna. Olen tilannut lasten koulukuvia useampana vuonna.
> Marjatta Kivelä
""")

E("fi", "marketing_opt_out", False, "reply to marketing newsletter asking to stop, newsletter quoted with unsubscribe footer",
  "Jarkko Heino <jarkko.heino@example.fi>", "Re: Joulun kuvalahjat nyt -20 %!",
  """en oo tilannu tätä postia. lopettakaa näiden mainosten lähettäminen mulle

Lähetetty iPhonesta

> Zoomi Kuvakaupat <uutiskirje@example.fi> kirjoitti 2.12.2026 kello 8.00:
>
> Joulun kuvalahjat nyt -20 %!
> Kalenterit, mukit ja kuvakirjat suoraan kotiin. Tilaa viimeistään 16.12.
>
> Etkö halua enää uutiskirjettämme? Peruuta tilaus tästä.
> Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa
""")

E("fi", "erasure", False, "school forwards a guardian's request to remove child's photo from school web page",
  "Rehtori Pekka Lindroos <pekka.lindroos@koulu.example.fi>", "VL: Kuva koulun sivuilla",
  """Hei,

välitän alla olevan huoltajan viestin teille, koska kuva on teidän ottamanne ja te olette toimittaneet ne kuvat meille sivuille. Voisitteko olla suoraan yhteydessä äitiin? Me olemme jo poistaneet kuvan omalta sivultamme, mutta äiti mainitsee että sama kuva on teidän esimerkkigalleriassanne.

Pekka Lindroos
rehtori, Onkilahden koulu
p. 040 123 4567

-----Alkuperäinen viesti-----
Lähettäjä: Sanna Huhtala <sanna.huhtala@example.fi>
Lähetetty: maanantai 9. marraskuuta 2026 20.41
Vastaanottaja: Pekka Lindroos
Aihe: Kuva koulun sivuilla

Hei,
huomasin että Eelin (4B) luokkakuva on koulun nettisivuilla ja myös kuvaamon sivuilla esimerkkinä. En ole antanut tähän lupaa. Pyydän että kuva otetaan pois molemmista paikoista mahdollisimman pian.

Sanna Huhtala
""")

E("fi", "", False, "reply to acknowledgement: thanks, no new request",
  "Tuula Mäkelä <tuula.makela@example.fi>", "Re: Tietojenne poisto on tehty",
  """Kiitos nopeasta hoidosta!

Tuula

Lähettäjä: tietosuoja@example.fi
Aihe: Tietojenne poisto on tehty

Hei Tuula,
olemme poistaneet asiakastilinne ja siihen liittyvät tiedot. Kirjanpitolain edellyttämät laskutiedot säilytetään lain vaatiman ajan.
Zoomi Kuvakaupat Oy
""")

E("fi", "access", False, "reminder of unanswered access request, thread quoted",
  "Ville Saarinen <ville.saarinen@example.fi>", "Re: Re: Omat tiedot",
  """Hei uudestaan,

lähetin alla olevan pyynnön jo 28.9. enkä ole saanut mitään vastausta kuittauksen jälkeen. Kuukausi on nyt mennyt. Odotan edelleen kopiota tiedoistani.

Ville Saarinen
050 987 6543

> Lähettäjä: Ville Saarinen
> Päivämäärä: 28.9.2026
> Aihe: Omat tiedot
>
> Moi, pyydän tietosuoja-asetuksen 15 artiklan mukaisesti kopion kaikista minua koskevista henkilötiedoista joita käsittelette, myös Slotti-varausjärjestelmässä.
""")

E("fi", "access+complaint", False, "reminder of access request with conditional threat to complain to tietosuojavaltuutettu",
  "Henna Rautio <henna.rautio@example.fi>", "Re: Tietopyyntö / Henna Rautio",
  """Hei,

toistan pyyntöni tietojeni saamisesta. Jos en saa vastausta tämän viikon aikana, teen asiasta valituksen tietosuojavaltuutetun toimistoon.

Henna Rautio

Lähetetty: 2.10.2026
Aihe: Tietopyyntö / Henna Rautio
Haluan saada kaikki tiedot jotka teillä on minusta. Kiitos.
""")

E("fi", "", True, "out-of-office auto reply from a daycare director, no auto headers",
  "Päiväkoti Tähtitaivas johtaja <johtaja.tahtitaivas@example.fi>", "Poissa: Päiväkodin kuvauspäivä 12.11.",
  """Olen lomalla 30.11.–4.12.2026. Kiireellisissä asioissa ota yhteys varajohtaja Kaisa Niemelään, p. 040 765 4321.

Olen poissa toimistolta enkä lue sähköpostia.""")

E("fi", "rectification", False, "reply to the company's clarification question: gives correct spelling of child's name",
  "Aleksi Pelkonen <aleksi.pelkonen@example.fi>", "Re: Tarkennuspyyntö nimen korjaukseen",
  """Moi,

nimi on siis oikein Elli-Noora Pelkonen (yhdysmerkillä), ei Ellinoora. Se on väärin sekä kuvapaketin kuoressa että verkkokaupan tilillä. Tilaus oli päiväkoti Satakielen kuvauksesta lokakuussa.

Aleksi

Zoomi Kuvakaupat tietosuoja kirjoitti 20.10.2026 klo 13.05:
> Hei,
> kiitos viestistänne. Voisitteko vielä kertoa mikä on oikea kirjoitusasu ja missä kohdassa virheellinen nimi näkyy?
> Ystävällisin terveisin, Zoomi Kuvakaupat
""")

E("fi", "erasure+marketing_opt_out", False, "erasure and marketing stop from work address, company signature with confidentiality notice",
  "Riikka Laaksonen <riikka.laaksonen@rakennus.example.fi>", "Tietojeni poisto",
  """Hei,

pyydän poistamaan kaikki henkilötietoni asiakasrekisteristänne ja lopettamaan markkinointiviestien lähettämisen. Olen asioinut teillä yksityishenkilönä (passikuva 2024), mutta mainoksia tulee nyt työsähköpostiini.

Ystävällisin terveisin

Riikka Laaksonen
Projektipäällikkö
Rakennus Laakso Oy
p. 040 222 3344

LUOTTAMUKSELLINEN: Tämä viesti ja sen liitteet on tarkoitettu ainoastaan vastaanottajalle. Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja tuhoa viesti. Viestin luvaton käyttö, kopiointi tai edelleen välittäminen on kielletty.
""")

E("fi", "objection", False, "forward of grandmother's wish by adult daughter: don't use photo in brochure",
  "Minna Koskela <minna.koskela@example.fi>", "VL: esite",
  """Hei, äitini pyysi välittämään tämän, hän ei itse käytä sähköpostia kovin hyvin. Hän on siis Aili Koskela, Vaasa.

Minna

---------- Välitetty viesti ----------
Lähettäjä: Aili Koskela <aili.koskela@example.fi>
Päivämäärä: ke 4.11.2026 klo 11.02
Aihe: esite

Minna voisitko laittaa sinne kuvaamoon viestiä etten halua että mun kuvaa käytetään niiden esitteissä enää. Kuva sai olla siellä viime vuonna mutta nyt riittää. Se tuli postilaatikkoon naapurillekin.
äiti
""")

E("fi", "", False, "reply to company question about order; asks about print delivery, no DSR",
  "Esa Honkanen <esa.honkanen@example.fi>", "Re: Tilauksenne 48213",
  """Joo eli postiin vaan samaan osoitteeseen kuin viimeksi, ei tarvi noutaa. Koska ne on perillä?

-Esa

> Hei Esa, tilauksenne 48213 on valmis. Haluatteko noudon liikkeestä vai postitoimituksen?
> Zoomi Kuvakaupat, Vaasa
""")

E("fi", "portability+access", False, "clarification answer: wants own data and photos in machine readable format to move to another service",
  "Juha-Pekka Mattila <jp.mattila@example.fi>", "Re: Pyyntönne tarkennus",
  """Moikka,

tarkennan: haluan sekä tietää mitä tietoja minusta on (eli pääsyoikeus), että saada itse toimittamani tiedot ja lataamani kuvat koneluettavassa muodossa niin että voin siirtää ne toiseen palveluun. Zip-paketti ja csv tai json käy hyvin.

JP

-------- Original message --------
From: tietosuoja@example.fi
Date: 3.11.2026
Subject: Pyyntönne tarkennus
Hei, pyysitte "kaikki tietonne ulos". Tarkoitatteko kopiota tiedoista vai tietojen siirtoa toiseen palveluun?
""")

E("fi", "restriction", False, "debt collection dispute: don't delete records, keep for dispute; disclaimer",
  "Antti Vuorinen <antti.vuorinen@example.fi>", "Perintäasia - älkää poistako tietoja",
  """Hei,

minulla on riita OK-perinnän kanssa laskusta 2026-1187, jota en mielestäni ole saanut. Pyydän ettei tilaukseeni ja laskutukseeni liittyviä tietoja poisteta eikä niitä käytetä muuhun kuin tämän asian selvittämiseen ennen kuin asia on ratkaistu. Tarvitsen ne mahdollista kuluttajariitalautakuntaa varten.

Antti Vuorinen
Hietasaarenkatu 5 B 12, 65100 Vaasa
""")

E("fi", "", True, "Slotti booking confirmation",
  "Slotti <noreply@slotti.example.com>", "Varausvahvistus: Passikuva 10.12.2026 klo 14.30",
  """Varauksesi on vahvistettu.

Palvelu: Passikuva (poliisin lupakuva)
Aika: to 10.12.2026 klo 14.30
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Peru tai siirrä varaus viimeistään 24 h ennen: https://slotti.example.com/v/8H2K

Tämä on automaattinen viesti, älä vastaa tähän.""")

E("sv", "access", False, "reply to company marketing: asks what data they have and where the address came from",
  "Göran Westerlund <goran.westerlund@example.fi>", "SV: Höstens fotodagar – boka nu!",
  """Hej,

innan jag bokar något vill jag veta vilka uppgifter ni har om mig och varifrån ni fått min e-postadress. Jag minns inte att jag någonsin varit kund hos er.

Göran Westerlund
Smedsby

Från: Zoomi Kuvakaupat <nyhetsbrev@example.fi>
Skickat: den 3 oktober 2026 08:00
Till: goran.westerlund@example.fi
Ämne: Höstens fotodagar – boka nu!

Familjeporträtt i vår studio i Vasa, -15 % i oktober.
Avsluta prenumerationen här.
""")

E("sv", "erasure", False, "daycare forwards parent's request (sv) to remove child's photos",
  "Daghemmet Solstrålen <solstralen@daghem.example.fi>", "VB: Fotografering",
  """Hej!

Vi vidarebefordrar detta från en förälder. Vi har själva inga kopior kvar, så vi antar att det gäller era register.

Hälsningar
Annika Byskata, föreståndare
Daghemmet Solstrålen

---------- Vidarebefordrat meddelande ----------
Från: Jonas Sjöberg <jonas.sjoberg@example.fi>
Datum: tis 17 nov. 2026 kl 07:55
Ämne: Fotografering
Till: solstralen@daghem.example.fi

Hej, vi vill att alla bilder på Vilma från höstens fotografering raderas hos fotografen. Vi beställde inga bilder. Kan ni skicka det vidare?
/Jonas
""")

E("sv", "", False, "reply to acknowledgement withdrawing an erasure request",
  "Linnea Holm <linnea.holm@example.se>", "Sv: Vi har tagit emot din begäran",
  """Hej igen,

ni kan glömma min begäran, det var min man som hade gjort kontot och han vill behålla det. Förlåt för besväret!

Linnea

> Hej Linnea, vi har tagit emot din begäran om radering av kontot och återkommer senast 4.12.2026.
> Med vänlig hälsning, Zoomi Kuvakaupat
""")

E("sv", "marketing_opt_out", False, "short reply to SMS/newsletter asking stop",
  "Bo-Erik Nyman <bo-erik.nyman@example.fi>", "Sv: Nyhetsbrev november",
  """Ta bort mig från er utskickslista tack. Vill inte ha reklam.

BE Nyman""")

E("sv", "rectification", False, "reply to company question: corrects address",
  "Camilla Granholm <camilla.granholm@example.fi>", "Sv: Fråga om din adressändring",
  """Hej,

rätt adress är Strandgatan 14 B 7, 65100 Vasa. Den gamla (Kyrkoesplanaden) ska inte användas längre. Det gäller både kundkontot och fakturorna.

Mvh Camilla

-----Ursprungligt meddelande-----
Från: tietosuoja@example.fi
Ämne: Fråga om din adressändring
Du bad oss uppdatera din adress. Kan du bekräfta den nya adressen och om ändringen gäller även faktureringen?
""")

E("sv", "objection+erasure", False, "employee writes: staff photo on employer's web page supplied by Zoomi; wants removed and objects to Zoomi's use",
  "Peter Åkerlund <peter.akerlund@example.se>", "Personalbild",
  """Hej,

jag jobbade på Korsholms Bygg till i augusti och personalbilden ni tog av mig ligger fortfarande i er referensgalleri på webben. Ta ner bilden, och jag motsätter mig att ni använder den i er marknadsföring överhuvudtaget.

Peter Åkerlund

Detta e-postmeddelande kan innehålla konfidentiell information. Om du inte är avsedd mottagare, vänligen radera meddelandet och meddela avsändaren.
""")

E("sv", "complaint", False, "tells company she has filed complaint with dataombudsmannen, cc",
  "Maria Lindqvist <maria.lindqvist@example.fi>", "Klagomål inlämnat",
  """Hej,

för kännedom: jag har idag lämnat in ett klagomål till dataombudsmannens byrå eftersom ni inte svarat på min begäran om registerutdrag från den 1 september. Ärendet har diarienummer som jag fått per e-post.

Maria Lindqvist
""")

E("sv", "", True, "school list-server weekly letter mentioning photography",
  "Norrvallas skola <lista@skola.example.fi>", "Veckobrev v. 46",
  """Veckobrev vecka 46

- Fotografering av klasserna 1–6 tisdag 10.11. Fotografen kommer från Zoomi Kuvakaupat.
- Simskola för åk 3 börjar.
- Föräldramöte torsdag kl. 18.

Du får detta meddelande eftersom du är med på skolans e-postlista. Avregistrera dig via Wilma.""")

E("en", "access", False, "reply to marketing with long quoted history, asks Art 15",
  "Daniel Foster <daniel.foster@example.com>", "Re: Your passport photo reminder",
  """Hi,

I got this reminder even though I only had a passport photo taken once in 2023. Please send me a copy of all the personal data you hold about me, including where it came from and who you've shared it with.

Regards,
Daniel Foster

On Tue, 24 Nov 2026 at 09:00, Zoomi Kuvakaupat <info@example.fi> wrote:
> Hi Daniel,
> Is your passport about to expire? Book a new passport photo at our Vaasa studio.
> Book now: https://slotti.example.com/zoomi
> Unsubscribe | Privacy notice
""")

E("en", "erasure", False, "reply to company ID question: confirms identity by order number, request remains erasure",
  "Priya Raman <priya.raman@example.com>", "RE: Verification of your deletion request",
  """Hello,

The order number is 51877 and the phone number on the account is 040 555 1234. I'd prefer not to send a copy of my ID. Please go ahead with deleting my account.

Thanks,
Priya

-----Original Message-----
From: Zoomi Kuvakaupat tietosuoja <tietosuoja@example.fi>
Sent: Monday, November 2, 2026 10:14 AM
To: Priya Raman
Subject: Verification of your deletion request

Dear Priya,
To confirm that the account belongs to you, could you tell us an order number or the phone number used on the account?
""")

E("en", "", False, "reply to company acknowledgement with unrelated question about opening hours",
  "Mark Ellison <mark.ellison@example.com>", "Re: We received your message",
  """Thanks. Also, are you open on Saturdays? I might just pop by.

Mark

> Thank you for contacting Zoomi Kuvakaupat. We will reply within 2 working days.
""")

E("en", "objection", False, "Art 21(1) objection to business development and analytics, legal disclaimer footer",
  "Laura Kim <laura.kim@example.com>", "Objection to processing",
  """Dear Zoomi,

I object under Article 21(1) GDPR to the processing of my personal data for "business development" and web analytics. I do not consider that your legitimate interests override my interests here. Please confirm when the processing has stopped.

Best regards,
Laura Kim

--
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Any views expressed are those of the individual and not of the sender's employer.
""")

E("en", "complaint+access", False, "reminder: second chaser, says will escalate to Finnish DPA if no answer; still wants access",
  "Tom Hargreaves <tom.hargreaves@example.com>", "Re: Re: Subject access request – Tom Hargreaves",
  """Hello again,

This is my second reminder. My subject access request of 5 October is now overdue. Please provide the data without further delay. If I do not hear from you within 7 days I will lodge a complaint with the Data Protection Ombudsman.

Tom Hargreaves

On 5 Nov 2026, at 18:22, Tom Hargreaves wrote:
> Hi, just chasing my request below. Any update?
>
> On 5 Oct 2026, Tom Hargreaves wrote:
>> Please provide a copy of my personal data under Article 15 GDPR.
""")

E("en", "", True, "parcel delivery notice",
  "Posti notifications <no-reply@posti.example.fi>", "Your parcel is on its way",
  """Your parcel JJFI6543210987 from Zoomi Kuvakaupat Oy is on its way.

Estimated delivery: Thu 3 Dec
Pickup point: K-Market Palosaari, Vaasa

Track your parcel: https://posti.example.fi/track

This message was sent automatically. Please do not reply.""")

E("en", "marketing_opt_out+erasure", False, "forward from spouse: 'my wife asked me to send this' unsubscribe and delete",
  "Oliver Grant <oliver.grant@example.com>", "Fwd: stop emails",
  """Hi, forwarding on behalf of my wife Helen Grant (helen.grant@example.com), she keeps getting your offers. She wants them stopped and her details deleted. Her original note is below.

Oliver

---------- Forwarded message ---------
From: Helen Grant <helen.grant@example.com>
Date: Sun, 15 Nov 2026 at 21:10
Subject: stop emails
To: Oliver Grant <oliver.grant@example.com>

Can you email the photo place and tell them to stop sending me offers and to delete my details? I don't use them anymore. Thx x
""")

E("en", "rectification", False, "short one-liner correcting email typo in account",
  "Sarah O'Neill <sarah.oneill@example.com>", "Wrong surname on my account",
  """My surname is O'Neill, not ONeil – please correct it on my customer account and invoices. Thanks.""")
