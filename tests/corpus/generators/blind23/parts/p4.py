from parts.common import E

E("fi", "access+rectification", False, "reply to access answer: found wrong data in the extract, asks to fix and asks for missing call log",
  "Heikki Moilanen <heikki.moilanen@example.fi>", "Re: Vastaus tietopyyntöönne",
  """Hei,

kiitos tiedostosta. Siinä on syntymävuoteni väärin (1976, ei 1967), korjatkaa se. Lisäksi vastauksesta puuttuu puhelulokit, vaikka tietosuojaselosteessa ne mainitaan. Pyydän toimittamaan myös ne.

Heikki Moilanen

Lähettäjä: Zoomi Kuvakaupat tietosuoja
Lähetetty: 30.11.2026
Aihe: Vastaus tietopyyntöönne
Hei Heikki, liitteenä tiedot jotka meillä on teistä. Tiedosto on suojattu salasanalla, joka lähetetään tekstiviestillä.""")

E("fi", "", False, "reply to marketing: asks if offer valid for school photos, no DSR",
  "Anne Pitkänen <anne.pitkanen@example.fi>", "Re: Kuvakirjat -30 %",
  """Koskeeko tää ale myös koulukuvista tehtäviä kuvakirjoja? Mulla on kolmen lapsen kuvat monelta vuodelta.
-Anne

> Kuvakirjat -30 % sunnuntaihin asti! Koodi: KIRJA30""")

E("fi", "marketing_opt_out", False, "polite elderly person asks no more letters by post",
  "Eino Ketola <eino.ketola@example.fi>", "Mainoskirjeet",
  """Arvoisa vastaanottaja

Pyydän ystävällisesti, että ette enää lähettäisi minulle mainoskirjeitä kotiosoitteeseeni. Olen 84-vuotias enkä enää tarvitse valokuvauspalveluja.

Kunnioittavasti
Eino Ketola
Laihia""")

E("fi", "erasure+objection", False, "employee's photo on employer site via Zoomi; wants removed from Zoomi's galleries and no more use",
  "Tiina Koivisto <tiina.koivisto@example.fi>", "Henkilökuva teidän sivuilla",
  """Hei,

olin teillä henkilöstökuvauksessa entisen työnantajani kautta. Kuvani on nyt teidän referenssisivullanne. Ottakaa se pois sieltä, enkä halua että kuvaani käytetään teidän markkinoinnissa jatkossakaan missään muodossa.

Tiina Koivisto""")

E("fi", "complaint", False, "reply to company's refusal: says will complain to tietosuojavaltuutettu",
  "Pasi Laitinen <pasi.laitinen@example.fi>", "Re: Poistopyyntönne",
  """En hyväksy tätä perustelua. Tilaus on maksettu ajat sitten, eikä ole mitään syytä pitää tietojani. Vien asian tietosuojavaltuutetulle.

Pasi Laitinen

> Hei Pasi,
> emme voi poistaa laskutustietojanne, koska kirjanpitolaki velvoittaa säilyttämään ne kuusi vuotta. Muut tiedot on poistettu.
> Voitte tehdä valituksen tietosuojavaltuutetulle, jos katsotte että tietojenne käsittelyssä rikotaan tietosuoja-asetusta.""")

