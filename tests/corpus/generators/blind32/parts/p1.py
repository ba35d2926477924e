from parts.common import E

# ---------------------------------------------------------------- fi (14)

E("fi", "erasure", False, "one-liner from phone, delete my data",
  "Jari Kallio <jari.kallio@example.fi>", "tiedot",
  """moi, poistakaa mun tiedot teidan rekisterista. kiitti

Lähetetty iPhonesta""")

E("fi", "", False, "near-miss: where are our school photos",
  "Minna Rautio <minna.rautio@example.fi>", "koulukuvat??",
  """Hei missä meidän koulukuvat viipyy? tilattiin 3 viikkoa sitten, tilausnro 448812. Sanottiin et 10 arkipäivää.

t. Minna R""")

E("fi", "marketing_opt_out", False, "one word POISTA under quoted newsletter",
  "Kirsi Hakala <kirsi.hakala@example.fi>", "Re: Syksyn perhekuvaukset -20 %!",
  """POISTA

> Hei Kirsi!
> Syksyn perhekuvaukset nyt -20 % lokakuun loppuun. Varaa aikasi Slotista.
>
> Zoomi Kuvakaupat Oy, Vasaratie 2 A, 65350 Vaasa
> Et halua enää uutiskirjettä? Peruuta tilaus täältä: https://example.fi/uutiskirje/peruuta""")

E("fi", "access+erasure", False, "two steps: first show, then delete all; colloquial",
  "Tommi Lehtola <tommi.lehtola@example.fi>", "mun tiedot",
  """Moikka

eka haluun nähä mitä teil on musta tallessa (nimi osote kuvat ostot ym) ja sit ku oon sen nähny nii kaikki pois. Ei tarvii mitään kuvia enää säilyttää

-Tommi

Lähetetty Samsung Galaxy -älypuhelimesta""")

E("fi", "access", False, "husband forwards wife's access request, one line on top",
  "Petri Mäkinen <petri.makinen@example.fi>", "Fwd: tiedot",
  """Vaimo pyys laittaan tän teille ku se ei löytäny oikeeta osotetta, hoitakaa pliis

---------- Välitetty viesti ---------
Lähettäjä: Sanna Mäkinen <sanna.makinen@example.fi>
Päivämäärä: ti 14.5. klo 21.12
Aihe: tiedot
Vastaanottaja: Petri Mäkinen <petri.makinen@example.fi>

Petri laita tää sille kuvafirmalle:

Hei, haluan tietää mitä tietoja teillä on minusta ja meidän lapsista (Aino ja Eetu Mäkinen) ja mistä ootte saaneet meidän kotiosoitteen, kun meille tuli teiltä kirje vaikka ei olla tilattu mitään.

Sanna Mäkinen""")

E("fi", "erasure+objection", False, "Ostrobothnian dialect; child's photo in ad, take down + never use again",
  "Raija Kangas <raija.kangas@example.fi>", "meirän tyttären kuva",
  """Hyvä ihimiset

Meirän Eevin kuva on teirän nettisivuulla siinä koulukuvamainoksessa ja kukaan ei oo meiltä kysyny mitään. Ottakaa se pois sieltä ny heti, ja sitä kuvaa ei saa käyttää enää missään teirän mainoksis eikä esitteis, ei tänä vuanna eikä ensi vuanna.

Raija Kangas, Ylistaro""")

E("fi", "", True, "out-of-office of a school secretary, no auto header",
  "Koulusihteeri Hanna Salo <hanna.salo@example.fi>", "Poissa: Kuvauspäivän aikataulu",
  """Olen vuosilomalla 3.7.–28.7. enkä lue sähköpostia tänä aikana.
Kiireellisissä asioissa ota yhteyttä rehtori Jouko Virtaseen, puh. 040 123 4567.

Hanna Salo
koulusihteeri, Onkilahden koulu""")

E("fi", "rectification", False, "child's name spelled wrong in school photo order",
  "Laura Heikkilä <laura.heikkila@example.fi>", "nimi väärin",
  """Hei,
Tyttären nimi on väärin kirjotettu teidän koulukuvajärjestelmässä, se on Ella-Maria väliviivalla eikä Ella Maria. Korjatkaa ennenku tilataan ne nimikuvat, muuten tulee väärin niihin.

Laura Heikkilä""")

E("fi", "", False, "near-miss: cancel passport photo appointment",
  "Oskari Laine <oskari.laine@example.fi>", "aika huomenna",
  """peruuttakaa mun aika huomiselta klo 10 passikuvaan, en pääse. varaan uuden myöhemmin

Oskari""")

