from parts.common import E

E("fi", "marketing_opt_out", False, "'poista' in caps, nothing else",
  "Seppo Harju <seppo.harju@example.fi>", "Re: Muista äitienpäivä kuvalahjalla",
  """POISTA""")

E("fi", "", True, "delivery report (delivered), Finnish, no auto headers",
  "Sähköpostijärjestelmä <mailer-daemon@example.fi>", "Toimitusilmoitus: Viesti toimitettu",
  """Viestisi on toimitettu seuraaville vastaanottajille:

tietosuoja@example.fi

Aihe: Pyyntö tietojen tarkastamisesta""")

E("fi", "", True, "out-of-office, Finnish and English, no auto headers",
  "Heikki Ojala <heikki.ojala@example.fi>", "Poissa / Out of office",
  """Olen poissa toimistolta 2.–6.11. Vastaan viesteihin palattuani.

I am out of the office 2–6 Nov and will reply when I return.

Heikki Ojala
Vaasan kaupunki, varhaiskasvatus""")

E("fi", "portability", False, "want order history as CSV to move elsewhere",
  "Antti Karjalainen <antti.karjalainen@example.fi>", "tilaushistoria",
  """Voisitteko lähettää mun tilaushistorian ja osoitetiedot csv- tai json-tiedostona? Siirrän ne toiseen kuvapalveluun.

Antti""")

E("fi", "access", False, "one-liner in spoken Finnish, asks who gave data",
  "Jenni Kallio <jenni.kallio@example.fi>", "mistä",
  """mistä te ootte saanu mun sähköpostin?? en oo ikinä tilannu teiltä mitään""")

E("fi", "", False, "thanks after erasure confirmation, signature only plus 'ok'",
  "Olli Turunen <olli.turunen@example.fi>", "Re: Tietonne on poistettu",
  """ok

Olli Turunen
Turusen Rakennus Oy""")

E("fi", "erasure+objection", False, "staff photo on employer site after leaving; remove and stop using",
  "Merja Ahonen <merja.ahonen@example.fi>", "Vanha henkilöstökuva",
  """Hei,
lopetin Pohjanmaan Osuuspankissa keväällä, mutta teidän ottama kuva minusta on yhä teidän referenssisivulla. Poistakaa se sieltä, enkä halua että sitä käytetään enää missään.

Merja Ahonen""")

E("fi", "marketing_opt_out", False, "ei enää tekstiviestejä",
  "Tapio Lind <tapio.lind@example.fi>", "tekstiviestit",
  """En halua enää tekstiviestimainoksia numeroon 040 222 3344. Kiitos.""")

E("fi", "", True, "invoice notice from Business Central",
  "Zoomi Kuvakaupat laskutus <laskutus@example.fi>", "Lasku 2026-10482",
  """Hei,

liitteenä laskunne 2026-10482.

Summa: 64,90 €
Eräpäivä: 20.11.2026
Viitenumero: 10482 00017

Tämä on automaattinen viesti.""")

E("fi", "restriction", False, "rectification dispute: stop using until fixed",
  "Hannu Väisänen <hannu.vaisanen@example.fi>", "Laskutusosoite",
  """Teillä on väärä laskutusosoite ja sen takia lasku meni perintään. Älkää käyttäkö näitä tietoja mihinkään ennen kuin asia on selvitetty.

Hannu Väisänen""")

E("fi", "", False, "typo question about passport photo code (near-miss)",
  "Aino <aino.lampinen@example.fi>", "passikuva koodi",
  """koodi ei toimi poliisin sivulla, mitä teen""")

E("fi", "complaint", False, "says already filed complaint with DPA",
  "Reijo Manninen <reijo.manninen@example.fi>", "tiedoksi",
  """Tiedoksi että olen tehnyt tänään valituksen tietosuojavaltuutetulle teidän toiminnasta, kun ette vastanneet pyyntööni.

R. Manninen""")

E("fi", "", True, "OK-perintä notification copied to privacy mailbox",
  "OK-perintä <ilmoitukset@example.com>", "Perintätoimeksianto vastaanotettu",
  """Toimeksianto 2026/88213 on vastaanotettu ja kirjattu.

Velallinen: asiakasnumero 40221
Pääoma: 89,00 €

Viesti on lähetetty automaattisesti.""")

E("fi", "erasure", False, "leave me alone, delete everything, typo",
  "Pasi Nyman <pasi.nyman@example.fi>", "poisto",
  """poistakaa kaikki tietoni jarjestelmistanne. kaikki.""")

E("fi", "marketing_opt_out", False, "unsubscribe link doesn't work",
  "Elina Koskinen <elina.koskinen@example.fi>", "peruutuslinkki ei toimi",
  """Yritin perua uutiskirjeen mutta linkki antaa virheen. Ottakaa minut itse pois postituslistalta.

Elina""")