E("fi", "", True, "out of office in Finnish with auto headers",
  "Laura Hietanen <laura.hietanen@kaupunki.example.fi>", "Automaattinen vastaus: Koulukuvaus kevät 2027",
  """Kiitos viestistäsi. Olen koulutuksessa 7.–9.12. ja vastaan viesteihin palattuani.

Laura Hietanen
Opetuspalvelut""",
  hdrs={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

E("fi", "restriction", False, "asks to freeze data, not delete, during complaint about wrong passport photo sent to police",
  "Tero Ylinen <tero.ylinen@example.fi>", "Passikuva-asia, tiedot talteen",
  """Hei,

passihakemukseni hylättiin koska kuva oli poliisin mukaan väärän henkilön. Selvitän asiaa poliisin kanssa. Pyydän että ette poista mitään tähän passikuvaan liittyvää tietoa (kuvaustapahtuma, kuvat, lähetystiedot) ennen kuin asia on selvä. Säilyttäkää ne, mutta älkää käyttäkö niitä muuhun.

Tero Ylinen
040 909 1122""")

E("fi", "access", False, "one-liner in spoken Finnish",
  "Jenni Salonen <jenni.salonen@example.fi>", "mitä tietoja",
  """mitä kaikkia tietoja teil on musta? haluun nähä ne""")

E("fi", "", False, "clarification reply about order, not DSR; signature with disclaimer",
  "Sirpa Väisänen <sirpa.vaisanen@seurakunta.example.fi>", "Vs: Rippikoulukuvien tilaus",
  """Hei,

kyllä, kuvat toimitetaan seurakuntatalolle ja lasku seurakunnan yleiseen laskutusosoitteeseen. Rippikoululaisia on 38.

Siunattua joulun odotusta!
Sirpa Väisänen
nuorisotyönohjaaja

Tämän sähköpostiviestin tiedot ovat luottamuksellisia ja tarkoitettu vain vastaanottajalle.

Lähettäjä: Zoomi Kuvakaupat
Aihe: Rippikoulukuvien tilaus
Toimitetaanko kuvat seurakuntatalolle ja kenelle lasku osoitetaan?""")

E("fi", "portability+erasure", False, "wants photos and data exported machine-readable, then account deleted",
  "Lauri Niskanen <lauri.niskanen@example.fi>", "Tilin lopetus",
  """Hei,

olen lopettamassa asiakkuuden. Ennen sitä haluan saada kaikki verkkokauppaan lataamani kuvat ja tilitietoni koneluettavassa muodossa (ZIP + CSV), jotta voin viedä ne toiseen palveluun. Kun olen vahvistanut saaneeni ne, poistakaa tilini ja tietoni.

Lauri Niskanen""")

E("fi", "access", False, "guardian reminder, access about child; reply to ack quoted",
  "Noora Kallio <noora.kallio@example.fi>", "Re: Pyyntönne on vastaanotettu",
  """Hei,

kuittauksessa luvattiin vastaus 20.11. mennessä, ja nyt on 27.11. Milloin saan tiedot lapseni Veetin kuvista ja tiedoista?

Noora Kallio

> Hei Noora, olemme vastaanottaneet pyyntönne. Vastaamme viimeistään 20.11.2026.""")

E("fi", "objection", False, "objects to Zoomi using address obtained from football club",
  "Harri Mäki <harri.maki@example.fi>", "Seuran jäsenlista",
  """Hei,

sain teiltä kirjeen joukkuekuvauksesta. Ymmärrän että saitte osoitteeni jalkapalloseuralta. Vastustan sitä, että käytätte seuralta saatuja tietojani omiin tarkoituksiinne. Käsittely pitää lopettaa.

Harri Mäki""")

E("fi", "", True, "debt collection agency automatic notice cc to Zoomi",
  "OK-perintä <noreply@okperinta.example.fi>", "Toimeksianto vastaanotettu 2026-11-4471",
  """Toimeksianto on vastaanotettu.

Velallinen: [asiakasnumero 77120]
Toimeksiantaja: Zoomi Kuvakaupat Oy
Pääoma: 59,00 EUR

Tämä on automaattinen ilmoitus. Älä vastaa tähän viestiin.""")

E("fi", "rectification+complaint", False, "wrong address again after earlier correction; threatens DPA",
  "Mervi Laakso <mervi.laakso@example.fi>", "Re: Re: osoitteenmuutos",
  """Ilmoitin uuden osoitteen jo syyskuussa ja te kuittasitte sen. Silti kirje tuli taas vanhaan osoitteeseen ja nykyinen asukas avasi sen. Korjatkaa osoite nyt kaikkiin järjestelmiin. Jos tämä toistuu, teen ilmoituksen tietosuojavaltuutetulle.

Mervi Laakso
Uusi osoite: Rantakatu 9 C 22, 65100 Vaasa

> 15.9. Zoomi Kuvakaupat: Kiitos, osoite on päivitetty.""")

E("sv", "erasure", False, "short radera mitt konto",
  "Emma Kronqvist <emma.kronqvist@example.fi>", "Radera mitt konto",
  """Hej, radera mitt konto i webbutiken och alla uppgifter. /Emma""")

E("sv", "", False, "thanks after completed erasure; no ask",
  "Gustav Nordberg <gustav.nordberg@example.fi>", "Sv: Dina uppgifter har raderats",
  """Tack för beskedet. Bra att det gick snabbt.

Gustav

> Hej Gustav, dina uppgifter har nu raderats ur kundregistret. Uppgifter som vi enligt bokföringslagen måste spara finns kvar i sex år.""")

E("sv", "access+complaint", False, "reminder with conditional complaint, swedish",
  "Helena Back <helena.back@example.fi>", "Sv: Sv: Begäran om registerutdrag",
  """Hej,

nu har det gått över två månader sedan min begäran om registerutdrag och jag har fortfarande inte fått något. Om jag inte får svar inom en vecka kontaktar jag dataombudsmannen.

Helena Back

> Den 2 okt skrev Helena Back:
> Hej, har ni fått min begäran?
>> Den 18 sep skrev Helena Back:
>> Jag vill ha ett registerutdrag över mina personuppgifter.""")

E("sv", "objection", False, "objects to web analytics and cookies tracking",
  "Mikael Ahlskog <mikael.ahlskog@example.fi>", "Spårning på er webbplats",
  """Hej,

jag motsätter mig att ni behandlar mina uppgifter för analys via Google Analytics när jag är inloggad i webbutiken. Jag vill inte att mitt beteende analyseras.

Mikael Ahlskog""")

E("sv", "", True, "parcel notice in Swedish",
  "Posti <no-reply@posti.example.fi>", "Ditt paket har anlänt",
  """Ditt paket från Zoomi Kuvakaupat Oy har anlänt till utlämningsstället.

Utlämningsställe: S-market Sundom
Avhämtningskod: 4481
Paketet finns kvar till 16.12.2026.

Detta meddelande har skickats automatiskt.""")

E("sv", "rectification", False, "guardian corrects child's surname after name change",
  "Malin Sandvik <malin.sandvik@example.fi>", "Ändrat efternamn",
  """Hej!

Min dotter Ida har bytt efternamn från Strömberg till Sandvik. Kan ni ändra det i era uppgifter inför vårens skolfotografering, så att det blir rätt på bilderna och i webbutiken?

Tack!
Malin Sandvik
vårdnadshavare""")

E("sv", "marketing_opt_out+objection", False, "stop marketing and object to club-list use",
  "Tomas Kvist <tomas.kvist@example.fi>", "Reklam",
  """Hej

Jag vill inte ha någon reklam från er, varken per post eller e-post. Jag motsätter mig också att ni behandlar de uppgifter ni fått från idrottsföreningen för något annat än själva lagfotot.

Tomas Kvist
IF Vasa Juniorer, förälder""")

E("sv", "", False, "estate notice of death, informs only; near-miss",
  "Dödsboet efter Signe Holm <bo.holm@example.fi>", "Dödsfall",
  """Hej,

vi meddelar att Signe Holm har avlidit 3.11.2026. Eventuella fakturor kan skickas till dödsboet, c/o Bo Holm, Skolhusgatan 3, 65100 Vasa.

Med vänliga hälsningar
Bo Holm""")

E("sv", "portability", False, "clarifying reply: wants Art 20 not Art 15",
  "Fredrik Lillas <fredrik.lillas@example.se>", "Sv: Din begäran om uppgifter",
  """Hej,

Jag vill inte ha ett fullständigt registerutdrag, bara de uppgifter jag själv har lämnat i ett maskinläsbart format (artikel 20) så att jag kan flytta mina fotoalbum till en annan tjänst.

Fredrik

> Gäller din begäran en kopia av alla personuppgifter (art. 15) eller överföring av uppgifter (art. 20)?""")

E("en", "erasure", False, "forward from employer HR: ex-employee asks staff photo deleted",
  "HR Team <hr@techfirm.example.com>", "FW: Staff photo",
  """Hello Zoomi team,

Forwarding a request from a former employee. We have removed her photo from our own site. She asks that you also delete the images you hold of her from the 2025 staff shoot.

Regards,
HR Team, Techfirm Oy

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.

-----Original Message-----
From: Natalie Brooks <natalie.brooks@example.com>
Subject: Staff photo
Hi, now that I've left, could you ask the photographer to delete all photos of me from their systems? Thanks, Natalie""")

E("en", "", False, "reply to acknowledgement with unrelated thanks, no ask",
  "Joseph Ward <joseph.ward@example.com>", "Re: Your data request has been completed",
  """Received, thank you. All looks fine.

JW

> Dear Joseph, please find attached the copy of your personal data. The password will be sent by text message.""")

E("en", "access", False, "structured formal access request listing Art 15 items",
  "Isabel Romero <isabel.romero@example.com>", "Data Subject Access Request",
  """Dear Data Protection Officer,

Under Article 15 GDPR I request:
1. confirmation whether you process my personal data;
2. a copy of that data;
3. the purposes, categories and recipients;
4. the retention period;
5. the source of the data;
6. whether any automated decision-making takes place.

Please respond within one month.

Isabel Romero
Date of birth: 14.03.1988""")

E("en", "restriction", False, "preservation notice from individual's lawyer; signature disclaimer",
  "Attorney Mikaela Strand <mikaela.strand@asianajo.example.fi>", "Preservation request – client Kevin Ahl",
  """Dear Sirs,

We act for Mr Kevin Ahl in a dispute concerning an order placed with Zoomi Kuvakaupat Oy in March 2026. We request that you preserve all records relating to Mr Ahl, including order, invoice and booking data, and refrain from deleting them until the dispute has been resolved.

A power of attorney is attached.

Yours faithfully,
Mikaela Strand
Attorney-at-law

CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION. If you are not the intended recipient, please notify us and delete this message.""")

E("en", "", True, "Google Analytics automated report email",
  "Google Analytics <analytics-noreply@example.com>", "Your monthly Analytics report: zoomi",
  """Your November report for property zoomi (UA-000000-1) is ready.

Users: 12,418
Sessions: 18,902
Top page: /passikuvat

Manage email preferences in your account settings.""")

E("en", "marketing_opt_out", False, "reply to SMS-like reminder asking no more promotional texts",
  "Lucy Evans <lucy.evans@example.com>", "Re: Book your Christmas family photo",
  """Please stop sending me promotional emails and texts. I'm happy to get order-related messages only.

Lucy

On 30 Nov 2026, Zoomi Kuvakaupat <info@example.fi> wrote:
> Book your Christmas family photo now – limited slots!""")

E("en", "complaint", False, "says he has reported child photo publication to DPA; photo already removed",
  "Ahmed Saleh <ahmed.saleh@example.com>", "Child photo published without consent",
  """Hello,

I have today reported you to the Finnish Data Protection Ombudsman because my daughter's photo was published on your Facebook page without our consent. It has since been removed by you after the school asked, but I think this is a GDPR violation that needs to be investigated.

Ahmed Saleh""")