E("fi", "access+complaint", False, "reminder of unanswered access request, conditional complaint",
  "Marja-Leena Ojala <marjaleena.ojala@example.fi>", "Re: tietopyyntö",
  """Pyysin jo 4.3. kopion mun tiedoista enkä oo saanu mitään, ei edes kuittausta. Jos ette vastaa tällä viikolla, teen valituksen tietosuojavaltuutetulle.

Marja-Leena Ojala

> Lähettäjä: Marja-Leena Ojala
> Lähetetty: 4. maaliskuuta
> Aihe: tietopyyntö
>
> Hei, pyydän kopiota kaikista minua koskevista tiedoista. Asioin teillä 2021 passikuvan takia.""")

E("fi", "marketing_opt_out", False, "Helsinki slang, no more offer mails",
  "Niko Aaltonen <niko.aaltonen@example.fi>", "noi meilit",
  """hei, mä en haluu enää noit teiän tarjousmeilejä. mä muutin stadiin jo kolme vuotta sit eikä mul oo mitään bisnestä vaasaan. eli stop, kiitti

-niko""")

E("fi", "", False, "near-miss: question about rights only, no request",
  "Heidi Niskanen <heidi.niskanen@example.fi>", "kysymys lasten kuvista",
  """Hei! Mitä oikeuksia huoltajalla ylipäätään on lapsen koulukuviin liittyen? Ei ole mitään ongelmaa, kysyn vaan ku tuli puheeksi vanhempainillassa.

Heidi""")

E("fi", "restriction", False, "disputes invoice, keep data, don't delete",
  "Ville Rantanen <ville.rantanen@example.fi>", "lasku 2023-5531",
  """Hei

Riitautan tän laskun (en oo koskaan tilannu niitä ryhmäkuvia). Älkää poistako mitään tähän laskuun ja tilaukseen liittyvää, tarviin ne tiedot jos tää menee eteenpäin. Pitäkää tallessa.

Ville Rantanen
p. 044 987 1122""")

E("fi", "", True, "Slotti booking confirmation, machine text, no header",
  "Slotti <noreply@example.com>", "Varausvahvistus: Passikuva 12.6. klo 14:30",
  """Hei Oskari Laine,

varauksesi on vahvistettu.

Palvelu: Passikuva (sis. kuvakuitti poliisin palvelimelle)
Aika: ke 12.6. klo 14:30
Paikka: Zoomi Kuvakaupat, Vasaratie 2 A, Vaasa

Voit perua tai siirtää varauksen viimeistään 24 h ennen alkua tästä linkistä:
https://example.com/slotti/varaus/8812AK

Tämä on automaattinen viesti, siihen ei voi vastata.""")

# ---------------------------------------------------------------- sv (10)

E("sv", "marketing_opt_out", False, "Ostrobothnian Swedish, no more ads",
  "Gunnel Backman <gunnel.backman@example.fi>", "reklam",
  """Hej, ja vill int ha meir reklam från er, varken på posten eller i mejlen. Ta bort mej från listan. Barnbarnen e redan stor.

Mvh Gunnel Backman, Malax""")

E("sv", "access", False, "one-line registerutdrag with typo",
  "Mikael Sundqvist <mikael.sundqvist@example.fi>", ".",
  """registreutdrag tack. /Mikael Sundqvist

Skickat från min iPhone""")

E("sv", "erasure", False, "mother forwards teen daughter's wish to remove photo from website",
  "Annika Granholm <annika.granholm@example.fi>", "Fwd: bilden",
  """Min dotter skickade detta till mej, kan ni ordna så som hon vill? Hon är 14.
/Annika

-------- Vidarebefordrat meddelande --------
Från: Ida Granholm <ida.granholm@example.fi>
Ämne: bilden

mamma kan du be fotofirman ta bort min bild från deras hemsida, den där från skolfotot i höstas. den e så pinsam och alla i klassen har sett den""")

E("sv", "", False, "near-miss: double charge on invoice",
  "Johan Ek <johan.ek@example.fi>", "Faktura",
  """Hej
Ni har tagit betalt två gånger för samma fotopaket (faktura 2024-0912). Kan ni återbetala den ena?
Johan Ek""")

E("sv", "erasure", False, "delete all my data, moved to Sweden",
  "Sofia Lindholm <sofia.lindholm@example.se>", "Radera",
  """Hej,
Radera alla mina uppgifter hos er. Jag bor i Sverige nu och kommer inte att handla mer.
Tack
Sofia Lindholm""")