E("fi", "access", False, "guardian asks what data is held about child, short",
  "Timo Hakala <timo.hakala@example.fi>", "lapsen tiedot",
  """Mitä tietoja teillä on tyttärestäni Sofia Hakalasta (s. 2015)? Hänet kuvattiin koulussa syksyllä. Olen huoltaja.

Timo Hakala""")

E("fi", "", False, "'hei' alone, forgot to write anything",
  "Irja Kemppainen <irja.kemppainen@example.fi>", "(ei aihetta)",
  """hei

Lähetetty Samsung Galaxy -älypuhelimesta""")

E("fi", "objection", False, "objects to Google Analytics tracking",
  "Lauri Niskanen <lauri.niskanen@example.fi>", "Google Analytics",
  """Vastustan selaustietojeni käsittelyä Google Analyticsissa teidän verkkokaupassa. Poistakaa minut seurannasta.""")

E("fi", "", True, "calendar invitation from school (photo day)",
  "Kalenteri <kalenteri@example.fi>", "Kutsu: Kuvauspäivä Huutoniemen koulu @ ti 15.9.2026 8:30–14:00",
  """Huutoniemen koulu on kutsunut sinut tapahtumaan.

Kuvauspäivä Huutoniemen koulu
Milloin: ti 15.9.2026 8:30–14:00 (EET)
Missä: Liikuntasali

Kyllä – Ehkä – Ei""")

E("fi", "erasure+marketing_opt_out", False, "subject 'stop' + body delete me",
  "Sirpa Hyvönen <sirpa.hyvonen@example.fi>", "STOP",
  """ja poistakaa mun yhteystiedot""")

E("fi", "rectification+access", False, "check and fix address, short",
  "Kalle Rinne <kalle.rinne@example.fi>", "osoite",
  """Mikä osoite teillä on mulle? Muutin kesällä, uusi on Koulukatu 5 B 12, 65100 Vaasa. Korjatkaa.""")

E("fi", "portability+erasure", False, "give my uploaded photos as files, then delete account",
  "Jaana Pesonen <jaana.pesonen@example.fi>", "Tilin lopetus",
  """Hei, haluan ladata kaikki lataamani kuvat ja tilitiedot itselleni siirrettävässä muodossa, ja sen jälkeen tili pois. Kiitos.

Jaana""")

E("fi", "", True, "Google Analytics monthly report email",
  "Google Analytics <analytics-noreply@example.com>", "Kuukausiraportti: example.fi – lokakuu 2026",
  """Raporttisi ajalta 1.10.–31.10.2026

Käyttäjät: 12 431 (+8 %)
Istunnot: 18 902
Poistumisprosentti: 41,2 %

Näytä raportti: https://example.com/analytics/r/77""")

E("fi", "marketing_opt_out", False, "kiitos ei, älä soita",
  "Veikko Laine <veikko.laine@example.fi>", "puhelinmarkkinointi",
  """Teiltä soitettiin taas tarjouksesta. En halua markkinointipuheluita. Laittakaa numero kieltoon.
V. Laine""")

E("fi", "complaint+erasure", False, "remove photo or I go to DPA",
  "Susanna Björk <susanna.bjork@example.fi>", "kuva instagramissa",
  """Poistakaa heti mun kuva teidän instagramista. Jos se on siellä vielä huomenna niin teen valituksen tietosuojavaltuutetulle.""")

E("fi", "", False, "invoice wrong amount (near-miss)",
  "Keijo Ruotsalainen <keijo.ruotsalainen@example.fi>", "lasku väärin",
  """Laskussa on 49 € vaikka kuvapaketti maksoi 39 €. Korjatkaa summa.""")

E("fi", "restriction", False, "limit use while objection considered",
  "Helena Sjöblom <helena.sjoblom@example.fi>", "käsittelyn rajoittaminen",
  """Pyydän rajoittamaan tietojeni käsittelyä siihen asti, että olette käsitelleet aiemman pyyntöni (vastustus 3.10.). Kuittaus riittää.

Helena Sjöblom""")

E("fi", "", True, "password reset code",
  "Zoomi verkkokauppa <noreply@example.fi>", "Kertakäyttökoodisi",
  """Koodisi on 482913. Koodi on voimassa 10 minuuttia.

Jos et pyytänyt koodia, voit jättää tämän viestin huomiotta.""")

E("fi", "access", False, "call logs? short",
  "Juha Kinnunen <juha.kinnunen@example.fi>", "puhelutallenteet",
  """Onko teillä tallenteita mun puheluista asiakaspalveluun? Jos on niin haluan ne.""")

E("fi", "", False, "'anteeks väärä osoite' follow-up by the sender",
  "Tiia Miettinen <tiia.miettinen@example.fi>", "Re: kuvat",
  """sori tää meni väärään osoitteeseen, unohtakaa""")