E("sv", "erasure", False, "reply to our ack: gives order no. and restates erasure wish",
  "Kristian Björk <kristian.bjork@example.fi>", "Re: Ert ärende om radering",
  """Tack. Ordernumret är 77421. Jag vill fortfarande att ni raderar allt om min son Leo, både bilderna och uppgifterna.

Kristian

> Hej Kristian,
> tack för ditt meddelande. För att vi ska kunna hitta rätt uppgifter, kan du ange ordernumret eller bildkoden?
>
> Med vänlig hälsning
> Zoomi Kuvakaupat Oy / Kundtjänst""")

E("sv", "", True, "out-of-office in Swedish, no header",
  "Pia Nyberg <pia.nyberg@example.fi>", "Automatiskt svar: Personalfotografering",
  """Hej!
Jag är föräldraledig till och med 31.12. Dina meddelanden vidarebefordras inte.
I brådskande ärenden kontakta daghemmets föreståndare, tfn 06 123 4560.

Pia Nyberg
Daghemmet Trollebo""")

E("sv", "portability", False, "wants orders and images in a format to move elsewhere",
  "Tobias Westerlund <tobias.westerlund@example.fi>", "flytta mina bilder",
  """Hej!
Kan jag få mina beställningar och alla mina bilder och uppgifter från ert konto i ett format som jag kan flytta över till en annan fototjänst? CSV eller nåt sånt + bildfilerna. Jag tänker byta.

Tobias""")

E("sv", "objection", False, "objects to Google Analytics tracking",
  "Elin Rönnqvist <elin.ronnqvist@example.fi>", "Google Analytics",
  """Hej,
jag motsätter mig att ni spårar mig med Google Analytics när jag handlar i er webbshop. Jag vill inte att mina uppgifter används till sådan statistik.
Elin Rönnqvist""")

E("sv", "", False, "thanks after our erasure confirmation (quoted)",
  "Ulla Holm <ulla.holm@example.fi>", "Re: Radering av uppgifter",
  """Tack för snabbt svar! Allt klart nu.

Ulla

> Hej Ulla,
> vi har nu raderat dina uppgifter ur vårt kundregister. Fakturauppgifterna sparas enligt bokföringslagen till 31.12.2029.
> Med vänlig hälsning, Zoomi Kuvakaupat Oy""")

# ---------------------------------------------------------------- en (6)

E("en", "access", False, "non-native English, what data about me and kids",
  "Abdi Warsame <abdi.warsame@example.com>", "my data",
  """Hello, i want know what data you have from me and my childrens. We live in Vaasa since 2019 and children go to Vöyrinkaupunki school. Thank you.
Abdi""")

E("en", "", True, "bounce notice, no header",
  "Mail Delivery Subsystem <mailer-daemon@example.com>", "Delivery Status Notification (Failure)",
  """** Address not found **

Your message wasn't delivered to kirsi.vanha@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----
Subject: Kuvauspäivä lähestyy / Fotodagen närmar sig""")

E("en", "erasure+complaint", False, "daycare photos taken without asking, delete + reporting to DPA",
  "Rachel Okafor <rachel.okafor@example.com>", "Photos of my son",
  """You took photos of my son at his daycare (Ristinummi) last Tuesday without anyone asking me. I did not sign any form. Delete every photo of him from your systems now.

This is a GDPR violation and I am reporting it to the data protection ombudsman.

Rachel Okafor""")

E("en", "", False, "near-miss: HR wants copies of staff photos (product)",
  "Mark Lindqvist <mark.lindqvist@example.com>", "staff photos May",
  """Hi,
can we get a copy of the photos from our staff photo shoot in May? Our HR lost the files when we changed laptops. Happy to pay for it.
Mark Lindqvist
Office Manager, Botnia Logistics Ltd""")

E("en", "access+portability", False, "access plus machine-readable for moving (Art. 20 kept)",
  "Daniel Fischer <daniel.fischer@example.com>", "data request",
  """Hi,
please send me all the personal data you hold about me. I'd also like the data I provided to you (account, orders, uploaded photos) in a machine-readable format like JSON so I can move it to another provider, as per Art. 20 GDPR.
Thanks,
Daniel Fischer""")

E("en", "marketing_opt_out", False, "misspelled unsubscribe under quoted newsletter",
  "Jenni Moore <jenni.moore@example.com>", "RE: Christmas cards from your photos!",
  """unsubcribe

Sent from my Galaxy

-------- Original message --------
From: Zoomi Kuvakaupat <uutiskirje@example.fi>
Subject: Christmas cards from your photos!

Order Christmas cards before 10 December and get free delivery.
Don't want these emails? Unsubscribe here.""")
